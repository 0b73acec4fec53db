/**
 * `/settings daily channel:<#channel> [time] [zone]`, `/settings show`, `/settings daily-off`: a
 * server's daily "on this day" post. For members with Manage Server only: the definition hides it
 * from others, and because a server can grant a command to anyone, each run checks again.
 */
import { ChannelType, PermissionFlagsBits } from 'discord.js';
import { z } from 'zod';
import {
  defineCommand,
  serverCommand,
  type CommandContext,
  type Reply,
  type ServerPlace,
} from '../src/bot/command.js';
import { withLocalizations } from '../src/bot/i18n/commands.js';
import { en } from '../src/bot/i18n/en.js';
import { textOf, type Strings } from '../src/bot/i18n/index.js';
import { formatDate, formatMonthDay } from '../src/bot/render/dates.js';
import { COLORS, noticeReply } from '../src/bot/render/reply.js';
import { escapeText } from '../src/bot/render/text.js';
import { monthDayOf } from '../src/question/month-day.js';
import {
  nextPost,
  normaliseTime,
  normaliseTimeZone,
  type DailySchedule,
} from '../src/settings/schedule.js';
import type { DailyRecord, SettingsStore } from '../src/settings/store.js';

const TEXT = en.commands.settings;
const DAILY = TEXT.subcommands.daily;
const HINTS = en.options.hints;

/** When the daily post goes out unless a time is given. */
const DEFAULT_TIME = '09:00';
const UTC = 'UTC';
/** Channels a daily post can go in. */
const POSTABLE_CHANNELS: readonly number[] = [ChannelType.GuildText, ChannelType.GuildAnnouncement];
/** What the bot needs in the channel to post an embed. */
const POST_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks;
const MAX_ZONE_CHOICES = 25;

const time = z
  .string()
  .refine((value) => normaliseTime(value) !== null, HINTS.badTime)
  .transform((value) => normaliseTime(value) ?? value);
const zone = z
  .string()
  .refine((value) => normaliseTimeZone(value) !== null, HINTS.badZone)
  .transform((value) => normaliseTimeZone(value) ?? value);

const options = z.discriminatedUnion('subcommand', [
  z.object({
    subcommand: z.literal('daily'),
    channel: z.string().regex(/^\d{17,20}$/, HINTS.pickChannel),
    time: time.optional(),
    zone: zone.optional(),
  }),
  z.object({ subcommand: z.literal('show') }),
  z.object({ subcommand: z.literal('daily-off') }),
]);

type Options = z.infer<typeof options>;

/** The settings replies' words, in the asker's language. */
type Words = Strings['settings'];

function notice(words: Words, message: string, locale: string | undefined): Reply {
  return noticeReply({ title: words.title, message, locale });
}

function settingsReply(words: Words, lines: string[], locale: string | undefined): Reply {
  return noticeReply({
    title: words.title,
    message: lines.join('\n'),
    color: COLORS.answer,
    locale,
  });
}

function mayManage(server: ServerPlace): boolean {
  const granted = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator;
  return (server.memberPermissions & granted) !== 0n;
}

const channelMention = (id: string): string => `<#${id}>`;

/** "09:00 UTC", "18:30 (Europe/Berlin)". */
function timeText(schedule: Pick<DailySchedule, 'time' | 'timeZone'>): string {
  return schedule.timeZone === UTC
    ? `${schedule.time} UTC`
    : `${schedule.time} (${schedule.timeZone})`;
}

/** A Discord timestamp: each reader sees it in their own zone, and how long until it. */
function when(at: Date): string {
  const seconds = Math.floor(at.getTime() / 1000);
  return `<t:${seconds}:F> (<t:${seconds}:R>)`;
}

function scheduleLines(
  schedule: DailySchedule,
  record: DailyRecord,
  now: Date,
  locale: string | undefined,
): string[] {
  const words = textOf(locale).settings;
  const day = (iso: string): string => formatDate(iso, locale);
  const next = nextPost(schedule, record, now);
  const lines = [
    words.dailyOn(channelMention(schedule.channelId), timeText(schedule)),
    words.next(
      next.at.getTime() <= now.getTime() ? words.now : when(next.at),
      formatMonthDay(monthDayOf(next.day), locale),
    ),
  ];
  if (record.lastPostedDay === null) lines.push(words.noPostYet);
  else if (record.messageId === null) lines.push(words.lastEmpty(day(record.lastPostedDay)));
  else if (record.postedAt !== null) {
    lines.push(words.lastPost(day(record.lastPostedDay), when(record.postedAt)));
  }
  const failure = record.lastFailure;
  if (failure !== null) {
    lines.push(words.failure(day(failure.day), escapeText(failure.reason), failure.willRetry));
  }
  return lines;
}

