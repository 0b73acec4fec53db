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

/** Adjacent word pairs of a text, as "stem stem" keys. */
export function stemPairs(text: string): Set<string> {
  const stems = words(text).map(stem);
  const pairs = new Set<string>();
  for (let index = 1; index < stems.length; index += 1) {
    pairs.add(`${stems[index - 1] ?? ''} ${stems[index] ?? ''}`);
  }
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
