/**
 * Loads a dataset file in a child process (dataset-loader-process.ts): reading, parsing and
 * validating never run on the bot's event loop, a broken or huge file can exhaust only the
 * child's memory, and a read that never returns is ended by killing the child.
 *
 * Why a process rather than a worker thread: a read stuck in the kernel (a hung network mount,
 * or a named pipe nobody writes to) holds the thread that issued it, and Node waits for a worker's
 * pending reads before it lets the worker, or the whole process, exit. `worker.terminate()` and
 * even `process.exit()` then hang for good. A child process can be killed and left behind.
 *
 * The validated dataset comes back in slices of records, so the bot never spends long
 * deserialising one message.
 *
 * With index snapshots (src/search/snapshot.ts, kept in index-cache.ts's folder), the loader first
 * sends the file's SHA-256. When a snapshot of those bytes, made by this index code, is saved, the
 * bot loads it (its own DATA_DIR, never the dataset's folder, which may be a hung mount) and the
 * loader stops: nothing is validated, sent or indexed again. Otherwise the loader goes on as above
 * and then, in the background, builds the index and saves the snapshot for the next load.
 * Snapshots are passed as files, not messages: copying 100 MB through the IPC channel alone takes
 * longer than loading it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { extname } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { DatasetError } from '../dataset/load.js';
import type { Dataset } from '../dataset/schema.js';
import { checkSnapshot, SnapshotRefused, type DatasetSource } from '../search/snapshot.js';
import { readNewestSnapshot, readSnapshotFile, snapshotFile } from './index-cache.js';

export interface LoaderOptions {
  /** Files larger than this are refused before they are parsed. */
  maxBytes: number;
  /** How long reading the file may take before the loader is killed. */
  readTimeoutMs: number;
  /** The index snapshot folder; without it the dataset is always validated and sent as records. */
  snapshotDir?: string;
  /** Ignore any snapshot of this file (the last one failed to load) and save a new one. */
  rebuildSnapshot?: boolean;
  /**
   * Read the newest snapshot while the loader reads and hashes the file (takeLikelySnapshot): at
   * start-up it is nearly always the one the file's hash names; after a change, never.
   */
  readLikelySnapshot?: boolean;
  /** How saving the snapshot ended, once the loader has saved it in the background (or failed). */
  onSnapshotSaved?: (outcome: SnapshotSaved) => void;
}

export type SnapshotSaved =
  { saved: true; file: string; ms: number } | { saved: false; file: string; reason: string };

/** What the loader process tells the bot, in this order. */
export type LoaderMessage =
  | { kind: 'reading'; fingerprint: string | null }
  | { kind: 'read' }
  /** With snapshots: the file's hash; the loader then waits for a LoaderInstruction. */
  | { kind: 'hashed'; source: DatasetSource }
  | { kind: 'records'; list: string; records: unknown[] }
  | { kind: 'done'; rest: Record<string, unknown> }
  | { kind: 'invalid'; problems: string[]; omitted: string | null }
  | { kind: 'failed'; message: string }
  /** After 'done', with snapshots: how saving the snapshot ended. */
  | { kind: 'snapshot-written'; file: string; ms: number }
  | { kind: 'snapshot-failed'; file: string; message: string };

/** What the bot tells the loader once it knows the file's hash. */
export type LoaderInstruction =
  /** The bot loads the snapshot it has of this file: nothing more to do. */
  | { kind: 'use-snapshot' }
  /** Validate and send the records, then save a snapshot to this file. */
  | { kind: 'validate'; snapshotFile: string };

interface LoadedFrom {
  /** The file's identity and times when reading began (see fileFingerprint); null if unknown. */
  fingerprint: string | null;
}

/** The dataset file, validated and sent as records. */
export interface LoadedRecords extends LoadedFrom {
  kind: 'records';
  dataset: Dataset;
  /** With snapshots: why none was used ("none saved yet", "made from another dataset file"). */
  snapshotMissed: { reason: string; corrupt: boolean } | null;
}

/** A snapshot of the dataset file (and its index) to load instead: its header was checked. */
export interface LoadedSnapshot extends LoadedFrom {
  kind: 'snapshot';
  file: string;
  bytes: Buffer;
  source: DatasetSource;
}

export type Loaded = LoadedRecords | LoadedSnapshot;

/** A snapshot file and its bytes. */
export interface SnapshotBytes {
  file: string;
  bytes: Buffer;
}

