import { describe, expect, it } from 'vitest';
import { buildDataset, type RawDocument } from '../../src/ingest/index.js';

function datasetOf(...texts: string[]) {
  const documents: RawDocument[] = texts.map((text, index) => ({
    date: '2018-01-01',
    file: 'test.jsonl',
    line: index + 1,
    paragraphs: [{ text, line: index + 1 }],
  }));
  return buildDataset(documents, ['test.jsonl']);
}

describe('people across events', () => {
  it('merges a full name, its titled forms and the bare surname, with roles', () => {
    const dataset = datasetOf(
      'President Trump appoints Michael Flynn as National Security Advisor.',
      'National Security Advisor Michael Flynn resigns.',
      'Flynn pleads guilty.',
    );
    const flynn = dataset.people.find((person) => person.name === 'Michael Flynn');
    expect(flynn?.aliases).toEqual([
      'Flynn',
      'Michael Flynn',
      'National Security Advisor Michael Flynn',
    ]);
    expect(flynn?.roles).toEqual([{ title: 'National Security Advisor', former: false }]);
    expect(flynn?.eventIds).toHaveLength(3);
  });

  it('links a lone surname to the most frequent full name, keeping relatives apart', () => {
    const dataset = datasetOf(
      'Donald Trump holds a rally.',
      'Donald Trump signs an order.',
      'Ivanka Trump visits Japan.',
      'Donald Trump Jr. testifies.',
      'Trump tweets again.',
      'President Trump travels.',
    );
    const names = dataset.people.map((person) => person.name).sort();
    expect(names).toEqual(['Donald Trump', 'Donald Trump Jr.', 'Ivanka Trump']);
    const donald = dataset.people.find((person) => person.name === 'Donald Trump');
    expect(donald?.eventIds).toHaveLength(4);
    expect(donald?.aliases).toContain('Trump');
  });

  it('links a titled lone surname to the full name that holds that title', () => {
    const dataset = datasetOf(
      'First Lady Melania Trump visits a school.',
      'Melania Trump opens an exhibit.',
      'President Donald Trump speaks.',
      'President Trump speaks again.',
    );
    const donald = dataset.people.find((person) => person.name === 'Donald Trump');
    expect(donald?.aliases).toContain('President Trump');
  });

  it('does not make organisations, places, demonyms or months into people', () => {
    const dataset = datasetOf(
      'The White House and the Armed Services Committee met in January with Russian officials in New York.',
    );
    expect(dataset.people).toEqual([]);
  });

  it('merges spellings that differ only by accents or a middle initial', () => {
    const dataset = datasetOf(
      'Prime Minister Shinzō Abe arrives.',
      'Shinzo Abe leaves.',
      'President Donald J. Trump and Donald Trump.',
    );
    expect(dataset.people.map((person) => person.name).sort()).toEqual([
      'Donald Trump',
      'Shinzo Abe',
    ]);
    const abe = dataset.people.find((person) => person.name === 'Shinzo Abe');
    expect(abe?.aliases).toEqual(['Prime Minister Shinzō Abe', 'Shinzo Abe', 'Shinzō Abe']);
    const trump = dataset.people.find((person) => person.name === 'Donald Trump');
    expect(trump?.aliases).toContain('President Donald J. Trump');
  });

  it('ignores a capitalised first word that the text also uses in lower case', () => {
    const dataset = datasetOf(
      'Only Georgia is still to be called.',
      'The state has only one result. Senator Jones wins Georgia.',
    );
    expect(dataset.people.map((person) => person.name)).toEqual(['Jones']);
  });
});
