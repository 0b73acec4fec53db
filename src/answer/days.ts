/**
 * What happened in a range of days: a day's list by importance (rank/day-weight.ts), the facts the
 * articles date in it, and the oldest-first timeline of events and quotes.
 */
import { parseDateRange } from '../question/dates.js';
import { sanitizeQuestion } from '../question/sanitize.js';
import { dayNumber, lastDayNumber } from '../search/days.js';
import { at, type AnswerContext } from './context.js';
import { coverageHint, noDateHints } from './no-match.js';
import { dayWeight } from './rank/day-weight.js';
import { eventAnswer, factAnswer, quoteAnswer, reportedText, truncate } from './render.js';
import type { Answer, DateAnswer, DayRange, TimelineOptions, TimelineResult } from './types.js';

/**
 * The words of a question without the date that bounds its answer ("in July 2017"): reports
 * rarely repeat it, and a text that mentions the month for another reason is no better a match.
 */
export function withoutRangeWords(text: string, range: DayRange | null): string {
  if (range === null) return text;
  return text.replace(range.text, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Whether a date (YYYY, YYYY-MM or YYYY-MM-DD) falls in a range: a month or a year counts when it
 * starts no later than the range ends and is not over before it begins.
 */
export function dateWithin(date: string | null, range: DayRange): boolean {
  return (
    date !== null &&
    date.slice(0, 10) >= range.from.slice(0, date.length) &&
    date.slice(0, 10) <= range.to
  );
}

/**
 * Events in a range, the one that matters most first (see rank/day-weight.ts), then oldest, then
 * the range's dated facts. With `people` (ids), only the events that name one of them.
 */
export function eventsIn(
  ctx: AnswerContext,
  range: DayRange,
  limit: number,
  people: readonly string[] = [],
): Answer[] {
  const { dataset } = ctx;
  const positions = ctx.index.eventsBetween(dayNumber(range.from), lastDayNumber(range.to));
  const scored: { position: number; weight: number }[] = [];
  for (const position of positions) {
    const event = dataset.events[position];
    if (event === undefined) continue;
    if (people.length > 0 && !people.some((id) => event.personIds.includes(id))) continue;
    const weight = dayWeight({
      sources: event.sourceIds.length,
      peopleEvents: event.personIds.map((id) => {
        const person = ctx.personById.get(id);
        return person === undefined ? 0 : (dataset.people[person]?.eventIds.length ?? 0);
      }),
      reportLength: reportedText(event, ctx.lookup).length,
    });
    if (scored.length === limit && weight <= (scored[limit - 1]?.weight ?? 0)) continue;
    let slot = scored.length;
    while (slot > 0 && (scored[slot - 1]?.weight ?? 0) < weight) slot--;
    scored.splice(slot, 0, { position, weight });
    if (scored.length > limit) scored.pop();
  }
  const events = scored.map(({ position, weight }) =>
    eventAnswer(at(dataset.events, position), ctx.lookup, weight),
  );
  return [...events, ...factsIn(ctx, range, limit - events.length)];
}

/**
 * Dated facts in a range, after its events: an event's article often says what happened on
 * other days ("his confirmation hearing in January"), and a range without events of its own
 * is still answered from them.
 */
function factsIn(ctx: AnswerContext, range: DayRange, limit: number): Answer[] {
  if (limit <= 0) return [];
  const facts = ctx.index.factsWithin(dayNumber(range.from), lastDayNumber(range.to));
  return facts
    .slice(0, limit)
    .map((position) => factAnswer(at(ctx.dataset.facts, position), ctx.lookup, 0));
}

/** `limit` is already clamped by the facade. */
export function eventsOn(ctx: AnswerContext, when: string, limit: number): DateAnswer {
  const range = parseDateRange(sanitizeQuestion(when), ctx.referenceDate(), ctx.dateSpan());
  if (range === null) {
    return { range: null, answers: [], total: 0, suggestions: noDateHints(ctx) };
  }
  const answers = eventsIn(ctx, range, limit);
  const total = ctx.index.eventsBetween(dayNumber(range.from), lastDayNumber(range.to)).length;
  return {
    range,
    answers,
    total,
    suggestions: answers.length > 0 ? [] : [coverageHint(ctx)],
  };
}

export function timeline(ctx: AnswerContext, options: TimelineOptions): TimelineResult {
  const { dataset, lookup } = ctx;
  const limit = Math.min(Math.max(1, options.limit ?? 25), 500);
  const reference = ctx.referenceDate();
  const from =
    options.from === undefined || options.from.trim() === ''
      ? null
      : parseDateRange(options.from, reference, ctx.dateSpan());
  const to =
    options.to === undefined || options.to.trim() === ''
      ? null
      : parseDateRange(options.to, reference, ctx.dateSpan());
  if (options.from !== undefined && options.from.trim() !== '' && from === null) {
    return {
      entries: [],
      total: 0,
      error: { kind: 'unreadable-date', bound: 'from', written: truncate(options.from, 40) },
    };
  }
  if (options.to !== undefined && options.to.trim() !== '' && to === null) {
    return {
      entries: [],
      total: 0,
      error: { kind: 'unreadable-date', bound: 'to', written: truncate(options.to, 40) },
    };
  }
  const low = from === null ? Number.NEGATIVE_INFINITY : dayNumber(from.from);
  const high = to === null ? Number.POSITIVE_INFINITY : lastDayNumber(to.to);
  const inRange = (date: string): boolean => lastDayNumber(date) >= low && dayNumber(date) <= high;

  const entries: Answer[] = [];
  // Counted in full even where only the first `limit` are built, so the reply can say so.
  let total = 0;
  let quotePositions: Iterable<number>;
  if (options.personId === undefined) {
    const positions = ctx.index.eventsBetween(Math.max(low, -1e9), Math.min(high, 1e9));
    total += positions.length;
    for (const position of positions) {
      entries.push(eventAnswer(at(dataset.events, position), lookup, 1));
      if (entries.length === limit) break;
    }
    quotePositions = dataset.quotes.keys();
  } else {
    const person = ctx.personById.get(options.personId);
    if (person === undefined)
      return {
        entries: [],
        total: 0,
        error: { kind: 'unknown-person', personId: truncate(options.personId, 40) },
      };
    for (const id of dataset.people[person]?.eventIds ?? []) {
      const event = lookup.eventById.get(id);
      if (event !== undefined && inRange(event.date)) {
        entries.push(eventAnswer(event, lookup, 1));
        total += 1;
      }
    }
    quotePositions = ctx.quotesBySpeaker.get(person) ?? [];
  }
  for (const i of quotePositions) {
    const quote = dataset.quotes[i];
    if (quote !== undefined && inRange(quote.when.date)) {
      entries.push(quoteAnswer(quote, lookup, 1));
      total += 1;
    }
  }
  entries.sort(
    (a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.kind.localeCompare(b.kind),
  );
  return { entries: entries.slice(0, limit), total };
}
