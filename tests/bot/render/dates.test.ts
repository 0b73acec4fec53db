import { describe, expect, it } from 'vitest';
import { formatDate, formatRange } from '../../../src/bot/render/dates.js';

describe('formatDate', () => {
  it.each([
    ['2017-03-02', '2 March 2017'],
    ['2017-01', 'January 2017'],
    ['2016', '2016'],
    ['2016-02-29', '29 February 2016'],
  ])('shows %s as %s', (date, shown) => {
    expect(formatDate(date)).toBe(shown);
  });

  it('returns text that is not an ISO date unchanged', () => {
    expect(formatDate('sometime')).toBe('sometime');
  });
});

describe('formatRange', () => {
  it.each([
    [{ from: '2017-03-02', to: '2017-03-02' }, '2 March 2017'],
    [{ from: '2017-03-01', to: '2017-03-31' }, 'March 2017'],
    [{ from: '2017-01-01', to: '2017-12-31' }, '2017'],
    [{ from: '2017-02-01', to: '2017-04-30' }, 'February 2017 to April 2017'],
    [{ from: '2016-01-01', to: '2017-12-31' }, '2016 to 2017'],
    [{ from: '2017-03-02', to: '2017-03-09' }, '2 March 2017 to 9 March 2017'],
    [{ from: '2017-03-01', to: '2017-03-01' }, '1 March 2017'],
  ])('shows %j as %s', (range, shown) => {
    expect(formatRange(range)).toBe(shown);
  });
});
