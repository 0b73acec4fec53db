/**
 * Turns query words into weighted index terms: the word's own stem, a spelling correction when the
 * index does not know the word, and synonyms at a lower weight: news verbs from the hand table,
 * general words from WordNet lower still (a broad thesaurus is less sure to mean the same thing),
 * and WordNet's kinds of the word lowest of all.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../dataset/calendar.js';
import { osaDistance } from '../language/edit-distance.js';
import { contentBaseOf, isEnglishWord } from './english.js';
import type { InvertedIndex, QueryGroup } from './inverted-index.js';
import { isNewsWord, synonymsOf, rewritePhrases } from './synonyms.js';
import { NEGATIONS, isStopword, stem, words } from './text.js';
import {
  containingPlaceOf,
  namePlacesOfNicknames,
  phrasalSynonymsIn,
  placeFormsOf,
  wordnetBroaderOf,
  wordnetNarrowerOf,
  wordnetSynonymsOf,
} from './wordnet.js';

const SYNONYM_WEIGHT = 0.6;
const WORDNET_WEIGHT = 0.4;
/**
 * A word's kinds and the kinds of it ("banquet" → "dinner", "meal" → "lunch"): a question in
 * other words than the text's often names a thing more generally or more exactly. Far below a
 * synonym: a kind is only a hint, which breaks ties among texts that share the question's words.
 */
const KIND_WEIGHT = 0.1;
/** "Brazil's president" is the "Brazilian President": a place and its adjective are one word. */
const PLACE_FORM_WEIGHT = 0.9;
const CORRECTION_WEIGHT = 0.9;
const PREFIX_WEIGHT = 0.5;
const ACRONYM_WEIGHT = 0.9;
/** Words this long may be respelled across two edits in a claim; shorter ones across one. */
const LONG_WORD = 8;

export interface BuiltQuery {
  groups: QueryGroup[];
  /** Words the index did not know, with what they were read as ("resigend" -> "resigned"). */
  corrections: { typed: string; read: string }[];
  /** Words that matched nothing at all. */
  unknown: string[];
  /** Of those, the ones written with a capital: names the dataset has never heard of. */
  unknownNames: string[];
}

export interface QueryOptions {
  /** Treat the last word as a prefix (autocomplete while typing). */
  prefixLast?: boolean;
  /** At most this many words are used: long pasted text would otherwise cost time for nothing. */
  maxWords?: number;
}

