import { describe, expect, it } from 'vitest';
import { countNoun, pageOfPages, shownOfTotal } from '../../../src/bot/render/counts.js';

const EVENTS = { one: 'event', many: 'events', gender: 'neuter' } as const;

describe('counts', () => {
  it('says "Page p of P", counting from 1', () => {
    expect(pageOfPages(0, 5)).toBe('Page 1 of 5');
    expect(pageOfPages(4, 5)).toBe('Page 5 of 5');
  });

  it('says "first N of M" only when the list was cut', () => {
    expect(shownOfTotal(25, 403, EVENTS)).toBe('first 25 of 403 events');
    expect(shownOfTotal(10, 34, EVENTS, 'latest')).toBe('latest 10 of 34 events');
    expect(shownOfTotal(3, 3, EVENTS)).toBe('3 events');
    expect(shownOfTotal(1, 1, EVENTS, 'latest')).toBe('1 event');
  });

  it('uses the singular for one', () => {
    expect(countNoun(1, EVENTS)).toBe('1 event');
    expect(countNoun(0, EVENTS)).toBe('0 events');
  });
});
