/**
 * The dataset loader's process (started by dataset-loader.ts): reads, parses and validates the
 * dataset file named on its command line, then sends the dataset back a slice of records at a
 * time. Arguments: the file, the size limit in bytes, and `--snapshots` when the bot keeps index
 * snapshots.
 *
 * With snapshots, the file's hash goes to the bot first: when the bot has a snapshot of this file,
 * nothing more is needed from here. Otherwise, once the records are sent, this process builds the
 * index itself and saves the snapshot where the bot said, so the next start (or another shard)
 * loads it instead of building again; the bot answers meanwhile from the records it was sent.
 */
import { createHash } from 'node:crypto';
import { constants, setPriority } from 'node:os';
import path from 'node:path';
import { DatasetError, readDatasetBytes } from '../dataset/read.js';
import type { Dataset } from '../dataset/schema.js';
import type { DatasetSource } from '../search/snapshot.js';
import type { LoaderInstruction, LoaderMessage } from './dataset-loader.js';
import { fileFingerprint } from './dataset-watch.js';

/** Records per message: each one is deserialised on the bot's event loop in a few milliseconds. */
const RECORDS_PER_MESSAGE = 500;

function send(message: LoaderMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.send === undefined) {
      reject(new Error('the dataset loader must be started by the bot (no IPC channel)'));
      return;
    }
    process.send(message, undefined, {}, (error: Error | null) => {
      if (error === null) resolve();
      else reject(error);
    });
  });
}

function nextInstruction(): Promise<LoaderInstruction> {
  return new Promise((resolve) => {
    process.once('message', (message: LoaderInstruction) => {
      resolve(message);
    });
  });
}

async function load(file: string, maxBytes: number, snapshots: boolean): Promise<void> {
  await send({ kind: 'reading', fingerprint: await fileFingerprint(file) });
  let bytes: Buffer | null = await readDatasetBytes(file, maxBytes);
  await send({ kind: 'read' });
  let snapshot: { file: string; source: DatasetSource } | null = null;
  if (snapshots) {
    const source = {
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
    };
    await send({ kind: 'hashed', source });
    const instruction = await nextInstruction();
    if (instruction.kind === 'use-snapshot') return;
    snapshot = { file: instruction.snapshotFile, source };
  }
  // Imported only now: a load that a snapshot answers needs no validation code.
  const { parseDataset } = await import('../dataset/load.js');
  const dataset = parseDataset(bytes.toString('utf8'), file);
  // The file's bytes are not needed any more, and the snapshot build below wants the memory.
  bytes = null;
  await sendRecords(dataset);
  if (snapshot === null) return;
  // The bot is indexing the same records now: the snapshot can wait for the CPU it leaves.
  try {
    setPriority(constants.priority.PRIORITY_LOW);
  } catch {
    // Not allowed here: build at the same priority.
  }
  await saveSnapshot(dataset, snapshot.file, snapshot.source);
}

async function sendRecords(dataset: Dataset): Promise<void> {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(dataset)) {
    if (!Array.isArray(value)) {
      rest[key] = value;
      continue;
    }
    const list = value as unknown[];
    for (let start = 0; start < list.length; start += RECORDS_PER_MESSAGE) {
      await send({
        kind: 'records',
        list: key,
        records: list.slice(start, start + RECORDS_PER_MESSAGE),
      });
    }
    // An empty list is still a list: the bot builds the dataset from what it is sent.
    if (list.length === 0) await send({ kind: 'records', list: key, records: [] });
  }
  await send({ kind: 'done', rest });
}

/** The dataset was validated above: the snapshot holds it as it is now, with its index. */
async function saveSnapshot(dataset: Dataset, file: string, source: DatasetSource): Promise<void> {
  const started = performance.now();
  try {
    // Imported only here: a load that a snapshot answers never needs the index code.
    const [{ DatasetIndex }, { encodeSnapshot, writeSnapshot }, cache] = await Promise.all([
      import('../search/dataset-index.js'),
      import('../search/snapshot.js'),
      import('./index-cache.js'),
    ]);
    await cache.ensureCacheFolder(path.dirname(file));
    await writeSnapshot(file, encodeSnapshot(dataset, new DatasetIndex(dataset), source));
    await cache.pruneSnapshots(path.dirname(file), file);
    await send({ kind: 'snapshot-written', file, ms: performance.now() - started });
  } catch (error) {
    await send({
      kind: 'snapshot-failed',
      file,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

let finished = false;

// The bot went away (it exited or was killed) while this process still works: nobody needs the
// result, and a read that never returns would keep it alive for good. `process.exit` waits for
// such a read too, so end at once.
process.on('disconnect', () => {
  if (!finished) process.kill(process.pid, 'SIGKILL');
});

async function main(): Promise<void> {
  const [file, maxBytes, flag] = process.argv.slice(2);
  if (file === undefined || maxBytes === undefined) {
    throw new Error('usage: dataset-loader-process FILE MAX_BYTES [--snapshots]');
  }
  try {
    await load(file, Number(maxBytes), flag === '--snapshots');
  } catch (error) {
    await send(
      error instanceof DatasetError
        ? { kind: 'invalid', problems: error.problems, omitted: error.omitted }
        : { kind: 'failed', message: error instanceof Error ? error.message : String(error) },
    );
  }
  finished = true;
  process.disconnect();
}

await main();