export function buildQuery(
  text: string,
  index: InvertedIndex,
  options: QueryOptions = {},
): BuiltQuery {
  // A place the dataset never names is read as the one it lies in: "Pyongyang" → North Korea.
  const rewritten = words(namePlacesOfNicknames(rewritePhrases(text))).flatMap((word) =>
    index.vocabulary.has(word) ? [word] : withContainingPlace(word, index),
  );
  const phrasal = phrasalSynonymsIn(rewritten);
  const all = rewritten.filter((word) => word.length > 0 && !isStopword(word));
  const unique = mostTelling([...new Set(all)], options.maxWords ?? 12, index, options.prefixLast);
  const groups: QueryGroup[] = [];
  const corrections: BuiltQuery['corrections'] = [];
  const unknown: string[] = [];
  unique.forEach((word, position) => {
    const own = stem(word);
    const terms: QueryGroup['terms'] = [];
    const isLast = position === unique.length - 1;
    if (index.hasTerm(own)) {
      terms.push({ stem: own, weight: 1 });
    } else if (!index.vocabulary.has(word)) {
      // A word of English the texts never use is no typo ("write" is not a misspelt "white"),
      // though its base word may be in them ("threw" where they write "throws").
      const english = isEnglishWord(word);
      const base = english ? contentBaseOf(word) : null;
      const correction = english ? null : index.vocabulary.correct(word);
      if (base !== null && index.hasTerm(stem(base))) {
        terms.push({ stem: stem(base), weight: 1 });
      } else if (correction !== null && index.hasTerm(correction.stem)) {
        terms.push({ stem: correction.stem, weight: CORRECTION_WEIGHT });
        corrections.push({ typed: word, read: correction.word });
      }
    }
    if (options.prefixLast === true && isLast && word.length >= 2) {
      for (const completion of index.vocabulary.completions(word, 5)) {
        const completed = stem(completion);
        if (completed !== own && index.hasTerm(completed)) {
          terms.push({ stem: completed, weight: PREFIX_WEIGHT });
        }
      }
    }
    // An acronym the texts spell out stands for the words of that name: "DHS", "RBG", "ACB".
    if (terms.length === 0 || writtenInCapitals(text, word)) {
      const parts = index.acronyms.expand(word).filter((part) => index.hasTerm(part));
      // Together the parts weigh as one term as rare as the name: a text with all of them
      // scores about what one with a rare word would.
      const together = index.idfOfAll(parts);
      for (const part of parts) {
        const weight = (ACRONYM_WEIGHT * together) / (parts.length * index.idf(part));
        terms.push({ stem: part, weight, part: true });
      }
    }
    const base = terms[0]?.stem ?? own;
    addNew(terms, synonymsOf(base), SYNONYM_WEIGHT, index);
    addNew(terms, placeFormsOf(base), PLACE_FORM_WEIGHT, index);
    // The news table knows a news word's sense ("confirm" a nominee, not "corroborate"); a name
    // is not a word ("Pence" has nothing to do with pennies, nor "Trump" with outdoing).
    if (!isNewsWord(base) && !index.vocabulary.isMostlyCapitalised(word)) {
      addNew(terms, wordnetSynonymsOf(base), WORDNET_WEIGHT, index);
      addNew(terms, phrasal.get(word) ?? [], WORDNET_WEIGHT, index);
      addNew(terms, [...wordnetBroaderOf(base), ...wordnetNarrowerOf(base)], KIND_WEIGHT, index);
    }
    if (terms.length === 0) unknown.push(word);
    else groups.push({ terms });
  });
  return { groups, corrections, unknown, unknownNames: capitalisedAmong(text, unknown) };
}

/**
 * At most `max` of the words, in their order: the rarest in the texts, which tell most about what
 * is asked ("national parks" at the end of a long question, not "say" and "going" before it).
 * A word the texts never use is kept first: it may be a typo of a rare one. While typing, the
 * last word is the one being completed and stays.
 */
function mostTelling(
  unique: readonly string[],
  max: number,
  index: InvertedIndex,
  keepLast = false,
): string[] {
  if (unique.length <= max) return [...unique];
  const last = unique.length - 1;
  const rarity = (word: string): number =>
    index.hasTerm(stem(word)) ? index.idf(stem(word)) : Number.POSITIVE_INFINITY;
  const kept = new Set(
    unique
      .map((word, at) => ({
        at,
        rarity: keepLast && at === last ? Number.POSITIVE_INFINITY : rarity(word),
      }))
      .sort((a, b) => b.rarity - a.rarity || a.at - b.at)
      .slice(0, max)
      .map(({ at }) => at),
  );
  return unique.filter((_, at) => kept.has(at));
}

/**
 * A place name the index does not know, as the place it lies in, when the index knows that one
 * (or its adjective: "Romanian") and no other form of the name ("Croatia" is found through
 * "Croatian").
 */
function withContainingPlace(word: string, index: InvertedIndex): readonly string[] {
  const knows = (name: string) =>
    index.hasTerm(stem(name)) || placeFormsOf(stem(name)).some((form) => index.hasTerm(form));
  if (knows(word)) return [word];
  const container = containingPlaceOf(word);
  return container.length > 0 && container.every(knows) ? container : [word];
}

/**
 * The text's words (folded) with those the index does not know spelled as the closest word it
 * does ("comeys" → "comey", "colusion" → "collusion"), for comparing a claim word by word with
 * the dataset's texts. Words the index knows, and words with no close one, stay as they are.
 */
