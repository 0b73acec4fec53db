/**
 * Date phrases chrono-node does not read as people mean them in questions: seasons ("spring
 * 2017"), holidays ("Christmas Eve 2018"), calendar periods ("last week" is seven days, not one),
 * misspelt months ("marhc 2 2017"), and impossible dates ("2017-13-45"), which are errors to
 * report rather than dates to drop.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../dataset/calendar.js';
import { isRealDay } from '../dataset/schema.js';
import { osaDistance } from '../language/edit-distance.js';
import { ORDINAL_WORDS } from '../language/numbers.js';

/** A range of days a phrase names, where it stands, and whether its year was written. */
export interface WordedDate {
  from: string;
  to: string;
  start: number;
  end: number;
  hasYear: boolean;
}

const DAY_MS = 86_400_000;

function iso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function utc(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day);
}

/** The last day of a month (1-based), as a day of the month. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The `nth` (1-based, or -1 for the last) `weekday` (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  if (nth > 0) {
    const first = new Date(utc(year, month, 1)).getUTCDay();
    return utc(year, month, 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7);
  }
  const lastDay = lastDayOfMonth(year, month);
  const last = new Date(utc(year, month, lastDay)).getUTCDay();
  return utc(year, month, lastDay - ((last - weekday + 7) % 7));
}

/** US holidays news text names, as the day they fall on in a year. */
const HOLIDAYS: [RegExp, (year: number) => number][] = [
  [/(?:the )?ides of march/i, (y) => utc(y, 3, 15)],
  [/christmas eve/i, (y) => utc(y, 12, 24)],
  [/christmas(?: day)?/i, (y) => utc(y, 12, 25)],
  [/new year'?s eve/i, (y) => utc(y, 12, 31)],
  [/new year'?s(?: day)?/i, (y) => utc(y, 1, 1)],
  [/independence day|(?:the )?fourth of july|july 4th/i, (y) => utc(y, 7, 4)],
  [/halloween/i, (y) => utc(y, 10, 31)],
  [/valentine'?s day/i, (y) => utc(y, 2, 14)],
  [/veterans day/i, (y) => utc(y, 11, 11)],
  [/inauguration day/i, (y) => utc(y, 1, 20)],
  [/thanksgiving(?: day)?/i, (y) => nthWeekday(y, 11, 4, 4)],
  [/labor day/i, (y) => nthWeekday(y, 9, 1, 1)],
  [/memorial day/i, (y) => nthWeekday(y, 5, 1, -1)],
  [/(?:martin luther king(?: jr\.?)?|mlk) day/i, (y) => nthWeekday(y, 1, 1, 3)],
  // The Tuesday after the first Monday of November.
  [/election (?:day|night)/i, electionDay],
  [/mother'?s day/i, (y) => nthWeekday(y, 5, 0, 2)],
  [/father'?s day/i, (y) => nthWeekday(y, 6, 0, 3)],
  [/presidents'? day|washington'?s birthday/i, (y) => nthWeekday(y, 2, 1, 3)],
  [/columbus day|indigenous peoples'? day/i, (y) => nthWeekday(y, 10, 1, 2)],
  [/juneteenth/i, (y) => utc(y, 6, 19)],
  [/(?:st\.?|saint) patrick'?s day/i, (y) => utc(y, 3, 17)],
  [/flag day/i, (y) => utc(y, 6, 14)],
  [/pearl harbor (?:remembrance )?day/i, (y) => utc(y, 12, 7)],
  [/groundhog day/i, (y) => utc(y, 2, 2)],
  [/earth day/i, (y) => utc(y, 4, 22)],
  [/cinco de mayo/i, (y) => utc(y, 5, 5)],
  [/black friday/i, (y) => nthWeekday(y, 11, 4, 4) + DAY_MS],
  [/easter(?: sunday)?/i, easterSunday],
  // A year without a 29 February has no leap day: NaN, which is no date.
  [/leap day/i, (y) => (lastDayOfMonth(y, 2) === 29 ? utc(y, 2, 29) : Number.NaN)],
  [/good friday/i, (y) => easterSunday(y) - 2 * DAY_MS],
];

function electionDay(year: number): number {
  return nthWeekday(year, 11, 1, 1) + DAY_MS;
}

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm). */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

/**
 * "the day after the 2020 election": a US election year's election, as a day, only where a
 * phrase counts from it, or at the start of the text such a phrase is counted from (elsewhere
 * "the 2020 election" is a topic, not a date).
 */
const ELECTION_AFTER_PERIOD =
  /(?:^|\b(?:day|night|morning|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|days|weeks)\s+(?:before|after|of|following|leading\s+up\s+to)\s+)the\s+((?:19|20)\d\d)\s+(?:(?:(?:presidential|midterm|general|us|u\.s\.)\s+)*elections?|midterms)\b/gi;

/** Meteorological seasons of the northern hemisphere, as months. */
const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  fall: [9, 11],
  autumn: [9, 11],
  // Winter of a year: its first two months (the December before belongs to the year before).
  winter: [1, 2],
};

const YEAR = String.raw`(?:\s*,?\s+(?:of\s+|in\s+)?((?:19|20)\d\d))?`;
const HOLIDAY_PATTERN = new RegExp(
  `\\b(${HOLIDAYS.map(([pattern]) => pattern.source).join('|')})(\\s+(?:long\\s+)?weekend)?${YEAR}\\b`,
  'gi',
);

/**
 * The days of a holiday's weekend, as the first and the last: Saturday to Monday for a Monday
 * holiday ("Labor Day weekend"), Thursday to Sunday for Thanksgiving, the Saturday and Sunday
 * of one that falls on them, else from the Saturday before to the day itself.
 */
function weekendOf(day: number): [number, number] {
  const weekday = new Date(day).getUTCDay();
  if (weekday === 4 || weekday === 5) return [day, day + (7 - weekday) * DAY_MS];
  if (weekday === 0) return [day - DAY_MS, day];
  if (weekday === 6) return [day, day + DAY_MS];
  return [day - (weekday + 1) * DAY_MS, day];
}
const SEASON_PATTERN = new RegExp(
  `\\b(?:(early|late|mid-?)\\s*)?(spring|summer|fall|autumn|winter)${YEAR}\\b`,
  'gi',
);
const PERIOD_PATTERN = /\b(last|this|past|previous)\s+(week|month|year)\b/gi;
/** Ordinal words as numbers, the last of a period as -1. */
const ORDINALS: Readonly<Record<string, number>> = {
  ...ORDINAL_WORDS,
  opening: 1,
  last: -1,
  final: -1,
  closing: -1,
};
const ORDINAL = String.raw`(${Object.keys(ORDINALS).join('|')}|\d{1,3}(?:st|nd|rd|th))`;
/** An ordinal at the end of a text: "the second" before "day of 2019" counts the day. */
export const ENDS_WITH_ORDINAL = new RegExp(`\\b${ORDINAL}\\s+$`, 'i');
const MONTH_OR_YEAR = `(?:(${MONTH_NAMES.join('|')})(?:\\s*,?\\s+((?:19|20)\\d\\d))?|((?:19|20)\\d\\d))`;
/**
 * "the last day of March 2017", "the first week of 2018", "the second day of 2019": a day or week
 * counted from one end of a month or a year.
 */
const END_OF_PERIOD = new RegExp(`\\b${ORDINAL}\\s+(day|week)\\s+of\\s+${MONTH_OR_YEAR}\\b`, 'gi');
/** "the first Tuesday of November 2018", "the last Friday in June": a weekday of a month. */
const NTH_WEEKDAY = new RegExp(
  `\\b${ORDINAL}\\s+(${WEEKDAY_NAMES.join('|')})\\s+(?:of|in)\\s+(${MONTH_NAMES.join('|')})(?:\\s*,?\\s+((?:19|20)\\d\\d))?\\b`,
  'gi',
);

/** "the first weekend of March 2019": its Saturday and Sunday, counted by the Saturday. */
const NTH_WEEKEND = new RegExp(
  `\\b${ORDINAL}\\s+weekend\\s+(?:of|in)\\s+(${MONTH_NAMES.join('|')})(?:\\s*,?\\s+((?:19|20)\\d\\d))?\\b`,
  'gi',
);

function ordinalOf(word: string): number {
  return ORDINALS[word.toLowerCase()] ?? Number.parseInt(word, 10);
}

/** Seasons, holidays and calendar periods in a question. */
export function findWordedDates(text: string, today: Date): WordedDate[] {
  const found: WordedDate[] = [];
  const thisYear = today.getUTCFullYear();
  for (const match of text.matchAll(HOLIDAY_PATTERN)) {
    const name = match[1] ?? '';
    // Without a year, "the Christmas party" is no date: it needs "on", "at", "since"… before it.
    // "on his last Christmas Day": a possessive and an ordinal may stand between.
    const lead =
      /\b(?:on|at|before|after|since|until|by|around|over|during)\s+(?:(?:the|his|her|their|its|our|my)\s+)?(?:(?:first|last|final|next)\s+)?$/i;
    const before = text.slice(0, match.index);
    const written = match[3];
    if (written === undefined && !lead.test(before) && before.trim() !== '') continue;
    const year = written === undefined ? thisYear : Number(written);
    const day = HOLIDAYS.find(([pattern]) => new RegExp(`^(?:${pattern.source})$`, 'i').test(name));
    if (day === undefined) continue;
    const holiday = day[1](year);
    if (Number.isNaN(holiday)) continue;
    // A night runs past midnight: "election night" holds what was done at 2 a.m. the day after.
    const [first, last] =
      match[2] !== undefined
        ? weekendOf(holiday)
        : /night$/i.test(name)
          ? [holiday, holiday + DAY_MS]
          : [holiday, holiday];
    found.push({
      from: iso(first),
      to: iso(last),
      start: match.index,
      end: match.index + match[0].length,
      hasYear: written !== undefined,
    });
  }
  for (const match of text.matchAll(ELECTION_AFTER_PERIOD)) {
    const day = electionDay(Number(match[1]));
    const start = match.index + match[0].toLowerCase().indexOf('the ');
    // "the night of the 2020 election" runs past midnight, as "election night" does.
    const to = /^night\b/i.test(match[0]) ? day + DAY_MS : day;
    found.push({
      from: iso(day),
      to: iso(to),
      start,
      end: match.index + match[0].length,
      hasYear: true,
    });
  }
  for (const match of text.matchAll(SEASON_PATTERN)) {
    // "spring" alone is as often a verb or a noun ("spring break") as a date: it needs a year.
    if (match[3] === undefined) continue;
    const year = Number(match[3]);
    let [first, last] = SEASONS[(match[2] ?? '').toLowerCase()] ?? [1, 12];
    const part = (match[1] ?? '').toLowerCase();
    if (part === 'early') last = first;
    else if (part === 'late') first = last;
    else if (part.startsWith('mid')) first = last = first + 1;
    found.push({
      from: iso(utc(year, first, 1)),
      to: iso(utc(year, last, lastDayOfMonth(year, last))),
      start: match.index,
      end: match.index + match[0].length,
      hasYear: true,
    });
  }
  for (const match of text.matchAll(END_OF_PERIOD)) {
    const range = endOfPeriod(match, thisYear);
    if (range === null) continue;
    found.push({ ...range, start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(NTH_WEEKDAY)) {
    const day = nthWeekdayOf([match[1] ?? '', match[2] ?? '', match[3] ?? '', match[4]], thisYear);
    if (day === null) continue;
    found.push({
      from: day,
      to: day,
      start: match.index,
      end: match.index + match[0].length,
      hasYear: match[4] !== undefined,
    });
  }
  for (const match of text.matchAll(NTH_WEEKEND)) {
    const saturday = nthWeekdayOf([match[1] ?? '', 'saturday', match[2] ?? '', match[3]], thisYear);
    if (saturday === null) continue;
    found.push({
      from: saturday,
      to: iso(Date.parse(saturday) + DAY_MS),
      start: match.index,
      end: match.index + match[0].length,
      hasYear: match[3] !== undefined,
    });
  }
  for (const match of text.matchAll(PERIOD_PATTERN)) {
    const range = periodOf((match[1] ?? '').toLowerCase(), (match[2] ?? '').toLowerCase(), today);
    found.push({
      ...range,
      start: match.index,
      end: match.index + match[0].length,
      hasYear: true,
    });
  }
  return found;
}

/** The days an END_OF_PERIOD match names: a month's or a year's first or last day or week. */
function endOfPeriod(
  match: RegExpMatchArray,
  thisYear: number,
): { from: string; to: string; hasYear: boolean } | null {
  const nth = ordinalOf(match[1] ?? '');
  const days = (match[2] ?? '').toLowerCase() === 'week' ? 7 : 1;
  const monthName = match[3];
  const yearText = match[4] ?? match[5];
  const year = yearText === undefined ? thisYear : Number(yearText);
  const month = monthName === undefined ? null : MONTH_NAMES.indexOf(monthName.toLowerCase()) + 1;
  const [firstMonth, lastMonth] = month === null ? [1, 12] : [month, month];
  const start = utc(year, firstMonth, 1);
  const end = utc(year, lastMonth, lastDayOfMonth(year, lastMonth));
  if (nth === -1)
    return {
      from: iso(end - (days - 1) * DAY_MS),
      to: iso(end),
      hasYear: yearText !== undefined,
    };
  const from = start + (nth - 1) * days * DAY_MS;
  // "the 40th day of March" is past the month's end: no day.
  if (!(nth >= 1) || from + (days - 1) * DAY_MS > end) return null;
  return { from: iso(from), to: iso(from + (days - 1) * DAY_MS), hasYear: yearText !== undefined };
}

/** The day "the <nth> <weekday> of <month> [year]" names; null when the month has no such day. */
function nthWeekdayOf(
  [nthWord, weekdayName, monthName, yearText]: readonly [string, string, string, string?],
  thisYear: number,
): string | null {
  const nth = ordinalOf(nthWord);
  const weekday = WEEKDAY_NAMES.indexOf(weekdayName.toLowerCase());
  const month = MONTH_NAMES.indexOf(monthName.toLowerCase()) + 1;
  const year = yearText === undefined ? thisYear : Number(yearText);
  if (!(nth === -1 || (nth >= 1 && nth <= 5))) return null;
  const day = nthWeekday(year, month, weekday, nth);
  // "the fifth Monday of June 2019": June 2019 has four.
  return new Date(day).getUTCMonth() + 1 === month ? iso(day) : null;
}

/** "last week": Monday to Sunday of the week before this one; "this month": the whole month. */
function periodOf(which: string, unit: string, today: Date): { from: string; to: string } {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() + 1;
  const back = which === 'this' ? 0 : 1;
  if (unit === 'year') return { from: `${year - back}-01-01`, to: `${year - back}-12-31` };
  if (unit === 'month') {
    const start = new Date(Date.UTC(year, month - 1 - back, 1));
    const y = start.getUTCFullYear();
    const m = start.getUTCMonth() + 1;
    return { from: iso(start.getTime()), to: iso(utc(y, m, lastDayOfMonth(y, m))) };
  }
  const midnight = utc(year, month, today.getUTCDate());
  const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  const monday = midnight - (sinceMonday + 7 * back) * DAY_MS;
  return { from: iso(monday), to: iso(monday + 6 * DAY_MS) };
}

/** A text with some words replaced, and how to map an offset in it back to the original. */
export interface CorrectedText {
  text: string;
  toOriginal: (index: number) => number;
}

/**
 * The text with misspelt month names put right ("marhc 2 2017" → "march 2 2017"), when a day or a
 * year follows, so chrono can read them. Only words within one edit (a swap counts as one) of a
 * month name of five letters or more, so "mar", "mayor" and "jun" stay as they are.
 */
export function correctMonthTypos(original: string): CorrectedText {
  const shifts: { at: number; delta: number }[] = [];
  let delta = 0;
  const text = original.replace(
    /\b([A-Za-z]{4,10})(?=\.?\s+\d{1,4}\b)/g,
    (word, _group, offset: number) => {
      const lower = word.toLowerCase();
      if (MONTH_NAMES.includes(lower)) return word;
      const month = MONTH_NAMES.find(
        (name) => name.length >= 5 && osaDistance(lower, name, 1) <= 1,
      );
      if (month === undefined) return word;
      delta += month.length - word.length;
      shifts.push({ at: offset + word.length + delta, delta });
      return month;
    },
  );
  return {
    text,
    toOriginal: (index) => {
      let applied = 0;
      for (const shift of shifts) if (index >= shift.at) applied = shift.delta;
      return index - applied;
    },
  };
}

/**
 * A written date that is no real day ("2017-13-45", "February 30, 2017"): the words, for a reply
 * that says so instead of quietly reading the year alone.
 */
export function findImpossibleDate(text: string): string | null {
  for (const match of text.matchAll(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g)) {
    const [, year, month, day] = match;
    const date = `${year ?? ''}-${(month ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`;
    if (!isRealDay(date)) return match[0];
  }
  const named = new RegExp(
    `\\b(${MONTH_NAMES.join('|')})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`,
    'gi',
  );
  for (const match of text.matchAll(named)) {
    const month = MONTH_NAMES.indexOf((match[1] ?? '').toLowerCase()) + 1;
    const date = `${match[3] ?? ''}-${String(month).padStart(2, '0')}-${(match[2] ?? '').padStart(2, '0')}`;
    if (!isRealDay(date)) return match[0];
  }
  // "the fifth Monday of June 2019", "the 40th day of March 2017": counted past the month's end
  // (without a year, the month may have the day in some year).
  for (const match of text.matchAll(NTH_WEEKDAY)) {
    const year = match[4];
    const parts = [match[1] ?? '', match[2] ?? '', match[3] ?? '', year] as const;
    if (year !== undefined && nthWeekdayOf(parts, Number(year)) === null) return match[0];
  }
  for (const match of text.matchAll(END_OF_PERIOD)) {
    const year = match[4] ?? match[5];
    if (year !== undefined && endOfPeriod(match, Number(year)) === null) return match[0];
  }
  // "leap day 2019": a year with no 29 February.
  for (const match of text.matchAll(/\bleap day,?\s+(?:of\s+|in\s+)?((?:19|20)\d\d)\b/gi)) {
    if (lastDayOfMonth(Number(match[1]), 2) !== 29) return match[0];
  }
  return null;
}
