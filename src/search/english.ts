/**
 * Whether a word the dataset never uses is a word of English all the same, and so no typo to
 * respell as the nearest word it does use: "went" is not a misspelt "west", nor "broader" the name
 * "Browder", nor "really" a "rally".
 */
import { isClosedClass, tagTokens, type Token } from '../language/part-of-speech.js';
import { isStopword, stem } from './text.js';
import { isWordnetWord } from './wordnet.js';
import { LIGHT_WORDS } from './wordnet-words.js';

/**
 * A WordNet lemma ("aside"), or a form the tagger takes back to a known base word: irregular
 * ("bought" → "buy", "feet" → "foot", "broader" → "broad") or run together with "not" ("hadnt").
 * The tagger leaves a typo as it is ("resigend" stays "resigend"), so typos stay typos.
 */
export function isEnglishWord(foldedWord: string): boolean {
  if (isWordnetWord(stem(foldedWord))) return true;
  const tokens = tagTokens(foldedWord);
  return (
    tokens.length > 0 && tokens.every((token) => isClosedClass(token.pos) || baseOf(token) !== null)
  );
}

/**
 * The base word of an irregular form that means something of its own ("bought" → "buy", "threw"
 * → "throw"): what to search for when the dataset has only other forms of it. Not for light
 * verbs ("went" → "go") or function words, which mean too many things.
 */
export function contentBaseOf(foldedWord: string): string | null {
  const [token, ...more] = tagTokens(foldedWord);
  if (token === undefined || more.length > 0 || isClosedClass(token.pos)) return null;
  const base = baseOf(token);
  return base === null || isStopword(base) || LIGHT_WORDS.has(base) ? null : base;
}

/** The token's lemma, when it differs from the token and is a known word; else null. */
function baseOf(token: Token): string | null {
  const lemma = token.lemma;
  if (lemma === token.text.toLowerCase()) return null;
  return isStopword(lemma) || LIGHT_WORDS.has(lemma) || isWordnetWord(stem(lemma)) ? lemma : null;
}
