import { describe, expect, it } from 'vitest';
import {
  MAX_SUGGESTION_KEY,
  SuggestionIndex,
  prefixDistance,
  suggestionKey,
} from '../../src/search/suggest.js';

// Best first, as the people index orders them; `group` is the person.
const entries = [
  { key: 'donald trump', group: 0 },
  { key: 'jeff sessions', group: 1 },
  { key: 'rex tillerson', group: 2 },
  { key: 'al franken', group: 3 },
  { key: 'ag sessions', group: 1 },
  { key: 'sessions', group: 1 },
  { key: 'trump', group: 0 },
  { key: 'attorney general', group: 1 },
  { key: 'deputy attorney general', group: 4 },
  { key: 'secretary of state', group: 2 },
  { key: 'senator', group: 3 },
];
const index = new SuggestionIndex(entries);
const keysFor = (typed: string, limit = 5): string[] =>
  index.suggest(suggestionKey(typed), limit).map(({ entry }) => entries[entry]?.key ?? '?');

describe('suggestionKey', () => {
  it('folds what was typed into lowercase words joined by single spaces', () => {
    expect(suggestionKey('  Jeff   SESSIONS! ')).toBe('jeff sessions');
    expect(suggestionKey('François')).toBe('francois');
  });

  it(`keeps only the first ${MAX_SUGGESTION_KEY} characters, however long the input`, () => {
    const long = `attorney general ${'and more words typed on and on '.repeat(10)}`.slice(0, 100);
    const key = suggestionKey(long);
    expect(key.length).toBeLessThanOrEqual(MAX_SUGGESTION_KEY);
    expect(key).toBe(suggestionKey(long.slice(0, MAX_SUGGESTION_KEY)));
    expect(suggestionKey('x'.repeat(10_000))).toBe('x'.repeat(MAX_SUGGESTION_KEY));
  });
});

describe('SuggestionIndex', () => {
  it('lists the first entries, one per group, for an empty input', () => {
    expect(keysFor('', 3)).toEqual(['donald trump', 'jeff sessions', 'rex tillerson']);
  });

  it('suggests entries with any word starting with the input, best first', () => {
    expect(keysFor('sess')).toEqual(['jeff sessions']);
    expect(keysFor('jeff s')).toEqual(['jeff sessions']);
    expect(keysFor('attorney')).toEqual(['attorney general', 'deputy attorney general']);
    expect(keysFor('gen')).toEqual(['attorney general', 'deputy attorney general']);
  });

  it('suggests close misspellings, a swapped pair of letters counting as one edit', () => {
    expect(keysFor('sesions')[0]).toBe('jeff sessions');
    expect(keysFor('sessoins')[0]).toBe('jeff sessions');
    expect(keysFor('tilerson')[0]).toBe('rex tillerson');
    expect(keysFor('frankn')[0]).toBe('al franken');
    expect(keysFor('jef sesions')[0]).toBe('jeff sessions');
  });

  it('puts prefixes before misspellings and closer misspellings first', () => {
    const results = index.suggest('senat', 5);
    expect(results[0]).toEqual({
      entry: entries.findIndex((e) => e.key === 'senator'),
      distance: 0,
    });
    expect(results.slice(1).every((result) => result.distance > 0)).toBe(true);
    const distances = results.map((result) => result.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('suggests nothing for input close to no name, long or short', () => {
    expect(keysFor('qwxz')).toEqual([]);
    expect(keysFor('z'.repeat(100))).toEqual([]);
    expect(keysFor('the weather in paris was lovely and everybody went out to see it')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(keysFor('', 0)).toEqual([]);
    expect(keysFor('s', 1)).toHaveLength(1);
  });
});

describe('prefixDistance', () => {
  it('counts the edits to the closest prefix of the target from a word start', () => {
    expect(prefixDistance('sess', 'jeff sessions', 5, 2)).toBe(0);
    expect(prefixDistance('sesi', 'jeff sessions', 5, 2)).toBe(1);
    expect(prefixDistance('sessoins', 'sessions', 0, 2)).toBe(1);
    expect(prefixDistance('tilerson', 'rex tillerson', 4, 2)).toBe(1);
  });

  it('gives up at one more than the allowed edits', () => {
    expect(prefixDistance('trump', 'sessions', 0, 2)).toBe(3);
    expect(prefixDistance('a much longer input', 'al', 0, 2)).toBe(3);
  });
});
