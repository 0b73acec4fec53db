/**
 * One start-up, measured in a fresh process (bench/startup.ts runs it). Prints one JSON line.
 *
 *   startup-probe.ts store FILE CACHE_DIR   the bot's way: DatasetStore.open with index snapshots
 *                                           in CACHE_DIR (cold when it holds none), then waits for
 *                                           the loader to save the snapshot
 *   startup-probe.ts before FILE -          DatasetStore.open as it was before snapshots
 *   startup-probe.ts cold FILE -            the same work in this process, step by step, without
 *   startup-probe.ts warm FILE SNAPSHOT     and with the snapshot, for where the time goes
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { answererFromIndex, buildAnswerer, warmUpQuestionParser } from '../src/answer/answerer.js';
import { DatasetStore } from '../src/bot/dataset-store.js';
import { parseDataset, readDatasetBytes } from '../src/dataset/load.js';
import { createLogger } from '../src/log.js';
import { DatasetIndex } from '../src/search/dataset-index.js';
import { runToEnd } from '../src/search/slices.js';
import { loadSnapshot } from '../src/search/snapshot.js';

setFlagsFromString('--expose_gc');
const collect = runInNewContext('gc') as () => void;

const MAX_BYTES = 500 * 1024 * 1024;
const QUESTION = 'When did Sessions recuse himself?';

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function memory(): { rssMb: number; heapMb: number } {
  collect();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMb: rss / 1_048_576, heapMb: heapUsed / 1_048_576 };
}

async function store(file: string, cacheDir: string | null): Promise<Record<string, unknown>> {
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger({
    level: 'info',
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    }),
  });
  const started = performance.now();
  const cpuStarted = cpuMs();
  const opened = await DatasetStore.open({
    file,
    build: (dataset) => buildAnswerer(dataset),
    logger,
    maxBytes: MAX_BYTES,
    ...(cacheDir === null
      ? {}
      : {
          snapshots: { dir: cacheDir, answerer: (index) => answererFromIndex(index) },
          warmUp: () => {
            warmUpQuestionParser();
          },
        }),
  });
  const readyMs = performance.now() - started;
  opened.answerer.ask(QUESTION);
  const answeredMs = performance.now() - started;
  const cpu = cpuMs() - cpuStarted;
  const { rssMb, heapMb } = memory();
  const fromSnapshot = logs.some((line) => String(line.msg).includes('loaded from the index'));
  let savedMs: number | null = null;
  if (!fromSnapshot && cacheDir !== null) {
    const deadline = Date.now() + 600_000;
    while (!logs.some((line) => String(line.msg).startsWith('index snapshot'))) {
      if (Date.now() > deadline) throw new Error('the snapshot was not saved in 10 minutes');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const saved = logs.find((line) => line.msg === 'index snapshot saved');
    if (saved === undefined) throw new Error(`snapshot not saved: ${JSON.stringify(logs)}`);
    savedMs = Number(saved.ms);
  }
  await opened.close();
  return { readyMs, answeredMs, cpuMs: cpu, rssMb, heapMb, fromSnapshot, savedMs };
}

/** Times each step, in milliseconds. */
function stepper(): { lap: (name: string) => void; times: Record<string, number> } {
  const times: Record<string, number> = {};
  let last = performance.now();
  return {
    times,
    lap: (name) => {
      const now = performance.now();
      times[name] = now - last;
      last = now;
    },
  };
}

/** The work every start did before snapshots. */
async function cold(file: string): Promise<Record<string, number>> {
  const { lap, times } = stepper();
  const bytes = await readDatasetBytes(file, MAX_BYTES);
  lap('read');
  const text = bytes.toString('utf8');
  lap('decode');
  JSON.parse(text);
  lap('parse');
  const dataset = parseDataset(text, file);
  lap('validate');
  // parseDataset parses again: what it adds to that is the validation.
  times.validate = (times.validate ?? 0) - (times.parse ?? 0);
  const index = runToEnd(DatasetIndex.build(dataset));
  lap('index');
  answererFromIndex(index).ask(QUESTION);
  lap('answerer');
  return times;
}

/** The same from a snapshot (the loader process hashes the file meanwhile). */
async function warm(file: string, snapshotFile: string): Promise<Record<string, number>> {
  const { lap, times } = stepper();
  const bytes = await readDatasetBytes(file, MAX_BYTES);
  lap('read');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  lap('hash');
  const snapshot = await readFile(snapshotFile);
  lap('readSnapshot');
  const loaded = runToEnd(loadSnapshot(snapshot, { sha256, bytes: bytes.length }));
  lap('loadSnapshot');
  answererFromIndex(loaded.index).ask(QUESTION);
  lap('answerer');
  return times;
}

const [mode, file, where] = process.argv.slice(2);
if (file === undefined || where === undefined) throw new Error('usage: see the top of this file');
const result =
  mode === 'cold'
    ? await cold(file)
    : mode === 'warm'
      ? await warm(file, where)
      : await store(file, mode === 'before' ? null : where);
process.stdout.write(`${JSON.stringify(result)}\n`);
