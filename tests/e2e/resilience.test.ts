/**
 * The gateway connection is lost mid-session, as happens in production: the bot resumes its
 * session (or identifies again when Discord will not resume it) and keeps answering.
 */
import { describe, expect, it } from 'vitest';
import {
  deprecationWarnings,
  interactionLog,
  newUserId,
  sharedBotSession,
  unknownRoutes,
} from './fixtures/bot-session.js';

const session = sharedBotSession();

async function askSessions(): Promise<{ id: string; title: string | undefined }> {
  const { emulator } = session();
  const sent = await emulator.sendSlashCommand({
    name: 'who',
    options: { name: 'sessions' },
    userId: newUserId(),
  });
  const response = await emulator.waitForInteractionResponse(sent.id, {
    final: true,
    timeoutMs: 15_000,
  });
  return { id: sent.id, title: response.message?.embeds[0]?.title };
}

function resumedLogs(): number {
  return session().bot.lines.filter((line) => line.json?.msg === 'gateway session resumed').length;
}

describe('a dropped gateway connection', () => {
  it('is resumed: the command sent while it was down is replayed and answered, and so is the next', async () => {
    const { emulator, bot } = session();
    const identifiesBefore = emulator.identifies().length;
    const resumedBefore = resumedLogs();
    const resumed = emulator.nextGatewayEvent('resumed', 15_000);

    await emulator.dropConnection();
    const missed = emulator.sendSlashCommand({
      name: 'who',
      options: { name: 'sessions' },
      userId: newUserId(),
    });
    expect(await resumed).toMatchObject({ replayed: 1 });
    const missedId = (await missed).id;
    const answer = await emulator.waitForInteractionResponse(missedId, {
      final: true,
      timeoutMs: 15_000,
    });
    expect(answer.message?.embeds[0]?.title).toBe('Jeff Sessions');

    expect((await askSessions()).title).toBe('Jeff Sessions');
    expect(emulator.identifies()).toHaveLength(identifiesBefore);
    await bot.waitForLog(
      (line) => line.json?.msg === 'gateway connection lost; reconnecting',
      5_000,
    );
    await bot.waitForLog(() => resumedLogs() > resumedBefore, 5_000);
  });

  it('is resumed when Discord asks the bot to reconnect (op 7)', async () => {
    const { emulator } = session();
    const identifiesBefore = emulator.identifies().length;
    const resumed = emulator.nextGatewayEvent('resumed', 15_000);

    await emulator.requestReconnect();
    await resumed;

    expect((await askSessions()).title).toBe('Jeff Sessions');
    expect(emulator.identifies()).toHaveLength(identifiesBefore);
  });

  it('is re-established with a new session when the old one cannot be resumed', async () => {
    const { emulator, bot } = session();
    const identifiesBefore = emulator.identifies().length;
    const identified = emulator.nextGatewayEvent('identify', 15_000);

    await emulator.dropConnection({ resumable: false });
    await identified;

    const next = await askSessions();
    expect(next.title).toBe('Jeff Sessions');
    expect(emulator.identifies()).toHaveLength(identifiesBefore + 1);
    expect(await interactionLog(bot, { interactionId: next.id })).toMatchObject({
      outcome: 'answered',
    });
  });

  it('left no interaction unanswered or answered twice, hit no unknown route, printed no deprecation warning', () => {
    const { emulator, bot } = session();
    for (const record of emulator.allInteractions()) {
      expect(record.callback, record.id).toBeDefined();
      expect(record.rejected, record.id).toEqual([]);
    }
    expect(unknownRoutes(emulator)).toEqual([]);
    expect(deprecationWarnings(bot)).toEqual([]);
  });
});
