/**
 * How close a claimed quotation is to a real one, for `verify` and `who said`.
 *
 * Verdicts, on folded words:
 * - exact: the claim's words appear in the quote in the same order, or the quote's in the claim
 *   (at least 3 words), ignoring case, punctuation and accents;
 * - paraphrase: at least 60% of the claim's content stems (synonyms, WordNet's and its looser kin,
 *   a phrasal verb's one-word sense, and for a writer's report the word's kinds, count) appear in
 *   the quote, at least two of them, and both say "not/never/no/deny/fail to" or neither does (a
 *   denial is not its opposite); a word matched by its WordNet antonym ("eligible" for
 *   "ineligible") counts as present but flips what the quote says;
 * - related: exact or paraphrase words, but the quote's own sentence denies them (`were not
 *   "misleading."`) while the claim does not, or the other way round;
 * - otherwise not found.
 */
import { newsOppositesOf, synonymsOf } from '../search/synonyms.js';
import {
  phrasalKinIn,
  placeFormsOf,
  wordnetAntonymsOf,
  wordnetBroaderOf,
  wordnetNarrowerOf,
  wordnetKinOf,
  wordnetSynonymsOf,
} from '../search/wordnet.js';
import { NEGATIONS, isStopword, stem, writtenWords } from '../search/text.js';
import type { Verdict } from './types.js';

export const PARAPHRASE_COVERAGE = 0.6;
export const MIN_SHARED_STEMS = 2;
const MIN_EXACT_WORDS = 3;
/**
 * Verbs that deny what follows them, as "not" does: "denies hiding" says "did not hide", "stopped
 * trying to interfere" that it is no longer trying, "declined to stay on" that they did not stay.
 */
const DENIALS: ReadonlySet<string> = new Set(
  (
    'deny denies denied denying stop stops stopped stopping cease ceases ceased ceasing ' +
    'refuse refuses refused refusing decline declines declined declining'
  ).split(' '),
);

/** "fails to attend" says "did not attend": these before "to" deny the verb after it. */
const FAILING: ReadonlySet<string> = new Set(['fail', 'fails', 'failed', 'failing']);
/** How close before a word a denial governs that word alone: "fails to attend". */
const DENIAL_REACH = 2;

export interface Comparison {
  verdict: Verdict;
  /** Share of the claim's content stems found in the quote, 0..1. */
  coverage: number;
}

/** A text's words as compared. Shared by every comparison of the text (see `shapeOf`). */
interface Shape {
  readonly sequence: string;
  readonly wordCount: number;
  /** Content stems, each with the word positions it stands at. */
  readonly stems: ReadonlyMap<string, readonly number[]>;
  /** Positions of "not", "never", "denies"… */
  readonly negations: readonly number[];
  /** What the text's phrasal verbs say in one word, by the verb's stem: "drop" → "visit". */
  readonly phrasal: ReadonlyMap<string, readonly string[]>;
  /** Positions of words written capitalised after the first: parts of names ("White House"). */
  readonly nameWords: ReadonlySet<number>;
}

/**
 * How far before the first matched word, and after the last, a negation still governs them:
 * "did not think it …", "… approved it, not …".
 */
const NEGATION_REACH_BEFORE = 4;
const NEGATION_REACH_AFTER = 2;

/**
 * Shapes of recently compared texts. A claim is compared with up to a hundred quotes and their
 * sentences, and the same quotes come back for the next claim: shaping each text once is most of
 * a verification's time saved.
 */
const shapes = new Map<string, Shape>();

function shapeOf(text: string): Shape {
  return memoised(shapes, text, shapeOfText);
}

/** How many entries a memo keeps: cleared when full, so it never grows with the dataset. */
const MEMO_KEPT = 20_000;

/** `memo`'s value for `key`, made and kept on first use. */
function memoised<V>(memo: Map<string, V>, key: string, make: (key: string) => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= MEMO_KEPT) memo.clear();
    value = make(key);
    memo.set(key, value);
  }
  return value;
}

