/**
 * Holds the answering core for the current dataset and replaces it when the dataset file changes.
 * A new version is only swapped in once it has loaded, validated and been indexed completely; a
 * broken one is rejected with the reason logged, and the last good version keeps answering.
 *
 * The bot keeps answering during a reload: the file is read, parsed and validated in a child
 * process (dataset-loader.ts), and the answerer's indexes are built here in slices of a few
 * milliseconds with other work let in between. dataset-watch.ts says when the file changed.
 */
import { resolve } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Answerer } from '../answer/types.js';
import { DatasetError, DEFAULT_MAX_BYTES } from '../dataset/load.js';
import type { Dataset } from '../dataset/schema.js';
import type { Logger } from '../log.js';
import type { Slices } from '../search/slices.js';
import { LoadCancelled, loadInChild, type Loaded, type Loading } from './dataset-loader.js';
import { DatasetWatch } from './dataset-watch.js';

/** Builds the answerer for a dataset, at once or in slices (the bot's builds are sliced). */
export type BuildAnswerer = (dataset: Dataset) => Answerer | Slices<Answerer>;

export type ReloadOutcome = { swapped: true } | { swapped: false; reason: string };

/** How a reload ended, for `onReload` listeners (metrics); one cut short by close is not told. */
export interface ReloadReport {
  outcome: 'swapped' | 'rejected';
  /** From the start of the read to the swap or the rejection. */
  durationMs: number;
}

export interface DatasetStoreOptions {
  file: string;
  build: BuildAnswerer;
  logger: Logger;
  /** Editors and copies write in several steps: wait this long after the last change. */
  debounceMs?: number;
  /** Larger files are refused before they are parsed. */
  maxBytes?: number;
  /** Reading the file may take this long; then the read is abandoned and the load fails. */
  readTimeoutMs?: number;
  /** How often the watch polls the file, as a backstop for missed change events. */
  pollIntervalMs?: number;
}

export const DEFAULT_READ_TIMEOUT_MS = 30_000;
const DEFAULT_POLL_INTERVAL_MS = 5_000;
/** The longest stretch an index build runs before it lets other work in. */
const SLICE_MS = 10;

interface Settings {
  file: string;
  build: BuildAnswerer;
  logger: Logger;
  debounceMs: number;
  maxBytes: number;
  readTimeoutMs: number;
  pollIntervalMs: number;
}

class StoreClosed extends Error {
  constructor() {
    super('the dataset store closed before the reload finished');
    this.name = 'StoreClosed';
  }
}

export class DatasetStore {
  readonly #settings: Settings;
  #answerer: Answerer;
  #version = 1;
  #fingerprint: string | null;
  /** How many events the dataset answering now holds. */
  #events: number;
  /** How long the dataset answering now took to read, validate and index. */
  #loadMs: number;
  readonly #reloadListeners: ((report: ReloadReport) => void)[] = [];
  #watch: DatasetWatch | undefined;
  #closed = false;
  /** The load in progress, cancelled when the store closes. */
  #loading: Loading | undefined;
  /** Reloads run one at a time, so an older file can never replace a newer one. */
  #reloading: Promise<ReloadOutcome> = Promise.resolve({ swapped: true });

  private constructor(
    settings: Settings,
    answerer: Answerer,
    fingerprint: string | null,
    events: number,
    loadMs: number,
  ) {
    this.#settings = settings;
    this.#answerer = answerer;
    this.#fingerprint = fingerprint;
    this.#events = events;
    this.#loadMs = loadMs;
  }

  /**
   * Loads the file once; throws DatasetError (naming the file) when it is unreadable, too large,
   * too slow to read or invalid.
   */
  static async open(options: DatasetStoreOptions): Promise<DatasetStore> {
    const settings: Settings = {
      file: resolve(options.file),
      build: options.build,
      logger: options.logger,
      debounceMs: options.debounceMs ?? 250,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      readTimeoutMs: options.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS,
      pollIntervalMs: options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
    };
    const started = performance.now();
    const { dataset, fingerprint } = await loadInChild(settings.file, settings).result;
    const answerer = await runInSlices(settings.build(dataset), () => false);
    const loadMs = performance.now() - started;
    return new DatasetStore(settings, answerer, fingerprint, dataset.events.length, loadMs);
  }

  get file(): string {
    return this.#settings.file;
  }

  /** The answerer for the newest valid dataset. Read it per request: it changes on reload. */
  get answerer(): Answerer {
    return this.#answerer;
  }