function show(
  settings: SettingsStore,
  server: ServerPlace,
  now: Date,
  locale: string | undefined,
): Reply {
  const words = textOf(locale).settings;
  const schedule = settings.guild(server.guildId).daily;
  if (schedule === null) return settingsReply(words, [words.dailyOff], locale);
  return settingsReply(
    words,
    scheduleLines(schedule, settings.dailyRecord(server.guildId), now, locale),
    locale,
  );
}

function setDaily(
  settings: SettingsStore,
  server: ServerPlace,
  options: Extract<Options, { subcommand: 'daily' }>,
  context: CommandContext,
): Reply {
  const { locale } = context;
  const words = textOf(locale).settings;
  const channel = context.resolvedChannels?.get(options.channel);
  if (channel === undefined) return notice(words, words.unknownChannel, locale);
  const mention = channelMention(channel.id);
  if (!POSTABLE_CHANNELS.includes(channel.type)) {
    return notice(words, words.notPostable(mention), locale);
  }
  // Discord tells the bot its permissions only in the channel the command was run in; elsewhere
  // a missing permission shows as a failed post in /settings show.
  if (
    channel.id === server.channelId &&
    (server.appPermissions & POST_PERMISSIONS) !== POST_PERMISSIONS
  ) {
    return notice(words, words.cannotPost(mention), locale);
  }
  const before = settings.guild(server.guildId).daily;
  const schedule = settings.setDaily(
    server.guildId,
    {
      channelId: channel.id,
      time: options.time ?? before?.time ?? DEFAULT_TIME,
      timeZone: options.zone ?? before?.timeZone ?? UTC,
    },
    context.now,
  );
  return settingsReply(
    words,
    [
      words.saved,
      ...scheduleLines(schedule, settings.dailyRecord(server.guildId), context.now, locale),
    ],
    locale,
  );
}

function stopDaily(
  settings: SettingsStore,
  server: ServerPlace,
  now: Date,
  locale: string | undefined,
): Reply {
  const words = textOf(locale).settings;
  const stopped = settings.stopDaily(server.guildId, now);
  return settingsReply(
    words,
    [stopped === null ? words.wasOff : words.turnedOff(channelMention(stopped.channelId))],
    locale,
  );
}

export default defineCommand({
  data: withLocalizations(
    serverCommand('settings', TEXT.description, PermissionFlagsBits.ManageGuild)
      .addSubcommand((subcommand) =>
        subcommand
          .setName('daily')
          .setDescription(DAILY.description)
          .addChannelOption((option) =>
            option
              .setName('channel')
              .setDescription(DAILY.options.channel.description)
              .setRequired(true)
              .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
          )
          .addStringOption((option) =>
            option
              .setName('time')
              .setDescription(DAILY.options.time.description)
              .setMinLength(4)
              .setMaxLength(5),
          )
          .addStringOption((option) =>
            option
              .setName('zone')
              .setDescription(DAILY.options.zone.description)
              .setAutocomplete(true)
              .setMaxLength(64),
          ),
      )
      .addSubcommand((subcommand) =>
        subcommand.setName('show').setDescription(TEXT.subcommands.show.description),
      )
      .addSubcommand((subcommand) =>
        subcommand.setName('daily-off').setDescription(TEXT.subcommands['daily-off'].description),
      ),
  ),
  options,
  execute: (options, context) => {
    const { server, settings, locale } = context;
    const words = textOf(locale).settings;
    if (server === undefined || settings === undefined) {
      return notice(words, words.needsServer, locale);
    }
    if (!mayManage(server)) return notice(words, words.needsManageServer, locale);
    switch (options.subcommand) {
      case 'show':
        return show(settings, server, context.now, locale);
      case 'daily-off':
        return stopDaily(settings, server, context.now, locale);
      case 'daily':
        return setDaily(settings, server, options, context);
    }
  },
  autocomplete: (focused) => {
    if (focused.name !== 'zone') return [];
    const typed = focused.value.trim().toLowerCase().replace(/\s+/g, '_');
    const zones = [UTC, ...Intl.supportedValuesOf('timeZone')];
    return zones
      .filter((name) => name.toLowerCase().includes(typed))
      .slice(0, MAX_ZONE_CHOICES)
      .map((name) => ({ name, value: name }));
  },
});