function shapeOfText(text: string): Shape {
  const { written, folded } = writtenWords(text);
  const kept = folded.flatMap((word, at) => (word.length > 0 ? [at] : []));
  const all = kept.map((at) => folded[at] ?? '');
  const nameWords = new Set(
    kept.flatMap((at, position) =>
      position > 0 && /^\p{Lu}/u.test(written[at] ?? '') ? [position] : [],
    ),
  );
  const stems = new Map<string, number[]>();
  const negations: number[] = [];
  all.forEach((word, position) => {
    const failsTo = FAILING.has(word) && all[position + 1] === 'to';
    if (NEGATIONS.has(word) || DENIALS.has(word) || failsTo) negations.push(position);
    else if (!isStopword(word)) {
      const term = stem(word);
      stems.set(term, [...(stems.get(term) ?? []), position]);
    }
  });
  return {
    sequence: ` ${all.join(' ')} `,
    wordCount: all.length,
    stems,
    negations,
    phrasal: phrasalKinIn(all),
    nameWords,
  };
}

/**
 * Whether the quote's words that match the claim are denied: a negation among them or just
 * around them. One elsewhere in a long text ("despite the report's having nothing to do with
 * …") is about something else.
 */
function deniedWhereMatched(shape: Shape, matched: readonly number[]): boolean {
  if (matched.length === 0) return shape.negations.length > 0;
  const first = Math.min(...matched) - NEGATION_REACH_BEFORE;
  const last = Math.max(...matched) + NEGATION_REACH_AFTER;
  return shape.negations.some((position) => position >= first && position <= last);
}

export interface CompareOptions {
  /** The words around the quotation deny it (see `Quote.negated`). */
  readonly framingNegated?: boolean;
  /**
   * A word's kind says it, and so does a kind of it ("drugs" for "narcotics", "lunch" for
   * "meal"): for a writer's report of what was done, which names it more generally or more
   * exactly than the asker did. Not for a speaker's own words, which say what they say.
   */
  readonly kinds?: boolean;
}

export function compareQuote(
  claim: string,
  quote: string,
  { framingNegated = false, kinds = false }: CompareOptions = {},
): Comparison {
  const comparison = compareWords(claim, quote, kinds);
  if (!framingNegated || comparison.verdict === 'not-found') return comparison;
  return { verdict: 'related', coverage: comparison.coverage };
}

/**
 * Whether a text holds a word of the claim only as its opposite ("votes to limit the president's
 * ability" for "vote to expand the president's power"), though it need not hold enough of the
 * claim to say it. A denial in the text is not counted: outside the sentence that says the claim
 * a "not" may belong to anything ("Mexico will not pay" says "Mexico refuses to pay").
 */
export function saysTheOpposite(claim: string, text: string): boolean {
  const said = shapeOf(text);
  // A denial right before the opposite word takes it back: "fails to attend" says "miss".
  const denied = (position: number): boolean =>
    said.negations.some((at) => at < position && position - at <= DENIAL_REACH);
  const { oppositeAt } = shared(shapeOf(claim), said, false);
  return oppositeAt.filter((position) => !denied(position)).length % 2 === 1;
}

/** Each opposite word flips the meaning once: "disagrees" says "did not agree". */
function agreeing(claim: Shape, text: Shape, opposites: number, positions: number[]): boolean {
  const claimDenies = claim.negations.length > 0;
  const textDenies = deniedWhereMatched(text, positions);
  return (claimDenies === textDenies) === (opposites % 2 === 0);
}

