/**
 * Server settings and the daily "on this day" post with the real bot process: a setting made
 * with /settings survives a restart (SIGTERM, then a new process on the same DATA_DIR), and a
 * post that fell due while the bot was down is made once when it comes back, never again on the
 * next restart. Every request is held to Discord's OpenAPI spec by the emulator.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ChannelType, PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMonthDay, monthDayOf } from '../../src/question/month-day.js';
import { previousOccurrence } from '../../src/settings/schedule.js';
import { SettingsStore } from '../../src/settings/store.js';
import { datedEventsDataset } from '../commands/dated-events.js';
import { DiscordEmulator, everyonePermissions } from '../emulator/discord-emulator.js';
import {
  deployToGuild,
  discordEnv,
  embedText,
  HEARTBEAT_MS,
  isConnected,
} from './fixtures/bot-session.js';
import { startBot, type BotProcess, type LogLine } from './harness.js';

const DAY_MS = 86_400_000;
const ADMIN_PERMISSIONS = String(BigInt(everyonePermissions) | PermissionFlagsBits.ManageGuild);

/** HH:MM (UTC) of a minute ago: a time already past today (or, just after midnight, yesterday). */
function aMinuteAgo(): string {
  return new Date(Date.now() - 60_000).toISOString().slice(11, 16);
}

const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10);

let emulator: DiscordEmulator;
let env: Record<string, string>;
let dataDir: string;
let newsChannel: string;
let bot: BotProcess | undefined;

/** Starts the bot as `npm start` would, with the same DATA_DIR every time. */
async function startTheBot(): Promise<BotProcess> {
  const started = await startBot({ env });
  bot = started;
  await started.waitForLog(isConnected, 30_000);
  return started;
}

/** SIGTERM, as a supervisor stops it: a clean shutdown exits 0. */
async function stopTheBot(): Promise<void> {
  const running = bot;
  bot = undefined;
  if (running === undefined) return;
  expect(await running.stop(10_000)).toEqual({ code: 0, signal: null });
}

const dailyPostsStarted = (line: LogLine): boolean => line.json?.msg === 'daily posts started';

async function settings(
  subcommand: string,
  options: Record<string, string> = {},
  memberPermissions = ADMIN_PERMISSIONS,
) {
  const sent = await emulator.sendSlashCommand({
    name: 'settings',
    subcommand,
    options,
    memberPermissions,
  });
  return emulator.waitForInteractionResponse(sent.id, { final: true, timeoutMs: 10_000 });
}

/** The reply's text, wherever it landed (the callback, or the edit of a deferral). */
function replyText(response: Awaited<ReturnType<typeof settings>>): string {
  return embedText(response.message);
}

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'daily-posts-'));
  const datasetDir = path.join(root, 'dataset');
  mkdirSync(datasetDir);
  dataDir = path.join(root, 'state');
  // Events on today's and yesterday's day of the year in several years, so the post has a list
  // whichever day it falls on; one of them tries to ping everyone.
  const days = [isoDay(Date.now()), isoDay(Date.now() - DAY_MS)].map((day) => day.slice(5));
  const events = days.flatMap((monthDay) =>
    [2011, 2014, 2019].map((year, i) => ({
      date: `${year}-${monthDay}`,
      summary:
        i === 0
          ? `A council meeting ends in uproar, @everyone is told (${year}).`
          : `A treaty is signed in the capital in ${year}.`,
      sources: i + 1,
    })),
  );
  const datasetPath = path.join(datasetDir, 'events.json');
  writeFileSync(datasetPath, JSON.stringify(datedEventsDataset(events)));

  emulator = await DiscordEmulator.start({ heartbeatIntervalMs: HEARTBEAT_MS });
  newsChannel = emulator.addGuildChannel({ name: 'news' });
  env = discordEnv(emulator, { DATASET_PATH: datasetPath, DATA_DIR: dataDir });
  await deployToGuild(emulator);
});

afterAll(async () => {
  await bot?.stop(5_000);
  await emulator.stop();
});

describe('server settings and daily posts', () => {
  it('keeps /settings daily across a restart, and owes no post for a time set after it passed', async () => {
    await startTheBot();

    const refused = await settings('daily', { channel: newsChannel }, everyonePermissions);
    expect(refused.data?.flags).toBe(64);
    expect(replyText(refused)).toContain('**Manage Server**');

    const time = aMinuteAgo();
    const saved = await settings('daily', { channel: newsChannel, time });
    expect(saved.data?.flags).toBe(64);
    expect(replyText(saved)).toContain(
      `**Daily post:** on, in <#${newsChannel}> every day at ${time} UTC.`,
    );

    const voice = emulator.addGuildChannel({ name: 'lounge', type: ChannelType.GuildVoice });
    const wrongChannel = await settings('daily', { channel: voice });
    expect(replyText(wrongChannel)).toContain('is not a text or announcement channel');

    await stopTheBot();
    const restarted = await startTheBot();
    await restarted.waitForLog(dailyPostsStarted, 15_000);

    const shown = await settings('show');
    expect(replyText(shown)).toContain(`in <#${newsChannel}> every day at ${time} UTC.`);
    expect(replyText(shown)).toContain('**Last post:** none yet.');
    // The time had passed when it was set: nothing was missed, so nothing was posted.
    expect(emulator.messagesIn(newsChannel)).toEqual([]);
    await stopTheBot();
  });

  it('makes a post missed while the bot was down once when it starts, and not again', async () => {
    // As the bot left it, but set the day before: today's time came while the bot was down.
    const store = SettingsStore.open(dataDir);
    const time = aMinuteAgo();
    const schedule = store.setDaily(
      emulator.guildId,
      { channelId: newsChannel, time, timeZone: 'UTC' },
      new Date(Date.now() - 2 * DAY_MS),
    );
    store.close();
    const owed = previousOccurrence(schedule, new Date());

    const first = await startTheBot();
    const post = await emulator.waitForChannelMessage(newsChannel, { timeoutMs: 15_000 });
    await first.waitForLog(dailyPostsStarted, 15_000);
    const day = formatMonthDay(monthDayOf(owed.day));
    expect(post.embeds[0]?.title).toBe(`On this day: ${day}`);
    expect(embedText(post)).toContain(`3 events on ${day}, in 3 years (2011–2019)`);
    expect(embedText(post)).toContain('/onthisday date:');
    expect(emulator.pingsOf(post)).toEqual({ everyone: false, users: [], roles: [] });
    const sent = emulator.receivedRequests.filter(
      (request) =>
        request.method === 'POST' && request.path === `/channels/${newsChannel}/messages`,
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toMatchObject({
      allowed_mentions: { parse: [] },
      enforce_nonce: true,
      nonce: expect.any(String) as string,
    });

    const shown = await settings('show');
    expect(replyText(shown)).toMatch(/\*\*Last post:\*\* \d+ \w+ \d{4}'s list/);

    await stopTheBot();
    const second = await startTheBot();
    await second.waitForLog(dailyPostsStarted, 15_000);
    expect(emulator.messagesIn(newsChannel)).toHaveLength(1);
    await stopTheBot();
  });
});
