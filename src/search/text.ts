/**
 * Text normalisation shared by indexing and querying: both sides must fold text the same way or
 * nothing matches. Folding is lowercase + diacritics removed; terms are Porter stems.
 */
import { stemmer } from 'stemmer';

const COMBINING_MARKS = /\p{M}+/gu;
// A number written with thousands separators ("200,000") is one word, like "200000", and a
// letter hyphened to a number ("G-7", "F-35") one word, like "G7".
const WORD =
  /\d{1,3}(?:,\d{3})+(?!\d)|(?<![\p{L}\p{N}-])\p{L}-\d+(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Lowercase, diacritics folded, curly apostrophes straightened. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most text is ASCII: skip Unicode normalisation, the slowest step, when nothing needs folding.
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFKD').replace(COMBINING_MARKS, '').replace(/’/g, "'");
}

// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL on purpose
const NON_ASCII = /[^\x00-\x7f]/;

/** The folded words of a text, possessive "'s" dropped and inner apostrophes removed ("don't" -> "dont"). */
export function words(text: string): string[] {
  const found = fold(text).match(WORD);
  if (found === null) return [];
  return found.map(cleanWord);
}

/**
 * The words of a text as written and folded, position by position (for telling names, which are
 * written capitalised, from common words).
 */
export function writtenWords(text: string): { written: string[]; folded: string[] } {
  const written = text.match(WORD) ?? [];
  return { written, folded: written.map((word) => cleanWord(fold(word))) };
}

function cleanWord(word: string): string {
  // Most words need none of the rewrites below: testing once is cheaper than three replacements.
  if (!NEEDS_CLEANING.test(word)) return word;
  const base = word.endsWith("'s") ? word.slice(0, -2) : word;
  return base.replace(/[',]/g, '').replace(LETTER_NUMBER, '$1$2').replace(THOUSANDS, '$1000');
}

const LETTER_NUMBER = /^(\p{L})-(\d+)$/u;

/** A word `cleanWord` changes: an apostrophe or comma, a letter-number pair, a count in thousands. */
const NEEDS_CLEANING = /[',-]|^\d+k$/;

/** "200k" is 200,000: numbers are compared written out. */
const THOUSANDS = /^(\d+)k$/;

/** Words a search should ignore: grammar, not content. Negations are kept on purpose (see verify). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then else of at by for with about against between into through during ' +
    'before after above below to from up down in out on off over under again further once here there ' +
    'all any both each few more most other some such only own same so than too very can will just ' +
    'should would could shall may might must i me my myself we our ours ourselves you your yours ' +
    'yourself he him his himself she her hers herself it its itself they them their theirs themselves ' +
    'what which who whom whose this that these those am is are was were be been being have has had ' +
    'having do does did doing as until while s t don also ever yet via'
  ).split(' '),
);

/** Words whose presence flips a statement's meaning; they count as content when comparing quotes. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'nor',
  'none',
  'nothing',
  'nobody',
  'dont',
  'didnt',
  'doesnt',
  'isnt',
  'wasnt',
  'werent',
  'havent',
  'hasnt',
  'hadnt',
  'wont',
  'cant',
  'cannot',
  'couldnt',
  'wouldnt',
  'shouldnt',
]);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

const stemCache = new Map<string, string>();

/** Porter stem, cached: the same few thousand words are stemmed over and over. */
export function stem(word: string): string {
  let cached = stemCache.get(word);
  if (cached === undefined) {
    cached = /^\d+$/.test(word) ? word : stemmer(word);
    if (stemCache.size < 200_000) stemCache.set(word, cached);
  }
  return cached;
}

/** Stems of the content words of a text, in order, with repeats. */
export function contentStems(text: string): string[] {
  const result: string[] = [];
  for (const word of words(text)) {
    if (!isStopword(word) && !NEGATIONS.has(word)) result.push(stem(word));
  }
  return result;
}
