import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoadCancelled, loadInChild } from '../../src/bot/dataset-loader.js';
import { seedFile } from '../answer/datasets.js';

// The loader is a child process started with tsx: about a second on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

let dir: string | undefined;

afterEach(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Whether a process with this id exists (a zombie not yet reaped still does). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('loadInChild', () => {
  it('leaves no loader process behind once cancel resolves, even one saving a snapshot', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'loader-'));
    const loading = loadInChild(seedFile, {
      maxBytes: 64 * 1024 * 1024,
      readTimeoutMs: 30_000,
      snapshotDir: dir,
    });
    const { pid } = loading;
    if (pid === undefined) throw new Error('the loader process did not start');
    // Without a snapshot the records come first; the loader then saves one in the background.
    expect((await loading.result).kind).toBe('records');

    await loading.cancel();

    expect(isRunning(pid)).toBe(false);
  });

  it('rejects a load in progress with LoadCancelled and stops its process', async () => {
    const loading = loadInChild(seedFile, { maxBytes: 64 * 1024 * 1024, readTimeoutMs: 30_000 });
    const { pid } = loading;
    if (pid === undefined) throw new Error('the loader process did not start');

    const rejected = expect(loading.result).rejects.toBeInstanceOf(LoadCancelled);
    await loading.cancel();

    await rejected;
    expect(isRunning(pid)).toBe(false);
  });
});
