/**
 * The words that say what a claim or a topic is about: its rarest in the dataset, which a text
 * must mostly mention to be on it at all.
 */
import { synonymsOf } from '../search/synonyms.js';
import { isStopword, stem, words } from '../search/text.js';
import { LIGHT_WORDS } from '../search/wordnet-words.js';
import { placeFormsOf } from '../search/wordnet.js';
import type { AnswerContext } from './context.js';

/** How many of a claim's rarest words decide whether a text is about it (most must be there). */
export const DISTINCTIVE_WORDS = 3;

/**
 * The claim's rarest words in the dataset (their stems, rarest first, unknown words before all):
 * what a text must mostly mention to be about the claim at all ("swamp" and "drain" in "drain the
 * swamp by the end of his first year", not "end" and "year").
 */
export function distinctiveStems(ctx: AnswerContext, claim: string): string[] {
  const counted = new Map<string, number>();
  for (const word of words(claim)) {
    // Light verbs ("get" in "get rid of") say little of what a claim is about.
    if (word.length < 3 || isStopword(word) || LIGHT_WORDS.has(word)) continue;
    const term = stem(word);
    // A word the dataset never uses is the most distinctive of all.
    counted.set(term, ctx.index.text.frequency(term));
  }
  return [...counted]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, DISTINCTIVE_WORDS)
    .map(([term]) => term);
}

/**
 * Whether the text mentions most of the stems (two, or the only one), directly or through a
 * synonym.
 */
export function mentionsMost(text: string, wanted: readonly string[]): boolean {
  const present = new Set(words(text).map(stem));
  const found = wanted.filter(
    (term) =>
      present.has(term) ||
      [...synonymsOf(term), ...placeFormsOf(term)].some((synonym) => present.has(synonym)),
  );
  return found.length >= Math.min(2, wanted.length);
}
