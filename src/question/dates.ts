/**
 * Dates in questions, read with chrono-node. chrono gives the parts of a date it actually saw
 * (`knownValues`), which fixes the precision: "March 2, 2017" is a day, "June 2018" a month.
 * What chrono does not read (bare years, "2017-03", the first half of "Feb to Apr 2017") and what it
 * over-reads ("March on Washington", "April Ryan") is handled here.
 */
import { NUMBER_WORDS, numberWordsBetween } from '../language/numbers.js';
import * as chrono from 'chrono-node';
import type { DayRange } from './types.js';
import { isRealDay } from '../dataset/schema.js';
import { correctMonthTypos, ENDS_WITH_ORDINAL, findWordedDates } from './date-words.js';

/**
 * The days a dataset covers. A date written without a year ("march 2nd") is read in these years,
 * not in the year the question is asked.
 */
export interface DateSpan {
  first: string;
  last: string;
}

export interface DateMention {
  range: DayRange;
  /** Where the words that named the date start and end in the text. */
  start: number;
  end: number;
}

interface Mention {
  from: string;
  to: string;
  start: number;
  end: number;
  /** True when the mention gave its own year (so a range's other end can borrow it). */
  hasYear: boolean;
  /** Month only, year implied: "January" in "between January and March 2017". */
  yearImplied: boolean;
}

const MONTH_WORD =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i;
/** Words before a bare month name that show it is meant as a date ("in March", not "March on"). */
const DATE_LEAD =
  /\b(in|during|since|until|till|before|after|of|from|between|by|through|to|and|early|late|mid|last|next|this|around|on)\s*$/i;
/** A length of time, which chrono reads as a day counted from today: "for two weeks". */
const DURATION =
  /^(?:for|over|within|lasting|in|after)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|\d+)\s+(?:more\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?)$/i;
/** A time counted from another event, which only that event dates: "a month before a bill". */
const FROM_ANOTHER_EVENT =
  /^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|\d+)\s+(?:days?|weeks?|months?|years?|hours?|minutes?)|the\s+(?:day|night|morning|evening|week|month|year))\s+(?:before|after|earlier|later)$/i;
/** A span counted back from today: "the last two weeks", "the past 3 days". */
const PAST_SPAN =
  /^(?:the\s+)?(?:last|past|previous)\s+(?:two|three|four|five|six|seven|eight|nine|ten|few|several|\d+)\s+(?:days|weeks|months|years)$/i;
/** Words of a date counted from today, which write out no day, month or year of their own. */
const COUNTED_FROM_TODAY =
  /^(?=.*\b(?:today|tonight|tomorrow|yesterday|next|following|previous|last|this|ago)\b)(?!.*\d)(?!.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)[^]*$/i;
const RANGE_JOIN = /^\s*(-|–|to|through|thru|until|till|and)\s*$/i;
const ISO_MONTH = /\b(\d{4})-(0[1-9]|1[0-2])\b(?!-\d)/g;
const BARE_YEAR = /\b(19[5-9]\d|20\d\d)\b/g;
/** A year and the next written with two digits: "2018-19" (not "2018-12", a month). */
const SHORT_YEAR_SPAN = /\b(19[5-9]\d|20\d\d)\s*[-–]\s*(\d\d)\b(?![-/]\d)/g;

/** The date or range of days a text names, or null when it names none. */
export function parseDateRange(
  text: string,
  referenceDate: Date,
  span: DateSpan | null = null,
): DayRange | null {
  return findDateMention(text, referenceDate, span)?.range ?? null;
}

/**
 * Dates are looked for in this many first characters only: chrono's time grows faster than the
 * text, and no one writes a date 300 characters into a question.
 */
const MAX_DATE_TEXT = 300;

