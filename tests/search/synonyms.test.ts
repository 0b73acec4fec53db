import { describe, expect, it } from 'vitest';
import { InvertedIndex } from '../../src/search/inverted-index.js';
import { buildQuery } from '../../src/search/query.js';
import {
  newsOppositesOf,
  phraseMeanings,
  rewritePhrases,
  synonymsOf,
} from '../../src/search/synonyms.js';
import { stem } from '../../src/search/text.js';
import {
  namePlacesOfNicknames,
  phrasalKinIn,
  placeFormsOf,
  wordnetBroaderOf,
  wordnetKinOf,
  wordnetNarrowerOf,
  wordnetSynonymsOf,
} from '../../src/search/wordnet.js';

describe('synonyms', () => {
  it.each([
    ['covid', 'coronavirus'],
    ['potus', 'president'],
    ['acquit', 'clear'],
    ['repeal', 'scrap'],
    ['fire', 'dismiss'],
    // Headline senses WordNet's first senses miss.
    ['slam', 'chastise'],
    ['blast', 'criticize'],
    // Porter stems these apart from their verb ("died" → "di", "die" → "die").
    ['dead', 'died'],
    ['lie', 'lied'],
    ['reverse', 'overturn'],
    ['lawmakers', 'Congress'],
    ['sorry', 'apology'],
    ['TV', 'televised'],
    ['attend', 'participate'],
    ['vets', 'veterans'],
    ['researchers', 'scientists'],
    ['unmanned', 'drone'],
  ])('treats "%s" and "%s" as the same news word', (a, b) => {
    expect(synonymsOf(stem(a.toLowerCase()))).toContain(stem(b.toLowerCase()));
  });

  it.each([
    ['when was he sworn in', 'sworn'],
    ['when did she take the oath of office', 'sworn'],
    ['when did she pass away', 'die'],
    ['when was trump kicked off twitter', 'suspend twitter'],
    ['when did the tax bill become law', 'sign'],
    ['banned for good', 'permanently'],
    ['when did senators wrap up their questions', 'conclude'],
    ['when did the NATO chief sit down with Trump', 'meet with'],
    ['when did the lower chamber vote', 'House'],
    ['what did the upper house of Congress pass', 'Senate'],
    ["when did the nation's high court rule", 'Supreme Court'],
    ['who came to the executive mansion', 'White House'],
  ])('rewrites the phrase in "%s"', (text, expected) => {
    expect(rewritePhrases(text)).toContain(expected);
  });
});

describe('news opposites', () => {
  it.each([
    ['expand', 'limit'],
    ['extend', 'end'],
    ['extend', 'lift'],
    ['fire', 'resign'],
    ['open', 'close'],
    ['lift', 'impose'],
    ['sign', 'veto'],
    ['acquit', 'convict'],
  ])('knows "%s" and "%s" as opposites, both ways', (a, b) => {
    expect(newsOppositesOf(stem(a))).toContain(stem(b));
    expect(newsOppositesOf(stem(b))).toContain(stem(a));
  });

  it('gives no opposite to a word of the same side or to a word it does not list', () => {
    expect(newsOppositesOf(stem('limit'))).not.toContain(stem('restrict'));
    expect(newsOppositesOf(stem('leave'))).toEqual([]);
  });
});

