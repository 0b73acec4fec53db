/**
 * Tells the dataset store when the dataset file has changed, however the deployment changes it:
 * - written in place, or a new file renamed over it (editors and tools write a temporary file);
 * - a symbolic link repointed, as Kubernetes does with a ConfigMap (`events.json` →
 *   `..data/events.json`, and `..data` flipped to a new timestamped folder);
 * - the file behind a symbolic link edited where it lives;
 * - its folder swapped for another (`mv data data.old && mv data.new data`).
 *
 * Folder watches follow a folder, not its name, so they are re-armed on the folders the path
 * leads to now after every change: the file's folder, its parent (which sees the folder swapped),
 * and the folder of the file the path resolves to. Events only prompt a look: the store reloads
 * when the file's identity, size or times differ from the last seen. A slow poll of the file
 * backs the watches up where events do not arrive (network file systems, exhausted watch limits).
 */
import { watch, watchFile, unwatchFile, type FSWatcher, type StatsListener } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Logger } from '../log.js';

export interface DatasetWatchOptions {
  file: string;
  logger: Logger;
  /** The file's fingerprint when it was last loaded: a change is a difference from it. */
  seen: string | null;
  /** Editors and copies write in several steps: look this long after the last event. */
  debounceMs: number;
  /** How often the file is polled, as a backstop for missed events. */
  pollIntervalMs: number;
  onChange: () => void;
}

/**
 * Identity (device and inode, following symbolic links), size and times: any way of replacing or
 * editing the file changes one of them. Null when the file cannot be looked at.
 */
export async function fileFingerprint(file: string): Promise<string | null> {
  try {
    const stats = await stat(file, { bigint: true });
    return [stats.dev, stats.ino, stats.size, stats.mtimeNs, stats.ctimeNs].join(':');
  } catch {
    return null;
  }
}

interface ArmedFolder {
  /** Device and inode: the same name may lead to another folder later. */
  identity: string;
  watcher: FSWatcher;
}

interface WantedFolder {
  folder: string;
  identity: string;
  /** Only these entries matter in it; null: any entry may be part of the path. */
  names: ReadonlySet<string> | null;
}

export class DatasetWatch {
  readonly #options: DatasetWatchOptions;
  #seen: string | null;
  readonly #armed = new Map<string, ArmedFolder>();
  #started = false;
  #closed = false;
  #timer: NodeJS.Timeout | undefined;
  /** One look at a time; events during a look ask for another. */
  #looking: Promise<void> | undefined;
  #lookAgain = false;
  #missingLogged = false;
  readonly #onPoll: StatsListener = () => {
    this.#schedule();
  };

  constructor(options: DatasetWatchOptions) {
    this.#options = options;
    this.#seen = options.seen;
  }

  /** Arms the folder watches and the poll; resolves once they are in place. */
  async start(): Promise<void> {
    const { file, pollIntervalMs } = this.#options;
    watchFile(file, { interval: pollIntervalMs, persistent: false }, this.#onPoll);
    await this.#arm();
    if (this.#closed) return;
    this.#started = true;
    this.#options.logger.info(
      { file, folders: [...this.#armed.keys()], pollIntervalMs },
      'dataset watch started',
    );
    // A change between loading and arming would otherwise go unseen.
    this.#schedule();
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
    unwatchFile(this.#options.file, this.#onPoll);
    for (const { watcher } of this.#armed.values()) watcher.close();
    this.#armed.clear();
  }

  #schedule(): void {
    if (this.#closed) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#look();
    }, this.#options.debounceMs);
  }

  #look(): void {
    if (this.#looking !== undefined) {
      this.#lookAgain = true;
      return;
    }
    this.#looking = this.#lookOnce()
      .catch((error: unknown) => {
        this.#options.logger.error(
          { err: error, file: this.#options.file },
          'dataset watch failed',
        );
      })
      .finally(() => {
        this.#looking = undefined;
        if (this.#lookAgain && !this.#closed) {
          this.#lookAgain = false;
          this.#look();
        }
      });
  }

  async #lookOnce(): Promise<void> {
    const { file, logger } = this.#options;
    const fingerprint = await fileFingerprint(file);
    await this.#arm();
    if (this.#closed) return;
    if (fingerprint === null) {
      if (!this.#missingLogged) {
        logger.warn(
          { file },
          'dataset file is missing; keeping the last good one until it returns',
        );
      }
      this.#missingLogged = true;
      return;
    }
    this.#missingLogged = false;
    if (fingerprint === this.#seen) return;
    this.#seen = fingerprint;
    logger.info({ file }, 'dataset change seen');
    this.#options.onChange();
  }

  /** Watches the folders the path leads to now, and stops watching those it no longer does. */
  async #arm(): Promise<void> {
    const wanted = await this.#wantedFolders();
    if (this.#closed) return;
    let changed = false;
    for (const [folder, armed] of this.#armed) {
      if (wanted.get(folder)?.identity !== armed.identity) {
        armed.watcher.close();
        this.#armed.delete(folder);
        changed = true;
      }
    }
    for (const want of wanted.values()) {
      if (this.#armed.has(want.folder)) continue;
      try {
        const watcher = watch(want.folder, { persistent: false }, (_event, name) => {
          // Some platforms do not say which entry changed: then it may be ours.
          if (want.names !== null && name !== null && !want.names.has(name)) return;
          this.#schedule();
        });
        watcher.on('error', (error) => {
          this.#options.logger.warn(
            { err: error, folder: want.folder },
            'dataset folder watch failed; re-arming',
          );
          watcher.close();
          if (this.#armed.get(want.folder)?.watcher === watcher) this.#armed.delete(want.folder);
          this.#schedule();
        });
        this.#armed.set(want.folder, { identity: want.identity, watcher });
        changed = true;
      } catch (error) {
        this.#options.logger.warn(
          { err: error, folder: want.folder, pollIntervalMs: this.#options.pollIntervalMs },
          'cannot watch a dataset folder; relying on polling for it',
        );
      }
    }
    if (changed && this.#started) {
      this.#options.logger.info(
        { file: this.#options.file, folders: [...this.#armed.keys()] },
        'dataset watch re-armed',
      );
    }
  }

  async #wantedFolders(): Promise<Map<string, WantedFolder>> {
    const { file } = this.#options;
    const folder = dirname(file);
    const candidates: { folder: string; names: ReadonlySet<string> | null }[] = [
      { folder, names: null },
      { folder: dirname(folder), names: new Set([basename(folder)]) },
    ];
    const real = await realpath(file).catch(() => null);
    if (real !== null && dirname(real) !== folder)
      candidates.push({ folder: dirname(real), names: null });
    const wanted = new Map<string, WantedFolder>();
    for (const candidate of candidates) {
      if (wanted.has(candidate.folder)) continue;
      const identity = await folderIdentity(candidate.folder);
      if (identity !== null) wanted.set(candidate.folder, { ...candidate, identity });
    }
    return wanted;
  }
}

async function folderIdentity(folder: string): Promise<string | null> {
  try {
    const stats = await stat(folder, { bigint: true });
    return stats.isDirectory() ? `${String(stats.dev)}:${String(stats.ino)}` : null;
  } catch {
    return null;
  }
}
