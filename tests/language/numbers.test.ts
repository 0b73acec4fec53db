import { describe, expect, it } from 'vitest';
import { NUMBER_WORDS, numberWordsBetween } from '../../src/language/numbers.js';

describe('number words', () => {
  it('reads small counts written as words, "a" as one', () => {
    expect(NUMBER_WORDS.a).toBe(1);
    expect(NUMBER_WORDS.six).toBe(6);
    expect(NUMBER_WORDS.dozen).toBe(12);
  });

  it('lists the words for a range of counts, so "a" and "one" can be left out of comparisons', () => {
    expect(numberWordsBetween(2, 3)).toEqual(['two', 'three']);
    expect(numberWordsBetween(1, 1)).toEqual(['a', 'one']);
  });
});
