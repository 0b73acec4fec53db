/**
 * Term proximity: words the question writes next to each other ("New Mexico", "North Carolina",
 * "tax return") that the text also writes next to each other. An inverted index scores words
 * apart, so "Mexico" in a trade deal's text ranks like "New Mexico" in a rally's; this feature
 * tells them apart. A ranking feature: 1 when no pair is kept together, more for each one that is.
 */
import { isStopword, stem, words } from '../../search/text.js';

/** How much each question word pair the text keeps together adds to the factor. */
export const PAIR_BONUS = 0.25;
/** At most this many kept pairs count, so a long question does not swamp the other features. */
const MAX_PAIRS = 3;

/**
 * Adjacent word pairs of a text, as "stem stem" keys; also those that initials stand between
 * ("Ninth U.S. Circuit" keeps "ninth circuit" together).
 */
export function stemPairs(text: string): Set<string> {
  const stems = words(text).map(stem);
  const pairs = new Set<string>();
  const addPairs = (sequence: readonly string[]): void => {
    for (let index = 1; index < sequence.length; index += 1) {
      pairs.add(`${sequence[index - 1] ?? ''} ${sequence[index] ?? ''}`);
    }
  };
  addPairs(stems);
  const withoutInitials = stems.filter((term) => term.length > 1);
  if (withoutInitials.length < stems.length) addPairs(withoutInitials);
  return pairs;
}

/**
 * `askedPairs` are the question's adjacent content-word pairs (stopwords removed first would
 * join words the question kept apart, so pairs come from the question as written).
 */
export function proximityFit(text: string, askedPairs: ReadonlySet<string>): number {
  if (askedPairs.size === 0) return 1;
  const have = stemPairs(text);
  let kept = 0;
  for (const pair of askedPairs) if (have.has(pair)) kept += 1;
  return 1 + PAIR_BONUS * Math.min(kept, MAX_PAIRS);
}

/** The question's adjacent word pairs in which neither word is a stopword. */
export function contentPairs(text: string): Set<string> {
  const pairs = new Set<string>();
  for (const pair of stemPairs(text)) {
    const [first = '', second = ''] = pair.split(' ');
    if (!isStopword(first) && !isStopword(second) && first.length > 1 && second.length > 1) {
      pairs.add(pair);
    }
  }
  return pairs;
}

/**
 * What a text keeps of its score when it writes a word of a two-word name the question gives, but
 * not the name.
 */
export const BROKEN_NAME = 0.6;

const CAPITALISED = /^\p{Lu}/u;

/**
 * The question's two-word names, as "stem stem" keys: adjacent words both written with a capital,
 * past the question's first word ("New Mexico", "North Korea", "Trump Tower"). Pairs with a word
 * of `people` (the asked people's names, whose titles vary: "President Trump") are left out.
 */
export function namePairs(question: string, people: ReadonlySet<string>): Set<string> {
  const written = question.split(/[^\p{L}\p{N}'’.-]+/u).filter((word) => word.length > 0);
  const pairs = new Set<string>();
  for (let index = 2; index < written.length; index += 1) {
    const first = written[index - 1] ?? '';
    const second = written[index] ?? '';
    if (!CAPITALISED.test(first) || !CAPITALISED.test(second)) continue;
    const [a = '', b = ''] = [first, second].map((word) => stem(words(word).join('')));
    if (a.length < 2 || b.length < 2 || people.has(a) || people.has(b)) continue;
    pairs.add(`${a} ${b}`);
  }
  return pairs;
}

/**
 * A ranking feature: a text naming the last word of a two-word name the question gives, but not
 * the name ("Mexico" in the "United States–Mexico–Canada Agreement" for "New Mexico"), names
 * something else that shares a word with it. BROKEN_NAME for each such name, else 1. Only the
 * last word, written as a name, counts: "New Hampshire" is no other "New England", and "a state"
 * no other "Sunshine State".
 */
export function nameFit(text: string, names: ReadonlySet<string>): number {
  if (names.size === 0) return 1;
  const have = stemPairs(text);
  const capitalised = new Set(
    text
      .split(/[^\p{L}\p{N}'’.-]+/u)
      .filter((word) => CAPITALISED.test(word))
      .map((word) => stem(words(word).join(''))),
  );
  let fit = 1;
  for (const name of names) {
    if (have.has(name)) continue;
    const last = name.split(' ')[1] ?? '';
    if (capitalised.has(last)) fit *= BROKEN_NAME;
  }
  return fit;
}
