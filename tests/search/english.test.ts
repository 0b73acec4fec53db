import { describe, expect, it } from 'vitest';
import { contentBaseOf, isEnglishWord } from '../../src/search/english.js';

/** A word the dataset never uses is respelled only when it is no word of English. */
describe('isEnglishWord', () => {
  it.each(['aside', 'really', 'monday', 'foot', 'truck'])(
    'knows a common WordNet lemma with no synonyms in the table: "%s"',
    (word) => {
      expect(isEnglishWord(word)).toBe(true);
    },
  );

  it.each(['went', 'bought', 'threw', 'feet', 'broader', 'hadnt', 'onto'])(
    'knows a form the tagger takes back to a known word, or a function word: "%s"',
    (word) => {
      expect(isEnglishWord(word)).toBe(true);
    },
  );

  it.each(['resigend', 'sesions', 'presidnet', 'leeks', 'anser'])(
    'takes a typo, or a lemma too rare to be meant, for a typo: "%s"',
    (word) => {
      expect(isEnglishWord(word)).toBe(false);
    },
  );
});

describe('contentBaseOf', () => {
  it('gives the base word of an irregular form that means something of its own', () => {
    expect(contentBaseOf('threw')).toBe('throw');
    expect(contentBaseOf('bought')).toBe('buy');
  });

  it('gives nothing for a light verb, a function word or a word already in its base form', () => {
    expect(contentBaseOf('went')).toBeNull();
    expect(contentBaseOf('hadnt')).toBeNull();
    expect(contentBaseOf('truck')).toBeNull();
  });
});
