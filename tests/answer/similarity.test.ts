import { describe, expect, it } from 'vitest';
import { compareQuote, saysTheOpposite } from '../../src/answer/similarity.js';

const QUOTE =
  'I have not met with any Russians at any time to discuss any political campaign and those remarks are unbelievable to me and false';

describe('compareQuote', () => {
  it('calls a claim exact when its words appear in order in the quote', () => {
    expect(compareQuote('I have not met with any Russians', QUOTE).verdict).toBe('exact');
    expect(compareQuote('i HAVE not met, with any russians!', QUOTE).verdict).toBe('exact');
  });

  it('calls a claim a paraphrase when most of its content words appear, with the same polarity', () => {
    const result = compareQuote('he never met with any Russians', QUOTE);
    expect(result.verdict).toBe('paraphrase');
    expect(result.coverage).toBeGreaterThanOrEqual(0.6);
  });

  it('counts WordNet synonyms toward a paraphrase, as search does', () => {
    expect(
      compareQuote('we will purchase the island', 'We are going to buy the island').verdict,
    ).toBe('paraphrase');
  });

  it("counts a word's looser WordNet kin toward a paraphrase: an unseen foe is an invisible enemy", () => {
    expect(
      compareQuote(
        'protecting the country from an unseen foe',
        'protect us from the invisible enemy',
      ).verdict,
    ).toBe('paraphrase');
  });

  it('reads a phrasal verb as what it says in one word: "drop in on" is "visit"', () => {
    expect(compareQuote('drop in on the troops', 'visits the troops').verdict).toBe('paraphrase');
    expect(compareQuote('drop the troops', 'visits the troops').verdict).toBe('not-found');
  });

  it("counts a word's kinds and its own kind when asked to: a lunch is a meal", () => {
    expect(compareQuote('lunches for pupils', 'meals for pupils', { kinds: true }).verdict).toBe(
      'paraphrase',
    );
    expect(compareQuote('meals for pupils', 'lunches for pupils', { kinds: true }).verdict).toBe(
      'paraphrase',
    );
    // A speaker's own words say what they say: kinds are only for a writer's report.
    expect(compareQuote('lunches for pupils', 'meals for pupils').verdict).toBe('not-found');
  });

  it('never takes a word of a name for a kind: "home" is a house, not the White House', () => {
    expect(compareQuote('home prices', 'house prices', { kinds: true }).verdict).toBe('paraphrase');
    expect(compareQuote('home prices', 'White House prices', { kinds: true }).verdict).toBe(
      'not-found',
    );
  });

  it('lets a quote word stand for one claim word only: "positive" is not both "test" and "positive"', () => {
    // "positive" is the news synonym of "test"; matched by its own word, it cannot count twice.
    const result = compareQuote(
      'test positive for the coronavirus',
      'people who have had positive interactions with the police',
    );
    expect(result.verdict).toBe('not-found');
    expect(result.coverage).toBeCloseTo(1 / 3);
    expect(
      compareQuote(
        'test positive for the coronavirus',
        'Stephen Miller tests positive for the coronavirus.',
      ).coverage,
    ).toBe(1);
  });

  it('lets a word the quote has twice stand for two claim words', () => {
    // "investigation" is the news synonym of both "probe" and "inquiry".
    const claim = 'left the probe while facing an inquiry';
    expect(compareQuote(claim, 'left the investigation after an investigation').coverage).toBe(
      compareQuote(claim, 'left the probe after an inquiry').coverage,
    );
  });

  it('counts a place adjective as its place: "the French election" says "France\'s"', () => {
    const claim = "congratulated the winner of France's election";
    const report = 'tweets congratulations to Macron after the French election';
    expect(compareQuote(claim, report).verdict).toBe('paraphrase');
  });

  it('reads "skip" as the opposite of "attend", through its news synonym "miss"', () => {
    expect(compareQuote('he would skip the summit', 'he attends the summit').verdict).toBe(
      'not-found',
    );
    expect(compareQuote('he would skip the summit', 'he will not attend the summit').verdict).toBe(
      'paraphrase',
    );
  });

  it('does not take the opposite of a denial for a paraphrase', () => {
    expect(compareQuote('he met with the Russians', QUOTE).verdict).toBe('not-found');
  });

  it('reads "declined to" and "refused to" as denials of what follows', () => {
    const report = 'the officials resign after Nuland and Starr decline to stay on';
    expect(
      compareQuote('the officials quit after Nuland and Starr stayed on', report).verdict,
    ).toBe('not-found');
    expect(
      compareQuote('the officials quit after Nuland and Starr chose not to stay on', report)
        .verdict,
    ).toBe('paraphrase');
  });

  it('calls a claim not found when few of its words appear', () => {
    const result = compareQuote('he loves Russian food and vodka', QUOTE);
    expect(result.verdict).toBe('not-found');
    expect(result.coverage).toBeLessThan(0.6);
  });

  it('handles empty text', () => {
    expect(compareQuote('', QUOTE)).toEqual({ verdict: 'not-found', coverage: 0 });
  });

  it('calls matching words "related" when the source denies them', () => {
    expect(compareQuote('misleading', 'misleading.', { framingNegated: true }).verdict).toBe(
      'related',
    );
    expect(compareQuote('misleading', 'misleading.', { framingNegated: false }).verdict).not.toBe(
      'related',
    );
  });

  it('reads a WordNet antonym as the claim word denied: "ineligible" does not say "eligible"', () => {
    const report = 'The government says the children are ineligible for reunification';
    expect(compareQuote('the children are eligible for reunification', report).verdict).toBe(
      'not-found',
    );
    expect(compareQuote('the children are not eligible for reunification', report).verdict).toBe(
      'paraphrase',
    );
  });

  it('reads "denies" as a negation on both sides: "denies hiding" says "did not hide"', () => {
    const report = 'Ross denies hiding his stake in a shipping company';
    expect(compareQuote('Ross did not hide his shipping company stake', report).verdict).toBe(
      'paraphrase',
    );
    expect(compareQuote('Ross hid his shipping company stake', report).verdict).toBe('not-found');
  });

  it('lets a negation deny only the words it stands among, not a clause further on', () => {
    const report =
      'Trump claims that the report totally exonerates him, despite the report having nothing to do with the campaign';
    expect(compareQuote('the report totally exonerates him', report).verdict).toBe('exact');
    expect(compareQuote('Trump said the report exonerates him entirely', report).verdict).toBe(
      'paraphrase',
    );
  });
});

