/**
 * Jumping through a list: what someone typed into the Go to… form (a page number or a date), and
 * which page a list shows for a request, with a note when it is not quite the page asked for (a
 * page past the end, a date no entry has).
 */
import { findDateMention } from '../../question/dates.js';
import { dayNumber, lastDayNumber } from '../../search/days.js';
import { textOf } from '../i18n/index.js';
import { formatDate, formatRange } from './dates.js';

/** The English notes; a list writes them in its asker's language (i18n/). */
export const JUMP_TEXT = textOf(undefined).jump;

/** Inclusive ISO days, YYYY-MM-DD. */
export interface DaySpan {
  from: string;
  to: string;
}

export type PageTarget =
  | { kind: 'page'; /** Zero-based; may lie outside the list. */ page: number }
  | { kind: 'date'; range: DaySpan }
  | { kind: 'unreadable' };

/** More than anyone types into a one-line form; longer input is not read at all. */
const MAX_TARGET = 100;
/** "3", "#3", "p3", "page 3", "-1": a page number, however far outside the list. */
const PAGE_NUMBER = /^(?:(page|p\.?|#)\s*)?([+-]?\d{1,9})$/i;
/** A bare number of four digits from 1000 to 2999 is a year: "2017" means the year. */
const YEAR = /^[12]\d{3}$/;
/** What may stand around a date and still leave the whole input a date: "on 2 March 2017." */
const AROUND_A_DATE = /^\s*(?:(?:on|in|at|to|go to)\s+)?$|^[\s,.;:!?]*$/i;

/**
 * What a Go to… input asks for. A number is a page (counted from 1, as the footer counts), except
 * a bare four-digit year; anything else must be a date as a whole ("2017-03-02", "2 March 2017",
 * "March 2017"), read as the questions' dates are, with `now` for dates without a year.
 */
export function readPageTarget(input: string, now: Date): PageTarget {
  const text = input.trim();
  if (text === '' || text.length > MAX_TARGET) return { kind: 'unreadable' };
  const number = PAGE_NUMBER.exec(text);
  if (number !== null && (number[1] !== undefined || !YEAR.test(number[2] ?? ''))) {
    return { kind: 'page', page: Number(number[2]) - 1 };
  }
  const mention = findDateMention(text, now);
  if (mention === null) return { kind: 'unreadable' };
  const before = text.slice(0, mention.start);
  const after = text.slice(mention.end);
  if (!AROUND_A_DATE.test(before) || !/^[\s,.;:!?]*$/.test(after)) return { kind: 'unreadable' };
  return { kind: 'date', range: { from: mention.range.from, to: mention.range.to } };
}

export interface PageChoice {
  /** Zero-based, within the list. */
  page: number;
  /** Said above the page when it is not the one asked for; null when it is. */
  note: string | null;
}

/**
 * The page to show of `pageCount`: the one holding `date` when a date was asked for and the
 * entries have dates (else the asked page stays, with a note), or `page` clamped to the list.
 * `entryDates` holds each entry's date (YYYY, YYYY-MM or YYYY-MM-DD, or null) for lists people
 * can jump through by date; it is undefined for lists where a date means nothing.
 */
export function choosePage(request: {
  page: number;
  date?: DaySpan | undefined;
  pageCount: number;
  pageSize: number;
  entryDates?: readonly (string | null)[] | undefined;
  /** The asker's Discord locale, for the note. */
  locale?: string | undefined;
}): PageChoice {
  const { pageCount, locale } = request;
  const text = textOf(locale).jump;
  const clamped = Math.min(Math.max(0, Math.floor(request.page)), pageCount - 1);
  if (request.date !== undefined) {
    const held = entryHolding(request.entryDates ?? [], request.date);
    if (held === null) return { page: clamped, note: text.noDates };
    const page = Math.floor(held.index / request.pageSize);
    return {
      page,
      note: held.exact
        ? null
        : text.nearestDate(formatRange(request.date, locale), formatDate(held.date, locale)),
    };
  }
  if (request.page > pageCount - 1) {
    return { page: clamped, note: text.pastTheEnd(request.page + 1, pageCount) };
  }
  if (request.page < 0) return { page: clamped, note: text.beforeTheStart };
  return { page: clamped, note: null };
}

/**
 * The first entry (in list order) whose date falls in `range`, or else the entry with the
 * nearest date (the first of equals); null when no entry has a date.
 */
export function entryHolding(
  dates: readonly (string | null)[],
  range: DaySpan,
): { index: number; date: string; exact: boolean } | null {
  const low = dayNumber(range.from);
  const high = lastDayNumber(range.to);
  let nearest: { index: number; date: string; distance: number } | null = null;
  for (const [index, date] of dates.entries()) {
    if (date === null) continue;
    const start = dayNumber(date);
    const end = lastDayNumber(date);
    if (start <= high && end >= low) return { index, date, exact: true };
    const distance = end < low ? low - end : start - high;
    if (nearest === null || distance < nearest.distance) nearest = { index, date, distance };
  }
  return nearest === null ? null : { index: nearest.index, date: nearest.date, exact: false };
}
