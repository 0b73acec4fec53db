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
import { formatDate } from '../src/bot/render/dates.js';
import { COLORS, noticeReply } from '../src/bot/render/reply.js';
import { escapeText } from '../src/bot/render/text.js';
import { formatMonthDay, monthDayOf } from '../src/question/month-day.js';
import {
  nextPost,
  normaliseTime,
  normaliseTimeZone,
  type DailySchedule,
} from '../src/settings/schedule.js';
import type { DailyRecord, SettingsStore } from '../src/settings/store.js';

const TEXT = {
  description: 'Server settings: a daily "on this day" post (Manage Server)',
  daily: 'Post what happened on this day, every day, in a channel',
  channel: 'The text or announcement channel to post in',
  time: 'When, as HH:MM on a 24-hour clock (default 09:00, in the zone below)',
  zone: 'Time zone of that time, e.g. Europe/Berlin (default UTC)',
  show: "Show this server's settings",
  dailyOffDescription: 'Stop the daily post',
  badTime: 'write a time as HH:MM on a 24-hour clock, e.g. 09:00 or 18:30',
  badZone: 'write a time zone name such as UTC, Europe/Berlin or America/New_York',
  title: 'Server settings',
  needsServer:
    'Server settings belong to a Discord server: run /settings in a server where you have the Manage Server permission.',
  needsManageServer:
    'Only members with the **Manage Server** permission can change or see these settings.',
  unknownChannel: 'Discord did not send me that channel. Pick it from the list of channels.',
  notPostable: (channel: string) =>
    `${channel} is not a text or announcement channel. Pick one people read messages in.`,
  cannotPost: (channel: string) =>
    `I can't post in ${channel}: I need the **View Channel**, **Send Messages** and **Embed Links** permissions there.`,
  dailyOn: (channel: string, time: string) =>
    `**Daily post:** on, in ${channel} every day at ${time}.`,
  dailyOff: 'Daily post: off. Turn it on with `/settings daily channel:#channel [time]`.',
  turnedOff: (channel: string) => `The daily post in ${channel} is off now.`,
  wasOff: 'The daily post was already off.',
  next: (when: string, day: string) => `**Next post:** ${when}, with what happened on ${day}.`,
  lastPost: (day: string, when: string) => `**Last post:** ${day}'s list, ${when}.`,
  lastEmpty: (day: string) =>
    `**Last post:** none for ${day}: nothing in the dataset happened on that day.`,
  noPostYet: '**Last post:** none yet.',
  failure: (day: string, reason: string, retry: boolean) =>
    `**Problem:** the post for ${day} failed: ${reason}. ${
      retry
        ? 'It will be tried again.'
        : 'Check that I can see the channel and send messages and embeds there, then run /settings daily again.'
    }`,
  saved: 'Saved.',
} as const;

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
  .refine((value) => normaliseTime(value) !== null, TEXT.badTime)
  .transform((value) => normaliseTime(value) ?? value);
const zone = z
  .string()
  .refine((value) => normaliseTimeZone(value) !== null, TEXT.badZone)
  .transform((value) => normaliseTimeZone(value) ?? value);

const options = z.discriminatedUnion('subcommand', [
  z.object({
    subcommand: z.literal('daily'),
    channel: z.string().regex(/^\d{17,20}$/, 'pick a channel from the list'),
    time: time.optional(),
    zone: zone.optional(),
  }),
  z.object({ subcommand: z.literal('show') }),
  z.object({ subcommand: z.literal('daily-off') }),
]);

type Options = z.infer<typeof options>;

function notice(message: string): Reply {
  return noticeReply({ title: TEXT.title, message });
}

function settingsReply(lines: string[]): Reply {
  return noticeReply({ title: TEXT.title, message: lines.join('\n'), color: COLORS.answer });
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

function dayText(day: string): string {
  return formatMonthDay(monthDayOf(day));
}

function scheduleLines(schedule: DailySchedule, record: DailyRecord, now: Date): string[] {
  const next = nextPost(schedule, record, now);
  const lines = [
    TEXT.dailyOn(channelMention(schedule.channelId), timeText(schedule)),
    TEXT.next(next.at.getTime() <= now.getTime() ? 'now' : when(next.at), dayText(next.day)),
  ];
  if (record.lastPostedDay === null) lines.push(TEXT.noPostYet);
  else if (record.messageId === null) lines.push(TEXT.lastEmpty(formatDate(record.lastPostedDay)));
  else if (record.postedAt !== null) {
    lines.push(TEXT.lastPost(formatDate(record.lastPostedDay), when(record.postedAt)));
  }
  const failure = record.lastFailure;
  if (failure !== null) {
    lines.push(
      TEXT.failure(formatDate(failure.day), escapeText(failure.reason), failure.willRetry),
    );
  }
  return lines;
}

function show(settings: SettingsStore, server: ServerPlace, now: Date): Reply {
  const schedule = settings.guild(server.guildId).daily;
  if (schedule === null) return settingsReply([TEXT.dailyOff]);
  return settingsReply(scheduleLines(schedule, settings.dailyRecord(server.guildId), now));
}

function setDaily(
  settings: SettingsStore,
  server: ServerPlace,
  options: Extract<Options, { subcommand: 'daily' }>,
  context: CommandContext,
): Reply {
  const channel = context.resolvedChannels?.get(options.channel);
  if (channel === undefined) return notice(TEXT.unknownChannel);
  const mention = channelMention(channel.id);
  if (!POSTABLE_CHANNELS.includes(channel.type)) return notice(TEXT.notPostable(mention));
  // Discord tells the bot its permissions only in the channel the command was run in; elsewhere
  // a missing permission shows as a failed post in /settings show.
  if (
    channel.id === server.channelId &&
    (server.appPermissions & POST_PERMISSIONS) !== POST_PERMISSIONS
  ) {
    return notice(TEXT.cannotPost(mention));
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
  return settingsReply([
    TEXT.saved,
    ...scheduleLines(schedule, settings.dailyRecord(server.guildId), context.now),
  ]);
}

function stopDaily(settings: SettingsStore, server: ServerPlace, now: Date): Reply {
  const stopped = settings.stopDaily(server.guildId, now);
  return settingsReply([
    stopped === null ? TEXT.wasOff : TEXT.turnedOff(channelMention(stopped.channelId)),
  ]);
}

export default defineCommand({
  data: serverCommand('settings', TEXT.description, PermissionFlagsBits.ManageGuild)
    .addSubcommand((subcommand) =>
      subcommand
        .setName('daily')
        .setDescription(TEXT.daily)
        .addChannelOption((option) =>
          option
            .setName('channel')
            .setDescription(TEXT.channel)
            .setRequired(true)
            .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
        )
        .addStringOption((option) =>
          option.setName('time').setDescription(TEXT.time).setMinLength(4).setMaxLength(5),
        )
        .addStringOption((option) =>
          option.setName('zone').setDescription(TEXT.zone).setAutocomplete(true).setMaxLength(64),
        ),
    )
    .addSubcommand((subcommand) => subcommand.setName('show').setDescription(TEXT.show))
    .addSubcommand((subcommand) =>
      subcommand.setName('daily-off').setDescription(TEXT.dailyOffDescription),
    ),
  options,
  execute: (options, context) => {
    const { server, settings } = context;
    if (server === undefined || settings === undefined) return notice(TEXT.needsServer);
    if (!mayManage(server)) return notice(TEXT.needsManageServer);
    switch (options.subcommand) {
      case 'show':
        return show(settings, server, context.now);
      case 'daily-off':
        return stopDaily(settings, server, context.now);
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
