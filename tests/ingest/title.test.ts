import { describe, expect, it } from 'vitest';
import { SUMMARY_MAX, summaryFrom, TITLE_MAX, titleFrom } from '../../src/ingest/title.js';

describe('titles and summaries', () => {
  it('keeps a short sentence whole, without its full stop', () => {
    expect(titleFrom('President Trump signs an order.')).toBe('President Trump signs an order');
  });

  it('drops every final stop and space, and only those', () => {
    expect(titleFrom('  Sessions recuses himself. . .  ')).toBe('Sessions recuses himself');
    expect(titleFrom(`Wait${'.'.repeat(50)} what`)).toBe(`Wait${'.'.repeat(50)} what`);
  });

  it('cuts a long sentence at a clause break within the limit', () => {
    const title = titleFrom(
      'AG Sessions recuses himself from investigations into presidential campaigns after recommendations from his staff.',
    );
    expect(title).toBe(
      'AG Sessions recuses himself from investigations into presidential campaigns',
    );
  });

  it('cuts at a word with an ellipsis when there is no clause break', () => {
    const title = titleFrom('word '.repeat(40));
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(title.endsWith('word…')).toBe(true);
  });

  it('takes whole sentences up to the summary limit', () => {
    const long = 'x'.repeat(295) + '.';
    expect(summaryFrom(['One.', 'Two.', long, 'Three.'])).toBe('One. Two.');
    expect(summaryFrom([long + long]).length).toBeLessThanOrEqual(SUMMARY_MAX);
  });
});
