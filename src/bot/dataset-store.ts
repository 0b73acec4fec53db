/**
 * Holds the answering core for the current dataset and replaces it when the dataset file changes.
 * A new version is only swapped in once it has loaded, validated and been indexed completely; a
 * broken one is rejected with the reason logged, and the last good version keeps answering.
 *
 * The bot keeps answering during a reload: the file is read, parsed and validated in a child
 * process (dataset-loader.ts), and the answerer's indexes are built here in slices of a few
 * milliseconds with other work let in between. dataset-watch.ts says when the file changed.
 *
 * With index snapshots, a file whose snapshot is saved is loaded from it instead (also in slices):
 * the dataset and its index as they were built once, which takes a fraction of the time.
 */
import { resolve } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Answerer } from '../answer/types.js';
import { DatasetError, DEFAULT_MAX_BYTES } from '../dataset/load.js';
import type { Dataset } from '../dataset/schema.js';
import type { Logger } from '../log.js';
import type { DatasetIndex } from '../search/dataset-index.js';
import type { Slices } from '../search/slices.js';
import { loadSnapshot, snapshotSource, SnapshotRefused } from '../search/snapshot.js';
import {
  LoadCancelled,
  loadInChild,
  type Loaded,
  type Loading,
  type SnapshotBytes,
  type SnapshotSaved,
} from './dataset-loader.js';
import { DatasetWatch } from './dataset-watch.js';

/** Builds the answerer for a dataset, at once or in slices (the bot's builds are sliced). */
export type BuildAnswerer = (dataset: Dataset) => Answerer | Slices<Answerer>;

export type ReloadOutcome = { swapped: true } | { swapped: false; reason: string };

/**
 * Index snapshots (src/search/snapshot.ts): a dataset file that has one is loaded from it, with
 * its index, instead of being validated and indexed again; one that has none is loaded as before
 * while the loader process saves its snapshot for the next load.
 */
export interface SnapshotOptions {
  /** The folder snapshots are kept in (DATA_DIR/index-cache). */
  dir: string;
  /** The answerer over an index loaded from a snapshot. */
  answerer: (index: DatasetIndex) => Answerer;
}

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
  /** Load from and save index snapshots; without this, every load validates and indexes. */
  snapshots?: SnapshotOptions;
  /**
   * Work that needs no dataset, done at start-up while the loader process reads the file (the
   * question parser compiling its patterns), rather than after.
   */
  warmUp?: () => void;
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
  snapshots: SnapshotOptions | undefined;
  warmUp: (() => void) | undefined;
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
  /**
   * Stops the last loader started: loading, or saving an index snapshot in the background. Called
   * when the store closes or the next load starts (its snapshot would be of an older file). Only
   * this is kept of the loader: its result may hold a whole snapshot's bytes.
   */
  #stopLoader: (() => Promise<void>) | undefined;
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
      snapshots: options.snapshots,
      warmUp: options.warmUp,
    };
    const started = performance.now();
    let stopLoader: (() => Promise<void>) | undefined;
    const prepared = await prepare(
      settings,
      (next) => {
        stopLoader = next.cancel;
      },
      () => false,
      true,
    );
    const answerer = await runInSlices(prepared.build(), () => false);
    const loadMs = performance.now() - started;
    const store = new DatasetStore(
      settings,
      answerer,
      prepared.fingerprint,
      prepared.dataset.events.length,
      loadMs,
    );
    store.#stopLoader = stopLoader;
    return store;
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
    let loaded: Prepared;
    try {
      loaded = await prepare(
        this.#settings,
        (loader) => {
          // A snapshot still being saved is of an older file than this one.
          void this.#stopLoader?.();
          this.#stopLoader = loader.cancel;
        },
        () => this.#closed,
      );
    } catch (error) {
      return this.#rejected(
        error instanceof DatasetError ? error.message : `could not load: ${String(error)}`,
        error,
      );
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
      answerer = await runInSlices(loaded.build(), () => this.#closed);
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
    await this.#stopLoader?.();
    await this.#reloading;
  }
}

/** A dataset file loaded, with the way to make its answerer. */
interface Prepared {
  dataset: Dataset;
  fingerprint: string | null;
  build: () => Answerer | Slices<Answerer>;
}

interface Decoded {
  dataset: Dataset;
  index: DatasetIndex;
}

/**
 * Loads the file: from its index snapshot when there is one (read in slices), else validated by
 * the loader process, which then saves a snapshot. A snapshot that fails to load (damaged) is
 * logged and the file is loaded again without it. `started` is told of every loader started.
 *
 * At start-up the bot has nothing else to do while the loader process starts, reads and hashes
 * the file: it warms up (settings.warmUp) and begins loading the newest snapshot, which is the
 * file's unless the file changed since it was saved; the loader's answer says whether it is.
 */
