import { describe, expect, it } from 'vitest';
import { formatDate, formatMonthDay, formatRange } from '../../../src/bot/render/dates.js';

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

describe('dates in the asker’s language', () => {
  it.each([
    ['de', '2. März 2017', 'März 2017', '2. März'],
    ['fr', '2 mars 2017', 'mars 2017', '2 mars'],
    ['es-ES', '2 de marzo de 2017', 'marzo de 2017', '2 de marzo'],
    ['es-419', '2 de marzo de 2017', 'marzo de 2017', '2 de marzo'],
    // English and languages the bot does not have are written as it always wrote them.
    ['en-US', '2 March 2017', 'March 2017', '2 March'],
    ['ja', '2 March 2017', 'March 2017', '2 March'],
  ])('writes dates as %s does', (locale, day, month, monthDay) => {
    expect(formatDate('2017-03-02', locale)).toBe(day);
    expect(formatDate('2017-03', locale)).toBe(month);
    expect(formatMonthDay({ month: 3, day: 2 }, locale)).toBe(monthDay);
  });

  it('joins the ends of a range in that language', () => {
    expect(formatRange({ from: '2017-02-01', to: '2017-04-30' }, 'de')).toBe(
      'Februar 2017 bis April 2017',
    );
    expect(formatRange({ from: '2017-03-02', to: '2017-03-09' }, 'fr')).toBe(
      '2 mars 2017 – 9 mars 2017',
    );
  });
});
