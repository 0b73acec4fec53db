import { describe, expect, it } from 'vitest';
import { earliestInTopBand } from '../../../src/answer/rank/earliest-first.js';

/** Document n's first day is `days[n]`. */
const days = Int32Array.from([300, 100, 200, 50]);
const hit = (doc: number, score: number) => ({ doc, score, coverage: 1 });

describe('earliestInTopBand: the first report of nearly tied hits', () => {
  it('puts the earliest of the hits nearly tied with the best first', () => {
    const ranked = earliestInTopBand([hit(0, 10), hit(1, 9.8), hit(2, 5)], days);
    expect(ranked.map((h) => h.doc)).toEqual([1, 0, 2]);
  });

  it('keeps a clearly better hit first, however late', () => {
    const ranked = earliestInTopBand([hit(0, 10), hit(3, 8.5), hit(2, 5)], days);
    expect(ranked.map((h) => h.doc)).toEqual([0, 3, 2]);
  });
});