async function prepare(
  settings: Settings,
  started: (loader: Loading) => void,
  cancelled: () => boolean,
  atStartUp = false,
): Promise<Prepared> {
  const { file, logger, snapshots } = settings;
  let rebuildSnapshot = false;
  for (;;) {
    const early = atStartUp && snapshots !== undefined && !rebuildSnapshot;
    const loader = loadInChild(file, {
      maxBytes: settings.maxBytes,
      readTimeoutMs: settings.readTimeoutMs,
      snapshotDir: snapshots?.dir,
      rebuildSnapshot,
      readLikelySnapshot: early,
      onSnapshotSaved: (outcome) => {
        logSnapshotSaved(logger, file, outcome);
      },
    });
    started(loader);
    if (atStartUp && !rebuildSnapshot) settings.warmUp?.();
    let abandoned = false;
    /** The snapshot the loader names, once it has: one loaded early that is another is stopped. */
    let named: string | null = null;
    const speculation = early
      ? decodeEarly(
          loader.takeLikelySnapshot(),
          (file) => abandoned || cancelled() || (named !== null && named !== file),
        )
      : Promise.resolve(null);
    let loaded: Loaded;
    try {
      loaded = await loader.result;
    } catch (error) {
      abandoned = true;
      throw error;
    }
    if (loaded.kind === 'records') {
      // The file changed since its snapshot was saved: the snapshot being loaded is not its.
      abandoned = true;
      await speculation;
      const missed = loaded.snapshotMissed;
      if (missed !== null) {
        logger[missed.corrupt ? 'warn' : 'info'](
          { file, reason: missed.reason },
          'no index snapshot to load: validating and indexing the dataset, and saving a snapshot',
        );
      }
      return {
        dataset: loaded.dataset,
        fingerprint: loaded.fingerprint,
        build: () => settings.build(loaded.dataset),
      };
    }
    if (snapshots === undefined) throw new Error('a snapshot was loaded without snapshot options');
    const begun = performance.now();
    named = loaded.file;
    const guessed = await speculation;
    try {
      let decoded: Decoded;
      if (guessed?.file === loaded.file && !(guessed.outcome instanceof StoreClosed)) {
        if (guessed.outcome instanceof SnapshotRefused) throw guessed.outcome;
        decoded = guessed.outcome;
      } else {
        decoded = await runInSlices(loadSnapshot(loaded.bytes, loaded.source), cancelled);
      }
      logger.info(
        { file, snapshot: loaded.file, ms: Math.round(performance.now() - begun) },
        'dataset and index loaded from the index snapshot',
      );
      const { index } = decoded;
      return {
        dataset: decoded.dataset,
        fingerprint: loaded.fingerprint,
        build: () => snapshots.answerer(index),
      };
    } catch (error) {
      if (!(error instanceof SnapshotRefused)) throw error;
      logger.warn(
        { file, snapshot: loaded.file, reason: error.message },
        'index snapshot ignored: it does not load; validating and indexing the dataset instead',
      );
      rebuildSnapshot = true;
    }
  }
}

/**
 * The snapshot decoded before the loader has said it is the file's (its header's own dataset is
 * taken on trust until then), or what stopped it: a damaged snapshot, or `stop`.
 */
async function decodeEarly(
  likely: Promise<SnapshotBytes | null>,
  stop: (file: string) => boolean,
): Promise<{ file: string; outcome: Decoded | SnapshotRefused | StoreClosed } | null> {
  const snapshot = await likely;
  if (snapshot === null || stop(snapshot.file)) return null;
  try {
    const source = snapshotSource(snapshot.bytes);
    const decoded = await runInSlices(loadSnapshot(snapshot.bytes, source), () =>
      stop(snapshot.file),
    );
    return { file: snapshot.file, outcome: decoded };
  } catch (error) {
    if (error instanceof SnapshotRefused || error instanceof StoreClosed) {
      return { file: snapshot.file, outcome: error };
    }
    // Anything else shows again when the snapshot is loaded the ordinary way.
    return null;
  }
}

function logSnapshotSaved(logger: Logger, file: string, outcome: SnapshotSaved): void {
  if (outcome.saved) {
    logger.info(
      { file, snapshot: outcome.file, ms: Math.round(outcome.ms) },
      'index snapshot saved',
    );
  } else {
    logger.warn(
      { file, snapshot: outcome.file, reason: outcome.reason },
      'index snapshot not saved; the next load validates and indexes again',
    );
  }
}

function isSlices<T extends object>(built: T | Slices<T>): built is Slices<T> {
  return typeof (built as Partial<Slices<T>>).next === 'function';
}

/** Runs sliced work, letting pending I/O (interactions) in every SLICE_MS. */
async function runInSlices<T extends object>(
  built: T | Slices<T>,
  cancelled: () => boolean,
): Promise<T> {
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
