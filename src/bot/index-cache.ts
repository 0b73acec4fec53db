/**
 * Where index snapshots (src/search/snapshot.ts) are kept: a folder under DATA_DIR, one file per
 * dataset version and index code, `<SHA-256 of the dataset file>.<index code version>.snapshot`.
 * Named by content, a snapshot is valid wherever the same dataset file is: shards sharing a
 * DATA_DIR share it, it can be copied to another instance's folder, and writers of two versions
 * (a rolling deploy) never overwrite each other's file.
 */
import { closeSync, fstatSync, openSync, read, readdirSync, statSync } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { DatasetSource } from '../search/snapshot.js';
import { INDEX_CODE_VERSION } from '../search/snapshot-version.js';

/** The folder under DATA_DIR. */
export const INDEX_CACHE_FOLDER = 'index-cache';
const SUFFIX = '.snapshot';
/** Snapshots kept besides the newest: a shard may still be loading the previous version. */
const KEEP_PREVIOUS = 1;
/** A temporary file this old was left by a writer that was killed. */
const ABANDONED_MS = 60 * 60 * 1000;

/** The snapshot folder of a process whose state lives in `dataDir` (DATA_DIR). */
export function indexCacheFolder(dataDir: string): string {
  return path.join(dataDir, INDEX_CACHE_FOLDER);
}

export function snapshotFile(dir: string, source: DatasetSource): string {
  return path.join(dir, `${source.sha256}.${INDEX_CODE_VERSION.slice(0, 16)}${SUFFIX}`);
}

/**
 * A snapshot's bytes, read in one request to the thread pool: fs.readFile reads in slices, each
 * started by the event loop, so while the bot is busy (warming up) it would hardly progress.
 */
export async function readSnapshotFile(file: string): Promise<Buffer> {
  return readAll(openSync(file, 'r'));
}

/**
 * The newest snapshot's name and bytes, or null. Finding and opening it are done at once (a few
 * system calls on DATA_DIR), so that the read itself is already under way while the bot warms up.
 */
export function readNewestSnapshot(dir: string): Promise<{ file: string; bytes: Buffer } | null> {
  let newest: { file: string; modified: number } | null = null;
  let fd: number;
  try {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.') || !name.endsWith(SUFFIX)) continue;
      const file = path.join(dir, name);
      const modified = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
      if (modified !== undefined && (newest === null || modified > newest.modified)) {
        newest = { file, modified };
      }
    }
    if (newest === null) return Promise.resolve(null);
    fd = openSync(newest.file, 'r');
  } catch {
    return Promise.resolve(null);
  }
  const { file } = newest;
  return readAll(fd).then(
    (bytes) => ({ file, bytes }),
    () => null,
  );
}

/** The whole open file in one read request, closed after. */
async function readAll(fd: number): Promise<Buffer> {
  try {
    const size = fstatSync(fd).size;
    const bytes = Buffer.allocUnsafe(size);
    let total = 0;
    while (total < size) {
      const { bytesRead } = await readAt(fd, bytes, total, size - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return bytes.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

const readAt = promisify(read);

/** Makes the folder (and DATA_DIR) if needed. */
export async function ensureCacheFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
}

/**
 * Removes all but the newest snapshots (`current` is always kept) and temporary files abandoned by
 * killed writers.
 */
export async function pruneSnapshots(dir: string, current: string): Promise<void> {
  const snapshots = await listSnapshots(dir);
  const old = snapshots.filter(({ file }) => file !== current).slice(KEEP_PREVIOUS);
  for (const { file } of old) await rm(file, { force: true });
  const now = Date.now();
  for (const name of await namesIn(dir)) {
    if (!name.startsWith('.') || !name.endsWith('.tmp')) continue;
    const file = path.join(dir, name);
    const modified = await modifiedAt(file);
    if (modified !== null && now - modified > ABANDONED_MS) await rm(file, { force: true });
  }
}

/** Snapshots in the folder, newest first. */
async function listSnapshots(dir: string): Promise<{ file: string; modified: number }[]> {
  const found: { file: string; modified: number }[] = [];
  for (const name of await namesIn(dir)) {
    if (name.startsWith('.') || !name.endsWith(SUFFIX)) continue;
    const file = path.join(dir, name);
    const modified = await modifiedAt(file);
    if (modified !== null) found.push({ file, modified });
  }
  return found.sort((a, b) => b.modified - a.modified);
}

async function namesIn(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

async function modifiedAt(file: string): Promise<number | null> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return null;
  }
}
