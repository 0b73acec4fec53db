import { describe, expect, it } from 'vitest';
import {
  choosePage,
  entryHolding,
  JUMP_TEXT,
  readPageTarget,
} from '../../../src/bot/render/page-jump.js';

const NOW = new Date('2024-05-01T12:00:00Z');

describe('readPageTarget', () => {
  it.each([
    ['3', 2],
    [' 3 ', 2],
    ['#3', 2],
    ['p3', 2],
    ['page 12', 11],
    ['Page 2017', 2016],
    ['0', -1],
    ['-4', -5],
  ])('reads %j as page index %i', (input, page) => {
    expect(readPageTarget(input, NOW)).toEqual({ kind: 'page', page });
  });

  it.each([
    ['2017-03-02', '2017-03-02', '2017-03-02'],
    ['2 March 2017', '2017-03-02', '2017-03-02'],
    ['on March 2, 2017.', '2017-03-02', '2017-03-02'],
    ['2017-03', '2017-03-01', '2017-03-31'],
    ['2017', '2017-01-01', '2017-12-31'],
  ])('reads %j as the days %s to %s', (input, from, to) => {
    expect(readPageTarget(input, NOW)).toEqual({ kind: 'date', range: { from, to } });
  });

  it.each([
    '',
    '   ',
    'soon',
    'page three',
    '3 pages',
    'hello 2017',
    '2017-13-45',
    'x'.repeat(101),
  ])('cannot read %j', (input) => {
    expect(readPageTarget(input, NOW)).toEqual({ kind: 'unreadable' });
  });
});

describe('entryHolding', () => {
  const dates = ['2017-01', '2017-03-01', null, '2017-03-02', '2017-03-02', '2017-05-10'];

  it('finds the first entry within the date, at either precision', () => {
    expect(entryHolding(dates, { from: '2017-03-02', to: '2017-03-02' })).toEqual({
      index: 3,
      date: '2017-03-02',
      exact: true,
    });
    expect(entryHolding(dates, { from: '2017-01-15', to: '2017-01-15' })).toMatchObject({
      index: 0,
      exact: true,
    });
    expect(entryHolding(dates, { from: '2017-03-01', to: '2017-03-31' })).toMatchObject({
      index: 1,
    });
  });

  it('falls back to the nearest date, before or after, when none is within it', () => {
    expect(entryHolding(dates, { from: '2017-04-30', to: '2017-04-30' })).toEqual({
      index: 5,
      date: '2017-05-10',
      exact: false,
    });
    expect(entryHolding(dates, { from: '2016-06-01', to: '2016-06-01' })).toMatchObject({
      index: 0,
      exact: false,
    });
  });

  it('finds nothing in a list without dates', () => {
    expect(entryHolding([null, null], { from: '2017-03-02', to: '2017-03-02' })).toBeNull();
  });
});

describe('choosePage', () => {
  const list = { pageCount: 4, pageSize: 5 };

  it('keeps a page within the list, with no note', () => {
    expect(choosePage({ ...list, page: 2 })).toEqual({ page: 2, note: null });
  });

  it('clamps a page past the end or before the start, and says so', () => {
    expect(choosePage({ ...list, page: 8 })).toEqual({ page: 3, note: JUMP_TEXT.pastTheEnd(9, 4) });
    expect(JUMP_TEXT.pastTheEnd(9, 4)).toBe(
      'There is no page 9: this list has 4 pages, and this is the last.',
    );
    expect(choosePage({ ...list, page: -1 })).toEqual({ page: 0, note: JUMP_TEXT.beforeTheStart });
  });

  it('shows the page holding a date, noting when only a nearby date was found', () => {
    const entryDates = Array.from(
      { length: 20 },
      (_, i) => `2018-01-${String(i + 1).padStart(2, '0')}`,
    );
    const date = (day: string) => ({ from: day, to: day });
    expect(choosePage({ ...list, page: 0, entryDates, date: date('2018-01-12') })).toEqual({
      page: 2,
      note: null,
    });
    expect(choosePage({ ...list, page: 0, entryDates, date: date('2018-03-01') })).toEqual({
      page: 3,
      note: 'Nothing in this list is dated 1 March 2018; this page holds the nearest date, 20 January 2018.',
    });
  });

  it('stays on the page it was on when the list has no dates, and says why', () => {
    expect(
      choosePage({ ...list, page: 1, date: { from: '2018-01-01', to: '2018-01-01' } }),
    ).toEqual({ page: 1, note: JUMP_TEXT.noDates });
  });
});