export function respelled(text: string, index: InvertedIndex): string {
  return words(text)
    .map((word) => {
      if (word.length < 4 || isStopword(word) || NEGATIONS.has(word)) return word;
      if (index.vocabulary.has(word)) return word;
      // Another form of a word the dataset has is no typo: "stopped" where it writes "stop".
      if (index.hasTerm(stem(word))) return word;
      // A word of English the dataset never uses is no typo either: "concealed" is not "concerned".
      if (isEnglishWord(word)) return word;
      // Nor is a place WordNet knows: "Crimea" is not "crime".
      if (containingPlaceOf(word).length > 0 || placeFormsOf(stem(word)).length > 0) return word;
      // Two words run together: "whitehouse", "coverup".
      const split = splitCompound(word, index);
      if (split !== null) return split;
      // A claim is compared word by word, so a respelling must be a typo's, one letter off
      // (two in a long word): "bullet" is not a misspelt "budget".
      const correction = index.vocabulary.correct(word);
      const edits = word.length >= LONG_WORD ? 2 : 1;
      return correction !== null && osaDistance(word, correction.word, edits) <= edits
        ? correction.word
        : word;
    })
    .join(' ');
}

/**
 * Each half of a word run together from two is this long, but for a particle ("coverup"): a real
 * word with a short head ("leeway") is no "lee way".
 */
const MIN_COMPOUND_PART = 4;
const PARTICLE_END = /(?:up|in|on|out|off)$/;

/** "white house" for "whitehouse", when the index knows both halves as words; else null. */
function splitCompound(word: string, index: InvertedIndex): string | null {
  const particle = PARTICLE_END.exec(word)?.[0];
  if (particle !== undefined && index.vocabulary.has(word.slice(0, -particle.length))) {
    return `${word.slice(0, -particle.length)} ${particle}`;
  }
  for (let at = MIN_COMPOUND_PART; at <= word.length - MIN_COMPOUND_PART; at++) {
    const first = word.slice(0, at);
    const second = word.slice(at);
    if (index.vocabulary.has(first) && index.vocabulary.has(second)) return `${first} ${second}`;
  }
  return null;
}

/** Adds the stems the index knows and the group lacks, at `weight`. */
function addNew(
  terms: QueryGroup['terms'],
  stems: readonly string[],
  weight: number,
  index: InvertedIndex,
): void {
  for (const candidate of stems) {
    if (index.hasTerm(candidate) && !terms.some((term) => term.stem === candidate)) {
      terms.push({ stem: candidate, weight });
    }
  }
}

/** True when the text writes this word in capitals, as acronyms are ("AG", "DHS"). */
function writtenInCapitals(text: string, word: string): boolean {
  return /^[a-z]{2,6}$/.test(word) && new RegExp(`\\b${word.toUpperCase()}\\b`).test(text);
}

/** Months and weekdays are written with a capital but name no one: "in July" is a time. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);

/**
 * The words of `candidates` (normalised) that `text` writes with a capital letter. A question
 * about "Zorblax Quuxington" must not be answered with whatever else its other words match. An
 * acronym the dataset never writes ("an MSNBC host") names an organisation beside the question's
 * subject, not a person the answer would be about, so the other words still decide; so does a
 * capitalised word after an article ("the Armistice ceremony").
 */
function capitalisedAmong(text: string, candidates: readonly string[]): string[] {
  if (candidates.length === 0) return [];
  const acronyms = new Set(words((text.match(/\b\p{Lu}{2,6}s?\b/gu) ?? []).join(' ')));

  // A capital after a sentence start says nothing about being a name ("Whatever happened…"), nor
  // one after an article: "the Armistice ceremony" names a thing.
  const midSentence =
    /(?<=[\p{L}\p{N},;'"“”)\]]\s+)(?<!\b(?:[Tt]he|[Aa]n?)\s+)\p{Lu}[\p{L}\p{M}'’-]*/gu;
  const capitalised = new Set(words((text.match(midSentence) ?? []).join(' ')));
  return candidates.filter(
    (word) => capitalised.has(word) && !acronyms.has(word) && !CALENDAR_WORDS.has(word),
  );
}
