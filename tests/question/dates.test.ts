import { describe, expect, it } from 'vitest';
import { parseDateRange } from '../../src/question/dates.js';

// A fixed "today" (Thursday 2 March 2017) so implied years do not depend on the clock.
const REFERENCE = new Date(Date.UTC(2017, 2, 2, 12));
const range = (text: string): [string, string] | null => {
  const found = parseDateRange(text, REFERENCE);
  return found === null ? null : [found.from, found.to];
};

describe('parseDateRange', () => {
  it.each([
    ['March 2, 2017', '2017-03-02', '2017-03-02'],
    ['What happened on March 2, 2017?', '2017-03-02', '2017-03-02'],
    ['2 March 2017', '2017-03-02', '2017-03-02'],
    ['2017-03-02', '2017-03-02', '2017-03-02'],
    ['2017-03', '2017-03-01', '2017-03-31'],
    ['2016-02', '2016-02-01', '2016-02-29'],
    ['in June 2018', '2018-06-01', '2018-06-30'],
    ['2018', '2018-01-01', '2018-12-31'],
    ['what happened in 2018', '2018-01-01', '2018-12-31'],
    ['between January and March 2017', '2017-01-01', '2017-03-31'],
    ['Feb to Apr 2017', '2017-02-01', '2017-04-30'],
    ['from Jan 20 to Jan 27, 2017', '2017-01-20', '2017-01-27'],
    ['between Jan 20 and Jan 27 2017', '2017-01-20', '2017-01-27'],
    ['Jan 20-27, 2017', '2017-01-20', '2017-01-27'],
  ])('reads "%s" as %s to %s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });

  it('takes a missing year from the reference date', () => {
    expect(range('what happened in May')).toEqual(['2017-05-01', '2017-05-31']);
    expect(range('yesterday')).toEqual(['2017-03-01', '2017-03-01']);
  });

  it('reports the words it understood as the date', () => {
    expect(parseDateRange('events between January and March 2017', REFERENCE)?.text).toBe(
      'between January and March 2017',
    );
  });

  it('returns null when no date is named', () => {
    expect(parseDateRange('when did flyn resign', REFERENCE)).toBeNull();
    expect(parseDateRange('', REFERENCE)).toBeNull();
  });
});