describe('WordNet synonyms', () => {
  const texts = [
    'President Trump speaks by telephone with Russian President Vladimir Putin.',
    'President Trump speaks on the phone with the Prime Minister of Japan.',
    'George W. Bush attends the funeral; Bush speaks briefly.',
    'Protesters plant a shrub outside the White House.',
    'The senator rebukes the reporter.',
    'President Trump holds a joint press conference with Brazilian President Jair Bolsonaro.',
    'The Senate votes to confirm the nominee; a report would corroborate the claim.',
    'The President dismisses the FBI director.',
    'President Trump holds two rallies in Dayton, Ohio.',
    'The Treasury announces new sanctions against North Korea.',
    'President Trump meets Croatian President Kolinda Grabar.',
  ];
  const index = new InvertedIndex(texts.map((text) => [{ text, weight: 1 }]));
  /** The weight the query gives `term`, from whichever word brought it in. */
  const weightOf = (query: string, term: string): number | undefined =>
    buildQuery(query, index)
      .groups.flatMap((group) => group.terms)
      .find((candidate) => candidate.stem === stem(term))?.weight;

  it('knows general synonyms the news table lacks', () => {
    expect(wordnetSynonymsOf(stem('phone'))).toContain(stem('telephone'));
    expect(wordnetSynonymsOf(stem('collude'))).toContain(stem('conspire'));
  });

  it('links a place adjective and its place both ways', () => {
    expect(placeFormsOf(stem('brazilian'))).toContain(stem('brazil'));
    expect(placeFormsOf(stem('brazil'))).toContain(stem('brazilian'));
  });

  it('links an adjective WordNet derives from a country, not only one it relates to a place', () => {
    // "Australian" pertains to the continent, a natural object; it is derived from the country.
    expect(placeFormsOf(stem('australia'))).toContain(stem('australian'));
    expect(placeFormsOf(stem('australian'))).toContain(stem('australia'));
  });

  it('weighs a WordNet synonym below the word itself and below a news-table synonym', () => {
    const wordnet = weightOf('when did Trump phone Putin', 'telephone');
    const news = weightOf('when was Comey fired', 'dismissed');
    expect(weightOf('when did Trump phone Putin', 'phone')).toBe(1);
    expect(wordnet).toBeGreaterThan(0);
    expect(wordnet).toBeLessThan(news ?? 0);
  });

  it('ranks the document with the word itself above the one with its synonym', () => {
    const hits = index.search(buildQuery('phone', index).groups, { limit: 3 });
    expect(hits.map((hit) => hit.doc)).toEqual([1, 0]);
  });

  it('finds a place through its adjective: "Brazil" matches "Brazilian"', () => {
    const hits = index.search(buildQuery("Brazil's president", index).groups, { limit: 1 });
    expect(hits[0]?.doc).toBe(5);
  });

  it('finds a place by its WordNet nickname: "the Buckeye State" is Ohio', () => {
    const hits = index.search(buildQuery('rallies in the Buckeye State', index).groups, {
      limit: 1,
    });
    expect(hits[0]?.doc).toBe(8);
  });

  it('reads a place the dataset never names as the place it lies in: Pyongyang is North Korea', () => {
    const query = buildQuery('sanctions on Pyongyang', index);
    expect(query.unknownNames).toEqual([]);
    expect(index.search(query.groups, { limit: 1 })[0]?.doc).toBe(9);
  });

  it('keeps a place the dataset names in another form: Croatia is found as "Croatian"', () => {
    expect(index.search(buildQuery('Croatia', index).groups, { limit: 1 })[0]?.doc).toBe(10);
  });

  it('reads a nickname that ends in "State" or "City" in any case, others only capitalised', () => {
    expect(namePlacesOfNicknames('the lone star state')).toBe('the texas');
    expect(namePlacesOfNicknames('the Windy City')).toBe('the chicago');
    expect(namePlacesOfNicknames('a land of opportunity')).toBe('a land of opportunity');
  });

  it("searches for the nickname's place, not its words: a text in Ohio, not one on a state", () => {
    const fairs = new InvertedIndex(
      ['The state fair opens in Texas.', 'A county fair opens in Ohio.'].map((text) => [
        { text, weight: 1 },
      ]),
    );
    const query = buildQuery('When did the fair open in the Buckeye State?', fairs);
    expect(fairs.search(query.groups, { limit: 1 })[0]?.doc).toBe(1);
  });

  it('reads a phrasal verb as one word: "chewed out" matches "rebukes"', () => {
    expect(weightOf('who chewed out the reporter', 'rebuke')).toBeGreaterThan(0);
  });

  it.each(['be', 'have', 'do', 'get', 'make', 'take', 'go', 'say', 'the', 'like', 'coming'])(
    'never expands the stop word or light verb "%s"',
    (word) => {
      expect(wordnetSynonymsOf(stem(word))).toEqual([]);
    },
  );

  it('does not expand a name: "Bush" the president is no "shrub"', () => {
    expect(wordnetSynonymsOf(stem('bush'))).toContain(stem('shrub'));
    expect(weightOf('what did Bush say', 'shrub')).toBeUndefined();
  });

  it('leaves a news-table word to the news table: "confirm" a nominee, not "corroborate"', () => {
    expect(weightOf('when was the nominee confirmed', 'corroborate')).toBeUndefined();
  });
});

