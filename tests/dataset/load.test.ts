import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DatasetError,
  loadDataset,
  MAX_PROBLEMS,
  parseDataset,
  readDatasetText,
} from '../../src/dataset/load.js';
import { type Dataset, isRealDay } from '../../src/dataset/schema.js';

function smallDataset(): Dataset {
  return {
    version: 2,
    inputs: ['data/raw/a.txt'],
    attributions: [],
    events: [
      {
        id: 'evt-1',
        date: '2017-03-02',
        title: 'Sessions recuses himself',
        summary: 'Sessions recuses himself.',
        sourceIds: ['src-1'],
        personIds: ['jeff-sessions'],
        origin: { file: 'data/raw/a.txt', line: 1 },
      },
    ],
    sources: [
      {
        id: 'src-1',
        kind: 'article',
        eventId: 'evt-1',
        date: '2017-03-02',
        text: 'Sessions recuses himself.',
        publisher: null,
        url: null,
      },
    ],
    quotes: [],
    people: [
      {
        id: 'jeff-sessions',
        kind: 'person',
        name: 'Jeff Sessions',
        aliases: ['Sessions'],
        roles: [{ title: 'Attorney General', former: false }],
        eventIds: ['evt-1'],
      },
    ],
    facts: [
      {
        id: 'fact-1',
        eventId: 'evt-1',
        sourceId: 'src-1',
        text: 'In January he testified.',
        clause: 'he testified',
        when: { date: '2017-01', precision: 'month' },
        expression: 'In January',
      },
    ],
  };
}

describe('parseDataset', () => {
  it('accepts a well-formed dataset and returns it unchanged', () => {
    const dataset = smallDataset();
    expect(parseDataset(JSON.stringify(dataset), 'x.json')).toEqual(dataset);
  });

  it('names the file when the text is not JSON', () => {
    expect(() => parseDataset('{"version":', 'broken.json')).toThrow(
      /broken\.json: invalid dataset/,
    );
  });

  it('names the path of a field that breaks the schema', () => {
    const dataset = smallDataset();
    const broken = { ...dataset, events: [{ ...dataset.events[0], date: '2017-13-45' }] };
    expect(() => parseDataset(JSON.stringify(broken), 'bad.json')).toThrow(/events\.0\.date/);
  });

  it('rejects a date whose text does not match its precision', () => {
    const dataset = smallDataset();
    const fact = { ...dataset.facts[0], when: { date: '2017-01', precision: 'day' } };
    expect(() => parseDataset(JSON.stringify({ ...dataset, facts: [fact] }), 'f.json')).toThrow(
      /facts\.0\.when/,
    );
  });

  it('rejects references to records that do not exist', () => {
    const dataset = smallDataset();
    const event = { ...dataset.events[0], personIds: ['nobody'] };
    expect(() => parseDataset(JSON.stringify({ ...dataset, events: [event] }), 'r.json')).toThrow(
      /event evt-1 refers to unknown id "nobody"/,
    );
  });

  it('rejects an id used twice', () => {
    const dataset = smallDataset();
    const twice = { ...dataset, people: [...dataset.people, ...dataset.people] };
    expect(() => parseDataset(JSON.stringify(twice), 'd.json')).toThrow(/used twice/);
  });
});

/** Runs `work`, which must throw a DatasetError, and returns it. */
function datasetError(work: () => unknown): DatasetError {
  try {
    work();
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected a DatasetError');
}

describe('parseDataset on a badly broken file', () => {
  it('stops checking after the first problems: two million empty records give a short error', () => {
    const emptyRecords = `[${'{},'.repeat(1_999_999)}{}]`;
    const text = `{"version":2,"inputs":[],"attributions":[],"events":${emptyRecords},"sources":[],"quotes":[],"people":[],"facts":[]}`;

    const error = datasetError(() => parseDataset(text, 'huge.json'));

    expect(error.problems).toHaveLength(MAX_PROBLEMS);
    expect(error.problems[0]).toMatch(/^events\.0\.id: /);
    expect(error.message).toMatch(/^huge\.json: invalid dataset\n/);
    // Two million records: the error says how many were left unchecked, not what is wrong with each.
    expect(error.message).toMatch(
      /checking stopped after the first 10 problems \(1,99\d,\d{3} records not checked\)/,
    );
    expect(error.message.split('\n').length).toBeLessThanOrEqual(MAX_PROBLEMS + 2);
  });

  it('bounds a long list of its own, such as thousands of malformed inputs', () => {
    const dataset = { ...smallDataset(), inputs: Array.from({ length: 5_000 }, () => 7) };
    const error = datasetError(() => parseDataset(JSON.stringify(dataset), 'inputs.json'));
    expect(error.problems).toHaveLength(MAX_PROBLEMS);
    expect(error.problems[0]).toMatch(/^inputs\.0: /);
  });

  it('counts the broken references beyond the first ones rather than listing them', () => {
    const dataset = smallDataset();
    const events = Array.from({ length: 50 }, (_, i) => ({
      ...dataset.events[0],
      id: `evt-${i}`,
      personIds: ['nobody'],
    }));
    const error = datasetError(() =>
      parseDataset(JSON.stringify({ ...dataset, events }), 'refs.json'),
    );
    expect(error.problems).toHaveLength(MAX_PROBLEMS);
    expect(error.message).toMatch(/\n {2}and 40 more$/);
  });
});

describe('readDatasetText', () => {
  it('refuses a file over the size limit, naming the file, its size and the limit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dataset-'));
    const file = join(dir, 'big.json');
    await writeFile(file, 'x'.repeat(3.5 * 1024 * 1024));
    const reading = readDatasetText(file, 2 * 1024 * 1024);
    await expect(reading).rejects.toBeInstanceOf(DatasetError);
    await expect(readDatasetText(file, 2 * 1024 * 1024)).rejects.toThrow(
      /big\.json: invalid dataset\n {2}the file is 3\.5 MB, over the limit of 2 MB/,
    );
  });

  it('reads a file within the limit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dataset-'));
    const file = join(dir, 'small.json');
    await writeFile(file, 'x'.repeat(1024));
    await expect(readDatasetText(file, 1024)).resolves.toHaveLength(1024);
  });
});

describe('loadDataset', () => {
  it('reads and validates a dataset file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dataset-'));
    const file = join(dir, 'events.json');
    await writeFile(file, JSON.stringify(smallDataset()));
    await expect(loadDataset(file)).resolves.toMatchObject({ events: [{ id: 'evt-1' }] });
  });

  it('applies the size limit it is given', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dataset-'));
    const file = join(dir, 'events.json');
    await writeFile(file, JSON.stringify(smallDataset()));
    await expect(loadDataset(file, { maxBytes: 100 })).rejects.toThrow(/over the limit of/);
  });

  it('throws a DatasetError naming a file that cannot be read', async () => {
    const missing = join(tmpdir(), 'no-such-dataset.json');
    await expect(loadDataset(missing)).rejects.toBeInstanceOf(DatasetError);
    await expect(loadDataset(missing)).rejects.toThrow(/no-such-dataset\.json: invalid dataset/);
  });
});

describe('isRealDay', () => {
  it('knows leap years and month lengths', () => {
    expect(isRealDay('2016-02-29')).toBe(true);
    expect(isRealDay('2017-02-29')).toBe(false);
    expect(isRealDay('2017-04-31')).toBe(false);
    expect(isRealDay('2017-13-01')).toBe(false);
  });
});
