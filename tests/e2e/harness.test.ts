import { afterEach, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '../emulator/discord-emulator.js';
import { runCommand, startBot } from './harness.js';
import type { BotProcess } from './harness.js';

const fixture = 'tests/e2e/fixtures/echo-bot.ts';
let emulator: DiscordEmulator | undefined;
let bot: BotProcess | undefined;

afterEach(async () => {
  await bot?.stop(2_000);
  await emulator?.stop();
  bot = undefined;
  emulator = undefined;
});

describe('e2e harness', () => {
  it('runs a bot process against the emulator, reads its JSON logs and stops it with SIGTERM', async () => {
    emulator = await DiscordEmulator.start({ heartbeatIntervalMs: 1_000 });
    bot = await startBot({
      entry: fixture,
      env: {
        DISCORD_TOKEN: emulator.token,
        DISCORD_API_URL: emulator.apiUrl,
        DISCORD_CLIENT_ID: emulator.applicationId,
      },
    });

    const ready = await bot.waitForLog((line) => line.json?.msg === 'ready');
    expect(ready.json?.user).toBe(emulator.botUserId);
    const sent = await emulator.sendSlashCommand({ name: 'ping' });
    const response = await emulator.waitForInteractionResponse(sent.id);
    expect(response.message?.content).toBe('pong: ping');
    await bot.waitForLog((line) => line.json?.msg === 'answered');

    bot.signal('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    expect(bot.lines.some((line) => line.json?.msg === 'stopped')).toBe(true);
  });

  it('reports a start-up failure with the output instead of hanging', async () => {
    bot = await startBot({ entry: fixture, env: {} });

    await expect(bot.waitForLog((line) => line.json?.msg === 'ready')).rejects.toThrow(
      /exited[\s\S]*DISCORD_TOKEN and DISCORD_API_URL are required/,
    );
    expect((await bot.exited).code).toBe(1);
  });

  it('runs one-shot commands to completion with their output', async () => {
    const result = await runCommand(
      process.execPath,
      ['-e', 'console.log(process.env.ONLY_THIS)'],
      {
        env: { ONLY_THIS: 'visible' },
      },
    );

    expect(result).toMatchObject({ code: 0, stdout: 'visible' });
  });
});