/** Like parseDateRange, also telling where in the text the date was written. */
export function findDateMention(
  fullText: string,
  referenceDate: Date,
  span: DateSpan | null = null,
): DateMention | null {
  const text = withoutHyphenatedHeads(fullText.slice(0, MAX_DATE_TEXT));
  if (text.trim().length === 0) return null;
  // Typo fixes keep every word's length or change it by a letter or two; offsets are mapped
  // back so callers can cut the date's words out of the original text.
  const corrected = correctMonthTypos(text);
  const found = collectMentions(corrected.text, referenceDate, span);
  // "On January 7, 2019, did Trump announce an address for the next day?": a day counted from
  // today ("the next day", "last week") gives way to a date the question writes out.
  const written = found.filter(
    (m) => !COUNTED_FROM_TODAY.test(corrected.text.slice(m.start, m.end)),
  );
  const mentions = written.length > 0 ? written : found;
  if (mentions.length === 0) return null;
  const first = mentions[0];
  if (first === undefined) return null;
  const second = mentions[1];
  const original = (index: number): number => corrected.toOriginal(index);
  if (second !== undefined && RANGE_JOIN.test(corrected.text.slice(first.end, second.start))) {
    const from =
      first.yearImplied && second.hasYear ? withYear(first.from, second.from) : first.from;
    const leadStart = rangeLeadStart(corrected.text, first.start);
    const [low, high] = inSpan(from, second.to, !first.hasYear && !second.hasYear, span);
    return mention(text, low, high, original(leadStart), original(second.end));
  }
  const [low, high] = inSpan(first.from, first.to, !first.hasYear, span);
  const open = OPEN_END.exec(corrected.text.slice(0, first.start));
  if (open !== null) {
    const [from, to] = openEnded(open[1]?.toLowerCase() ?? '', low, high, referenceDate, span);
    return mention(text, from, to, original(open.index), original(first.end));
  }
  return mention(text, low, high, original(first.start), original(first.end));
}

/**
 * The text with each word that a hyphen joins to a lower-case word blanked: "Mar-a-Lago" and "a
 * May-day parade" hold no month ("mid-march" and "feb-apr" keep theirs). Blanks keep every
 * offset.
 */
