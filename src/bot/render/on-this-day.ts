/**
 * "On this day" as a reply (`/onthisday`) and as the daily post in a server's channel: the day's
 * events across the years, the most important first, each headed by its full date, with how many
 * there are in all and in which years. Written in the asker's language (the daily post: the
 * server's).
 */
import type { OnThisDayResult } from '../../answer/types.js';
import type { Reply } from '../command.js';
import { monthDayOption } from '../../question/month-day.js';
import { commandUsage } from '../i18n/commands.js';
import { textOf } from '../i18n/index.js';
import { answerField, suggestionsText } from './answers.js';
import { capitalise } from '../../language/letter-case.js';
import { countNoun, shownOfTotal } from './counts.js';
import { formatMonthDay } from './dates.js';
import { PAGE_SIZE } from './pagination.js';
import { listReply, noticeReply, type ReplyContext } from './reply.js';

/** At most this many years are listed one by one; more are summed up as a span. */
const YEARS_LISTED = 12;

export interface OnThisDayContext extends ReplyContext {
  /** The command line that produced it, for the footer and the page buttons. */
  commandLine: string;
  /** Set when the day was "today" by default: the zone that day was counted in. */
  todayIn?: string;
}

/** What the list shows of the day, with `shown` the answers it shows (all of them in a reply). */
function description(
  result: OnThisDayResult,
  shown: OnThisDayResult['answers'],
  todayIn: string | undefined,
  locale: string | undefined,
): string {
  const { onThisDay: text, nouns } = textOf(locale);
  const day = formatMonthDay(result.monthDay, locale);
  const events = shown.filter((answer) => answer.kind === 'event').length;
  const reports = shown.length - events;
  const first = result.years[0]?.year;
  const last = result.years.at(-1)?.year;
  const span =
    first === undefined || last === undefined || first === last
      ? String(first ?? '')
      : `${first}–${last}`;
  const years = `${countNoun(result.years.length, nouns.year, locale)} (${span})`;
  const counted =
    reports > 0 && events === result.total
      ? text.withReports(
          countNoun(events, nouns.event, locale),
          countNoun(reports, nouns.report, locale),
        )
      : shownOfTotal(events, result.total, nouns.event, 'first', locale);
  const lines = [text.summary(capitalise(counted), day, years)];
  if (result.years.length > 1 && result.years.length <= YEARS_LISTED) {
    lines.push(
      text.byYear(result.years.map((entry) => `${entry.year} (${entry.events})`).join(' · ')),
    );
  }
  if (todayIn !== undefined) lines.unshift(text.today(todayIn));
  return lines.join('\n');
}

/** `/onthisday`: the whole list, in pages. */
export function renderOnThisDay(result: OnThisDayResult, context: OnThisDayContext): Reply {
  const { locale } = context;
  const text = textOf(locale).onThisDay;
  const day = formatMonthDay(result.monthDay, locale);
  if (result.answers.length === 0) {
    return noticeReply({
      title: text.title(day),
      message:
        context.todayIn === undefined
          ? text.nothing(day)
          : `${text.today(context.todayIn)} ${text.nothing(day)}`,
      suggestions: [...suggestionsText(result.suggestions, locale), text.tryOther],
      commandLine: context.commandLine,
      locale,
    });
  }
  return listReply(
    {
      title: text.title(day),
      description: description(result, result.answers, context.todayIn, locale),
      entries: result.answers.map((answer, i) => answerField(answer, `${i + 1}.`, locale)),
      commandLine: context.commandLine,
    },
    context,
  );
}

/**
 * The daily post: the first page only (a channel message has no one to turn its pages for), with
 * the command that shows the rest, in the server's language (`locale`).
 * Null when the day has nothing to post.
 */
export function renderDailyPost(
  result: OnThisDayResult,
  context: { commandLine: string; now: Date; locale?: string | undefined },
): Reply | null {
  if (result.answers.length === 0) return null;
  const { locale } = context;
  const text = textOf(locale).onThisDay;
  const firstPage = result.answers.slice(0, PAGE_SIZE);
  // The command as the readers' Discord lists it, in their language.
  const shownLine = commandUsage('onthisday', { date: monthDayOption(result.monthDay) }, locale);
  const more =
    result.answers.length > firstPage.length || result.total > firstPage.length
      ? `\n${text.seeAll(shownLine)}`
      : '';
  return listReply(
    {
      title: text.title(formatMonthDay(result.monthDay, locale)),
      description: `${description(result, firstPage, undefined, locale)}${more}`,
      entries: firstPage.map((answer, i) => answerField(answer, `${i + 1}.`, locale)),
      commandLine: context.commandLine,
    },
    { userId: 'daily', page: 0, now: context.now, locale },
  );
}
