/**
 * SIGTERM while the bot is in the middle of answering: the answer is still delivered, new work is
 * turned away, and the process exits 0. Discord is made slow (its response to the bot's
 * acknowledgement is held back) so the signal lands while the answer is certainly in flight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '../emulator/discord-emulator.js';
import { startBot } from './harness.js';
import type { BotProcess } from './harness.js';
import {
  HEARTBEAT_MS,
  deployToGuild,
  deprecationWarnings,
  discordEnv,
  embedText,
  isConnected,
  newUserId,
  unknownRoutes,
} from './fixtures/bot-session.js';
import { startSlowProxy } from './fixtures/slow-proxy.js';
import type { SlowProxy } from './fixtures/slow-proxy.js';

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

describe('SIGTERM during work', () => {
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
    const lastEdit = answer.edits.at(-1)?.at ?? Infinity;
    expect(lastEdit).toBeLessThanOrEqual(stopped?.at ?? 0);
    expect(emulator.interaction(late.id)?.callback).toBeUndefined();
    expect(emulator.interaction(inFlight.id)?.rejected).toEqual([]);
  });

  it('used only routes Discord has, and the bot printed no deprecation warning', () => {
    expect(unknownRoutes(emulator)).toEqual([]);
    expect(deprecationWarnings(bot)).toEqual([]);
  });
});
