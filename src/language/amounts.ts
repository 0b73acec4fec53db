/**
 * Amounts written with digits and a scale ("196,410", "2 million", "15k", "$1.2 billion") and the
 * bounds a claim sets with them ("more than 2 million", "passed 200,000", "no more than 15k"), so
 * a claim of a bound can be checked against the amount a text gives.
 */

const SCALES: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
  trillion: 1e12,
};

/** Digits (with thousands commas and a decimal part) and an optional scale word. */
const AMOUNT_SOURCE = String.raw`\$?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(k|thousand|million|billion|trillion|bn|m)\b)?`;
const AMOUNT = new RegExp(`(?<![\\p{L}\\d.,])${AMOUNT_SOURCE}(?![\\d,]*\\d)`, 'giu');

/** Words that set a lower bound: the amount is above it. */
const ABOVE = String.raw`more\s+than|over|above|passed|past|exceeded|exceeding|topped|surpassed|at\s+least|upwards\s+of|in\s+excess\s+of`;
/** Words that set an upper bound: the amount is at most it. */
const AT_MOST = String.raw`no\s+more\s+than|fewer\s+than|less\s+than|under|below|at\s+most|up\s+to`;
const AT_MOST_WORDS = new RegExp(`^(?:${AT_MOST})$`, 'i');
/** Bound words that the value itself meets: "at least 100", "passed 200,000". */
const INCLUSIVE_WORDS = /^(?:at least|passed|past|topped|surpassed|no more than|at most|up to)$/;
const BOUND = new RegExp(
  `\\b(${AT_MOST}|${ABOVE})\\s+(?:the\\s+|a\\s+)?(?:(?:already|nearly|almost)\\s+)?${AMOUNT_SOURCE}`,
  'giu',
);

export interface Amount {
  value: number;
  start: number;
  end: number;
}

export interface Bound {
  /** "above": the amount exceeds (or, for "at least" and "passed", reaches) the value. */
  kind: 'above' | 'at-most';
  value: number;
  /** Whether reaching the value itself meets the bound ("at least", "passed", "no more than"). */
  inclusive: boolean;
  start: number;
  end: number;
}

function valueOf(digits: string, scale: string | undefined): number {
  const base = Number(digits.replace(/,/g, ''));
  return scale === undefined ? base : base * (SCALES[scale.toLowerCase()] ?? 1);
}

/** The amounts a text writes with digits, years left out ("in 2019" counts nothing). */
export function amountsIn(text: string): Amount[] {
  return [...text.matchAll(AMOUNT)].flatMap((match) => {
    const [whole, digits = '', scale] = match;
    if (scale === undefined && /^(?:19|20)\d\d$/.test(digits)) return [];
    return [{ value: valueOf(digits, scale), start: match.index, end: match.index + whole.length }];
  });
}

/** The bounds a claim sets on amounts: "more than 2 million cases", "no more than 15k". */
export function boundsIn(text: string): Bound[] {
  return [...text.matchAll(BOUND)].map((match) => {
    const [whole, word = '', digits = '', scale] = match;
    const lower = word.toLowerCase().replace(/\s+/g, ' ');
    return {
      kind: AT_MOST_WORDS.test(lower) ? 'at-most' : 'above',
      value: valueOf(digits, scale),
      inclusive: INCLUSIVE_WORDS.test(lower),
      start: match.index,
      end: match.index + whole.length,
    };
  });
}

/**
 * Whether amounts meet a bound: one of the same order of magnitude as the bound's value (within a
 * factor of ten, so "196,410 deaths" and not "6.6 million cases" answers "passed 200,000") lies
 * on the bound's side. Undefined when none is of that order.
 */
export function meetsBound(bound: Bound, amounts: readonly Amount[]): boolean | undefined {
  const near = amounts.filter(
    (amount) => amount.value >= bound.value / 10 && amount.value <= bound.value * 10,
  );
  if (near.length === 0) return undefined;
  return near.some((amount) =>
    bound.kind === 'above'
      ? amount.value > bound.value || (bound.inclusive && amount.value === bound.value)
      : amount.value < bound.value || (bound.inclusive && amount.value === bound.value),
  );
}
