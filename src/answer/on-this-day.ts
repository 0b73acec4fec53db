/**
 * "On this day": what happened on one day of the year in every year the dataset covers, the
 * events that matter most first, by the same weight a single day's list uses (rank/day-weight.ts),
 * so a year's big day outranks another year's small one.
 */
import { monthDayKey, yearHasDay, type MonthDay } from '../question/month-day.js';
import { dayNumber } from '../search/days.js';
import type { AnswerContext } from './context.js';
import { eventsIn } from './days.js';
import { coverageHint } from './no-match.js';
import type { Answer, OnThisDayResult } from './types.js';

export function onThisDay(ctx: AnswerContext, monthDay: MonthDay, limit: number): OnThisDayResult {
  const span = ctx.dateSpan();
  const result: OnThisDayResult = { monthDay, answers: [], total: 0, years: [], suggestions: [] };
  if (span === null) return { ...result, suggestions: [coverageHint(ctx)] };
  const key = monthDayKey(monthDay);
  const events: Answer[] = [];
  const reports: Answer[] = [];
  const firstYear = Number(span.first.slice(0, 4));
  const lastYear = Number(span.last.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year++) {
    if (!yearHasDay(year, monthDay)) continue;
    const day = `${year}-${key}`;
    const count = ctx.index.eventsBetween(dayNumber(day), dayNumber(day)).length;
    // Each year's best `limit` are enough to find the best `limit` of all years.
    for (const answer of eventsIn(ctx, { from: day, to: day, text: day }, limit)) {
      (answer.kind === 'event' ? events : reports).push(answer);
    }
    if (count > 0) result.years.push({ year, events: count });
    result.total += count;
  }
  // Most important first; among equals the latest year, which readers remember best.
  events.sort((a, b) => b.score - a.score || (b.date ?? '').localeCompare(a.date ?? ''));
  // Dated reports (facts) have no weight of their own: they fill the list after the events.
  reports.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  result.answers = [...events, ...reports].slice(0, limit);
  if (result.answers.length === 0) result.suggestions = [coverageHint(ctx)];
  return result;
}
