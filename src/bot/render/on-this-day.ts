/**
 * "On this day" as a reply (`/onthisday`) and as the daily post in a server's channel: the day's
 * events across the years, the most important first, each headed by its full date, with how many
 * there are in all and in which years.
 */
import type { OnThisDayResult } from '../../answer/types.js';
import { formatMonthDay } from '../../question/month-day.js';
import type { Reply } from '../command.js';
import { answerField } from './answers.js';
import { capitalise, countNoun, shownOfTotal } from './counts.js';
import { PAGE_SIZE } from './pagination.js';
import { listReply, noticeReply, type ReplyContext } from './reply.js';

export const ON_THIS_DAY_TEXT = {
  title: (day: string) => `On this day: ${day}`,
  nothing: (day: string) => `Nothing in the dataset happened on ${day}, in any year it covers.`,
  /** "First 25 of 40 events on 2 March, in 6 years (2017–2022), the most important first." */
  summary: (shown: string, day: string, years: string) =>
    `${shown} on ${day}, in ${years}, the most important first.`,
  event: { one: 'event', many: 'events' },
  report: { one: 'dated report', many: 'dated reports' },
  /** "1 event and 2 dated reports": reports are what articles say happened on that day. */
  withReports: (events: string, reports: string) => `${events} and ${reports}`,
  year: { one: 'year', many: 'years' },
  /** "2017 (4) · 2018 (1)". */
  byYear: (list: string) => `**By year:** ${list}`,
  today: (zone: string) => `Today (${zone}).`,
  seeAll: (commandLine: string) => `All of them: \`${commandLine}\``,
  tryOther: 'Try another day, e.g. /onthisday date:March 2',
} as const;

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
): string {
  const day = formatMonthDay(result.monthDay);
  const events = shown.filter((answer) => answer.kind === 'event').length;
  const reports = shown.length - events;
  const first = result.years[0]?.year;
  const last = result.years.at(-1)?.year;
  const span =
    first === undefined || last === undefined || first === last
      ? String(first ?? '')
      : `${first}–${last}`;
  const years = `${countNoun(result.years.length, ON_THIS_DAY_TEXT.year)} (${span})`;
  const counted =
    reports > 0 && events === result.total
      ? ON_THIS_DAY_TEXT.withReports(
          countNoun(events, ON_THIS_DAY_TEXT.event),
          countNoun(reports, ON_THIS_DAY_TEXT.report),
        )
      : shownOfTotal(events, result.total, ON_THIS_DAY_TEXT.event);
  const lines = [capitalise(ON_THIS_DAY_TEXT.summary(counted, day, years))];
  if (result.years.length > 1 && result.years.length <= YEARS_LISTED) {
    lines.push(
      ON_THIS_DAY_TEXT.byYear(
        result.years.map((entry) => `${entry.year} (${entry.events})`).join(' · '),
      ),
    );
  }
  if (todayIn !== undefined) lines.unshift(ON_THIS_DAY_TEXT.today(todayIn));
  return lines.join('\n');
}

/** `/onthisday`: the whole list, in pages. */
export function renderOnThisDay(result: OnThisDayResult, context: OnThisDayContext): Reply {
  const day = formatMonthDay(result.monthDay);
  if (result.answers.length === 0) {
    return noticeReply({
      title: ON_THIS_DAY_TEXT.title(day),
      message:
        context.todayIn === undefined
          ? ON_THIS_DAY_TEXT.nothing(day)
          : `${ON_THIS_DAY_TEXT.today(context.todayIn)} ${ON_THIS_DAY_TEXT.nothing(day)}`,
      suggestions: [...result.suggestions, ON_THIS_DAY_TEXT.tryOther],
      commandLine: context.commandLine,
    });
  }
  return listReply(
    {
      title: ON_THIS_DAY_TEXT.title(day),
      description: description(result, result.answers, context.todayIn),
      entries: result.answers.map((answer, i) => answerField(answer, `${i + 1}.`)),
      commandLine: context.commandLine,
    },
    context,
  );
}

/**
 * The daily post: the first page only (a channel message has no one to turn its pages for), with
 * the command that shows the rest. Null when the day has nothing to post.
 */
export function renderDailyPost(
  result: OnThisDayResult,
  context: { commandLine: string; now: Date },
): Reply | null {
  if (result.answers.length === 0) return null;
  const firstPage = result.answers.slice(0, PAGE_SIZE);
  const more =
    result.answers.length > firstPage.length || result.total > firstPage.length
      ? `\n${ON_THIS_DAY_TEXT.seeAll(context.commandLine)}`
      : '';
  return listReply(
    {
      title: ON_THIS_DAY_TEXT.title(formatMonthDay(result.monthDay)),
      description: `${description(result, firstPage, undefined)}${more}`,
      entries: firstPage.map((answer, i) => answerField(answer, `${i + 1}.`)),
      commandLine: context.commandLine,
    },
    { userId: 'daily', page: 0, now: context.now },
  );
}
