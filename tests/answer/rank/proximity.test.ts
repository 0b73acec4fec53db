import { describe, expect, it } from 'vitest';
import { PAIR_BONUS, proximityFit, stemPairs } from '../../../src/answer/rank/proximity.js';

describe('proximityFit: words the question writes together, written together', () => {
  const asked = stemPairs('campaign in New Mexico');

  it('raises a text that keeps a pair of the question together', () => {
    expect(proximityFit('President Lee holds a rally in Rio Rancho, New Mexico.', asked)).toBe(
      1 + PAIR_BONUS,
    );
  });

  it('leaves a text that has the words apart at 1', () => {
    expect(proximityFit('A new trade deal with Mexico and Canada comes into effect.', asked)).toBe(
      1,
    );
  });

  it('is 1 when the question has no pairs', () => {
    expect(proximityFit('Anything at all.', new Set())).toBe(1);
  });
});
