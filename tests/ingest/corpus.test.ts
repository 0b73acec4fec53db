/**
 * The timeline corpus (2,481 real events) read from ../shared/corpora, never copied into the repo.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/schema.js';
import { ingestPaths } from '../../src/ingest/index.js';

const corpus = path.resolve(
  import.meta.dirname,
  '../../../shared/corpora/trump-presidency-timeline.jsonl',
);
const present = existsSync(corpus);
if (!present) console.warn(`Skipping the corpus tests: ${corpus} is absent.`);

describe.skipIf(!present)('timeline corpus', () => {
  let dataset: Dataset;
  beforeAll(async () => {
    dataset = await ingestPaths([corpus]);
  }, 60_000);
  const person = (name: string) => dataset.people.find((candidate) => candidate.name === name);

  it('ingests every line as one event with one article source', () => {
    expect(dataset.events).toHaveLength(2481);
    expect(dataset.sources.every((source) => source.kind === 'article')).toBe(true);
    expect(new Set(dataset.events.map((event) => event.id)).size).toBe(2481);
  });

  it("extracts the single-quoted 'ripped up' and attributes it to Michael Flynn", () => {
    const quote = dataset.quotes.find((candidate) => candidate.text === 'ripped up');
    expect(quote).toMatchObject({
      quoteMark: 'single',
      fragment: true,
      speaker: { personId: person('Michael Flynn')?.id, name: 'Michael Flynn' },
    });
  });

  it('extracts double-quoted words with their speaker', () => {
    const quote = dataset.quotes.find(
      (candidate) => candidate.text === 'the enemy of the American people',
    );
    expect(quote).toMatchObject({
      quoteMark: 'double',
      speaker: { personId: 'person-donald-trump', name: 'Donald Trump' },
    });
    const tillerson = dataset.quotes.find((candidate) =>
      candidate.text.startsWith('will never accept a nuclear-armed North Korea'),
    );
    expect(tillerson?.speaker?.name).toBe('Rex Tillerson');
  });

  it('merges the aliases of Michael Flynn with his role', () => {
    const flynn = person('Michael Flynn');
    expect(flynn?.aliases).toEqual(
      expect.arrayContaining([
        'Flynn',
        'Michael Flynn',
        'Michael T. Flynn',
        'National Security Advisor Michael Flynn',
      ]),
    );
    expect(flynn?.roles.map((role) => role.title)).toContain('National Security Advisor');
  });

  it('keeps Donald Trump, Ivanka Trump and Donald Trump Jr. apart, and "Trump" is Donald', () => {
    const donald = person('Donald Trump');
    expect(donald?.aliases).toEqual(expect.arrayContaining(['Trump', 'President Trump']));
    expect(person('Ivanka Trump')?.aliases).not.toContain('Trump');
    expect(person('Donald Trump Jr.')).toBeDefined();
    expect(donald?.eventIds.length).toBeGreaterThan(1500);
  });

  it('merges Jeff Sessions and Sean Spicer aliases with their titles', () => {
    expect(person('Jeff Sessions')?.aliases).toEqual(
      expect.arrayContaining(['Sessions', 'Attorney General Jeff Sessions', 'AG Jeff Sessions']),
    );
    expect(person('Sean Spicer')?.roles.map((role) => role.title)).toContain(
      'White House Press Secretary',
    );
  });

  it('makes no person of organisations, places or months', () => {
    const people = dataset.people.filter((candidate) => candidate.kind === 'person');
    const names = new Set(people.map((candidate) => candidate.name));
    for (const name of ['White House', 'Russia', 'Russian', 'January', 'Congress', 'New York']) {
      expect(names.has(name)).toBe(false);
    }
  });
});
