/**
 * Holds the answering core for the current dataset and replaces it when the dataset file changes.
 * A new version is only swapped in once it has loaded and validated completely; a broken one is
 * rejected with the reason logged, and the last good version keeps answering.
 *
 * The directory is watched rather than the file, because tools replace files by writing a
 * temporary file and renaming it over the old one: a watch on the old file would go quiet.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Answerer } from '../answer/types.js';
import { DatasetError, loadDataset } from '../dataset/load.js';
import type { Dataset } from '../dataset/schema.js';
import type { Logger } from '../log.js';

export type BuildAnswerer = (dataset: Dataset) => Answerer;

export type ReloadOutcome = { swapped: true } | { swapped: false; reason: string };

export interface DatasetStoreOptions {
  file: string;
  build: BuildAnswerer;
  logger: Logger;
  /** Editors and copies write in several steps: wait this long after the last change. */
  debounceMs?: number;
}

export class DatasetStore {
  #answerer: Answerer;
  #version = 1;
  #watcher: FSWatcher | undefined;
  #timer: NodeJS.Timeout | undefined;
  /** Reloads run one at a time, so an older file can never replace a newer one. */
  #reloading: Promise<ReloadOutcome> = Promise.resolve({ swapped: true });

  private constructor(
    readonly file: string,
    answerer: Answerer,
    private readonly build: BuildAnswerer,
    private readonly logger: Logger,
    private readonly debounceMs: number,
  ) {
    this.#answerer = answerer;
  }

  /** Loads the file once; throws DatasetError (naming the file) when it is unreadable or invalid. */
  static async open(options: DatasetStoreOptions): Promise<DatasetStore> {
    const file = resolve(options.file);
    const answerer = options.build(await loadDataset(file));
    return new DatasetStore(
      file,
      answerer,
      options.build,
      options.logger,
      options.debounceMs ?? 250,
    );
  }

  /** The answerer for the newest valid dataset. Read it per request: it changes on reload. */
  get answerer(): Answerer {
    return this.#answerer;
  }

  /** Increases each time a new dataset is swapped in. */
  get version(): number {
    return this.#version;
  }

  /** Loads the file now and swaps it in if valid. */
  reload(): Promise<ReloadOutcome> {
    this.#reloading = this.#reloading.then(() => this.#loadAndSwap());
    return this.#reloading;
  }

  async #loadAndSwap(): Promise<ReloadOutcome> {
    try {
      const dataset = await loadDataset(this.file);
      this.#answerer = this.build(dataset);
      this.#version += 1;
      this.logger.info(
        {
          file: this.file,
          version: this.#version,
          events: dataset.events.length,
          quotes: dataset.quotes.length,
        },
        'dataset reloaded',
      );
      return { swapped: true };
    } catch (error) {
      const reason =
        error instanceof DatasetError ? error.message : `could not build answers: ${String(error)}`;
      this.logger.warn(
        { file: this.file, reason },
        'dataset change rejected; keeping the last good one',
      );
      return { swapped: false, reason };
    }
  }

  /** Starts watching the file; changes are reloaded after a quiet period. */
  watch(): void {
    if (this.#watcher) return;
    const name = basename(this.file);
    this.#watcher = watch(dirname(this.file), (_event, changed) => {
      // Some platforms do not report the name: then any change in the folder may be ours.
      if (changed !== null && changed !== name) return;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => {
        void this.reload();
      }, this.debounceMs);
    });
    this.#watcher.on('error', (error) => {
      this.logger.error({ err: error, file: this.file }, 'dataset watcher failed; reloads stopped');
    });
  }

  /** Stops watching and waits for a reload in progress. */
  async close(): Promise<void> {
    clearTimeout(this.#timer);
    this.#watcher?.close();
    this.#watcher = undefined;
    await this.#reloading;
  }
}
