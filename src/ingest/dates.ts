/**
 * Finds the expressions in a sentence that place something in time and resolves them to an
 * absolute date with its precision. chrono-node does the parsing against the document date (never
 * `forwardDate`: news reports look back). Two things chrono does not do are handled here: bare
 * years ("in 2016") and phrases relative to the previous date in the text ("the next month" after
 * "in February 2016" is March 2016, not next month from the document date).
 */
import * as chrono from 'chrono-node';
import { isSupportedYear, type Precision, type When } from '../dataset/schema.js';

export interface DateExpression {
  /** The words that gave the date, with a leading preposition when there is one. */
  expression: string;
  /** Offset of the expression in the sentence. */
  index: number;
  when: When;
}

const PREPOSITION =
  /\b(in|on|during|since|by|until|till|through|throughout|from|before|after|early|late|mid|of|last|this|next|around)\s+$/i;
/** chrono reads these as dates, but in news text they are vague, durations, or relative to an unknown point. */
const VAGUE =
  /\b(now|several|few|couple|recent|recently|soon|past|seconds?|minutes?|hours?)\b|^(for|within|over)\b|\b(after|before|later|earlier)$|^(last day|in the day|the day)$/i;
const BARE_YEAR =
  /\b(?:(?:in|during|since|by|until|through|throughout|before|after|from|of|early|late|mid-?)\s+|the\s+(?=\d{4}\s+[a-z]))((?:1[89]|20)\d{2})\b(?![-–/]\d)/gi;
const RELATIVE =
  /\b(?:the\s+(next|following|previous|prior)\s+(day|week|month|year)|(later|earlier)\s+that\s+(day|week|month|year)|(a|one|two|three)\s+(days?|weeks?|months?|years?)\s+(later|earlier))\b/gi;

const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };

/**
 * `anchor` is the most recent date earlier in the same text, for relative phrases; it defaults to
 * the document date.
 */
export function findDateExpressions(
  sentence: string,
  documentDate: string,
  anchor: When = { date: documentDate, precision: 'day' },
): DateExpression[] {
  const found: DateExpression[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number): boolean =>
    taken.some(([from, to]) => start < to && end > from);

  for (const match of sentence.matchAll(RELATIVE)) {
    taken.push([match.index, match.index + match[0].length]);
  }
  for (const match of sentence.matchAll(BARE_YEAR)) {
    const year = match[1] ?? '';
    const start = match.index;
    taken.push([start, start + match[0].length]);
    found.push({ expression: match[0], index: start, when: { date: year, precision: 'year' } });
  }
  for (const result of chrono.parse(sentence, referenceOf(documentDate))) {
    const text = result.text.replace(/[\s,.;:]+$/, '');
    const end = result.index + text.length;
    // All capitals ("USA TODAY") is a name, not a date.
    if (overlaps(result.index, end) || VAGUE.test(text) || isAllCapitals(text)) continue;
    const when = whenOf(result.start);
    if (when === null) continue;
    const before = sentence.slice(0, result.index);
    const preposition = PREPOSITION.exec(before);
    // A month name alone ("March", "May") is a date only after a preposition ("in March").
    if (when.precision === 'month' && !result.start.isCertain('year') && preposition === null) {
      continue;
    }
    const index = preposition === null ? result.index : result.index - preposition[0].length;
    taken.push([index, end]);
    found.push({ expression: sentence.slice(index, end), index, when });
  }
  found.sort((a, b) => a.index - b.index);

  // Relative phrases resolve against whatever date precedes them, so they are placed in order.
  const relatives = [...sentence.matchAll(RELATIVE)];
  if (relatives.length === 0) return found;
  const ordered: DateExpression[] = [];
  let previous = anchor;
  let pending = [...found];
  for (const match of relatives) {
    const earlier = pending.filter((expression) => expression.index < match.index);
    pending = pending.filter((expression) => expression.index >= match.index);
    ordered.push(...earlier);
    previous = earlier.at(-1)?.when ?? previous;
    const when = resolveRelative(match, previous);
    if (when !== null) {
      ordered.push({ expression: match[0], index: match.index, when });
      previous = when;
    }
  }
  ordered.push(...pending);
  return ordered;
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

function resolveRelative(match: RegExpMatchArray, anchor: When): When | null {
  const direction = (match[1] ?? match[3] ?? match[7] ?? '').toLowerCase();
  const unit = (match[2] ?? match[4] ?? match[6] ?? '').toLowerCase().replace(/s$/, '');
  const count = match[5] === undefined ? 1 : (COUNTS[match[5].toLowerCase()] ?? 1);
  // "later that day" / "earlier that month" stay within the date already given.
  if (match[3] !== undefined) return anchor;
  const sign = ['previous', 'prior', 'earlier'].includes(direction) ? -1 : 1;
  const [year = 1970, month = 1, day = 1] = anchor.date.split('-').map(Number);
  const precision: Precision =
    unit === 'year'
      ? 'year'
      : unit === 'month'
        ? coarser(anchor.precision, 'month')
        : anchor.precision;
  if ((unit === 'day' || unit === 'week') && anchor.precision !== 'day') return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (unit === 'day') date.setUTCDate(date.getUTCDate() + sign * count);
  if (unit === 'week') date.setUTCDate(date.getUTCDate() + sign * 7 * count);
  if (unit === 'month') date.setUTCMonth(date.getUTCMonth() + sign * count, 1);
  if (unit === 'year') date.setUTCFullYear(date.getUTCFullYear() + sign * count, 0, 1);
  if (!isSupportedYear(date.getUTCFullYear())) return null;
  const resolved = isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  return { date: truncate(resolved, precision), precision };
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
