/**
 * Each quote and dated fact keeps the sentence it stands in. A sentence of ordinary length is kept
 * whole; an overlong one (a page that is one unpunctuated run of text) keeps only the words around
 * the part that matters, because a sentence holding thousands of quotations would otherwise be
 * stored once per quotation and the dataset would grow with the square of its input.
 */

/** Far longer than a sentence people write: the timeline corpus's longest is 662 characters. */
export const MAX_SENTENCE_CHARS = 1_200;
/** How much of an overlong sentence is kept on each side of the part that matters. */
const REACH_CHARS = 300;
const ELLIPSIS = '…';

/**
 * The sentence, or, when it is longer than MAX_SENTENCE_CHARS, the words within REACH_CHARS of
 * `sentence.slice(start, end)`, cut at spaces and marked with an ellipsis where text was left out.
 */
export function sentenceAround(sentence: string, start: number, end: number): string {
  if (sentence.length <= MAX_SENTENCE_CHARS) return sentence;
  let from = Math.max(0, start - REACH_CHARS);
  let to = Math.min(sentence.length, end + REACH_CHARS);
  if (from > 0) {
    const space = sentence.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < sentence.length) {
    const space = sentence.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  const head = from > 0 ? ELLIPSIS : '';
  const tail = to < sentence.length ? ELLIPSIS : '';
  return `${head}${sentence.slice(from, to)}${tail}`;
}
