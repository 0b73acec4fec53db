import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answererFromIndex, buildAnswerer } from '../../src/answer/answerer.js';
import { DatasetStore } from '../../src/bot/dataset-store.js';
import type { Dataset } from '../../src/dataset/schema.js';
import { createLogger } from '../../src/log.js';
import { REFERENCE, seedFile } from '../answer/datasets.js';
import { rewriteHeader } from '../search/snapshot-header.js';

// Every load starts a loader process (with tsx: about a second on a busy machine).
vi.setConfig({ testTimeout: 60_000 });

let dir: string;
let cache: string;
let file: string;
let logs: Record<string, unknown>[];
let store: DatasetStore | undefined;

function logger() {
  return createLogger({
    level: 'info',
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    }),
  });
}

const options = { referenceDate: REFERENCE };

async function open(): Promise<DatasetStore> {
  store = await DatasetStore.open({
    file,
    build: (dataset) => buildAnswerer(dataset, options),
    logger: logger(),
    snapshots: { dir: cache, answerer: (index) => answererFromIndex(index, options) },
  });
  return store;
}

async function close(): Promise<void> {
  await store?.close();
  store = undefined;
}

const messages = (): string[] => logs.map((line) => String(line.msg));
const logged = (message: string): Record<string, unknown>[] =>
  logs.filter((line) => line.msg === message);

async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline)
      throw new Error(`condition not met in time; logs: ${messages().join(' | ')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const SAVED = 'index snapshot saved';
const FROM_SNAPSHOT = 'dataset and index loaded from the index snapshot';
const NO_SNAPSHOT =
  'no index snapshot to load: validating and indexing the dataset, and saving a snapshot';

/** Opens the store once so the loader saves the file's snapshot, and closes it. */
async function saveSnapshot(): Promise<string> {
  await open();
  await until(() => logged(SAVED).length > 0);
  await close();
  const saved = logged(SAVED)[0]?.snapshot;
  if (typeof saved !== 'string') throw new Error('no snapshot file logged');
  logs = [];
  return saved;
}

const sample = (opened: DatasetStore): unknown => [
  opened.answerer.ask('When did Sessions recuse himself?'),
  opened.answerer.suggestPeople('sesions'),
  opened.answerer.stats(),
];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'store-snapshots-'));
  cache = path.join(dir, 'state', 'index-cache');
  file = path.join(dir, 'events.json');
  logs = [];
  await copyFile(seedFile, file);
});

afterEach(async () => {
  await close();
  await rm(dir, { recursive: true, force: true });
});

describe('DatasetStore with index snapshots', () => {
  it('saves a snapshot on the first load, and loads the next one from it with the same answers', async () => {
    const first = await open();
    expect(logged(NO_SNAPSHOT)[0]).toMatchObject({
      reason: 'no snapshot of this dataset file saved yet',
    });
    const answers = sample(first);
    await until(() => logged(SAVED).length > 0);
    await close();
    expect((await readdir(cache)).filter((name) => name.endsWith('.snapshot'))).toHaveLength(1);

    logs = [];
    const second = await open();
    expect(messages()).toContain(FROM_SNAPSHOT);
    expect(messages()).not.toContain(NO_SNAPSHOT);
    expect(sample(second)).toEqual(answers);
  });

  it('loads a dataset file edited by hand from the file itself, then snapshots it too', async () => {
    await saveSnapshot();
    const dataset = JSON.parse(await readFile(file, 'utf8')) as Dataset;
    const edited = {
      ...dataset,
      events: dataset.events.map((e) => ({ ...e, title: 'Edited by hand' })),
    };
    await writeFile(file, JSON.stringify(edited));

    const opened = await open();
    expect(logged(NO_SNAPSHOT)[0]).toMatchObject({
      reason: 'no snapshot of this dataset file saved yet',
    });
    expect(opened.answerer.dataset.events[0]?.title).toBe('Edited by hand');
    await until(() => logged(SAVED).length > 0);
  });

  it('ignores a damaged snapshot with a warning, loads the file, and saves a good snapshot', async () => {
    const saved = await saveSnapshot();
    const bytes = await readFile(saved);
    bytes[bytes.length - 64] = (bytes[bytes.length - 64] ?? 0) ^ 0xff;
    await writeFile(saved, bytes);

    const opened = await open();
    expect(
      logged(
        'index snapshot ignored: it does not load; validating and indexing the dataset instead',
      )[0],
    ).toMatchObject({
      level: 40,
      reason: expect.stringMatching(/checksum/) as unknown,
    });
    expect(opened.answerer.stats().events).toBe(1);
    await until(() => logged(SAVED).length > 0);
    await close();

    logs = [];
    await open();
    expect(messages()).toContain(FROM_SNAPSHOT);
  });

  it('ignores a snapshot made by other index code, saying so, and replaces it', async () => {
    const saved = await saveSnapshot();
    const snapshot = await readFile(saved);
    await writeFile(
      saved,
      rewriteHeader(snapshot, (header) => {
        header.code = 'another version';
      }),
    );

    await open();
    expect(logged(NO_SNAPSHOT)[0]).toMatchObject({
      reason: 'the snapshot was made by another version of the index code',
    });
    await until(() => logged(SAVED).length > 0);
  });

  it('warms up once, at start-up, while the loader reads the file', async () => {
    let warmUps = 0;
    store = await DatasetStore.open({
      file,
      build: (dataset) => buildAnswerer(dataset, options),
      logger: logger(),
      snapshots: { dir: cache, answerer: (index) => answererFromIndex(index, options) },
      warmUp: () => {
        warmUps += 1;
      },
    });
    expect(warmUps).toBe(1);
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('"inputs": [', '"inputs": ["x", '),
    );
    expect(await store.reload()).toEqual({ swapped: true });
    expect(warmUps).toBe(1);
  });

  it('reloads a changed file and saves its snapshot; the old one stays for a while', async () => {
    const opened = await open();
    await until(() => logged(SAVED).length > 0);
    const dataset = JSON.parse(await readFile(file, 'utf8')) as Dataset;
    await writeFile(file, JSON.stringify({ ...dataset, inputs: ['changed'] }));

    expect(await opened.reload()).toEqual({ swapped: true });
    expect(opened.answerer.dataset.inputs).toEqual(['changed']);
    await until(() => logged(SAVED).length > 1);
    expect((await readdir(cache)).filter((name) => name.endsWith('.snapshot'))).toHaveLength(2);
  });
});
