import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError, loadDataset, parseDataset } from '../../src/dataset/load.js';
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

describe('loadDataset', () => {
  it('reads and validates a dataset file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dataset-'));
    const file = join(dir, 'events.json');
    await writeFile(file, JSON.stringify(smallDataset()));
    await expect(loadDataset(file)).resolves.toMatchObject({ events: [{ id: 'evt-1' }] });
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
