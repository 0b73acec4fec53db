/**
 * How many events happened when, for the timeline picture: the events of a range (or of one
 * person) counted per day, week, month or year, the busiest period, and a few key events chosen by
 * the importance a day's list uses (rank/day-weight.ts). Plain data: drawing is an adapter's job.
 */
import { parseDateRange } from '../question/dates.js';
import type { DayRange } from '../question/types.js';
import { dayNumber, lastDayNumber } from '../search/days.js';
import { at, type AnswerContext } from './context.js';
import { dayWeight } from './rank/day-weight.js';
import { reportedText, truncate } from './render.js';

export type ActivityStep = 'day' | 'week' | 'month' | 'year';

export interface ActivityPeriod {
  /** The period's first day, YYYY-MM-DD. */
  start: string;
  /** The day after its last, YYYY-MM-DD, so that periods meet. */
  end: string;
  events: number;
}

export interface KeyEvent {
  eventId: string;
  /** YYYY-MM-DD. */
  date: string;
  title: string;
  /** Its weight in a day's list (rank/day-weight.ts): higher matters more. */
  weight: number;
}

export interface Activity {
  step: ActivityStep;
  /** The first and last day counted, YYYY-MM-DD; null when there are no events. */
  first: string | null;
  last: string | null;
  /** Every period from the range's first day to its last, empty ones included, oldest first. */
  periods: ActivityPeriod[];
  /** How many events the range holds. */
  total: number;
  /** The period with the most events (the earliest of equals); null when there are none. */
  busiest: ActivityPeriod | null;
  /** The most important events, oldest first, never two in the same twentieth of the range. */
  keyEvents: KeyEvent[];
  /** Set when `from` or `to` could not be read as a date, or the person is unknown. */
  error?: string;
}

export interface ActivityOptions {
  /** Only the events that name this person. */
  personId?: string;
  /** Free-text dates, as for the timeline: the start of `from`, the end of `to`. */
  from?: string;
  to?: string;
  /** How many key events to pick (default 5, at most 10). */
  keyEvents?: number;
}

const DEFAULT_KEY_EVENTS = 5;
const MAX_KEY_EVENTS = 10;
/**
 * Key events lie at least this fraction of the range apart: the marks drawn for them then never
 * cover each other, and the picture names what mattered across the range, not one busy week.
 */
const KEY_EVENT_SPACING = 1 / 20;

/** Ranges up to this many days are counted per day, then per week, month, year. */
const STEP_LIMITS: readonly [ActivityStep, number][] = [
  ['day', 62],
  ['week', 400],
  ['month', 25 * 366],
];

const DAY_MS = 86_400_000;

export function activity(ctx: AnswerContext, options: ActivityOptions): Activity {
  const empty = (error?: string): Activity => ({
    step: 'day',
    first: null,
    last: null,
    periods: [],
    total: 0,
    busiest: null,
    keyEvents: [],
    ...(error === undefined ? {} : { error }),
  });
  const bounds = readBounds(ctx, options);
  if ('error' in bounds) return empty(bounds.error);
  const positions = selectEvents(ctx, options.personId, bounds);
  if (positions === null) {
    return empty(`unknown person id "${truncate(options.personId ?? '', 40)}"`);
  }
  if (positions.length === 0) return empty();

  // Oldest first, so the first and last days are the ends of the list.
  const days = positions.map((position) => dayNumber(at(ctx.dataset.events, position).date));
  const span = ctx.dateSpan();
  // A bound the user gave is kept (an empty month still shows as empty), within the dataset's days.
  const first = Math.max(
    bounds.low ?? days[0] ?? 0,
    span === null ? Number.NEGATIVE_INFINITY : dayNumber(span.first),
  );
  const last = Math.min(
    bounds.high ?? days[days.length - 1] ?? 0,
    span === null ? Number.POSITIVE_INFINITY : dayNumber(span.last),
  );
  const step = stepFor(last - first + 1);
  const periods = periodsBetween(first, last, step);
  // Both lists run oldest first: one walk counts every event into its period.
  const ends = periods.map((period) => dayNumber(period.end));
  let current = 0;
  for (const day of days) {
    while (current < ends.length && day >= (ends[current] ?? 0)) current += 1;
    const period = periods[current];
    if (period !== undefined) period.events += 1;
  }
  let busiest: ActivityPeriod | null = null;
  for (const period of periods) if (period.events > (busiest?.events ?? 0)) busiest = period;

  const wanted = Math.min(
    Math.max(0, Math.floor(options.keyEvents ?? DEFAULT_KEY_EVENTS)),
    MAX_KEY_EVENTS,
  );
  return {
    step,
    first: dayString(first),
    last: dayString(last),
    periods,
    total: positions.length,
    busiest,
    keyEvents: pickKeyEvents(ctx, positions, wanted, (last - first + 1) * KEY_EVENT_SPACING),
  };
}

interface Bounds {
  /** Day numbers; null where the user set no bound. */
  low: number | null;
  high: number | null;
}

