import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/answer/context.js';
import { mentionedPeople, resolvePerson } from '../../src/answer/people-in-text.js';
import { DatasetIndex } from '../../src/search/dataset-index.js';
import { REFERENCE, syntheticDatasetOf } from './datasets.js';

describe('resolvePerson', () => {
  const dataset = syntheticDatasetOf([
    'Secret Service director Randolph Alles tours the border.',
    'President Trump meets German Chancellor Angela Merkel.',
  ]);
  const ctx = createContext(dataset, new DatasetIndex(dataset), REFERENCE);
  const nameOf = (phrase: string) => {
    const match = resolvePerson(ctx, phrase);
    return match === null ? null : (dataset.people[match.index]?.name ?? null);
  };

  it('reads a full name after a title the data never wrote as that person', () => {
    expect(nameOf('Secret Service chief Randolph Alles')).toBe('Randolph Alles');
  });

  it('does not take the last name of a clause or of a list for the whole phrase', () => {
    expect(nameOf('the president Trump said had met Randolph Alles')).toBeNull();
    expect(nameOf('Trump and Angela Merkel')).toBeNull();
  });
});

describe('mentionedPeople', () => {
  const dataset = syntheticDatasetOf([
    "President John Roe's legal team submits a brief to the court.",
    'President John Roe\'s legal team says the charges are "baseless".',
    'The Freedonia Warriors team says it will skip the visit.',
  ]);
  const ctx = createContext(dataset, new DatasetIndex(dataset), REFERENCE);
  const namesIn = (text: string) =>
    mentionedPeople(ctx, text).map((index) => dataset.people[index]?.name);

  it("reads no body's head noun as a surname: 'team' is not \"President Roe's legal team\"", () => {
    expect(dataset.people.map((person) => person.name)).toContain(
      "President John Roe's legal team",
    );
    expect(namesIn('Which NBA team said it would skip the visit')).toEqual([]);
  });
});
