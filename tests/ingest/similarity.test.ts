import { describe, expect, it } from 'vitest';
import { contentWords, jaccard, NEAR_DUPLICATE_THRESHOLD } from '../../src/ingest/similarity.js';

const score = (a: string, b: string) => jaccard(contentWords(a), contentWords(b));

describe('near-duplicate similarity', () => {
  const first =
    'AG Sessions recuses himself from investigations into presidential campaigns after recommendations from his staff.';
  const second =
    'Attorney General Sessions recuses himself from any existing or future probes related to any presidential campaigns.';
  const third =
    'AG Jeff Sessions: "My reply to the question of Senator Franken was honest and correct as I understood it at the time."';

  it('scores two headlines of the same news above the threshold', () => {
    expect(score(first, second)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });

  it('scores different tweets about the same story below it', () => {
    expect(score(first, third)).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
    expect(score(second, third)).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
  });

  it('is 1 for identical text and 0 for empty text', () => {
    expect(score(first, first)).toBe(1);
    expect(score('', '')).toBe(0);
  });
});