/** The same reading of `from` and `to` as the timeline's, with the same messages. */
function readBounds(ctx: AnswerContext, options: ActivityOptions): Bounds | { error: string } {
  const reference = ctx.referenceDate();
  const read = (text: string | undefined): DayRange | null | undefined => {
    if (text === undefined || text.trim() === '') return null;
    return parseDateRange(text, reference, ctx.dateSpan()) ?? undefined;
  };
  const unreadable = (which: string, text: string) => ({
    error: `could not understand the "${which}" date "${truncate(text, 40)}"`,
  });
  const from = read(options.from);
  if (from === undefined) return unreadable('from', options.from ?? '');
  const to = read(options.to);
  if (to === undefined) return unreadable('to', options.to ?? '');
  return {
    low: from === null ? null : dayNumber(from.from),
    high: to === null ? null : lastDayNumber(to.to),
  };
}

/** Positions of the events in the bounds, oldest first; null for an unknown person. */
function selectEvents(
  ctx: AnswerContext,
  personId: string | undefined,
  { low, high }: Bounds,
): number[] | null {
  const { dataset } = ctx;
  if (personId === undefined) return Array.from(ctx.index.eventsBetween(low ?? -1e9, high ?? 1e9));
  const person = ctx.personById.get(personId);
  if (person === undefined) return null;
  const found: { position: number; day: number }[] = [];
  for (const id of dataset.people[person]?.eventIds ?? []) {
    const position = ctx.eventPosition.get(id);
    const event = position === undefined ? undefined : dataset.events[position];
    if (position === undefined || event === undefined) continue;
    const day = dayNumber(event.date);
    if ((low === null || day >= low) && (high === null || day <= high))
      found.push({ position, day });
  }
  return found.sort((a, b) => a.day - b.day || a.position - b.position).map((e) => e.position);
}

function stepFor(days: number): ActivityStep {
  for (const [step, limit] of STEP_LIMITS) if (days <= limit) return step;
  return 'year';
}

function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The first day of the period holding `day`: itself, its Monday, the 1st, 1 January. */
function periodStart(day: number, step: ActivityStep): number {
  const date = new Date(day * DAY_MS);
  switch (step) {
    case 'day':
      return day;
    case 'week':
      // 1970-01-01 was a Thursday: Monday-based weeks are offset by three days.
      return day - ((day + 3) % 7);
    case 'month':
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS;
    case 'year':
      return Date.UTC(date.getUTCFullYear(), 0, 1) / DAY_MS;
  }
}

function nextPeriod(start: number, step: ActivityStep): number {
  const date = new Date(start * DAY_MS);
  switch (step) {
    case 'day':
      return start + 1;
    case 'week':
      return start + 7;
    case 'month':
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS;
    case 'year':
      return Date.UTC(date.getUTCFullYear() + 1, 0, 1) / DAY_MS;
  }
}

function periodsBetween(first: number, last: number, step: ActivityStep): ActivityPeriod[] {
  const periods: ActivityPeriod[] = [];
  for (let start = periodStart(first, step); start <= last; start = nextPeriod(start, step)) {
    periods.push({ start: dayString(start), end: dayString(nextPeriod(start, step)), events: 0 });
  }
  return periods;
}

/** Every event's weight in a day's list, and the events heaviest first. */
interface Ranking {
  weights: Float64Array;
  /** Event positions, heaviest first; equals oldest first, then in dataset order. */
  heaviestFirst: Int32Array;
}

/** Weighed once per dataset, on the first picture: a day list's weight reads each event's report. */
const rankings = new WeakMap<AnswerContext['dataset'], Ranking>();

function ranking(ctx: AnswerContext): Ranking {
  const { dataset } = ctx;
  const known = rankings.get(dataset);
  if (known !== undefined) return known;
  const weights = Float64Array.from(dataset.events, (event) =>
    dayWeight({
      sources: event.sourceIds.length,
      peopleEvents: event.personIds.map((id) => {
        const person = ctx.personById.get(id);
        return person === undefined ? 0 : (dataset.people[person]?.eventIds.length ?? 0);
      }),
      reportLength: reportedText(event, ctx.lookup).length,
    }),
  );
  const dates = dataset.events.map((event) => event.date);
  const heaviestFirst = Int32Array.from(dataset.events.keys()).sort(
    (a, b) =>
      (weights[b] ?? 0) - (weights[a] ?? 0) ||
      (dates[a] ?? '').localeCompare(dates[b] ?? '') ||
      a - b,
  );
  const made = { weights, heaviestFirst };
  rankings.set(dataset, made);
  return made;
}

/**
 * The `wanted` heaviest of the selected events by a day list's weight, each at least `spacing`
 * days from those already picked, oldest first. Ties go to the older event, so the pick is stable.
 */
function pickKeyEvents(
  ctx: AnswerContext,
  positions: readonly number[],
  wanted: number,
  spacing: number,
): KeyEvent[] {
  if (wanted === 0) return [];
  const { dataset } = ctx;
  const { weights, heaviestFirst } = ranking(ctx);
  const selected = new Uint8Array(dataset.events.length);
  for (const position of positions) selected[position] = 1;
  const picked: { position: number; day: number }[] = [];
  for (const position of heaviestFirst) {
    if (picked.length === wanted) break;
    if (selected[position] !== 1) continue;
    const day = dayNumber(at(dataset.events, position).date);
    if (picked.every((chosen) => Math.abs(chosen.day - day) >= spacing)) {
      picked.push({ position, day });
    }
  }
  return picked
    .sort((a, b) => a.day - b.day || a.position - b.position)
    .map(({ position }) => {
      const event = at(dataset.events, position);
      return {
        eventId: event.id,
        date: event.date,
        title: event.title.length > 0 ? event.title : event.summary,
        weight: weights[position] ?? 0,
      };
    });
}
