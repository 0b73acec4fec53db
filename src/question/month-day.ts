/**
 * A day of the year without its year ("March 2", "2 March", "03-02", "today"), as `/onthisday`
 * asks for it. A day the calendar does not have ("February 30", "13-01") is an error to report,
 * never a day to guess; "3/2" is refused too, because half the world reads it as 3 February.
 */
import { MONTH_NAMES } from '../dataset/calendar.js';
import { osaDistance } from '../language/edit-distance.js';
import { capitalise } from '../language/letter-case.js';

/** A day of the year: month 1–12, day 1–31 (29 February included). */
export interface MonthDay {
  month: number;
  day: number;
}

export type MonthDayReading =
  | { ok: true; monthDay: MonthDay }
  | {
      ok: false;
      /** `impossible`: read, but no such day; `unreadable`: no day of the year in the text. */
      problem: 'impossible' | 'unreadable' | 'ambiguous';
      /** One sentence for the asker, naming what is wrong. */
      message: string;
      /** For an impossible day, what is wrong as data, for replies in other languages. */
      detail?: ImpossibleDay;
    };

/** Why a day that was read is not a day of the year. */
export type ImpossibleDay =
  | { kind: 'no-month'; month: number }
  | { kind: 'month-length'; month: number; days: number }
  | { kind: 'not-leap-year'; year: number };

/** Days in each month of a leap year: 29 February is a day of the year. */
const MONTH_LENGTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const MONTH_TITLES = MONTH_NAMES.map((name) => capitalise(name));

/** "2 March", as the replies write a day of the year. */
export function formatMonthDay(monthDay: MonthDay): string {
  return `${monthDay.day} ${MONTH_TITLES[monthDay.month - 1] ?? String(monthDay.month)}`;
}

/** "March 2": the form the replies' command lines use, which `parseMonthDay` reads back. */
export function monthDayOption(monthDay: MonthDay): string {
  return `${MONTH_TITLES[monthDay.month - 1] ?? String(monthDay.month)} ${monthDay.day}`;
}

/** "03-02", for keys and logs. */
export function monthDayKey(monthDay: MonthDay): string {
  return `${String(monthDay.month).padStart(2, '0')}-${String(monthDay.day).padStart(2, '0')}`;
}

/** The day of the year of a YYYY-MM-DD date. */
export function monthDayOf(isoDay: string): MonthDay {
  return { month: Number(isoDay.slice(5, 7)), day: Number(isoDay.slice(8, 10)) };
}

/** Whether a year has this day (29 February only in leap years). */
export function yearHasDay(year: number, monthDay: MonthDay): boolean {
  const date = new Date(Date.UTC(year, monthDay.month - 1, monthDay.day));
  return date.getUTCMonth() === monthDay.month - 1;
}

const RELATIVE_DAYS: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };
const DAY_MS = 86_400_000;

const ORDINAL = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const WORD = String.raw`([a-z]+)\.?`;
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;
/** "march 2", "mar. 2nd", "march the 2nd, 2017". */
const MONTH_FIRST = new RegExp(String.raw`^${WORD}\s+(?:the\s+)?${ORDINAL}${YEAR}$`);
/** "2 march", "2nd of march 2017". */
const DAY_FIRST = new RegExp(String.raw`^(?:the\s+)?${ORDINAL}\s+(?:of\s+)?${WORD}${YEAR}$`);
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** "03-02" and ISO 8601's "--03-02": month, then day. */
const MONTH_DASH_DAY = /^(?:--)?(\d{1,2})-(\d{1,2})$/;
const SLASHED = /^(\d{1,2})[/.](\d{1,2})$/;

const HOW_TO_WRITE = 'Write a day like "March 2", "2 March" or "03-02" (month-day).';

/**
 * Reads a day of the year. `today` (YYYY-MM-DD, in whatever zone the caller counts days) is what
 * "today", "yesterday" and "tomorrow" mean. A year written with the day ("March 2, 2017") is
 * dropped, after checking that that year had the day.
 */
export function parseMonthDay(text: string, today: string): MonthDayReading {
  const written = text.trim();
  const input = written
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!?]+$/, '');
  const relative = RELATIVE_DAYS[input];
  if (relative !== undefined) {
    const day = new Date(Date.parse(`${today}T00:00:00Z`) + relative * DAY_MS);
    if (Number.isNaN(day.getTime())) throw new Error(`"today" is not a YYYY-MM-DD day: ${today}`);
    return { ok: true, monthDay: { month: day.getUTCMonth() + 1, day: day.getUTCDate() } };
  }
  let match = ISO_DAY.exec(input);
  if (match !== null) return checked(written, Number(match[2]), Number(match[3]), match[1]);
  match = MONTH_DASH_DAY.exec(input);
  if (match !== null) return checked(written, Number(match[1]), Number(match[2]));
  if (SLASHED.test(input)) {
    return {
      ok: false,
      problem: 'ambiguous',
      message: `“${written}” could be read day first or month first. ${HOW_TO_WRITE}`,
    };
  }
  match = MONTH_FIRST.exec(input);
  const monthFirst = match === null ? null : monthNumber(match[1] ?? '');
  if (match !== null && monthFirst !== null) {
    return checked(written, monthFirst, Number(match[2]), match[3]);
  }
  match = DAY_FIRST.exec(input);
  const dayFirst = match === null ? null : monthNumber(match[2] ?? '');
  if (match !== null && dayFirst !== null) {
    return checked(written, dayFirst, Number(match[1]), match[3]);
  }
  return {
    ok: false,
    problem: 'unreadable',
    message: `I couldn't read a day of the year in “${written}”. ${HOW_TO_WRITE}`,
  };
}

/**
 * A month by its name, its first three letters ("sept" too), or a misspelt name of five letters
 * or more within one edit ("febuary"), as the question parser forgives them.
 */
function monthNumber(word: string): number | null {
  const exact = MONTH_NAMES.indexOf(word);
  if (exact >= 0) return exact + 1;
  if (word.length >= 3) {
    const prefix = MONTH_NAMES.findIndex(
      (name) => name.startsWith(word) || (word === 'sept' && name === 'september'),
    );
    if (prefix >= 0) return prefix + 1;
  }
  if (word.length >= 4) {
    const close = MONTH_NAMES.findIndex(
      (name) => name.length >= 5 && osaDistance(word, name, 1) <= 1,
    );
    if (close >= 0) return close + 1;
  }
  return null;
}

function checked(written: string, month: number, day: number, year?: string): MonthDayReading {
  const length = MONTH_LENGTHS[month - 1];
  if (length === undefined) {
    return {
      ok: false,
      problem: 'impossible',
      message: `“${written}” is not a day of the year: there is no month ${month}. ${HOW_TO_WRITE}`,
      detail: { kind: 'no-month', month },
    };
  }
  const name = MONTH_TITLES[month - 1] ?? '';
  if (day < 1 || day > length) {
    return {
      ok: false,
      problem: 'impossible',
      message: `“${written}” is not a day of the year: ${name} has ${length} days${month === 2 ? ' at most' : ''}.`,
      detail: { kind: 'month-length', month, days: length },
    };
  }
  const monthDay = { month, day };
  if (year !== undefined && !yearHasDay(Number(year), monthDay)) {
    return {
      ok: false,
      problem: 'impossible',
      message: `“${written}” is not a real date: ${year} was not a leap year.`,
      detail: { kind: 'not-leap-year', year: Number(year) },
    };
  }
  return { ok: true, monthDay };
}
