import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answerer } from '../../src/answer/types.js';
import { DatasetStore } from '../../src/bot/dataset-store.js';
import { DatasetError } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/schema.js';
import { createLogger } from '../../src/log.js';

// Every load starts a loader process (with tsx: about a second on a busy machine).
vi.setConfig({ testTimeout: 30_000 });

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

/** A dataset file of `count` empty events: each one breaks the schema several times over. */
function emptyRecords(count: number): string {
  return `{"version":2,"inputs":[],"attributions":[],"events":[${'{},'.repeat(count - 1)}{}],"sources":[],"quotes":[],"people":[],"facts":[]}`;
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

async function until(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Log lines with this message. */
const logged = (message: string): Record<string, unknown>[] =>
  logs
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.msg === message);

/** Starts the store's watch and waits until it is armed. */
async function watching(opened: DatasetStore): Promise<void> {
  opened.watch();
  await until(() => logged('dataset watch started').length > 0);
}

/** A named pipe nobody writes to: reading it never returns, like a hung network mount. */
function namedPipe(path: string): string {
  execFileSync('mkfifo', [path]);
  return path;
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

describe('DatasetStore.open on a file it must refuse', () => {
  it('refuses a file over the size limit, naming the file and the limit', async () => {
    await expect(
      DatasetStore.open({ file, build, logger: logger(), maxBytes: 100 }),
    ).rejects.toThrow(
      /events\.json: invalid dataset\n {2}the file is .* MB, over the limit of .* MB/,
    );
  });

  it('gives up on a read that never returns, saying so', async () => {
    const pipe = namedPipe(join(dir, 'pipe.json'));
    await expect(
      DatasetStore.open({ file: pipe, build, logger: logger(), readTimeoutMs: 300 }),
    ).rejects.toThrow(
      /pipe\.json: invalid dataset\n {2}reading the file did not finish within 0\.3 s/,
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

  it('keeps the last good version when the new one is valid but has no events', async () => {
    store = await DatasetStore.open({ file, build, logger: logger() });
    await writeFile(
      file,
      JSON.stringify({ ...dataset('unused'), events: [], sources: [], inputs: [] }),
    );
    expect(await store.reload()).toEqual({
      swapped: false,
      reason: 'the new dataset has no events; keeping the one with 1 event',
    });
    expect(titleOf(store)).toBe('first');
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

  it('tells onReload listeners how each reload ended, and keeps the load time of the dataset answering', async () => {
    store = await DatasetStore.open({ file, build, logger: logger() });
    const firstLoadMs = store.loadMs;
    expect(firstLoadMs).toBeGreaterThan(0);
    const reports: { outcome: string; durationMs: number }[] = [];
    store.onReload((report) => reports.push(report));

    await writeFile(file, JSON.stringify(dataset('second')));
    await store.reload();
    const swappedLoadMs = store.loadMs;
    await writeFile(file, '{"version": 1, "events": [');
    await store.reload();

    expect(reports.map((report) => report.outcome)).toEqual(['swapped', 'rejected']);
    for (const report of reports) expect(report.durationMs).toBeGreaterThan(0);
    expect(swappedLoadMs).not.toBe(firstLoadMs);
    expect(store.loadMs).toBe(swappedLoadMs);
  });
});

describe('DatasetStore.reload of a large or hanging file', () => {
  it('keeps the last good version when a reload finds two million empty records', async () => {
    store = await DatasetStore.open({ file, build, logger: logger() });
    await writeFile(file, emptyRecords(2_000_000));
    const outcome = await store.reload();
    expect(outcome).toMatchObject({
      swapped: false,
      reason: expect.stringMatching(/checking stopped after the first 10 problems/) as unknown,
    });
    expect(titleOf(store)).toBe('first');
  });

  it('lets other work run between the slices of a sliced build', async () => {
    let turns = 0;
    let turnsDuringBuild = 0;
    function* slowBuild(data: Dataset): Generator<undefined, Answerer, undefined> {
      const before = turns;
      for (let slice = 0; slice < 5; slice++) {
        // Each slice outlasts the store's time slice, so the store lets other work in after it.
        const until = performance.now() + 15;
        while (performance.now() < until);
        yield;
      }
      turnsDuringBuild = turns - before;
      return build(data);
    }
    const ticking = setInterval(() => {
      turns += 1;
    }, 0);
    try {
      store = await DatasetStore.open({ file, build: slowBuild, logger: logger() });
      expect(titleOf(store)).toBe('first');
      expect(turnsDuringBuild).toBeGreaterThanOrEqual(3);
    } finally {
      clearInterval(ticking);
    }
  });

  it('gives up on a read that never returns, keeps answering, and reloads later files', async () => {
    store = await DatasetStore.open({ file, build, logger: logger(), readTimeoutMs: 300 });
    await rm(file);
    namedPipe(file);

    const outcome = await store.reload();

    expect(outcome).toMatchObject({
      swapped: false,
      reason: expect.stringMatching(/reading the file did not finish within 0\.3 s/) as unknown,
    });
    expect(titleOf(store)).toBe('first');
    await rm(file);
    await writeFile(file, JSON.stringify(dataset('after the pipe')));
    expect(await store.reload()).toEqual({ swapped: true });
    expect(titleOf(store)).toBe('after the pipe');
  });

  it('closes while a read hangs, abandoning it', async () => {
    store = await DatasetStore.open({ file, build, logger: logger(), readTimeoutMs: 600_000 });
    await rm(file);
    namedPipe(file);
    const reports: unknown[] = [];
    store.onReload((report) => reports.push(report));
    const reloading = store.reload();
    // Opening the write end succeeds once the loader has the pipe open to read; held open with
    // nothing written, that read never returns.
    let writer: number | undefined;
    await until(() => {
      try {
        writer = openSync(file, constants.O_WRONLY | constants.O_NONBLOCK);
        return true;
      } catch {
        return false;
      }
    }, 20_000);

    try {
      await store.close();
      expect(await reloading).toMatchObject({ swapped: false });
      expect(titleOf(store)).toBe('first');
      // Neither swapped in nor rejected: not a reload outcome to count.
      expect(reports).toEqual([]);
    } finally {
      if (writer !== undefined) closeSync(writer);
    }
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
    await watching(store);
    await writeFile(join(dir, 'other.json'), 'garbage');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(logs.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual([
      'dataset watch started',
    ]);
  });

  it('stops reloading once closed', async () => {
    store = await DatasetStore.open({ file, build, logger: logger(), debounceMs: 20 });
    store.watch();
    await store.close();
    await writeFile(file, JSON.stringify(dataset('after close')));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(titleOf(store)).toBe('first');
  });

  /** Folder events only: the poll that backs them up would hide a watch that went deaf. */
  const eventsOnly = { debounceMs: 20, pollIntervalMs: 600_000 };

  it('follows a Kubernetes ConfigMap: a ..data symbolic link flipped to a new folder', async () => {
    // events.json -> ..data/events.json, ..data -> ..2024_01 (how a ConfigMap volume looks).
    const mounted = join(dir, 'config');
    await mkdir(join(mounted, '..2024_01'), { recursive: true });
    await writeFile(join(mounted, '..2024_01', 'events.json'), JSON.stringify(dataset('v1')));
    await symlink('..2024_01', join(mounted, '..data'));
    await symlink('..data/events.json', join(mounted, 'events.json'));
    const configFile = join(mounted, 'events.json');
    store = await DatasetStore.open({ file: configFile, build, logger: logger(), ...eventsOnly });
    await watching(store);

    const flip = async (version: string, title: string): Promise<void> => {
      await mkdir(join(mounted, version));
      await writeFile(join(mounted, version, 'events.json'), JSON.stringify(dataset(title)));
      await symlink(version, join(mounted, '..data_tmp'));
      await rename(join(mounted, '..data_tmp'), join(mounted, '..data'));
    };
    await flip('..2024_02', 'v2');
    await until(() => currentTitle() === 'v2');
    await rm(join(mounted, '..2024_01'), { recursive: true });
    await flip('..2024_03', 'v3');
    await until(() => currentTitle() === 'v3');
  });

  it('sees a symbolically linked file edited where it lives', async () => {
    const elsewhere = join(dir, 'elsewhere');
    await mkdir(elsewhere);
    const real = join(elsewhere, 'real.json');
    await writeFile(real, JSON.stringify(dataset('linked v1')));
    const link = join(dir, 'linked.json');
    await symlink(real, link);
    store = await DatasetStore.open({ file: link, build, logger: logger(), ...eventsOnly });
    await watching(store);

    await writeFile(real, JSON.stringify(dataset('linked v2')));
    await until(() => currentTitle() === 'linked v2');
    await writeFile(real, JSON.stringify(dataset('linked v3')));
    await until(() => currentTitle() === 'linked v3');
  });

  it('survives its folder being swapped for another, and watches the new one', async () => {
    const data = join(dir, 'data');
    await mkdir(data);
    const inData = join(data, 'events.json');
    await writeFile(inData, JSON.stringify(dataset('old folder')));
    store = await DatasetStore.open({ file: inData, build, logger: logger(), ...eventsOnly });
    await watching(store);

    const fresh = join(dir, 'data.new');
    await mkdir(fresh);
    await writeFile(join(fresh, 'events.json'), JSON.stringify(dataset('new folder')));
    await rename(data, join(dir, 'data.old'));
    await rename(fresh, data);
    await until(() => currentTitle() === 'new folder');

    // The watch moved with the name: an edit in the new folder is seen too.
    await writeFile(inData, JSON.stringify(dataset('edited in the new folder')));
    await until(() => currentTitle() === 'edited in the new folder');
    expect(logged('dataset watch re-armed').length).toBeGreaterThan(0);
    expect(logged('dataset change seen').length).toBeGreaterThanOrEqual(2);
  });

  it('logs where it watches when it starts', async () => {
    store = await DatasetStore.open({ file, build, logger: logger(), ...eventsOnly });
    await watching(store);
    expect(logged('dataset watch started')).toMatchObject([
      { file, folders: [dir, dirname(dir)], pollIntervalMs: 600_000 },
    ]);
  });
});
