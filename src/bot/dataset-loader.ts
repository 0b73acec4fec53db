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
 */
import { fork, type ChildProcess } from 'node:child_process';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatasetError } from '../dataset/load.js';
import type { Dataset } from '../dataset/schema.js';

export interface LoaderOptions {
  /** Files larger than this are refused before they are parsed. */
  maxBytes: number;
  /** How long reading the file may take before the loader is killed. */
  readTimeoutMs: number;
}

/** What the loader process tells the bot, in this order. */
export type LoaderMessage =
  | { kind: 'reading'; fingerprint: string | null }
  | { kind: 'read' }
  | { kind: 'records'; list: string; records: unknown[] }
  | { kind: 'done'; rest: Record<string, unknown> }
  | { kind: 'invalid'; problems: string[]; omitted: string | null }
  | { kind: 'failed'; message: string };

export interface Loaded {
  dataset: Dataset;
  /** The file's identity and times when reading began (see fileFingerprint); null if unknown. */
  fingerprint: string | null;
}

export interface Loading {
  result: Promise<Loaded>;
  /** Kills the loader; `result` rejects with LoadCancelled. */
  cancel: () => void;
}

export class LoadCancelled extends Error {
  constructor() {
    super('loading was cancelled');
    this.name = 'LoadCancelled';
  }
}

/** Records per message: each one is deserialised on the bot's event loop in a few milliseconds. */
export const RECORDS_PER_MESSAGE = 500;

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
  const child = fork(ENTRY, [file, String(options.maxBytes)], {
    execArgv: [...TYPESCRIPT_ARGV, `--max-old-space-size=${String(heapLimitMb(options.maxBytes))}`],
    serialization: 'advanced',
    // stdout belongs to the offline console; the loader reports through messages.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
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

  let fingerprint: string | null = null;
  const lists: Record<string, unknown[]> = {};
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
      case 'records':
        (lists[message.list] ??= []).push(...message.records);
        break;
      case 'done':
        // The loader validated every record against DatasetSchema before sending it.
        finish({ dataset: { ...message.rest, ...lists } as Dataset, fingerprint });
        break;
      case 'invalid':
        finish(new DatasetError(file, message.problems, message.omitted));
        break;
      case 'failed':
        finish(new DatasetError(file, [`the loader failed: ${message.message}`]));
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
    cancel: () => {
      finish(new LoadCancelled());
    },
  };
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
