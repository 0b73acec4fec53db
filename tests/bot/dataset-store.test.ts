import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/types.js';
import { DatasetStore } from '../../src/bot/dataset-store.js';
import { DatasetError } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/schema.js';
import { createLogger } from '../../src/log.js';

/** A valid dataset whose one event has the given title, so tests can tell versions apart. */
function dataset(title: string): Dataset {
  return {
    version: 2,
    inputs: ['data/raw/a.txt'],
    attributions: [],
    events: [
      {
        id: 'evt-1',
        date: '2017-03-02',
        title,
        summary: title,
        sourceIds: ['src-1'],
        personIds: [],
        origin: { file: 'data/raw/a.txt', line: 1 },
      },
    ],
    sources: [
      {
        id: 'src-1',
        kind: 'article',
        eventId: 'evt-1',
        date: '2017-03-02',
        text: title,
        publisher: null,
        url: null,
      },
    ],
    quotes: [],
    people: [],
    facts: [],
  };
}

/** The store only hands the dataset to the builder; this one keeps it so tests can look. */
const build = (data: Dataset): Answerer => ({ dataset: data }) as Answerer;
const titleOf = (store: DatasetStore): string | undefined =>
  store.answerer.dataset.events[0]?.title;

let dir: string;
let file: string;
let logs: string[];
let store: DatasetStore | undefined;
const currentTitle = (): string | undefined => (store === undefined ? undefined : titleOf(store));

function logger() {
  return createLogger({
    level: 'info',
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString());
        done();
      },
    }),
  });
}

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Writes the way tools should: a temporary file renamed over the old one. */
async function replaceAtomically(text: string): Promise<void> {
  const temporary = join(dir, `.events.json.${Date.now()}.tmp`);
  await writeFile(temporary, text);
  await rename(temporary, file);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dataset-store-'));
  file = join(dir, 'events.json');
  logs = [];
  await writeFile(file, JSON.stringify(dataset('first')));
});

afterEach(async () => {
  await store?.close();
  store = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('DatasetStore.open', () => {
  it('builds the answerer from the file', async () => {
    store = await DatasetStore.open({ file, build, logger: logger() });
    expect(titleOf(store)).toBe('first');
    expect(store.version).toBe(1);
  });

  it('refuses a missing file, naming it', async () => {
    const missing = join(dir, 'nope.json');
    await expect(DatasetStore.open({ file: missing, build, logger: logger() })).rejects.toThrow(
      DatasetError,
    );
    await expect(DatasetStore.open({ file: missing, build, logger: logger() })).rejects.toThrow(
      /nope\.json: invalid dataset\n {2}cannot read the file/,
    );
  });

  it('refuses an invalid file, naming the file and the field', async () => {
    await writeFile(file, JSON.stringify({ ...dataset('x'), events: [{ id: 'evt-1' }] }));
    await expect(DatasetStore.open({ file, build, logger: logger() })).rejects.toThrow(
      /events\.json: invalid dataset[\s\S]*events\.0\.date/,
    );
  });
});

describe('DatasetStore.reload', () => {
  it('swaps in a valid new version', async () => {
    store = await DatasetStore.open({ file, build, logger: logger() });
    await writeFile(file, JSON.stringify(dataset('second')));
    expect(await store.reload()).toEqual({ swapped: true });
    expect(titleOf(store)).toBe('second');
    expect(store.version).toBe(2);
  });

  it('keeps the last good version when the new one is invalid, and logs why', async () => {
    store = await DatasetStore.open({ file, build, logger: logger() });
    await writeFile(file, '{"version": 1, "events": [');
    const outcome = await store.reload();
    expect(outcome.swapped).toBe(false);
    expect(outcome).toMatchObject({ reason: expect.stringMatching(/not valid JSON/) as unknown });
    expect(titleOf(store)).toBe('first');
    expect(store.version).toBe(1);
    const warning = JSON.parse(logs.at(-1) ?? '{}') as Record<string, unknown>;
    expect(warning).toMatchObject({ level: 40, file });
    expect(String(warning.reason)).toContain('not valid JSON');
  });

  it('keeps the last good version when building answers fails', async () => {
    let calls = 0;
    const fragile = (data: Dataset): Answerer => {
      calls += 1;
      if (calls > 1) throw new Error('index build failed');
      return build(data);
    };
    store = await DatasetStore.open({ file, build: fragile, logger: logger() });
    await writeFile(file, JSON.stringify(dataset('second')));
    expect(await store.reload()).toEqual({
      swapped: false,
      reason: 'could not build answers: Error: index build failed',
    });
    expect(titleOf(store)).toBe('first');
  });
});

describe('DatasetStore.watch', () => {
  it('swaps in a file renamed over the dataset (atomic replace)', async () => {
    store = await DatasetStore.open({ file, build, logger: logger(), debounceMs: 20 });
    store.watch();
    await replaceAtomically(JSON.stringify(dataset('renamed in')));
    await until(() => currentTitle() === 'renamed in');
    // The watch survives the rename: a second replacement is seen too.
    await replaceAtomically(JSON.stringify(dataset('and again')));
    await until(() => currentTitle() === 'and again');
  });

  it('rejects a corrupt file dropped in while running and keeps answering from the last good', async () => {
    store = await DatasetStore.open({ file, build, logger: logger(), debounceMs: 20 });
    store.watch();
    await writeFile(file, 'garbage');
    await until(() => logs.some((line) => line.includes('dataset change rejected')));
    expect(titleOf(store)).toBe('first');
  });

  it('ignores other files in the folder', async () => {
    store = await DatasetStore.open({ file, build, logger: logger(), debounceMs: 20 });
    store.watch();
    await writeFile(join(dir, 'other.json'), 'garbage');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(logs).toEqual([]);
  });

  it('stops reloading once closed', async () => {
    store = await DatasetStore.open({ file, build, logger: logger(), debounceMs: 20 });
    store.watch();
    await store.close();
    await writeFile(file, JSON.stringify(dataset('after close')));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(titleOf(store)).toBe('first');
  });
});