export interface Loading {
  result: Promise<Loaded>;
  /**
   * With readLikelySnapshot: the newest snapshot, read before the file's hash is known, so the
   * bot can start loading it; `result` says whether it is the file's (a snapshot of this name).
   * Given once (later calls give null), so the bytes are not kept by the Loading.
   */
  takeLikelySnapshot: () => Promise<SnapshotBytes | null>;
  /**
   * Kills the loader: `result` rejects with LoadCancelled if it had not settled, and a snapshot
   * being saved in the background is abandoned. Resolves once the process is gone (or after
   * CANCEL_WAIT_MS, for one stuck in the kernel), so a bot that has stopped leaves nothing
   * running.
   */
  cancel: () => Promise<void>;
  /** The loader process's id (undefined if it could not be started). */
  readonly pid: number | undefined;
}

export class LoadCancelled extends Error {
  constructor() {
    super('loading was cancelled');
    this.name = 'LoadCancelled';
  }
}

/** How long `cancel` waits for the killed loader to go: one blocked in a read may take longer. */
const CANCEL_WAIT_MS = 2_000;

/**
 * The loader's entry file, next to this module: `.ts` under tsx and vitest, `.js` once compiled.
 * TypeScript needs tsx's loader in the child, resolved from here so the bot may start from any
 * working directory.
 */
const ownExtension = extname(fileURLToPath(import.meta.url));
const ENTRY = fileURLToPath(new URL(`./dataset-loader-process${ownExtension}`, import.meta.url));
const TYPESCRIPT_ARGV = ownExtension === '.ts' ? ['--import', resolveTsx()] : [];

/**
 * The loader's heap limit: loading takes about seven times the file's size (the ×30 benchmark
 * dataset, 74 MB, peaks near 530 MB), so this leaves room for any file within the size limit
 * while a file that would take far more (millions of tiny invalid values) stops the loader, not
 * the machine.
 */
function heapLimitMb(maxBytes: number): number {
  return Math.max(512, Math.ceil((12 * maxBytes) / (1024 * 1024)));
}

function resolveTsx(): string {
  try {
    return import.meta.resolve('tsx');
  } catch {
    return 'tsx';
  }
}

