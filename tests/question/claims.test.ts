/**
 * Finding the checkable claims in a chat message ("Verify quotes"): each quotation with the
 * speaker the message gives it, or the unquoted main claim; and nothing at all for messages that
 * claim nothing (an emoji, a link, code, "ok").
 */
import { describe, expect, it } from 'vitest';
import { MAX_CLAIM_LENGTH, MAX_CLAIMS, findClaims, type Claim } from '../../src/question/claims.js';

const claims = (text: string): Claim[] => findClaims(text).claims;
const pairs = (text: string): [string, string | null][] =>
  claims(text).map((claim) => [claim.words, claim.speaker]);

describe('findClaims: quotations and who said them', () => {
  it.each([
    ['Trump said "no collusion"', 'no collusion', 'Trump'],
    ['lol trump literally tweeted "NO COLLUSION" again', 'NO COLLUSION', 'trump'],
    [
      '“I did not have communications with the Russians” — Jeff Sessions',
      'I did not have communications with the Russians',
      'Jeff Sessions',
    ],
    [
      '"We are not in the business of nation building," said Mattis.',
      'We are not in the business of nation building',
      'Mattis',
    ],
    ['"It was honest," Sessions said on Thursday.', 'It was honest', 'Sessions'],
    [
      'The attorney general said «I have not met with any Russians»',
      'I have not met with any Russians',
      'The attorney general',
    ],
    ['Merkel sagte „Wir schaffen das“', 'Wir schaffen das', null],
    [
      'A White House official called it "the latest attack"',
      'the latest attack',
      'A White House official',
    ],
    [
      '"misleading." - a Department of Justice spokeswoman',
      'misleading.',
      'a Department of Justice spokeswoman',
    ],
    ['On Monday Trump said "fake news"', 'fake news', 'Trump'],
    ['Trump, in a tweet on Monday, said "witch hunt"', 'witch hunt', 'Trump'],
    [
      'According to Sessions, "the remarks are unbelievable"',
      'the remarks are unbelievable',
      'Sessions',
    ],
    ['Sessions told the Senate that "I did not meet them"', 'I did not meet them', 'Sessions'],
    ["Did Sessions say 'honest and correct' or not?", 'honest and correct', 'Sessions'],
    ['Theresa May said "Brexit means Brexit"', 'Brexit means Brexit', 'Theresa May'],
    ['I said "hello there" to him', 'hello there', null],
    ['someone said "the sky is green"', 'the sky is green', null],
  ])('%s → %j by %j', (text, words, speaker) => {
    expect(pairs(text)).toEqual([[words, speaker]]);
  });

  it('keeps the sentence around a quotation as its context', () => {
    expect(claims('Hi all. Sessions said "I did not meet them" in Senate. Weird.')[0]).toEqual({
      words: 'I did not meet them',
      speaker: 'Sessions',
      context: 'Sessions said "I did not meet them" in Senate.',
      kind: 'quotation',
    });
  });

  it('gives each quotation its own speaker, and "he said" the speaker named before', () => {
    expect(
      pairs(
        'Sessions said "I did not meet them" and Trump said "it is a witch hunt". He also said "sad"',
      ),
    ).toEqual([
      ['I did not meet them', 'Sessions'],
      ['it is a witch hunt', 'Trump'],
      ['sad', 'Trump'],
    ]);
  });

  it('gives quotations sharing one verb the same speaker', () => {
    expect(pairs('Trump called Kim "Rocket Man" and "a sick puppy"')).toEqual([
      ['Rocket Man', 'Trump'],
      ['a sick puppy', 'Trump'],
    ]);
  });

  it('does not take a quotation inside another, nor apostrophes for quotation marks', () => {
    expect(pairs(`Sessions said "they called it 'fake news' again"`)).toEqual([
      ["they called it 'fake news' again", 'Sessions'],
    ]);
    expect(pairs("it's Trump's 'big beautiful wall' and that's that")).toEqual([
      ['big beautiful wall', null],
    ]);
  });

  it('reads a Discord block quote as one quotation, signed on the line below or above', () => {
    expect(pairs('> My reply was honest\n> and correct\n— Sessions')).toEqual([
      ['My reply was honest and correct', 'Sessions'],
    ]);
    expect(pairs('Sessions, in the hearing:\n>>> My reply was honest and correct')).toEqual([
      ['My reply was honest and correct', 'Sessions'],
    ]);
  });

  it('reads a block quote holding quotation marks as ordinary text', () => {
    expect(pairs('> Sessions said "I did not meet them" on Thursday')).toEqual([
      ['I did not meet them', 'Sessions'],
    ]);
  });
});

