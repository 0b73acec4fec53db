/**
 * `npm start` refuses to start on a bad configuration or dataset, before touching Discord, with
 * one plain line naming the file or variable at fault and a non-zero exit.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '../emulator/discord-emulator.js';
import { runScript } from './harness.js';
import type { ScriptResult } from './harness.js';
import { discordEnv } from './fixtures/bot-session.js';

let folder: string;
let emulator: DiscordEmulator;
const results: Record<'corrupt' | 'missing' | 'noClientId', ScriptResult | undefined> = {
  corrupt: undefined,
  missing: undefined,
  noClientId: undefined,
};
let corruptPath: string;
let missingPath: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'e2e-startup-'));
  corruptPath = path.join(folder, 'corrupt.json');
  missingPath = path.join(folder, 'absent.json');
  await writeFile(corruptPath, '\u0000\u0001 not a dataset');
  emulator = await DiscordEmulator.start();
  // Three independent start-ups, run side by side to keep the suite short.
  const start = (env: Record<string, string>) =>
    runScript('start', discordEnv(emulator, env), { timeoutMs: 30_000 });
  const [corrupt, missing, noClientId] = await Promise.all([
    start({ DATASET_PATH: corruptPath }),
    start({ DATASET_PATH: missingPath }),
    // Empty counts as unset, and a developer's .env cannot fill it in (set variables win).
    start({ DISCORD_CLIENT_ID: '' }),
  ]);
  Object.assign(results, { corrupt, missing, noClientId });
});

afterAll(async () => {
  await emulator.stop();
  await rm(folder, { recursive: true, force: true });
});

describe('npm start with a bad dataset or configuration', () => {
  it('exits non-zero naming a dataset file that is not JSON', () => {
    const result = results.corrupt;
    expect(result?.code).not.toBe(0);
    expect(result?.code).not.toBeNull();
    expect(result?.stderr).toContain(`Cannot start: ${corruptPath}: invalid dataset`);
    expect(result?.stderr).toMatch(/not valid JSON/);
  });

  it('exits non-zero naming a dataset file that does not exist', () => {
    const result = results.missing;
    expect(result?.code).not.toBe(0);
    expect(result?.code).not.toBeNull();
    expect(result?.stderr).toContain(missingPath);
    expect(result?.stderr).toMatch(/cannot read the file/);
  });

  it('exits 1 naming DISCORD_CLIENT_ID when a token is set without it', () => {
    const result = results.noClientId;
    expect(result?.code).toBe(1);
    expect(result?.stderr).toMatch(/Configuration error: DISCORD_CLIENT_ID is required/);
    expect(result?.stderr).not.toContain(emulator.token);
  });

  it('never contacted Discord in any of these cases', () => {
    expect(emulator.receivedRequests).toEqual([]);
    expect(emulator.gatewayEvents).toEqual([]);
  });
});
