/**
 * Sentence splitting for news text, where sentences are often glued together by copy-paste
 * (`statement.The move`, `"misleading."During`, `Democrats.""I have`) but abbreviations such as
 * `U.S.` and initials such as `John F. Kelly` must stay intact. No installed library does this:
 * chrono and the tokenizers around treat `statement.The` as one word.
 */
import { findDoubleQuoteSpans, insideSpan } from './quote-marks.js';

export interface Sentence {
  text: string;
  /** Offset of the sentence in the paragraph. */
  start: number;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen lt col sgt capt maj adm cmdr rev hon pres st ' +
    'mt ft no vs v approx dept est jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'fig'
  ).split(' '),
);

/** Abbreviations that often end a sentence too: a sentence ends after them only before a typical opener. */
const TERMINAL_ABBREVIATIONS = new Set(['jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'etc', 'llc']);

const SENTENCE_OPENERS = new Set(
  (
    'The A An In On At He She It They We I This That These Those But However ' +
    'Meanwhile Later After Before During His Her Their Its There As When While Also ' +
    'And'
  ).split(' '),
);

export function splitSentences(paragraph: string): Sentence[] {
  const doubles = findDoubleQuoteSpans(paragraph);
  const openings = new Set(doubles.map((span) => span.open));
  const closings = new Set(doubles.map((span) => span.close));
  const sentences: Sentence[] = [];
  let start = 0;

  const push = (end: number): void => {
    const raw = paragraph.slice(start, end);
    const text = raw.trim();
    if (text !== '') sentences.push({ text, start: start + (raw.length - raw.trimStart().length) });
    start = end;
  };

  for (let index = 0; index < paragraph.length; index += 1) {
    if (!isStop(paragraph[index])) continue;
    // A run of stops (`...`, `?!`) is decided once, at its first stop: deciding it again at each
    // stop rescans the run every time, which is quadratic in its length.
    const runStart = index;
    let end = index + 1;
    while (end < paragraph.length && isStop(paragraph[end])) end += 1;
    const runLength = end - runStart;
    index = end - 1;
    // A statement that ends inside quotation marks ends the sentence after the closing mark.
    while (end < paragraph.length && (closings.has(end) || /[’')\]]/.test(paragraph[end] ?? ''))) {
      end += 1;
    }
    // No quotation mark falls inside the run, so the whole run is inside a quotation or outside.
    if (insideSpan(doubles, runStart) && !closings.has(end - 1)) continue;
    if (end >= paragraph.length) break;

    const next = paragraph[end] ?? '';
    if (/\s/.test(next)) {
      let wordStart = end;
      while (wordStart < paragraph.length && /\s/.test(paragraph[wordStart] ?? '')) wordStart += 1;
      const following = paragraph[wordStart] ?? '';
      const startsSentence =
        /[\p{Lu}\p{N}“‘]/u.test(following) || openings.has(wordStart) || following === "'";
      // Only a single full stop can close an abbreviation: `U.S.. The` and `etc.!` end a sentence.
      const abbreviation = runLength === 1 && isAbbreviation(paragraph, runStart, wordStart);
      if (startsSentence && !abbreviation) push(end);
    } else if (/\p{Lu}/u.test(next) || openings.has(end) || next === '“') {
      // Glued: only after a lowercase word, digit or closing mark, so `U.S` and `D.C.` stay whole.
      const previous = paragraph[runStart - 1] ?? '';
      const gluedWord =
        /\p{Lu}\p{Ll}/u.test(paragraph.slice(end, end + 2)) ||
        /^[AI]\s/.test(paragraph.slice(end, end + 2));
      if (
        (/[\p{Ll}\p{N})]/u.test(previous) || closings.has(runStart - 1)) &&
        (gluedWord || openings.has(end) || next === '“')
      ) {
        push(end);
      }
    }
  }
  push(paragraph.length);
  return sentences;
}

function isStop(char: string | undefined): boolean {
  return char === '.' || char === '!' || char === '?';
}

const WORD_AT = /\p{L}+/uy;

function isAbbreviation(text: string, dotIndex: number, nextWordStart: number): boolean {
  if (text[dotIndex] !== '.') return false;
  let wordStart = dotIndex;
  while (wordStart > 0 && /[\p{L}.]/u.test(text[wordStart - 1] ?? '')) wordStart -= 1;
  const word = text.slice(wordStart, dotIndex);
  WORD_AT.lastIndex = nextWordStart;
  const nextWord = WORD_AT.exec(text)?.[0] ?? '';
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: John F. Kelly
  const bare = word.toLowerCase();
  if (ABBREVIATIONS.has(bare)) return true;
  // Dotted acronyms (U.S., D.C.) and company suffixes end a sentence only before a typical opener.
  if (/^(\p{L}\.)+\p{L}$/u.test(word) || TERMINAL_ABBREVIATIONS.has(bare)) {
    return !SENTENCE_OPENERS.has(nextWord);
  }
  return false;
}