function withoutHyphenatedHeads(text: string): string {
  return text.replace(
    /(?<!\p{L})(?!(?:mid|early|late)-)\p{L}+(?=-\p{Ll})(?!-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/giu,
    (word) => ' '.repeat(word.length),
  );
}

/** A word right before a date that leaves one end of the range open: "since 2019". */
const OPEN_END = /\b(since|after|before)\s+$/i;
/** Where a range open towards the past starts when the dataset's span is not known. */
export const EARLIEST_DAY = '1000-01-01';

/**
 * "since May 2019" runs from its first day, "after May 2019" from the day after it, to the
 * dataset's last day (or today); "before May 2019" runs from the dataset's first day to the day
 * before it.
 */
function openEnded(
  word: string,
  low: string,
  high: string,
  referenceDate: Date,
  span: DateSpan | null,
): [string, string] {
  const lastDay = span?.last ?? isoDay(referenceDate.getTime());
  if (word === 'since') return [low, lastDay];
  if (word === 'after') return [isoDay(Date.parse(high) + DAY_MS), lastDay];
  return [span?.first ?? EARLIEST_DAY, isoDay(Date.parse(low) - DAY_MS)];
}

/**
 * A range whose year was not written, moved into the dataset's years when it falls outside them:
 * to the latest year in which it lies within the span.
 */
function inSpan(
  from: string,
  to: string,
  yearImplied: boolean,
  span: DateSpan | null,
): [string, string] {
  if (!yearImplied || span === null || (from >= span.first && to <= span.last)) return [from, to];
  const firstYear = Number(span.first.slice(0, 4));
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  for (let year = Number(span.last.slice(0, 4)); year >= firstYear; year -= 1) {
    const low = `${String(year).padStart(4, '0')}${from.slice(4)}`;
    const high = `${String(year + years).padStart(4, '0')}${to.slice(4)}`;
    if (isRealDay(low) && isRealDay(high) && low <= span.last && high >= span.first) {
      return [low, high];
    }
  }
  return [from, to];
}

function mention(text: string, from: string, to: string, start: number, end: number): DateMention {
  const [low, high] = from <= to ? [from, to] : [to, from];
  return { range: { from: low, to: high, text: text.slice(start, end).trim() }, start, end };
}

/** Includes a leading "between"/"from" in the words that named a range. */
function rangeLeadStart(text: string, start: number): number {
  const lead = /\b(between|from)\s+$/i.exec(text.slice(0, start));
  return lead === null ? start : lead.index;
}

function collectMentions(
  text: string,
  referenceDate: Date,
  span: DateSpan | null = null,
): Mention[] {
  const mentions: Mention[] = findWordedDates(text, referenceDate).map((worded) => ({
    ...worded,
    yearImplied: !worded.hasYear,
  }));
  const taken = (start: number, end: number): boolean =>
    mentions.some((m) => start < m.end && end > m.start);
  mentions.push(...dayRangesInMonth(text, referenceDate).filter((m) => !taken(m.start, m.end)));
  for (const result of chrono.en.parse(text, referenceDate)) {
    const parsed = fromChrono(result);
    if (parsed === null || taken(parsed.start, parsed.end)) continue;
    if (isBareMonth(result) && !looksLikeDate(text, result.index, result.text)) continue;
    // "put off the raids for two weeks", "in 70 years": how long, not when; "a month before a
    // bill" counts from the bill, not from today; "the TODAY show" is a name.
    if (DURATION.test(result.text.trim()) || FROM_ANOTHER_EVENT.test(result.text.trim())) continue;
    if (/^\p{Lu}{3,}$/u.test(result.text.trim())) continue;
    // "the last two weeks": from that day to today, not the one day chrono counts back to.
    if (PAST_SPAN.test(result.text.trim())) {
      parsed.to = referenceDate.toISOString().slice(0, 10);
      parsed.hasYear = true;
      parsed.yearImplied = false;
    }
    // "the 9/11 fund", "24/7": a slashed pair without a year is a date only where one is asked
    // for ("on 3/2").
    if (
      /^\d{1,2}\/\d{1,2}$/.test(result.text.trim()) &&
      !DATE_LEAD.test(text.slice(0, result.index))
    )
      continue;
    mentions.push(parsed);
  }

  for (const match of text.matchAll(ISO_MONTH)) {
    const start = match.index;
    const end = start + match[0].length;
    if (taken(start, end)) continue;
    const month = `${match[1] ?? ''}-${match[2] ?? ''}`;
    mentions.push({
      from: `${month}-01`,
      to: lastDayOf(month),
      start,
      end,
      hasYear: true,
      yearImplied: false,
    });
  }
  // "the 2018-19 shutdown", "the 2017–18 season": two years, the second written short.
  for (const match of text.matchAll(SHORT_YEAR_SPAN)) {
    const start = match.index;
    const end = start + match[0].length;
    const first = Number(match[1]);
    const second = Math.floor(first / 100) * 100 + Number(match[2]);
    if (taken(start, end) || second !== first + 1) continue;
    mentions.push({
      from: `${String(first)}-01-01`,
      to: `${String(second)}-12-31`,
      start,
      end,
      hasYear: true,
      yearImplied: false,
    });
  }
  for (const match of text.matchAll(BARE_YEAR)) {
    const start = match.index;
    const end = start + match[0].length;
    const year = match[1] ?? '';
    if (
      taken(start, end) ||
      isPartOfName(text, start, end) ||
      (isAttributiveYear(text, start, end) && !inDataset(year, span))
    ) {
      continue;
    }
    // "join the 2020 campaign", "the question on the 2020 census": a thing of that year that is
    // prepared for, run or fought over the year before too.
    const from = namesComingThing(text, start, end) ? String(Number(year) - 1) : year;
    mentions.push({
      from: `${from}-01-01`,
      to: `${year}-12-31`,
      start,
      end,
      hasYear: true,
      yearImplied: false,
    });
  }
  // chrono skips a month name that starts a range ("Feb to Apr 2017"): read it on its own.
  for (const match of text.matchAll(
    /\b([A-Za-z]{3,9}\.?)(?=\s*(?:(?:-|–)\s*[A-Za-z]|(?:to|through|until|and)\s))/g,
  )) {
    const start = match.index;
    const end = start + (match[1]?.length ?? 0);
    if (taken(start, end) || !MONTH_WORD.test(match[1] ?? '')) continue;
    // "feb-apr": two month names joined by a dash are a range whatever stands before them.
    const dashedToMonth = /^\s*[-–]\s*[A-Za-z]{3,9}\b/.test(text.slice(end));
    if (
      !dashedToMonth &&
      !looksLikeDate(text, start, match[1] ?? '') &&
      !/^\s*$/.test(text.slice(0, start))
    )
      continue;
    const month = monthNumber(match[1] ?? '');
    if (month === null) continue;
    const key = `${String(referenceDate.getUTCFullYear())}-${String(month).padStart(2, '0')}`;
    mentions.push({
      from: `${key}-01`,
      to: lastDayOf(key),
      start,
      end,
      hasYear: false,
      yearImplied: true,
    });
  }
  // Years outside what the product handles (year 0050, 10000) are not dates it can answer for.
  const real = mentions
    .filter((m) => isRealDay(m.from) && isRealDay(m.to))
    .map((m) => narrowedByPart(text, m))
    .sort((a, b) => a.start - b.start);
  return anchoredPeriods(text, real, referenceDate, span);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Counts an anchored period may give: "two days after", "10 days before". */
const COUNT_WORDS = [...numberWordsBetween(1, 10), '\\d{1,2}'].join('|');

/** A weekday's number, Sunday 0; -1 for any other word. */
function weekdayIndex(word: string): number {
  return WEEKDAYS.indexOf(word);
}

/** The count before an anchored period ("two days after"), 1 with none; null for no count. */
function countOf(word: string | undefined): number | null {
  if (word === undefined) return 1;
  const lower = word.toLowerCase();
  return NUMBER_WORDS[lower] ?? (/^\d+$/.test(lower) ? Number(lower) : null);
}

/**
 * "the week before Thanksgiving 2020", "the week of December 17", "the day after …", "the
 * Saturday after …", "two days after …".
 */
const ANCHORED_PERIOD = new RegExp(
  `\\b(?:the\\s+)?(?:(${COUNT_WORDS})\\s+)?(days?|weeks?|months?|${WEEKDAYS.join('|')})\\s+(before|after|of|leading\\s+up\\s+to|following)\\s+`,
  'gi',
);
const DAY_MS = 86_400_000;

/**
 * A week or month counted from a date the question names replaces whatever chrono read in those
 * words ("the week before" alone, counted from today; "the week after March 2" as one day).
 */
function anchoredPeriods(
  text: string,
  mentions: Mention[],
  referenceDate: Date,
  span: DateSpan | null,
): Mention[] {
  let result = mentions;
  for (const match of text.matchAll(ANCHORED_PERIOD)) {
    // "the last day of March" is the month's end, "the second day of 2019" its second day (see
    // findWordedDates), not its first.
    if (ENDS_WITH_ORDINAL.test(text.slice(0, match.index))) continue;
    const tailStart = match.index + match[0].length;
    const anchor = collectMentions(text.slice(tailStart), referenceDate, span).find(
      (mention) => mention.start === 0,
    );
    if (anchor === undefined) continue;
    const count = countOf(match[1]);
    const written = (match[2] ?? '').toLowerCase();
    const unit = written.replace(/s$/, '');
    const relation = (match[3] ?? '').toLowerCase();
    // "the weeks after …" has no count to read: the words name no one period.
    if (count === null || (written !== unit && match[1] === undefined && weekdayIndex(unit) < 0)) {
      continue;
    }
    const from = Date.parse(`${anchor.from}T00:00:00Z`);
    const to = Date.parse(`${anchor.to}T00:00:00Z`);
    const before = relation === 'before' || relation.startsWith('leading');
    const weekday = weekdayIndex(unit);
    let low: number;
    let high: number;
    if (weekday >= 0) {
      // "the Saturday after the 2020 election": the first such weekday past the anchor.
      const day = before
        ? from - (((new Date(from).getUTCDay() - weekday + 6) % 7) + 1) * DAY_MS
        : to + (((weekday - new Date(to).getUTCDay() + 6) % 7) + 1) * DAY_MS;
      [low, high] = [day, day];
    } else if (match[1] !== undefined) {
      // "two days after …": the day that many days on, or the week or month that many on.
      const days = (unit === 'month' ? 30 : unit === 'day' ? 1 : 7) * count;
      const day = before ? from - days * DAY_MS : to + days * DAY_MS;
      [low, high] =
        unit === 'day' ? [day, day] : before ? [day, from - DAY_MS] : [to + DAY_MS, day];
    } else {
      const days = unit === 'month' ? 30 : unit === 'day' ? 1 : 7;
      [low, high] =
        relation === 'of'
          ? [from, from + (days - 1) * DAY_MS]
          : before
            ? [from - days * DAY_MS, from - DAY_MS]
            : [to + DAY_MS, to + days * DAY_MS];
    }
    const period: Mention = {
      ...anchor,
      from: isoDay(low),
      to: isoDay(high),
      start: match.index,
      end: tailStart + anchor.end,
    };
    result = [
      ...result.filter((mention) => mention.end <= period.start || mention.start >= period.end),
      period,
    ].sort((a, b) => a.start - b.start);
  }
  return result;
}

function inDataset(year: string, span: DateSpan | null): boolean {
  return span !== null && year >= span.first.slice(0, 4) && year <= span.last.slice(0, 4);
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * A year that qualifies a noun after a determiner or a possessive ("Trump's 2005 tax return",
 * "the 2016 election") may name the thing rather than the time asked about. Inside the dataset's
 * years it is kept ("his 2019 speech to the UN" is the 2019 event); outside them it is dropped,
 * so a tax return's year does not hide the 2017 report about it.
 */
function isAttributiveYear(text: string, start: number, end: number): boolean {
  if (!/^\s+\p{L}/u.test(text.slice(end))) return false;
  return /(?:\b(?:the|a|an|his|her|its|their|our|my|your)|\p{L}['’]s)\s+$/iu.test(
    text.slice(Math.max(0, start - 40), start),
  );
}

/** Things named by their year that take the year before it to come about. */
const COMING_THING =
  /^\s+(?:(?:presidential|general|midterm|national|federal|us|u\.s\.|reelection|re-election)\s+)*(?:campaign|census|election|race|primar(?:y|ies)|elections|vote|olympics|convention)\b/iu;

/**
 * A year that names a thing prepared for or run in the year before ("the 2020 campaign", "the
 * 2020 census"), as the object of what was done rather than a time after "in", "during", "before"
 * or "after".
 */
function namesComingThing(text: string, start: number, end: number): boolean {
  if (!COMING_THING.test(text.slice(end)) || !isAttributiveYear(text, start, end)) return false;
  return !/\b(?:in|during|throughout|before|after|since|until|of|ahead\s+of|following)\s+(?:the\s+)?$/iu.test(
    text.slice(Math.max(0, start - 30), start),
  );
}

/**
 * A year between a capitalised name and the noun it qualifies is part of a name, not a time:
 * "the Trump 2020 campaign" (which began in 2019), "Vision 2030 plan". Months, holidays and
 * seasons before a year were read as dates before this is asked.
 */
function isPartOfName(text: string, start: number, end: number): boolean {
  return /^\s\p{L}/u.test(text.slice(end)) && /\b\p{Lu}[\p{L}.'’-]*\s$/u.test(text.slice(0, start));
}

/** "early", "mid" and "late" before a year or a month: its first, middle or last third. */
const PART_BEFORE =
  /\b(early|mid|late|(?:the\s+)?(?:end|beginning|start)\s+of)(?:\s*-\s*|\s+)(?:in\s+)?$/i;

/**
 * A whole year or month mention narrowed to the third the words before it name: a year's
 * January–April, May–August or September–December; a month's days 1–10, 11–20 or 21 to its end.
 */
function narrowedByPart(text: string, input: Mention): Mention {
  const mention = wholeMonthAfterPart(text, input);
  const part = PART_BEFORE.exec(text.slice(Math.max(0, mention.start - 24), mention.start));
  if (part === null) return mention;
  const word = (part[1] ?? '').toLowerCase();
  const third = /early|beginning|start/.test(word) ? 0 : word.startsWith('mid') ? 1 : 2;
  const year = mention.from.slice(0, 4);
  const month = mention.from.slice(0, 7);
  let from: string;
  let to: string;
  if (mention.from === `${year}-01-01` && mention.to === `${year}-12-31`) {
    from = `${year}-${String(third * 4 + 1).padStart(2, '0')}-01`;
    to = lastDayOf(`${year}-${String(third * 4 + 4).padStart(2, '0')}`);
  } else if (mention.from === `${month}-01` && mention.to === lastDayOf(month)) {
    from = `${month}-${String(third * 10 + 1).padStart(2, '0')}`;
    to = third === 2 ? mention.to : `${month}-${String(third * 10 + 10)}`;
  } else {
    // A day or a season stays as written.
    return mention;
  }
  return { ...mention, from, to, start: mention.start - part[0].length };
}

/**
 * chrono reads "end of August 2017" as its last day; the words are a month with a part before it
 * ("the end of" its last third), so the part is moved out and the month made whole again.
 */
function wholeMonthAfterPart(text: string, mention: Mention): Mention {
  const words = text.slice(mention.start, mention.end);
  const part = /^(?:the\s+)?(?:end|beginning|start)\s+of\s+/i.exec(words);
  if (part === null || !/^\p{L}+(?:\s*,?\s*\d{4})?$/u.test(words.slice(part[0].length))) {
    return mention;
  }
  const month = mention.from.slice(0, 7);
  return {
    ...mention,
    from: `${month}-01`,
    to: lastDayOf(month),
    start: mention.start + part[0].length,
  };
}

function fromChrono(result: chrono.ParsedResult): Mention | null {
  const start = result.start;
  const from = boundsOf(start);
  if (from === null) return null;
  const end = result.end == null ? null : boundsOf(result.end);
  return {
    from: from[0],
    to: end === null ? from[1] : end[1],
    start: result.index,
    end: result.index + result.text.length,
    hasYear: start.isCertain('year'),
    yearImplied: !start.isCertain('year'),
  };
}

/** The first and last day a parsed date covers, at the precision the text gave. */
function boundsOf(components: chrono.ParsedComponents): [string, string] | null {
  const year = components.get('year');
  const month = components.get('month');
  const day = components.get('day');
  if (year === null || month === null || day === null) return null;
  const yyyy = String(year).padStart(4, '0');
  const mm = String(month).padStart(2, '0');
  if (components.isCertain('day')) {
    const date = `${yyyy}-${mm}-${String(day).padStart(2, '0')}`;
    return [date, date];
  }
  if (components.isCertain('month')) return [`${yyyy}-${mm}-01`, lastDayOf(`${yyyy}-${mm}`)];
  if (components.isCertain('year')) return [`${yyyy}-01-01`, `${yyyy}-12-31`];
  return null;
}

function isBareMonth(result: chrono.ParsedResult): boolean {
  return (
    result.end == null &&
    !result.start.isCertain('day') &&
    !result.start.isCertain('year') &&
    MONTH_WORD.test(result.text.trim())
  );
}

/**
 * A lone month name is a date only after a word like "in" or "since", or as the whole question:
 * "March on Washington", "may I ask" and "April Ryan" are not dates.
 */
function looksLikeDate(text: string, start: number, _word: string): boolean {
  const before = text.slice(0, start);
  if (DATE_LEAD.test(before)) return true;
  const after = text.slice(start).replace(/^\S+/, '');
  return before.trim().length === 0 && /^\s*[?.!]?\s*$/.test(after);
}

const MONTH_PREFIXES = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/**
 * Two days of one month joined by a word: "April 23 and 25, 2018", "March 2 to 5". chrono reads
 * the dash ("April 23-25, 2018") but takes "April 23" alone before "and" or "to". The second day
 * ends the date (a year, a stop, "of" or "in" follow): "July 16 and 17 people died" is one day.
 */
const DAY_RANGE_IN_MONTH =
  /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|to|through|thru|until|till)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?=\s*(?:[,.?!]|$|\d{4}\b|(?:of|in)\b))(?:,?\s+(\d{4})\b)?/g;

function dayRangesInMonth(text: string, referenceDate: Date): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(DAY_RANGE_IN_MONTH)) {
    const month = MONTH_WORD.test(match[1] ?? '') ? monthNumber(match[1] ?? '') : null;
    if (month === null) continue;
    const year = match[4] ?? String(referenceDate.getUTCFullYear());
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const from = `${key}-${(match[2] ?? '').padStart(2, '0')}`;
    const to = `${key}-${(match[3] ?? '').padStart(2, '0')}`;
    if (!isRealDay(from) || !isRealDay(to) || to < from) continue;
    found.push({
      from,
      to,
      start: match.index,
      end: match.index + match[0].length,
      hasYear: match[4] !== undefined,
      yearImplied: match[4] === undefined,
    });
  }
  return found;
}

function monthNumber(word: string): number | null {
  const index = MONTH_PREFIXES.indexOf(word.slice(0, 3).toLowerCase());
  return index < 0 ? null : index + 1;
}

function withYear(date: string, fromOther: string): string {
  return `${fromOther.slice(0, 4)}${date.slice(4)}`;
}

function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year ?? 1970, monthNumber ?? 1, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}
