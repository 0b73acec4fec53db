import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/dataset/schema.js';
import { PeopleIndex } from '../../src/search/people.js';

const person = (
  id: string,
  name: string,
  aliases: string[],
  roles: [string, boolean][],
  events = 1,
): Person => ({
  id,
  kind: 'person',
  name,
  aliases,
  roles: roles.map(([title, former]) => ({ title, former })),
  eventIds: Array.from({ length: events }, (_, i) => `${id}-e${i}`),
});

const people = new PeopleIndex([
  person(
    'sessions',
    'Jeff Sessions',
    ['AG Sessions'],
    [
      ['Attorney General', false],
      ['Senator', true],
    ],
    5,
  ),
  person('flynn', 'Michael Flynn', ['Flynn'], [['National Security Advisor', false]], 4),
  person('franken', 'Franken', [], [['Senator', false]], 1),
  person('trump', 'Donald Trump', [], [['President', false]], 50),
  person('tillerson', 'Rex Tillerson', [], [['Secretary of State', false]], 3),
]);
const best = (phrase: string): string | undefined => people.resolve(phrase)[0]?.person.id;

describe('people index', () => {
  it('resolves full names, surnames and aliases', () => {
    expect(best('Jeff Sessions')).toBe('sessions');
    expect(best('sessions')).toBe('sessions');
    expect(best('AG Sessions')).toBe('sessions');
  });

  it('resolves misspelled surnames, including a swapped pair of letters', () => {
    expect(best('sesions')).toBe('sessions');
    expect(best('flyn')).toBe('flynn');
    expect(best('tilerson')).toBe('tillerson');
    expect(best('sessoins')).toBe('sessions');
    expect(best('fracken')).toBe('franken');
  });

  it('resolves titles, preferring who holds the role now', () => {
    expect(best('the attorney general')).toBe('sessions');
    expect(best('senator')).toBe('franken');
  });

  it('strips a title before a name', () => {
    expect(best('President Trump')).toBe('trump');
    expect(best('Senator Franken')).toBe('franken');
  });

  it('finds nobody for words that are not close to a name', () => {
    expect(people.resolve('resign')).toEqual([]);
    expect(people.resolve('the')).toEqual([]);
    expect(people.resolve('')).toEqual([]);
  });

  it('suggests names from a partial entry', () => {
    expect(people.suggest('ses', 3)[0]?.person.id).toBe('sessions');
    expect(people.suggest('', 2).map((m) => m.person.id)).toEqual(['trump', 'sessions']);
  });

  it('suggests through typos, a leading "the" and a leading title', () => {
    expect(people.suggest('sesions', 3)[0]?.person.id).toBe('sessions');
    expect(people.suggest('tilersen', 3)[0]?.person.id).toBe('tillerson');
    expect(people.suggest('the attorney gen', 3)[0]?.person.id).toBe('sessions');
    expect(people.suggest('President Trum', 3)[0]?.person.id).toBe('trump');
  });

  it('matches only the head of a long autocomplete input, as typed past any name', () => {
    const long = `Secretary of State ${'and whatever else was pasted '.repeat(5)}`.slice(0, 100);
    const ids = (typed: string): string[] => people.suggest(typed, 5).map((m) => m.person.id);
    expect(ids(long)).toEqual(ids(long.slice(0, 48)));
    expect(ids(`Jeff Sessions${' '.repeat(300)}and a tail that is never read`)).toEqual([
      'sessions',
    ]);
  });
});
