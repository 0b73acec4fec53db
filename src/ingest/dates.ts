/**
 * Finds the expressions in a sentence that place something in time and resolves them to an
 * absolute date with its precision. chrono-node does the parsing against the document date; what
 * chrono does not do is handled here:
 * - bare years ("in 2016") and years inside a noun phrase ("the 2016 election");
 * - phrases relative to the previous date in the text ("the next month" after "in February 2016"
 *   is March 2016, not next month from the document date) or to the document ("earlier this week");
 * - the year of a date written without one: news looks back, so it is the latest such date on or
 *   before the document date, unless its clause speaks of the future ("will", "next"…);
 * - date words that are part of a name ("USA Today", "Mar-a-Lago", "September 11 attacks", "Act
 *   of 1950") or a duration ("after a year", "in 70 years"), which are not dates.
 * Each date carries the clause it governs (see clauses.ts).
 */
import { NUMBER_WORDS } from '../language/numbers.js';
import * as chrono from 'chrono-node';
import { MONTH_NAMES as MONTHS } from '../dataset/calendar.js';
import { isSupportedYear, type Precision, type When } from '../dataset/schema.js';
import { governedClauses, type ExpressionSpan } from './clauses.js';

export interface DateExpression {
  /** The words that gave the date, with a leading preposition when there is one. */
  expression: string;
  /** Offset of the expression in the sentence. */
  index: number;
  when: When;
  /** The clause of the sentence this date governs (see schema `Fact.clause`). */
  clause: string;
}

const PREPOSITION =
  /\b(in|on|during|since|by|until|till|through|throughout|from|before|after|early|late|mid|of|last|this|next|around)\s+$/i;
/** "by the end of 2017", "for the end of February 2019": the edge of a period keeps its words. */
const EDGE_LEAD =
  '(?:(?:for|by|at|to|until|till|before|after|since|from|in|on|through|toward|towards)\\s+)';
/** Before "of 2017": "by the end ". */
const EDGE_BEFORE_OF = new RegExp(
  `\\b${EDGE_LEAD}?(?:the\\s+)?(?:very\\s+)?(?:end|beginning|start|middle|close|turn)\\s+$`,
  'i',
);
/** Before chrono's "end of February 2019": "for the ". */
const EDGE_BEFORE_WORDS = new RegExp(`(?:\\b${EDGE_LEAD}(?:the\\s+)?|\\bthe\\s+)$`, 'i');
const EDGE_WORDS = /^(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of\b/i;
/** chrono reads these as dates, but in news text they are vague, durations, or relative to an unknown point. */
const VAGUE =
  /\b(now|several|few|couple|recent|recently|soon|past|seconds?|minutes?|hours?)\b|^(for|within|over)\b|\b(after|before|later|earlier)$|^(last day|in the day|the day|(the\s+)?weekend)$/i;
/** A count of a time unit is a length of time ("after a year", "in 70 years"), unless it is "ago". */
const DURATION =
  /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|few|many|couple(?:\s+of)?)[\s-]+(?:years?|months?|weeks?|days?|decades?|century|centuries)\b(?!\s+ago\b)/i;
const BARE_YEAR =
  /\b(?:in|during|since|by|until|through|throughout|before|after|from|of|early|late|mid-?)\s+((?:1[89]|20)\d{2})\b(?![-–/]\d)/gi;
/**
 * A year opening a noun phrase: after a determiner or possessive ("the 2016 election", "his 2020
 * campaign", "Trump's 2016 bid") or at the start of a clause, and before a word.
 */
