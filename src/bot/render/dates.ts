/**
 * Dates as people read them, in the asker's language: "2 March 2017", "2. März 2017", "2 de marzo
 * de 2017"; "March 2017"; "2016". The dataset stores ISO strings at day, month or year precision;
 * ranges that cover whole months or years say so. `locale` is the asker's Discord locale; without
 * one, dates are written in English.
 */
import type { DayRange, MonthDay } from '../../answer/types.js';
import { languageOf } from '../i18n/index.js';

type Style = 'day' | 'month' | 'monthDay' | 'shortDay' | 'monthName';

const STYLES: Record<Style, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  monthDay: { day: 'numeric', month: 'long' },
  shortDay: { day: 'numeric', month: 'short', year: 'numeric' },
  monthName: { month: 'long' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

function format(style: Style, locale: string | undefined, date: Date): string {
  const tag = languageOf(locale).intl;
  const key = `${tag}:${style}`;
  let formatter = formats.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(tag, { ...STYLES[style], timeZone: 'UTC' });
    formats.set(key, formatter);
  }
  return formatter.format(date);
}

/** YYYY, YYYY-MM or YYYY-MM-DD for reading; anything else is returned as it is. */
export function formatDate(date: string, locale?: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (match === null) return date;
  const [, year, month, day] = match;
  if (month === undefined) return year ?? date;
  const utc = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  if (Number.isNaN(utc.getTime())) return date;
  return format(day === undefined ? 'month' : 'day', locale, utc);
}

/** "8 Mar 2017", "8. März 2017": a day, short, where room is tight (the picture's labels). */
export function formatShortDay(day: string, locale?: string): string {
  const utc = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(utc.getTime()) ? day : format('shortDay', locale, utc);
}

/** "2 March", "2. März", "2 mars": a day of the year (2000 is a leap year, so 29 February is). */
export function formatMonthDay(monthDay: MonthDay, locale?: string): string {
  const utc = new Date(Date.UTC(2000, monthDay.month - 1, monthDay.day));
  return Number.isNaN(utc.getTime())
    ? `${monthDay.day}/${monthDay.month}`
    : format('monthDay', locale, utc);
}

/** "February", "Februar", "février". */
export function formatMonthName(month: number, locale?: string): string {
  return format('monthName', locale, new Date(Date.UTC(2000, month - 1, 1)));
}

/** "2 March 2017", "March 2017", "2017", or "February 2017 to April 2017" for a span. */
export function formatRange(range: Pick<DayRange, 'from' | 'to'>, locale?: string): string {
  const from = coarsest(range.from, range.to, 'start');
  const to = coarsest(range.to, range.from, 'end');
  return from === to
    ? formatDate(from, locale)
    : languageOf(locale).text.dates.range(formatDate(from, locale), formatDate(to, locale));
}

/**
 * A range end at the coarsest precision that describes it: a first day of a month whose range
 * ends on a last day of a month reads as the month, and likewise for whole years.
 */
function coarsest(day: string, other: string, end: 'start' | 'end'): string {
  const [start, finish] = end === 'start' ? [day, other] : [other, day];
  if (start.endsWith('-01-01') && finish.endsWith('-12-31')) return day.slice(0, 4);
  if (start.endsWith('-01') && finish === lastDayOfMonth(finish.slice(0, 7)))
    return day.slice(0, 7);
  return day;
}

function lastDayOfMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year ?? 1970, number ?? 1, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}