export function loadInChild(file: string, options: LoaderOptions): Loading {
  const { snapshotDir } = options;
  const flags = snapshotDir === undefined ? [] : ['--snapshots'];
  const child = fork(ENTRY, [file, String(options.maxBytes), ...flags], {
    execArgv: [...TYPESCRIPT_ARGV, `--max-old-space-size=${String(heapLimitMb(options.maxBytes))}`],
    serialization: 'advanced',
    // stdout belongs to the offline console; the loader reports through messages.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  let settle: { resolve: (loaded: Loaded) => void; reject: (error: Error) => void } | undefined;
  const result = new Promise<Loaded>((resolve, reject) => {
    settle = { resolve, reject };
  });
  let readTimer: NodeJS.Timeout | undefined;
  const finish = (outcome: Loaded | Error): void => {
    if (settle === undefined) return;
    const { resolve, reject } = settle;
    settle = undefined;
    clearTimeout(readTimer);
    if (outcome instanceof Error) {
      stop(child);
      reject(outcome);
    } else resolve(outcome);
  };

  // The snapshot the last start or reload saved is nearly always the one this file's hash will
  // name: read it while the loader reads and hashes the dataset file.
  const readLikely =
    snapshotDir !== undefined &&
    options.readLikelySnapshot === true &&
    options.rebuildSnapshot !== true;
  let likely: Promise<SnapshotBytes | null> | null = readLikely
    ? readNewestSnapshot(snapshotDir)
    : null;
  let forTheBot = likely;
  let snapshotMissed: LoadedRecords['snapshotMissed'] = null;
  /** The snapshot the loader is saving in the background, once the records are sent. */
  let savingTo: string | null = null;
  let fingerprint: string | null = null;
  const lists: Record<string, unknown[]> = {};

  const decide = async (source: DatasetSource): Promise<void> => {
    if (snapshotDir === undefined) return;
    const wanted = snapshotFile(snapshotDir, source);
    // Not kept past this point: a snapshot that is not used must not stay in memory.
    const guess = likely;
    likely = null;
    const found = await findSnapshot(wanted, source, guess, options.rebuildSnapshot === true);
    if ('bytes' in found) {
      child.send({ kind: 'use-snapshot' } satisfies LoaderInstruction);
      finish({ kind: 'snapshot', file: wanted, bytes: found.bytes, source, fingerprint });
      return;
    }
    snapshotMissed = found;
    savingTo = wanted;
    child.send({ kind: 'validate', snapshotFile: wanted } satisfies LoaderInstruction);
  };
  const saved = (outcome: SnapshotSaved): void => {
    if (savingTo === null) return;
    savingTo = null;
    options.onSnapshotSaved?.(outcome);
  };
  child.on('message', (message: LoaderMessage) => {
    switch (message.kind) {
      case 'reading':
        fingerprint = message.fingerprint;
        readTimer = setTimeout(() => {
          finish(
            new DatasetError(file, [
              `reading the file did not finish within ${seconds(options.readTimeoutMs)} (DATASET_READ_TIMEOUT_MS): is it on a network mount that stopped answering, or a pipe nobody writes to?`,
            ]),
          );
        }, options.readTimeoutMs);
        break;
      case 'read':
        clearTimeout(readTimer);
        break;
      case 'hashed':
        decide(message.source).catch((error: unknown) => {
          finish(
            new DatasetError(file, [`could not look for an index snapshot: ${String(error)}`]),
          );
        });
        break;
      case 'records':
        (lists[message.list] ??= []).push(...message.records);
        break;
      case 'done':
        // The loader validated every record against DatasetSchema before sending it.
        finish({
          kind: 'records',
          dataset: { ...message.rest, ...lists } as Dataset,
          fingerprint,
          snapshotMissed,
        });
        break;
      case 'invalid':
        finish(new DatasetError(file, message.problems, message.omitted));
        break;
      case 'failed':
        finish(new DatasetError(file, [`the loader failed: ${message.message}`]));
        break;
      case 'snapshot-written':
        saved({ saved: true, file: message.file, ms: message.ms });
        break;
      case 'snapshot-failed':
        saved({ saved: false, file: message.file, reason: message.message });
        break;
    }
  });
  child.on('error', (error) => {
    finish(new DatasetError(file, [`could not start the loader process: ${error.message}`]));
  });
  // 'exit' can come before the last messages are read: the loader stopped early only once its
  // channel is closed too and no answer came.
  let exitCause: string | undefined;
  let disconnected = false;
  const stoppedEarly = (): void => {
    if (exitCause === undefined || !disconnected) return;
    if (savingTo !== null) {
      saved({ saved: false, file: savingTo, reason: `the loader process stopped (${exitCause})` });
    }
    finish(
      new DatasetError(file, [`the loader process stopped before it finished (${exitCause})`]),
    );
  };
  child.on('exit', (code, signal) => {
    const hint = code === 134 || signal === 'SIGABRT' ? ', out of memory?' : '';
    exitCause = `${signal === null ? `exit code ${String(code)}` : `signal ${signal}`}${hint}`;
    stoppedEarly();
  });
  child.on('disconnect', () => {
    disconnected = true;
    stoppedEarly();
  });

  return {
    result,
    takeLikelySnapshot: () => {
      const taken = forTheBot ?? Promise.resolve(null);
      forTheBot = null;
      return taken;
    },
    pid: child.pid,
    cancel: async () => {
      finish(new LoadCancelled());
      savingTo = null;
      stop(child);
      await Promise.race([exited, delay(CANCEL_WAIT_MS, undefined, { ref: false })]);
    },
  };
}

/** The snapshot saved for this dataset file, or why there is none to use. */
async function findSnapshot(
  wanted: string,
  source: DatasetSource,
  likely: Promise<SnapshotBytes | null> | null,
  rebuild: boolean,
): Promise<{ bytes: Buffer } | NonNullable<LoadedRecords['snapshotMissed']>> {
  if (rebuild) return { reason: 'the last snapshot could not be loaded', corrupt: true };
  const guess = await likely;
  let bytes: Buffer;
  try {
    bytes = guess?.file === wanted ? guess.bytes : await readSnapshotFile(wanted);
  } catch {
    return { reason: 'no snapshot of this dataset file saved yet', corrupt: false };
  }
  try {
    checkSnapshot(bytes, source);
    return { bytes };
  } catch (error) {
    if (!(error instanceof SnapshotRefused)) throw error;
    return { reason: `the snapshot was ${error.message}`, corrupt: error.reason === 'corrupt' };
  }
}

/** SIGKILL: a child blocked in a read does not run signal handlers, and nothing of it is kept. */
function stop(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  // Do not wait for it: a process stuck in the kernel may take its time to go.
  child.unref();
  child.channel?.unref();
}

function seconds(ms: number): string {
  return `${String(Math.round(ms / 100) / 10)} s`;
}
