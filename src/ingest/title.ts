/** Short event titles and summaries from the first sentences of an event. */

export const TITLE_MAX = 100;
export const SUMMARY_MAX = 300;

const CLAUSE_BREAK = /,\s|;\s|\s(?:after|before|because|as|amid|while|following|despite)\s/g;

/** A headline: the sentence without its final stop, cut at a clause break when too long. */
export function titleFrom(sentence: string): string {
  const text = withoutFinalStops(sentence);
  if (text.length <= TITLE_MAX) return text;
  let cut = -1;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    if (match.index >= 30 && match.index <= TITLE_MAX) cut = match.index;
  }
  if (cut > 0) return text.slice(0, cut).trim();
  return truncateAtWord(text, TITLE_MAX);
}

/**
 * The text without its final run of full stops and spaces. A loop from the end rather than
 * `/[.\s]+$/`, which a search retries from each stop of a long run that does not end the text:
 * quadratic in the run.
 */
function withoutFinalStops(text: string): string {
  let end = text.length;
  while (end > 0 && /[.\s]/.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end).trim();
}

/** Whole sentences up to the limit; a first sentence that is too long is cut at a word. */
export function summaryFrom(sentences: readonly string[]): string {
  let summary = '';
  for (const sentence of sentences) {
    const next = summary === '' ? sentence : `${summary} ${sentence}`;
    if (next.length > SUMMARY_MAX) break;
    summary = next;
  }
  if (summary !== '') return summary;
  return truncateAtWord(sentences[0] ?? '', SUMMARY_MAX);
}

function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > 0 ? cut : max - 1).replace(/[\s,;:]+$/, '')}…`;
}
