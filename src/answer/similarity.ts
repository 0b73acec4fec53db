/**
 * How close a claimed quotation is to a real one, for `verify` and `who said`.
 *
 * Verdicts, on folded words:
 * - exact: the claim's words appear in the quote in the same order, or the quote's in the claim
 *   (at least 3 words), ignoring case, punctuation and accents;
 * - paraphrase: at least 60% of the claim's content stems (synonyms, WordNet's too, count) appear in the quote,
 *   at least two of them, and both say "not/never/no" or neither does (a denial is not its opposite);
 * - related: exact or paraphrase words, but the quote's own sentence denies them (`were not
 *   "misleading."`) while the claim does not, or the other way round;
 * - otherwise not found.
 */
import { synonymsOf } from '../search/synonyms.js';
import { wordnetSynonymsOf } from '../search/wordnet.js';
import { NEGATIONS, isStopword, stem, words } from '../search/text.js';
import type { Verdict } from './types.js';

export const PARAPHRASE_COVERAGE = 0.6;
export const MIN_SHARED_STEMS = 2;
const MIN_EXACT_WORDS = 3;

export interface Comparison {
  verdict: Verdict;
  /** Share of the claim's content stems found in the quote, 0..1. */
  coverage: number;
}

interface Shape {
  sequence: string;
  wordCount: number;
  stems: Set<string>;
  negated: boolean;
}

function shapeOf(text: string): Shape {
  const all = words(text).filter((word) => word.length > 0);
  const stems = new Set<string>();
  let negated = false;
  for (const word of all) {
    if (NEGATIONS.has(word)) negated = true;
    else if (!isStopword(word)) stems.add(stem(word));
  }
  return { sequence: ` ${all.join(' ')} `, wordCount: all.length, stems, negated };
}

/** `framingNegated`: the words around the quotation deny it (see `Quote.negated`). */
export function compareQuote(claim: string, quote: string, framingNegated = false): Comparison {
  const comparison = compareWords(claim, quote);
  if (!framingNegated || comparison.verdict === 'not-found') return comparison;
  return { verdict: 'related', coverage: comparison.coverage };
}

function compareWords(claim: string, quote: string): Comparison {
  const a = shapeOf(claim);
  const b = shapeOf(quote);
  if (a.wordCount === 0 || b.wordCount === 0) return { verdict: 'not-found', coverage: 0 };
  const coverage = shared(a.stems, b.stems) / Math.max(1, a.stems.size);
  if (
    a.sequence === b.sequence ||
    (a.wordCount >= MIN_EXACT_WORDS && b.sequence.includes(a.sequence)) ||
    (b.wordCount >= MIN_EXACT_WORDS && a.sequence.includes(b.sequence))
  ) {
    return { verdict: 'exact', coverage: 1 };
  }
  const enough = shared(a.stems, b.stems) >= Math.min(MIN_SHARED_STEMS, a.stems.size);
  if (coverage >= PARAPHRASE_COVERAGE && enough && a.negated === b.negated) {
    return { verdict: 'paraphrase', coverage };
  }
  return { verdict: 'not-found', coverage };
}

function shared(claim: Set<string>, quote: Set<string>): number {
  let count = 0;
  for (const term of claim) {
    if (
      quote.has(term) ||
      synonymsOf(term).some((synonym) => quote.has(synonym)) ||
      wordnetSynonymsOf(term).some((synonym) => quote.has(synonym))
    ) {
      count++;
    }
  }
  return count;
}
