import { describe, expect, it } from 'vitest';
import { tagTokens } from '../../src/language/part-of-speech.js';

describe('tagTokens', () => {
  it('gives each word its base form in lower case, which tells a bare verb from other forms', () => {
    const lemmas = tagTokens('The case was brought and Trump remarks on it').map((t) => t.lemma);
    expect(lemmas).toEqual(['the', 'case', 'be', 'bring', 'and', 'trump', 'remark', 'on', 'it']);
  });

  it('keeps offsets into the sentence as written', () => {
    const [first, second] = tagTokens('Did Pence sign');
    expect(first).toMatchObject({ start: 0, end: 3, text: 'Did' });
    expect(second).toMatchObject({ start: 4, end: 9, text: 'Pence' });
  });
});