describe('WordNet kin, for judging paraphrases', () => {
  it.each([
    ['unseen', 'invisible'],
    ['foe', 'enemy'],
    ['speech', 'speak'],
    ['deny', 'denial'],
  ])('relates "%s" to "%s" by a common sense, a similar adjective or a derivation', (a, b) => {
    expect(wordnetKinOf(stem(a))).toContain(stem(b));
  });

  it('leaves out what the synonym table already gives, and never expands a light verb', () => {
    expect(wordnetKinOf(stem('hide'))).not.toContain(stem('conceal'));
    expect(wordnetKinOf(stem('make'))).toEqual([]);
  });

  it('is no synonym for search: a query is not widened with kin', () => {
    const index = new InvertedIndex([[{ text: 'The enemy retreats.', weight: 1 }]]);
    const terms = buildQuery('what did Trump say about the foe', index).groups.flatMap(
      (group) => group.terms,
    );
    expect(terms.map((term) => term.stem)).not.toContain(stem('enemy'));
  });
});

describe('phrases indexed by what they mean', () => {
  it('gives the single word a phrase stands for, and nothing for a text without one', () => {
    expect(phraseMeanings('Justice Ann Lee passes away at 87.')).toBe('die');
    expect(phraseMeanings('The bill became law in May.')).toBe('sign');
    expect(phraseMeanings('Justice Ann Lee speaks at a college.')).toBe('');
  });
});

describe('WordNet kinds, for judging paraphrases', () => {
  it.each([
    ['lunch', 'meal'],
    ['narcotic', 'drug'],
    ['resign', 'quit'],
  ])('gives "%s" its kind "%s"', (word, kind) => {
    expect(wordnetBroaderOf(stem(word))).toContain(stem(kind));
  });

  it('gives a word the kinds of it: a lunch is a meal', () => {
    expect(wordnetNarrowerOf(stem('meal'))).toContain(stem('lunch'));
  });

  it('reads only the common senses: a meal is not among the kinds of "pupil"', () => {
    expect(wordnetBroaderOf(stem('pupil'))).not.toContain(stem('meal'));
    expect(wordnetBroaderOf(stem('say'))).toEqual([]);
  });

  it('gives a name no broader kind: "the Fed" is no "agent", "Welsh" no "European"', () => {
    expect(wordnetBroaderOf(stem('fed'))).toEqual([]);
    expect(wordnetBroaderOf(stem('welsh'))).not.toContain(stem('European'));
    expect(wordnetBroaderOf(stem('welsh'))).toContain(stem('cheat'));
  });

  it('keeps the kinds of a name: Texans are Americans', () => {
    expect(wordnetNarrowerOf(stem('american'))).toContain(stem('texan'));
  });

  it('gives a phrasal verb what it says in one word, by its verb: "drop in on" → "visit"', () => {
    expect(phrasalKinIn(['drop', 'in', 'on', 'the', 'troops']).get(stem('drop'))).toContain(
      stem('visit'),
    );
    expect(phrasalKinIn(['drop', 'the', 'troops']).size).toBe(0);
  });
});