function compareWords(claim: string, quote: string, kinds: boolean): Comparison {
  const a = shapeOf(claim);
  const b = shapeOf(quote);
  if (a.wordCount === 0 || b.wordCount === 0) return { verdict: 'not-found', coverage: 0 };
  const { count, positions, oppositeAt } = shared(a, b, kinds);
  const opposites = oppositeAt.length;
  const coverage = count / Math.max(1, a.stems.size);
  if (
    a.sequence === b.sequence ||
    (a.wordCount >= MIN_EXACT_WORDS && b.sequence.includes(a.sequence)) ||
    (b.wordCount >= MIN_EXACT_WORDS && a.sequence.includes(b.sequence))
  ) {
    return { verdict: 'exact', coverage: 1 };
  }
  const enough = count >= Math.min(MIN_SHARED_STEMS, a.stems.size);
  if (coverage >= PARAPHRASE_COVERAGE && enough && agreeing(a, b, opposites, positions)) {
    return { verdict: 'paraphrase', coverage };
  }
  return { verdict: 'not-found', coverage };
}

/**
 * How many claim stems the quote holds, how many of those only as their opposite, and the
 * positions in the quote of the word matching each. A quote word stands for one claim word only:
 * "positive" is the news synonym of "test", but "positive interactions with the police" holds one
 * word of "test positive for the coronavirus", not two; a word the quote has twice may stand for
 * two ("investigation" for "probe" and for "inquiry"). The claim's own words are
 * matched first, so a synonym takes only what they left.
 */
function shared(
  claim: Shape,
  quote: Shape,
  withKinds: boolean,
): { count: number; positions: number[]; oppositeAt: number[] } {
  let count = 0;
  const positions: number[] = [];
  const oppositeAt: number[] = [];
  // Each quote word stands for one claim word: once per time the quote has it.
  const taken = new Set<number>();
  const firstOf = (terms: readonly string[], inNames = true): number | undefined => {
    for (const term of terms) {
      const found = quote.stems
        .get(term)
        ?.find((position) => !taken.has(position) && (inNames || !quote.nameWords.has(position)));
      if (found === undefined) continue;
      taken.add(found);
      return found;
    }
    return undefined;
  };
  const unmatched: string[] = [];
  for (const term of claim.stems.keys()) {
    const same = firstOf([term]);
    if (same === undefined) unmatched.push(term);
    else {
      positions.push(same);
      count++;
    }
  }
  for (const term of unmatched) {
    const { sameSense, kinds, oppositeSense } = kinOf(term);
    // A phrasal verb says its own thing: "drop in on" is "visit", whatever "drop" says alone.
    // A word's kind is said by a common word, not by a name: "home" is no "White House".
    const same =
      firstOf([...(claim.phrasal.get(term) ?? []), ...sameSense]) ??
      (withKinds ? firstOf(kinds, false) : undefined);
    const opposite = same === undefined ? firstOf(oppositeSense) : undefined;
    if (same !== undefined) positions.push(same);
    else if (opposite !== undefined) {
      positions.push(opposite);
      oppositeAt.push(opposite);
    } else continue;
    count++;
  }
  return { count, positions, oppositeAt };
}

/**
 * The words that say a stem in other words, and those that say its opposite, worked out once per
 * stem: a claim's words are looked up again for every quote it is compared with.
 */
function kinOf(term: string): Kin {
  return memoised(kinByTerm, term, kinOfTerm);
}

function kinOfTerm(term: string): Kin {
  // "skip" is the opposite of "attend" through its news synonym "miss", and of "participate"
  // through the news synonym of "attend".
  const antonyms = [term, ...synonymsOf(term)].flatMap((word) => [
    ...wordnetAntonymsOf(word),
    ...newsOppositesOf(word),
  ]);
  return {
    // "France" is said by "the French presidential election".
    sameSense: [
      ...synonymsOf(term),
      ...wordnetSynonymsOf(term),
      ...placeFormsOf(term),
      ...wordnetKinOf(term),
    ],
    kinds: [...wordnetBroaderOf(term), ...wordnetNarrowerOf(term)],
    oppositeSense: [...antonyms, ...antonyms.flatMap(synonymsOf)],
  };
}

interface Kin {
  readonly sameSense: readonly string[];
  /** The word's kinds (WordNet hypernyms) and the kinds of it (hyponyms): "lunch" ↔ "meal". */
  readonly kinds: readonly string[];
  readonly oppositeSense: readonly string[];
}

const kinByTerm = new Map<string, Kin>();