  /** Increases each time a new dataset is swapped in. */
  get version(): number {
    return this.#version;
  }

  /** How long the dataset answering now took to read, validate and index, in milliseconds. */
  get loadMs(): number {
    return this.#loadMs;
  }

  /** Calls `listener` after every reload that swapped a dataset in or rejected one. */
  onReload(listener: (report: ReloadReport) => void): void {
    this.#reloadListeners.push(listener);
  }

  /** Loads the file now and swaps it in if valid. */
  reload(): Promise<ReloadOutcome> {
    this.#reloading = this.#reloading.then(() => this.#loadAndSwap());
    return this.#reloading;
  }

  async #loadAndSwap(): Promise<ReloadOutcome> {
    if (this.#closed) return { swapped: false, reason: new StoreClosed().message };
    const started = performance.now();
    const outcome = await this.#load(started);
    this.#tell({
      outcome: outcome.swapped ? 'swapped' : 'rejected',
      durationMs: performance.now() - started,
    });
    return outcome;
  }

  #tell(report: ReloadReport): void {
    // A reload cut short by close() was neither swapped in nor rejected.
    if (this.#closed) return;
    for (const listener of this.#reloadListeners) listener(report);
  }

  async #load(started: number): Promise<ReloadOutcome> {
    const { file, logger } = this.#settings;
    let loaded: Loaded;
    try {
      this.#loading = loadInChild(file, this.#settings);
      loaded = await this.#loading.result;
    } catch (error) {
      return this.#rejected(
        error instanceof DatasetError ? error.message : `could not load: ${String(error)}`,
        error,
      );
    } finally {
      this.#loading = undefined;
    }
    // An empty dataset in place of one with events is nearly always a mistake (an ingest of the
    // wrong folder): every answer would become "nothing found". Start-up may load one; a reload
    // does not replace real data with nothing.
    const current = this.#events;
    if (loaded.dataset.events.length === 0 && current > 0) {
      return this.#rejected(
        `the new dataset has no events; keeping the one with ${current} event${current === 1 ? '' : 's'}`,
        undefined,
      );
    }
    let answerer: Answerer;
    try {
      answerer = await runInSlices(this.#settings.build(loaded.dataset), () => this.#closed);
    } catch (error) {
      return this.#rejected(`could not build answers: ${String(error)}`, error);
    }
    this.#answerer = answerer;
    this.#fingerprint = loaded.fingerprint;
    this.#events = loaded.dataset.events.length;
    this.#loadMs = performance.now() - started;
    this.#version += 1;
    logger.info(
      {
        file,
        version: this.#version,
        events: loaded.dataset.events.length,
        quotes: loaded.dataset.quotes.length,
      },
      'dataset reloaded',
    );
    return { swapped: true };
  }

  #rejected(reason: string, error: unknown): ReloadOutcome {
    if (error instanceof LoadCancelled || error instanceof StoreClosed) {
      return { swapped: false, reason: new StoreClosed().message };
    }
    this.#settings.logger.warn(
      { file: this.#settings.file, reason },
      'dataset change rejected; keeping the last good one',
    );
    return { swapped: false, reason };
  }

  /** Starts watching the file; changes are reloaded after a quiet period. */
  watch(): void {
    if (this.#watch !== undefined || this.#closed) return;
    const { file, logger, debounceMs, pollIntervalMs } = this.#settings;
    this.#watch = new DatasetWatch({
      file,
      logger,
      seen: this.#fingerprint,
      debounceMs,
      pollIntervalMs,
      onChange: () => {
        void this.reload();
      },
    });
    this.#watch.start().catch((error: unknown) => {
      logger.error({ err: error, file }, 'could not start watching the dataset; reloads stopped');
    });
  }

  /** Stops watching, abandons a load in progress (even a read that hangs) and waits for it. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#watch?.close();
    this.#loading?.cancel();
    await this.#reloading;
  }
}

function isSlices(built: Answerer | Slices<Answerer>): built is Slices<Answerer> {
  return typeof (built as Partial<Slices<Answerer>>).next === 'function';
}

/** Runs a sliced build, letting pending I/O (interactions) in every SLICE_MS. */
async function runInSlices(
  built: Answerer | Slices<Answerer>,
  cancelled: () => boolean,
): Promise<Answerer> {
  if (!isSlices(built)) return built;
  let sliceStart = performance.now();
  for (;;) {
    const step = built.next();
    if (step.done === true) return step.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextTurn();
      if (cancelled()) throw new StoreClosed();
      sliceStart = performance.now();
    }
  }
}