describe('saysTheOpposite', () => {
  it('is true when the text holds a claim word only as its news opposite', () => {
    const claim = "vote to expand the president's power to order military action";
    const text = "The House votes to limit the president's ability to order military operations";
    expect(saysTheOpposite(claim, text)).toBe(true);
    expect(compareQuote(claim, text).verdict).not.toBe('paraphrase');
  });

  it('is false when the text says the same word, or leaves it out', () => {
    expect(saysTheOpposite('vote to limit the power', 'votes to limit the power')).toBe(false);
    expect(saysTheOpposite('vote to expand the power', 'votes on the power')).toBe(false);
  });

  it('takes an opposite back when a denial stands right before it: "fails to attend" is "miss"', () => {
    const text = 'The mayor fails to attend a ceremony at the cemetery';
    expect(saysTheOpposite('miss a ceremony at the cemetery', text)).toBe(false);
    expect(compareQuote('miss a ceremony at the cemetery', text).verdict).toBe('paraphrase');
    expect(saysTheOpposite('miss a ceremony', 'The mayor attends a ceremony')).toBe(true);
  });

  it('reads "failed" before a noun as no denial', () => {
    expect(compareQuote('the coup in the capital', 'the failed coup in the capital').verdict).toBe(
      'paraphrase',
    );
  });

  it('counts no denial: a "not" elsewhere in an event may belong to anything', () => {
    expect(saysTheOpposite('refuse to pay for the wall', 'Mexico will not pay for the wall')).toBe(
      false,
    );
  });
});
