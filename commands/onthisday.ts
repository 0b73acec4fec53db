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
import { renderOnThisDay } from '../src/bot/render/on-this-day.js';
import { noticeReply } from '../src/bot/render/reply.js';
import { escapeText } from '../src/bot/render/text.js';
import { monthDayOption, parseMonthDay } from '../src/question/month-day.js';
import { localDay } from '../src/settings/schedule.js';

const TEXT = {
  description: 'What happened on a day of the year, in every year',
  dateOption: 'A day, e.g. "March 2", "2 March" or "03-02" (default: today)',
  titles: { impossible: 'Not a day of the year', unreadable: 'Day not understood' },
} as const;

const DATE_MAX = 50;
/** Five pages of five. */
const EVENT_LIMIT = 25;
const UTC = 'UTC';

const options = z.object({
  date: textOption(DATE_MAX, 'write a day, e.g. "March 2"').optional(),
});

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
    return noticeReply({
      title: reading.problem === 'impossible' ? TEXT.titles.impossible : TEXT.titles.unreadable,
      message: escapeText(reading.message),
      commandLine: formatCommandLine('onthisday', { date }),
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
  data: slashCommand('onthisday', TEXT.description)
    .addStringOption((option) =>
      option.setName('date').setDescription(TEXT.dateOption).setMaxLength(DATE_MAX),
    )
    .addBooleanOption(privateOption),
  options,
  execute: ({ date }, context) => onThisDay(date, context),
});
