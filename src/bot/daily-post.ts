/**
 * One daily post, as Discord receives it: the day's "on this day" list as an embed in the
 * server's channel (POST /channels/{id}/messages), no mentions, and a nonce Discord enforces so
 * the same day's post sent twice within minutes (a restart mid-post) is made once.
 */
import { createHash } from 'node:crypto';
import {
  DiscordAPIError,
  RESTJSONErrorCodes,
  Routes,
  type APIMessage,
  type REST,
  type RESTPostAPIChannelMessageJSONBody,
} from 'discord.js';
import type { Answerer } from '../answer/types.js';
import { monthDayOf, monthDayOption } from '../question/month-day.js';
import { formatCommandLine } from './command-line.js';
import type { DailyTarget, PostOutcome } from './daily-poster.js';
import { renderDailyPost } from './render/on-this-day.js';

/** How many of the day's events to rank; the post shows the first page of them. */
const EVENT_LIMIT = 25;
/** Discord's limit on a nonce's length. */
const NONCE_LENGTH = 25;

/** Errors that the same post would get again that day: no channel, no access, no permission. */
const LASTING_ERRORS: ReadonlySet<number | string> = new Set([
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.CannotSendMessagesInNonTextChannel,
  RESTJSONErrorCodes.CannotSendMessagesToThisUser,
]);

/** The same for the same server and day, different for any other: Discord's duplicate check. */
export function dailyNonce(target: Pick<DailyTarget, 'guildId' | 'day'>): string {
  return createHash('sha256')
    .update(`daily:${target.guildId}:${target.day}`)
    .digest('base64url')
    .slice(0, NONCE_LENGTH);
}

/**
 * The message body of a day's post, or null when the day has nothing to post. `locale` is the
 * server's language (its primary language, a Discord locale): the post is for all its readers.
 */
export function dailyPostBody(
  answerer: Answerer,
  target: DailyTarget,
  now: Date,
  locale?: string,
): RESTPostAPIChannelMessageJSONBody | null {
  const monthDay = monthDayOf(target.day);
  const result = answerer.onThisDay(monthDay, { limit: EVENT_LIMIT });
  const reply = renderDailyPost(result, {
    commandLine: formatCommandLine('onthisday', { date: monthDayOption(monthDay) }),
    now,
    locale,
  });
  if (reply === null) return null;
  return {
    embeds: reply.embeds,
    allowed_mentions: { parse: [] },
    nonce: dailyNonce(target),
    enforce_nonce: true,
  };
}

export function createDailySender(options: {
  rest: Pick<REST, 'post'>;
  /** The current answerer: the dataset may have been reloaded since start-up. */
  answerer: () => Answerer;
  now?: () => Date;
  /** A server's language (its primary language in Discord); English when unknown. */
  localeOf?: (guildId: string) => string | undefined;
}): (target: DailyTarget) => Promise<PostOutcome> {
  const now = options.now ?? (() => new Date());
  return async (target) => {
    const locale = options.localeOf?.(target.guildId);
    const body = dailyPostBody(options.answerer(), target, now(), locale);
    if (body === null) return { ok: true, messageId: null };
    try {
      const message = (await options.rest.post(Routes.channelMessages(target.channelId), {
        body,
      })) as APIMessage;
      return { ok: true, messageId: message.id };
    } catch (error) {
      if (error instanceof DiscordAPIError) {
        return {
          ok: false,
          reason: `${error.message} (Discord error ${String(error.code)}, HTTP ${error.status})`,
          retry: !LASTING_ERRORS.has(error.code),
        };
      }
      return {
        ok: false,
        reason: error instanceof Error ? error.message : String(error),
        retry: true,
      };
    }
  };
}
