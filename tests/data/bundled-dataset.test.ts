/**
 * The committed data/events.json must be what `npm run ingest` builds from data/raw today, so a
 * fresh clone runs without an ingest step and CI catches a stale dataset.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/dataset/load.js';
import { ingestPaths, serializeDataset } from '../../src/ingest/index.js';

describe('bundled dataset', () => {
  it('is byte-identical to a fresh ingest of data/raw', async () => {
    const committed = await readFile('data/events.json', 'utf8');
    const fresh = serializeDataset(await ingestPaths(['data/raw']));
    expect(
      committed === fresh,
      'data/events.json is stale: run `npm run ingest` and commit the result',
    ).toBe(true);
  });

  it('loads with the bot loader', async () => {
    const dataset = parseDataset(await readFile('data/events.json', 'utf8'), 'data/events.json');
    expect(dataset.events.length).toBeGreaterThan(0);
  });
});