const YEAR_BEFORE_WORD = /\b((?:1[89]|20)\d{2})(?=\s+\p{L})(?![-–/]\d)/gu;
/** Checked on the words before the year (matching them first would scan every position). */
const NOUN_PHRASE_OPENING =
  /(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|that)\s+|\p{L}['’]s\s+|^\s*|[,;:(]\s*)$/iu;
const RELATIVE =
  /\b(?:the\s+(next|following|previous|prior)\s+(day|week|month|year)|(later|earlier)\s+that\s+(day|week|month|year)|(a|one|two|three)\s+(days?|weeks?|months?|years?)\s+(later|earlier))\b/gi;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** "the following Tuesday", "the previous Friday": counted from the date before, not today. */
const RELATIVE_WEEKDAY = new RegExp(
  `\\b(?:the\\s+)?(following|next|previous|prior|preceding)\\s+(${WEEKDAYS.join('|')})\\b`,
  'gi',
);
/** Relative to the document's own date, not to the date before: "earlier this week". */
const NEAR_DOCUMENT = /\b(earlier|later)\s+(?:this|in\s+the)\s+(week|month|year)\b/gi;
const NEW_YEAR = /\b(?:in|by|after|until|into|for)\s+the\s+new\s+year\b/gi;

/**
 * Words that put a clause in the future: then a date without a year is the next one ("announced
 * that the rally would be held on July 20" is the future of the report too). Present-tense
 * proclamations and "effective" name a coming period ("declares September 15 – October 15 as…").
 */
const FUTURE =
  /\b(?:will|won['’]t|shall|scheduled|upcoming|next|plans?\s+to|planned\s+to|planning\s+to|expected\s+to|set\s+to|going\s+to|to\s+be\s+held|would\s+be\s+held|would\s+take\s+place|effective|declares|proclaims|designates|deadline)\b/i;

/**
 * A date a plan or a move is set for: "rescheduled the races to June 2", "originally planned for
 * April 28", "postponed until June". The date after it is ahead of the plan, so ahead of the
 * report ("postponed on Monday" keeps Monday in the past: the date must follow to/until/for).
 */
const RESCHEDULED_TO =
  /\b(?:rescheduled|postponed|delayed|pushed\s+back|moved|planned|scheduled|slated|set)\b[^.;:]{0,60}?\b(?:to|until|for)\s+$/i;

/**
 * "released on bail till October", "return by late August": a time something lasts until or is
 * due by lies ahead of the report. Not "By June, the virus had spread", which opens the sentence.
 */
const UNTIL_BEFORE = /(?:\b(?:until|till)|\S\s+by)\s+(?:(?:early|mid|late)[-\s]+)?$/i;

const DATE_WORD =
  /^(?:today|tonight|tomorrow|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
/**
 * Month names that are also common names or words ("Theresa May", "the March for Life", "June
 * Smith", "April"): alone, they are months only after a preposition ("in March").
 */
const AMBIGUOUS_MONTHS = new Set(['march', 'may', 'june', 'april']);
/** Capitalised words that open a phrase rather than belong to a name: "On Sunday" is a date. */
const CAPITALISED_FUNCTION_WORDS = new Set(
  (
    'on in at by of for from to the a an and or but since until till during through before after ' +
    'last this next early late mid every each around about between that as'
  ).split(' '),
);
/** An event named by its date: "the September 11 attacks" is not last September. */
const EVENT_NAME =
  /^\s+(?:attacks?|bombings?|massacre|riots?|insurrection|shootings?|committee|commission|memorial|museum)\b/i;
/** Prefixes that keep a hyphenated date a date: "mid-March", "early-2017". */
const DATE_PREFIX = /\b(?:mid|early|late|pre|post)-$/i;

/** A month, day or weekday without a year: resolved once the clause's tense is known. */
type Yearless =
  | { kind: 'day'; month: number; day: number }
  | { kind: 'month'; month: number }
  | { kind: 'weekday'; weekday: number };

interface Candidate extends ExpressionSpan {
  expression: string;
  when: When | null;
  yearless?: Yearless;
  /** The end of a range whose start is the candidate before it: resolved after it. */
  rangeEnd?: { month: number; day: number | null };
  relative?: RegExpMatchArray;
  /** "the following Tuesday": a weekday counted from the date before, forward or back. */
  weekday?: { day: number; sign: 1 | -1 };
  /** The words to treat as one expression when finding the clause: a whole range for both ends. */
  whole?: ExpressionSpan;
}

/**
 * `anchor` is the most recent date earlier in the same text, for relative phrases; it defaults to
 * the document date.
 */
export function findDateExpressions(
  sentence: string,
  documentDate: string,
  anchor: When = { date: documentDate, precision: 'day' },
): DateExpression[] {
  const candidates = candidatesOf(sentence, documentDate);
  if (candidates.length === 0) return [];
  const clauses = governedClauses(
    sentence,
    candidates.map((candidate) => candidate.whole ?? candidate),
  );

  const found: DateExpression[] = [];
  let previous: When | null = null;
  let previousDay: When = anchor.precision === 'day' ? anchor : dayOf(documentDate);
  candidates.forEach((candidate, i) => {
    const governed = clauses[i] ?? { clause: sentence, own: sentence };
    const future =
      FUTURE.test(governed.own) ||
      FUTURE.test(governed.clause) ||
      RESCHEDULED_TO.test(sentence.slice(Math.max(0, candidate.index - 80), candidate.index)) ||
      UNTIL_BEFORE.test(sentence.slice(Math.max(0, candidate.index - 20), candidate.index)) ||
      /^(?:until|till)\s/i.test(candidate.expression) ||
      (/^by\s/i.test(candidate.expression) && candidate.index > 0);
    let when = candidate.when;
    if (candidate.yearless !== undefined) {
      when = resolveYearless(candidate.yearless, documentDate, future);
    } else if (candidate.rangeEnd !== undefined) {
      when = previous === null ? null : resolveRangeEnd(candidate.rangeEnd, previous);
    } else if (candidate.relative !== undefined) {
      const base = previous ?? anchor;
      when = resolveRelative(candidate.relative, base, previousDay);
    } else if (candidate.weekday !== undefined) {
      when = resolveWeekday(candidate.weekday, previousDay);
    }
    if (when === null) return;
    found.push({
      expression: candidate.expression,
      index: candidate.index,
      when,
      clause: governed.clause,
    });
    previous = when;
    if (when.precision === 'day') previousDay = when;
  });
  return found;
}

/** Every date expression of the sentence in order, not yet resolved where that needs context. */
function candidatesOf(sentence: string, documentDate: string): Candidate[] {
  const candidates: Candidate[] = [];
  // Characters already read as part of a date; an array, not a list of spans, so that checking
  // stays linear when a hostile sentence holds thousands of dates.
  const covered = new Uint8Array(sentence.length);
  const overlaps = (start: number, end: number): boolean =>
    covered.subarray(start, end).some((mark) => mark === 1);
  const take = (start: number, end: number): void => {
    covered.fill(1, start, end);
  };
  const add = (candidate: Candidate): void => {
    take(candidate.index, candidate.index + candidate.length);
    candidates.push(candidate);
  };
  const span = (index: number, text: string) => ({ index, length: text.length, expression: text });

  // "on the following day": the preposition belongs to the expression, as chrono's "on Wednesday".
  const withPreposition = (match: RegExpExecArray) => {
    const lead = /\b(?:on|in|by|during|until|till|within)\s+$/i.exec(
      nearBefore(sentence, match.index),
    );
    const index = match.index - (lead?.[0].length ?? 0);
    return span(index, sentence.slice(index, match.index + match[0].length));
  };
  for (const match of sentence.matchAll(RELATIVE)) {
    add({ ...withPreposition(match), when: null, relative: match });
  }
  for (const match of sentence.matchAll(RELATIVE_WEEKDAY)) {
    const sign = /^(?:previous|prior|preceding)$/i.test(match[1] ?? '') ? -1 : 1;
    const day = WEEKDAYS.indexOf((match[2] ?? '').toLowerCase());
    add({ ...withPreposition(match), when: null, weekday: { day, sign } });
  }
  for (const match of sentence.matchAll(NEAR_DOCUMENT)) {
    if (overlaps(match.index, match.index + match[0].length)) continue;
    add({ ...withPreposition(match), when: nearDocument(match, documentDate) });
  }
  for (const match of sentence.matchAll(NEW_YEAR)) {
    if (overlaps(match.index, match.index + match[0].length)) continue;
    const [year = 1970, month = 1] = documentDate.split('-').map(Number);
    // Written in the second half of a year, "the New Year" is the coming one.
    const when: When = { date: pad(month >= 7 ? year + 1 : year, 4), precision: 'year' };
    add({ ...span(match.index, match[0]), when });
  }
  for (const match of sentence.matchAll(BARE_YEAR)) {
    const year = match[1] ?? '';
    if (overlaps(match.index, match.index + match[0].length)) continue;
    // "Act of 1950", "Class of 2020": a capitalised word before "of" makes the year a name.
    if (/^of\b/i.test(match[0]) && isNameBefore(nearBefore(sentence, match.index))) continue;
    const index = edgeStart(sentence, match.index, match[0]);
    const expression = sentence.slice(index, match.index + match[0].length);
    add({ ...span(index, expression), when: { date: year, precision: 'year' } });
  }
  for (const [offset, piece] of chronoPieces(sentence)) {
    for (const result of chrono.parse(piece, referenceOf(documentDate))) {
      const found: Found = {
        index: result.index + offset,
        text: result.text,
        start: result.start,
        end: result.end,
      };
      candidates.push(...chronoCandidates(sentence, found, overlaps, take));
    }
  }
  // After chrono, so that the year of "December 29, 2016 phone call" stays with its day.
  for (const match of sentence.matchAll(YEAR_BEFORE_WORD)) {
    const year = match[1] ?? '';
    const end = match.index + year.length;
    if (overlaps(match.index, end)) continue;
    const opening = NOUN_PHRASE_OPENING.exec(nearBefore(sentence, match.index));
    if (opening === null) continue;
    // The determiner or possessive pronoun joins the expression ("the 2016"); a name's "'s" not.
    const determiner = /^(?:the|a|an|his|her|its|their|our|my|your|this|that)\s+$/i.test(
      opening[0],
    );
    const index = determiner ? match.index - opening[0].length : match.index;
    add({
      ...span(index, sentence.slice(index, end)),
      when: { date: year, precision: 'year' },
      kind: 'attributive',
    });
  }
  return candidates.sort((a, b) => a.index - b.index);
}

/** What is used of a chrono result, placed in the whole sentence. */
type Found = Pick<chrono.ParsedResult, 'index' | 'text' | 'start' | 'end'>;

function chronoCandidates(
  sentence: string,
  result: Found,
  overlaps: (start: number, end: number) => boolean,
  take: (start: number, end: number) => void,
): Candidate[] {
  const text = result.text.replace(/[\s,.;:]+$/, '');
  const end = result.index + text.length;
  // All capitals ("USA TODAY") is a name, not a date.
  if (overlaps(result.index, end) || VAGUE.test(text) || isAllCapitals(text)) return [];
  if (DURATION.test(text) || isName(sentence, result.index, text)) return [];
  // "9/11", "24/7": numbers with a slash and no year are names or rates in prose, not dates.
  if (/^\d{1,2}\/\d{1,2}$/.test(text)) return [];
  let when = whenOf(result.start);
  if (when === null) return [];
  if (EDGE_WORDS.test(text) && when.precision === 'day') {
    // "the end of February 2019" is a time within February, not its last day.
    when = result.start.isCertain('month')
      ? { date: when.date.slice(0, 7), precision: 'month' }
      : { date: when.date.slice(0, 4), precision: 'year' };
  }
  const preposition = PREPOSITION.exec(nearBefore(sentence, result.index));
  const bareMonth = when.precision === 'month' && !result.start.isCertain('year');
  // A month name alone ("March", "May") is a date only after a preposition ("in March"), unless
  // it cannot be anything else ("proclaims February as…").
  if (bareMonth && preposition === null && !isUnambiguousMonth(text)) return [];
  let index = preposition === null ? result.index : result.index - preposition[0].length;
  if (EDGE_WORDS.test(text)) index = edgeStart(sentence, result.index, text);
  const yearless = yearlessOf(result.start, text);
  const candidate: Candidate = {
    index,
    length: end - index,
    expression: sentence.slice(index, end),
    when,
    ...(yearless === null ? {} : { yearless }),
  };
  take(index, end);
  const range = rangeEndOf(result, text);
  if (range === null) return [candidate];
  // A range gives two dates ("September 15 – October 15"), each its own expression.
  candidate.expression = sentence.slice(index, result.index + range.offset).replace(/[\s,]+$/, '');
  candidate.length = candidate.expression.length;
  const last = endOf(result);
  const rangeEnd: Candidate = {
    index: result.index + range.offset + range.skip,
    length: text.length - range.offset - range.skip,
    expression: text.slice(range.offset + range.skip),
    when: last === undefined ? null : whenOf(last),
    ...(yearless === null || last === undefined
      ? {}
      : {
          rangeEnd: {
            month: last.get('month') ?? 1,
            day: last.isCertain('day') ? (last.get('day') ?? null) : null,
          },
        }),
  };
  const whole = { index, length: end - index };
  return [
    { ...candidate, whole },
    { ...rangeEnd, whole },
  ];
}

/** Longer text is given to chrono in pieces of about this many characters. */
const CHRONO_PIECE = 600;

/**
 * The sentence in pieces for chrono, with their offsets: one piece for a sentence of ordinary
 * length, else pieces cut at a comma or a space. chrono's refiners reread the text before each
 * date they find, so one very long run of dates would cost n².
 */
function chronoPieces(sentence: string): [number, string][] {
  if (sentence.length <= CHRONO_PIECE * 2) return [[0, sentence]];
  const pieces: [number, string][] = [];
  let start = 0;
  while (start < sentence.length) {
    let end = Math.min(sentence.length, start + CHRONO_PIECE);
    if (end < sentence.length) {
      const window = sentence.slice(start, end);
      const cut = Math.max(window.lastIndexOf(', '), window.lastIndexOf('. '));
      const space = window.lastIndexOf(' ');
      if (cut > CHRONO_PIECE / 2) end = start + cut + 1;
      else if (space > 0) end = start + space;
    }
    pieces.push([start, sentence.slice(start, end)]);
    start = end;
  }
  return pieces;
}

/** chrono's types say `end` is optional, but at run time it is null when absent. */
function endOf(result: Found): chrono.ParsedComponents | undefined {
  const end = result.end as chrono.ParsedComponents | null | undefined;
  return end ?? undefined;
}

/** Where a range's end starts in chrono's text: after the last dash or "to"/"through". */
function rangeEndOf(result: Found, text: string): { offset: number; skip: number } | null {
  if (endOf(result) === undefined) return null;
  const separators = [...text.matchAll(/\s*(?:[–—-]|\b(?:to|through|thru|until|till)\b)\s*/gi)];
  const last = separators.at(-1);
  if (last === undefined || last.index === 0) return null;
  const rest = text.slice(last.index + last[0].length);
  // "Jan 20-27, 2017": a bare day number is no expression of its own.
  if (!/\p{L}/u.test(rest)) return null;
  return { offset: last.index, skip: last[0].length };
}

/** Extends an expression back over "by the end of" / "for the" before "end of". */
function edgeStart(sentence: string, index: number, text: string): number {
  const before = nearBefore(sentence, index);
  const pattern = /^of\b/i.test(text)
    ? EDGE_BEFORE_OF
    : EDGE_WORDS.test(text)
      ? EDGE_BEFORE_WORDS
      : null;
  const edge = pattern?.exec(before) ?? null;
  return edge === null ? index : index - edge[0].length;
}

/** Whether the date words at `index` belong to a name or compound rather than give a date. */
function isName(sentence: string, index: number, text: string): boolean {
  const after = sentence.slice(index + text.length);
  // "Mar-a-Lago", "nine-month": a hyphenated compound, unless a "mid-" or "early-" prefix.
  if (/^-\p{L}/u.test(after)) return true;
  const before = nearBefore(sentence, index);
  if (/\p{L}-$/u.test(before) && !DATE_PREFIX.test(before)) return true;
  // "the September 11 attacks": an event named by its date.
  if (/\d$/.test(text) && !/\b\d{4}$/.test(text) && EVENT_NAME.test(after)) return true;
  if (!/^\p{Lu}/u.test(text) || !DATE_WORD.test(text)) return false;
  // "USA Today", "Fox News Sunday", "Theresa May": a capitalised word right before.
  if (isNameBefore(before)) return true;
  // "Sunday Times", "Today Show": a lone date word right before a capitalised word.
  return !/\s/.test(text) && /^\s+\p{Lu}\p{Ll}/u.test(after) && !DATE_WORD.test(after.trim());
}

/**
 * The words just before an offset. Patterns anchored at the end are matched against this window,
 * not the whole prefix, so many dates in a long sentence do not cost n² (no lead-in is longer).
 */
function nearBefore(sentence: string, index: number): string {
  return sentence.slice(Math.max(0, index - 60), index);
}

/** Whether the text ends with a capitalised word that reads as part of a name. */
function isNameBefore(before: string): boolean {
  const word = /(?:^|[\s("“])(\p{Lu}[\p{L}\p{M}'’.&]*)\s+$/u.exec(before)?.[1];
  if (word === undefined) return false;
  const bare = word.toLowerCase().replace(/['’]s$/, '');
  return !CAPITALISED_FUNCTION_WORDS.has(bare) && !MONTHS.includes(bare);
}

function isUnambiguousMonth(text: string): boolean {
  const word = text.trim();
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    MONTHS.includes(word.toLowerCase()) &&
    !AMBIGUOUS_MONTHS.has(word.toLowerCase())
  );
}

function yearlessOf(components: chrono.ParsedComponents, text: string): Yearless | null {
  if (components.isCertain('year')) return null;
  const month = components.get('month');
  const day = components.get('day');
  if (components.isCertain('month') && month !== null) {
    if (components.isCertain('day') && day !== null) return { kind: 'day', month, day };
    return { kind: 'month', month };
  }
  const weekday = components.get('weekday');
  // Only a plain weekday: "last Friday" and "next Monday" are already placed by chrono. "This
  // Wednesday" is plain too: chrono reads it forward, but a report uses it for the past week
  // as often as for the coming one, so the clause's tense decides.
  const plain = /^(?:on\s+|this\s+)?\p{L}+day(?:\s+(?:night|morning|afternoon|evening))?$/iu.test(
    text,
  );
  if (components.isCertain('weekday') && weekday !== null && plain) {
    return { kind: 'weekday', weekday };
  }
  return null;
}

/**
 * The latest such date on or before the document date, or the first on or after it when the clause
 * speaks of the future. A date at most NEAR_FUTURE_DAYS after the document date is the same year:
 * a report dated 12 December that says "on 15 December" was updated later, it does not mean the
 * year before.
 */
const NEAR_FUTURE_DAYS = 7;

function resolveYearless(yearless: Yearless, documentDate: string, future: boolean): When | null {
  const [year = 1970, month = 1, day = 1] = documentDate.split('-').map(Number);
  const today = Date.UTC(year, month - 1, day);
  if (yearless.kind === 'weekday') {
    const weekday = new Date(today).getUTCDay();
    const shift = future
      ? (yearless.weekday - weekday + 7) % 7
      : -((weekday - yearless.weekday + 7) % 7);
    return whenOfTime(today + shift * 86_400_000, 'day');
  }
  if (yearless.kind === 'month') {
    const inYear = future
      ? yearless.month >= month
        ? year
        : year + 1
      : yearless.month <= month
        ? year
        : year - 1;
    if (!isSupportedYear(inYear)) return null;
    return { date: `${pad(inYear, 4)}-${pad(yearless.month, 2)}`, precision: 'month' };
  }
  const days = [year - 1, year, year + 1]
    .filter((candidate) => isRealDate(candidate, yearless.month, yearless.day))
    .map((candidate) => Date.UTC(candidate, yearless.month - 1, yearless.day));
  const past = days.filter((time) => time <= today).at(-1);
  const ahead = days.find((time) => time >= today);
  const chosen =
    future || past === undefined
      ? ahead
      : ahead !== undefined && ahead - today <= NEAR_FUTURE_DAYS * 86_400_000
        ? ahead
        : past;
  return chosen === undefined ? null : whenOfTime(chosen, 'day');
}

/** The end of a range falls on or after its start ("September 15 – October 15"). */
function resolveRangeEnd(end: { month: number; day: number | null }, start: When): When | null {
  const year = Number(start.date.slice(0, 4));
  const startMonth = Number(start.date.slice(5, 7) || '1');
  const inYear = end.month < startMonth ? year + 1 : year;
  if (!isSupportedYear(inYear)) return null;
  if (end.day === null)
    return { date: `${pad(inYear, 4)}-${pad(end.month, 2)}`, precision: 'month' };
  if (!isRealDate(inYear, end.month, end.day)) return null;
  return { date: isoDay(inYear, end.month, end.day), precision: 'day' };
}

/**
 * "earlier this week" / "later this week" give the month of the day just before / after the
 * document date: the week is the document's own, but no single day of it is meant, and month
 * precision is the finest that is honest. "… this month/year" give the document's month/year.
 */
function nearDocument(match: RegExpMatchArray, documentDate: string): When | null {
  const direction = (match[1] ?? '').toLowerCase();
  const unit = (match[2] ?? '').toLowerCase();
  if (unit === 'year') return { date: documentDate.slice(0, 4), precision: 'year' };
  if (unit === 'month') return { date: documentDate.slice(0, 7), precision: 'month' };
  const [year = 1970, month = 1, day = 1] = documentDate.split('-').map(Number);
  const shift = direction === 'earlier' ? -1 : 1;
  return whenOfTime(Date.UTC(year, month - 1, day + shift), 'month');
}

function referenceOf(documentDate: string): chrono.ParsingReference {
  const [year, month, day] = documentDate.split('-').map(Number);
  // Noon UTC with a zero offset, so the calendar day never shifts with the machine's time zone.
  return { instant: new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12)), timezone: 0 };
}

function whenOf(components: chrono.ParsedComponents): When | null {
  const year = components.get('year');
  const month = components.get('month');
  const day = components.get('day');
  if (year === null || month === null || day === null || !isSupportedYear(year)) return null;
  const known = (component: chrono.Component): boolean => components.isCertain(component);
  if (known('day') || known('weekday')) return { date: isoDay(year, month, day), precision: 'day' };
  if (known('month')) return { date: `${pad(year, 4)}-${pad(month, 2)}`, precision: 'month' };
  if (known('year')) return { date: pad(year, 4), precision: 'year' };
  return null;
}

/**
 * `anchor` is the date before the phrase; a phrase counted in days or weeks needs a day, so it
 * falls back to `dayAnchor`, the latest day-precision date (at worst the document date).
 */
function resolveRelative(match: RegExpMatchArray, anchor: When, dayAnchor: When): When | null {
  const direction = (match[1] ?? match[3] ?? match[7] ?? '').toLowerCase();
  const unit = (match[2] ?? match[4] ?? match[6] ?? '').toLowerCase().replace(/s$/, '');
  const count = match[5] === undefined ? 1 : (NUMBER_WORDS[match[5].toLowerCase()] ?? 1);
  // "later that day" / "earlier that month" stay within the date already given.
  if (match[3] !== undefined) return anchor;
  const sign = ['previous', 'prior', 'earlier'].includes(direction) ? -1 : 1;
  const base =
    (unit === 'day' || unit === 'week') && anchor.precision !== 'day' ? dayAnchor : anchor;
  const [year = 1970, month = 1, day = 1] = base.date.split('-').map(Number);
  const precision: Precision =
    unit === 'year' ? 'year' : unit === 'month' ? coarser(base.precision, 'month') : base.precision;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (unit === 'day') date.setUTCDate(date.getUTCDate() + sign * count);
  if (unit === 'week') date.setUTCDate(date.getUTCDate() + sign * 7 * count);
  if (unit === 'month') date.setUTCMonth(date.getUTCMonth() + sign * count, 1);
  if (unit === 'year') date.setUTCFullYear(date.getUTCFullYear() + sign * count, 0, 1);
  return whenOfTime(date.getTime(), precision);
}

/** The first such weekday after (or before) the day before it in the text. */
function resolveWeekday(
  { day, sign }: { day: number; sign: 1 | -1 },
  dayAnchor: When,
): When | null {
  const [year = 1970, month = 1, date = 1] = dayAnchor.date.split('-').map(Number);
  const base = new Date(Date.UTC(year, month - 1, date));
  const ahead = (day - base.getUTCDay() + 7) % 7 || 7;
  const behind = (base.getUTCDay() - day + 7) % 7 || 7;
  base.setUTCDate(base.getUTCDate() + (sign === 1 ? ahead : -behind));
  return whenOfTime(base.getTime(), 'day');
}

function whenOfTime(time: number, precision: Precision): When | null {
  const date = new Date(time);
  if (!isSupportedYear(date.getUTCFullYear())) return null;
  const day = isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  return { date: truncate(day, precision), precision };
}

function dayOf(documentDate: string): When {
  return { date: documentDate, precision: 'day' };
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (!isSupportedYear(year)) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function coarser(a: Precision, b: Precision): Precision {
  const order: Precision[] = ['day', 'month', 'year'];
  return order[Math.max(order.indexOf(a), order.indexOf(b))] ?? 'year';
}

function truncate(day: string, precision: Precision): string {
  return precision === 'day' ? day : precision === 'month' ? day.slice(0, 7) : day.slice(0, 4);
}

function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function isAllCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}
