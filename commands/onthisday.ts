/** `/onthisday [date]`: what happened on a day of the year, in every year the dataset covers. */
import { z } from 'zod';
import type { MonthDay } from '../src/answer/types.js';
import {
  defineCommand,
  privateOption,
  slashCommand,
  textOption,
  type CommandContext,
  type Reply,
} from '../src/bot/command.js';
import { formatCommandLine } from '../src/bot/command-line.js';
import { withLocalizations } from '../src/bot/i18n/commands.js';
import { en } from '../src/bot/i18n/en.js';
import { textOf } from '../src/bot/i18n/index.js';
import { formatMonthName } from '../src/bot/render/dates.js';
import { renderOnThisDay } from '../src/bot/render/on-this-day.js';
import { noticeReply } from '../src/bot/render/reply.js';
import { escapeText } from '../src/bot/render/text.js';
import { monthDayOption, parseMonthDay, type MonthDayReading } from '../src/question/month-day.js';
import { localDay } from '../src/settings/schedule.js';

const TEXT = en.commands.onthisday;

const DATE_MAX = 50;
/** Five pages of five. */
const EVENT_LIMIT = 25;
const UTC = 'UTC';

const options = z.object({
  date: textOption(DATE_MAX, en.options.hints.writeDay).optional(),
});

/** Why a day could not be read, in the asker's language, with how to write one. */
function readingProblem(
  reading: Extract<MonthDayReading, { ok: false }>,
  written: string,
  locale: string | undefined,
): string {
  const text = textOf(locale).onThisDay;
  const { detail } = reading;
  switch (reading.problem) {
    case 'ambiguous':
      return `${text.ambiguous(written)} ${text.howToWrite}`;
    case 'unreadable':
      return `${text.unreadable(written)} ${text.howToWrite}`;
    case 'impossible':
      if (detail?.kind === 'month-length') {
        const month = formatMonthName(detail.month, locale);
        return text.monthLength(written, month, detail.days, detail.month === 2);
      }
      if (detail?.kind === 'not-leap-year') return text.notLeapYear(written, detail.year);
      return `${text.noMonth(written, detail?.month ?? 0)} ${text.howToWrite}`;
  }
}

/**
 * "Today" where the asker is, as far as the bot can tell: the time zone the server set for its
 * daily posts, else UTC (Discord does not say a user's zone).
 */
function zoneOf(context: CommandContext): string {
  const guildId = context.server?.guildId;
  if (guildId === undefined || context.settings === undefined) return UTC;
  return context.settings.guild(guildId).daily?.timeZone ?? UTC;
}

function onThisDay(date: string | undefined, context: CommandContext): Reply {
  const zone = zoneOf(context);
  const reading = parseMonthDay(date ?? 'today', localDay(context.now, zone));
  if (!reading.ok) {
    const text = textOf(context.locale).onThisDay;
    return noticeReply({
      title: reading.problem === 'impossible' ? text.impossibleTitle : text.unreadableTitle,
      message: escapeText(readingProblem(reading, (date ?? 'today').trim(), context.locale)),
      commandLine: formatCommandLine('onthisday', { date }),
      locale: context.locale,
    });
  }
  const monthDay: MonthDay = reading.monthDay;
  const result = context.answerer.onThisDay(monthDay, { limit: EVENT_LIMIT });
  return renderOnThisDay(result, {
    ...context,
    // The day itself, not "today": page buttons pressed after midnight keep the same list.
    commandLine: formatCommandLine('onthisday', { date: monthDayOption(monthDay) }),
    ...(date === undefined ? { todayIn: zone } : {}),
  });
}

export default defineCommand({
  data: withLocalizations(
    slashCommand('onthisday', TEXT.description)
      .addStringOption((option) =>
        option.setName('date').setDescription(TEXT.options.date.description).setMaxLength(DATE_MAX),
      )
      .addBooleanOption(privateOption),
  ),
  options,
  execute: ({ date }, context) => onThisDay(date, context),
});
