/**
 * How a reply says how much of a list it shows: "Page 2 of 5", "first 25 of 403 events". Every
 * cut list words it here, so no count claims more or less than the list holds, and the words can
 * move to a string table in one piece.
 */

export const COUNT_TEXT = {
  page: (page: number, pageCount: number) => `Page ${page} of ${pageCount}`,
  /** "first 25 of 403 events": the list shows the first `shown` of `total`, in its own order. */
  first: (shown: number, total: string) => `first ${shown} of ${total}`,
  /** "latest 10 of 34 quotes": the list shows the newest `shown` of `total`. */
  latest: (shown: number, total: string) => `latest ${shown} of ${total}`,
} as const;

export interface Noun {
  one: string;
  many: string;
}

/** "1 event", "3 events". */
export function countNoun(count: number, noun: Noun): string {
  return `${count} ${count === 1 ? noun.one : noun.many}`;
}

/** "Page 2 of 5" for the zero-based page `page`. */
export function pageOfPages(page: number, pageCount: number): string {
  return COUNT_TEXT.page(page + 1, pageCount);
}

/**
 * What a list shows of what there is: "25 events" when it shows them all, "first 25 of 403
 * events" (or "latest 25 of 403 events", for a list newest first) when it was cut. Lower case:
 * callers capitalise it at the start of a sentence.
 */
export function shownOfTotal(
  shown: number,
  total: number,
  noun: Noun,
  order: 'first' | 'latest' = 'first',
): string {
  if (total <= shown) return countNoun(shown, noun);
  return COUNT_TEXT[order](shown, countNoun(total, noun));
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
