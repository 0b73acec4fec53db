/**
 * SIGTERM while the bot is in the middle of answering: the answer is still delivered, new work is
 * turned away, and the process exits 0. Discord is made slow (its response to the bot's
 * acknowledgement is held back) so the signal lands while the answer is certainly in flight.
 *
 * SIGTERM while something can never finish (a dataset read from a named pipe, standing in for a
 * hung network mount): the process still ends by the shutdown deadline, saying what it cut short.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { copyFile, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '../emulator/discord-emulator.js';
import { repoRoot, startBot } from './harness.js';
import type { BotProcess } from './harness.js';
import {
  HEARTBEAT_MS,
  deployToGuild,
  deprecationWarnings,
  discordEnv,
  embedText,
  isConnected,
  newUserId,
  startBotSession,
  unknownRoutes,
} from './fixtures/bot-session.js';
import type { BotSession } from './fixtures/bot-session.js';
import { startSlowProxy } from './fixtures/slow-proxy.js';
import type { SlowProxy } from './fixtures/slow-proxy.js';

describe('SIGTERM during work', () => {
  const holdMs = 1_500;

  let emulator: DiscordEmulator;
  let proxy: SlowProxy;
  let bot: BotProcess;

  beforeAll(async () => {
    emulator = await DiscordEmulator.start({ heartbeatIntervalMs: HEARTBEAT_MS });
    proxy = await startSlowProxy(emulator.apiUrl);
    const deployed = deployToGuild(emulator);
    bot = await startBot({ env: discordEnv(emulator, { DISCORD_API_URL: proxy.apiUrl }) });
    await Promise.all([deployed, bot.waitForLog(isConnected, 30_000)]);
  });

  afterAll(async () => {
    await bot.stop(5_000);
    await proxy.close();
    await emulator.stop();
  });

  it('delivers the answer in flight, ignores what arrives after the signal, and exits 0', async () => {
    proxy.slowDown(/^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/, holdMs);
    const held = proxy.nextHeld();
    const inFlight = await emulator.sendSlashCommand({
      name: 'ask',
      options: { question: 'When did Sessions recuse himself?' },
      userId: newUserId(),
    });
    await held;

    bot.signal('SIGTERM');
    const shuttingDown = await bot.waitForLog((line) => line.json?.msg === 'shutting down');
    expect(shuttingDown.json).toMatchObject({ reason: 'SIGTERM', inFlight: 1 });

    const late = await emulator.sendSlashCommand({
      name: 'who',
      options: { name: 'sessions' },
      userId: newUserId(),
    });
    const ignored = await bot.waitForLog(
      (line) => line.json?.msg === 'shutting down; interaction ignored',
    );
    expect(ignored.json?.interactionId).toBe(late.id);

    const answer = await emulator.waitForInteractionResponse(inFlight.id, {
      final: true,
      timeoutMs: 10_000,
    });
    expect(answer.message?.embeds[0]?.title).toBe('When did Sessions recuse himself?');
    expect(embedText(answer.message)).toContain('2 March 2017');

    const exit = await bot.exited;
    expect(exit, bot.output()).toEqual({ code: 0, signal: null });
    const stopped = bot.lines.find((line) => line.json?.msg === 'stopped');
    expect(stopped?.json?.code).toBe(0);
    // The answer is the held callback itself (or a deferral's edit): either lands before the exit.
    const answeredAt =
      answer.edits.at(-1)?.at ?? emulator.interaction(inFlight.id)?.callback?.at ?? Infinity;
    expect(answeredAt).toBeLessThanOrEqual(stopped?.at ?? 0);
    expect(emulator.interaction(late.id)?.callback).toBeUndefined();
    expect(emulator.interaction(inFlight.id)?.rejected).toEqual([]);
  });

  it('used only routes Discord has, and the bot printed no deprecation warning', () => {
    expect(unknownRoutes(emulator)).toEqual([]);
    expect(deprecationWarnings(bot)).toEqual([]);
  });
});

describe.skipIf(process.platform === 'win32')('SIGTERM while a dataset read never returns', () => {
  const deadlineMs = 2_000;
  let folder: string;
  let datasetPath: string;
  let session: BotSession;
  let writer: number | undefined;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'e2e-shutdown-'));
    datasetPath = path.join(folder, 'events.json');
    await copyFile(path.join(repoRoot, 'data/events.json'), datasetPath);
    session = await startBotSession({
      env: { DATASET_PATH: datasetPath, SHUTDOWN_TIMEOUT_MS: String(deadlineMs) },
      deploy: false,
    });
  });

  afterAll(async () => {
    await session.stop();
    if (writer !== undefined) closeSync(writer);
    await rm(folder, { recursive: true, force: true });
  });

  /**
   * Opening a pipe's write end without blocking succeeds only once a reader has it open: then the
   * bot's reload is reading it, and with the write end held open and nothing written, that read
   * can never finish.
   */
  async function waitForReader(pipe: string, timeoutMs: number): Promise<number | undefined> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      try {
        return openSync(pipe, constants.O_WRONLY | constants.O_NONBLOCK);
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    return undefined;
  }

  it('ends at once and cleanly: the read hangs in the loader process, which is killed', async () => {
    const pipe = path.join(folder, '.events.json.pipe');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    await rename(pipe, datasetPath);
    writer = await waitForReader(datasetPath, 10_000);

    const { bot } = session;
    bot.signal('SIGTERM');
    await bot.waitForLog((line) => line.json?.msg === 'shutting down');
    const exit = await Promise.race([
      bot.exited,
      new Promise<'still running'>((resolve) => {
        setTimeout(() => {
          resolve('still running');
        }, deadlineMs + 8_000);
      }),
    ]);

    expect(exit, bot.output()).not.toBe('still running');
    // Reading happens in a loader process (src/bot/dataset-loader.ts): closing the dataset store
    // kills it, so nothing in the bot's own process is stuck and the deadline is not needed.
    expect(writer, 'the reload never opened the pipe').toBeDefined();
    expect(exit, bot.output()).toEqual({ code: 0, signal: null });
    expect(
      bot.lines.some(
        (line) => line.json?.msg === 'shutdown deadline passed; exiting with work unfinished',
      ),
    ).toBe(false);
  }, 30_000);
});
