import { describe, expect, it } from 'vitest';
import { latestFirst } from '../../src/answer/latest.js';

interface Dated {
  id: string;
  date: string;
}

const byDate = (item: Dated): string => item.date;

const ITEMS: readonly Dated[] = [
  { id: 'a', date: '2017-03-02' },
  { id: 'b', date: '2018-01-05' },
  { id: 'c', date: '2017-03' },
  { id: 'd', date: '2018-01-05' },
  { id: 'e', date: '2016' },
  { id: 'f', date: '2019-12-31' },
];

describe('latestFirst', () => {
  it('orders items latest first, as a stable sort by date would', () => {
    const sorted = [...ITEMS].sort((x, y) => y.date.localeCompare(x.date));
    expect(latestFirst({}, () => ITEMS, byDate)).toEqual(sorted);
  });

  it('keeps items of the same date in the order they were listed, a day before its month', () => {
    expect(latestFirst({}, () => ITEMS, byDate).map((item) => item.id)).toEqual([
      'f',
      'b',
      'd',
      'a',
      'c',
      'e',
    ]);
  });

  it('sorts once per key, and again for another key', () => {
    const key = {};
    let listings = 0;
    const listed = (): readonly Dated[] => {
      listings += 1;
      return ITEMS;
    };
    const first = latestFirst(key, listed, byDate);
    expect(latestFirst(key, listed, byDate)).toBe(first);
    expect(listings).toBe(1);
    latestFirst({}, listed, byDate);
    expect(listings).toBe(2);
  });
});
