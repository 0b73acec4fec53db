/**
 * Dates as people read them: "2 March 2017", "March 2017", "2016". The dataset stores ISO
 * strings at day, month or year precision; ranges that cover whole months or years say so.
 */
import type { DayRange } from '../../answer/types.js';

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** YYYY, YYYY-MM or YYYY-MM-DD for reading; anything else is returned as it is. */
export function formatDate(date: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (match === null) return date;
  const [, year, month, day] = match;
  if (month === undefined) return year ?? date;
  const utc = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  if (Number.isNaN(utc.getTime())) return date;
  return day === undefined ? MONTH.format(utc) : DAY.format(utc);
}

/** "2 March 2017", "March 2017", "2017", or "February 2017 to April 2017" for a span. */
export function formatRange(range: Pick<DayRange, 'from' | 'to'>): string {
  const from = coarsest(range.from, range.to, 'start');
  const to = coarsest(range.to, range.from, 'end');
  return from === to ? formatDate(from) : `${formatDate(from)} to ${formatDate(to)}`;
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