describe('findClaims: the main claim of a message without quotation marks', () => {
  it('takes the words after a verb of saying, spoken by its subject', () => {
    expect(claims('wow. Sessions said he never met with any Russians')).toEqual([
      {
        words: 'he never met with any Russians',
        speaker: 'Sessions',
        context: 'Sessions said he never met with any Russians',
        kind: 'statement',
      },
    ]);
  });

  it('takes a whole short statement that names no speaker', () => {
    expect(pairs('Sessions recused himself from the Russia probe.')).toEqual([
      ['Sessions recused himself from the Russia probe', null],
    ]);
  });
});

describe('findClaims: messages with nothing to check', () => {
  it.each([
    ['only emoji', '😂😂🔥'],
    ['a custom emoji', '<:pepe:123456789012345678>'],
    ['a link', 'https://t.co/4nTtDyMBID'],
    ['a link in angle brackets', '<https://example.com/a "b" c>'],
    ['a code block', '```js\nconsole.log("hello world")\n```'],
    ['inline code', '`say "hello world"`'],
    ['"ok"', 'ok'],
    ['"lol same"', 'lol same'],
    ['a mention', '<@123456789012345678> <@&987654321098765432> @everyone'],
    ['a question', 'what do you think about this whole thing?'],
    ['an empty message', ''],
    ['spaces', '   \n  '],
    ['an unclosed quotation mark with no claim', '"'],
    ['a quoted emoji', '"😂"'],
    ['a quoted "ok"', '"ok"'],
    ['a long message with no quotation or attributed claim', 'words '.repeat(100)],
  ])('%s yields no claim', (_what, text) => {
    expect(findClaims(text)).toEqual({ claims: [], more: 0 });
  });
});

describe('findClaims: limits', () => {
  it(`checks at most ${MAX_CLAIMS} claims and says how many more there were`, () => {
    const text = Array.from({ length: 8 }, (_, i) => `Trump said "claim number ${i}".`).join(' ');
    const found = findClaims(text);
    expect(found.claims.map((claim) => claim.words)).toEqual([
      'claim number 0',
      'claim number 1',
      'claim number 2',
      'claim number 3',
      'claim number 4',
    ]);
    expect(found.more).toBe(3);
    expect(findClaims(text, 2)).toMatchObject({ more: 6 });
  });

  it('counts a quotation repeated in one message once', () => {
    expect(pairs('"no collusion" he said. Trump said "No collusion!"')).toEqual([
      ['no collusion', null],
    ]);
  });

  it(`cuts a long quotation at a word, to at most ${MAX_CLAIM_LENGTH} characters`, () => {
    const long = 'very long words '.repeat(60);
    const [claim] = claims(`Trump said "${long}"`);
    expect(claim?.words.length).toBeLessThanOrEqual(MAX_CLAIM_LENGTH);
    expect(claim?.words.length).toBeGreaterThan(MAX_CLAIM_LENGTH - 20);
    expect(long.startsWith(`${claim?.words ?? '?'} `)).toBe(true);
    expect(claim?.context.length).toBeLessThanOrEqual(400);
  });

  it('reads only the first 4000 characters of a message', () => {
    const found = findClaims(`${'x '.repeat(2_000)}Trump said "too late to read"`);
    expect(found.claims).toEqual([]);
  });

  it('stays fast on a message full of quotation marks', () => {
    // Not a timing assertion: a quadratic scan of 4000 marks would still finish, but this
    // input must at least give sensible output (pairs of marks enclose no words).
    expect(findClaims('"'.repeat(10_000)).claims).toEqual([]);
    expect(findClaims(`'a `.repeat(3_000)).claims).toEqual([]);
  });
});
