import { describe, expect, it } from 'vitest';
import { InvertedIndex } from '../../src/search/inverted-index.js';
import { buildQuery } from '../../src/search/query.js';
import { stem } from '../../src/search/text.js';

/** Capitalised words the index does not know are read as names it has never heard of. */
describe('unknown names in a query', () => {
  const index = new InvertedIndex([
    [{ text: 'President Ana Ruiz puts Pat Pell in charge of the labor department.', weight: 1 }],
  ]);

  it('are the capitalised words no text holds: a person the dataset has never heard of', () => {
    expect(buildQuery('Ruiz put Zorblax Quuxington in charge', index).unknownNames).toEqual([
      'zorblax',
      'quuxington',
    ]);
  });

  it('leave out months and weekdays, which name a time ("after the secretary quit in July")', () => {
    const query = buildQuery(
      'Ruiz put in charge after the secretary quit in July on a Tuesday',
      index,
    );
    expect(query.unknown).toEqual(expect.arrayContaining(['july', 'tuesday']));
    expect(query.unknownNames).toEqual([]);
  });
});

/** Words the index does not know are respelled as the closest it does, unless they are English. */
describe('corrections in a query', () => {
  const index = new InvertedIndex([
    [{ text: 'The White House denies the harbour report.', weight: 1 }],
  ]);

  it('respells a typo as the closest word the texts use ("harbur" is "harbour")', () => {
    expect(buildQuery('harbur denies', index).corrections).toEqual([
      { typed: 'harbur', read: 'harbour' },
    ]);
  });

  it('leaves an English word the texts never use alone: "write" is not a misspelt "white"', () => {
    expect(buildQuery('write a letter', index).corrections).toEqual([]);
  });
});

/** Common words WordNet's table has no synonyms for, and irregular forms, are English too. */
describe('English words the texts never use', () => {
  const index = new InvertedIndex([
    [{ text: 'Trump flies west and throws a truce offer to the harbour crowd.', weight: 1 }],
  ]);
  const stems = (text: string): string[] =>
    buildQuery(text, index).groups.flatMap((group) => group.terms.map((term) => term.stem));

  it.each([
    ['went', 'west'],
    ['truck', 'truce'],
    ['really', 'rally'],
    ['hadnt', 'haunt'],
  ])('are not respelled: "%s" is no misspelt "%s"', (typed, wrong) => {
    expect(buildQuery(`Trump ${typed} home`, index).corrections).toEqual([]);
    expect(stems(`Trump ${typed} home`)).not.toContain(stem(wrong));
  });

  it('search an irregular form by its base word: "threw" finds "throws"', () => {
    expect(stems('Trump threw a ball')).toContain('throw');
  });

  it('still respell a rare word that is more often a typo: "leeks" is "leaks"', () => {
    const leaks = new InvertedIndex([[{ text: 'The memo leaks to the press.', weight: 1 }]]);
    expect(buildQuery('memo leeks', leaks).corrections).toEqual([
      { typed: 'leeks', read: 'leaks' },
    ]);
  });
});

describe("a word's kinds in a query", () => {
  const index = new InvertedIndex([
    [{ text: 'Roe hosts a meal for the governors.', weight: 1 }],
    [{ text: 'Roe buys lunch for the press.', weight: 1 }],
  ]);
  const termsOf = (text: string) => buildQuery(text, index).groups.flatMap((group) => group.terms);

  it('search the kind of the word and the kinds of it, far below the word itself', () => {
    const meal = termsOf('lunch').find((term) => term.stem === stem('meal'));
    const lunch = termsOf('meal').find((term) => term.stem === stem('lunch'));
    expect(meal?.weight).toBeGreaterThan(0);
    expect(meal?.weight).toBeLessThan(0.4);
    expect(lunch?.weight).toBe(meal?.weight);
  });
});

describe('a long question', () => {
  const index = new InvertedIndex([
    [{ text: 'Roe says the plan is going well and the team is working hard.', weight: 1 }],
    [{ text: 'Roe says the team is going to the national parks.', weight: 1 }],
    [{ text: 'Roe says the plan is going ahead this week.', weight: 1 }],
  ]);
  const stemsOf = (text: string, maxWords: number, prefixLast = false) =>
    buildQuery(text, index, { maxWords, prefixLast }).groups.map((group) => group.terms[0]?.stem);

  it('keeps its rarest words when it has more than the query takes, in their order', () => {
    expect(stemsOf('Roe says the plan is going well for the national parks', 3)).toEqual([
      stem('well'),
      stem('national'),
      stem('parks'),
    ]);
  });

  it('keeps the word being typed last, however common', () => {
    // "says" is in every text: without being typed last it would be the first left out.
    expect(stemsOf('the plan is going well for the national parks says', 2, true)).toContain(
      stem('says'),
    );
    expect(stemsOf('the plan is going well for the national parks says', 2)).not.toContain(
      stem('says'),
    );
  });
});
