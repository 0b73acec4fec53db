/**
 * How a reply says how much of a list it shows: "Page 2 of 5", "first 25 of 403 events". Every
 * cut list words it here, in the asker's language (i18n/), so no count claims more or less than
 * the list holds.
 */
import { MAX_ANSWERS } from '../../answer/types.js';
import { languageOf, type Noun } from '../i18n/index.js';

export type { Noun };

/** "1 event", "3 events"; "1 Ereignis", "3 Ereignisse". */
export function countNoun(count: number, noun: Noun, locale?: string): string {
  return languageOf(locale).text.counts.count(count, noun);
}

/** "Page 2 of 5" for the zero-based page `page`. */
export function pageOfPages(page: number, pageCount: number, locale?: string): string {
  return languageOf(locale).text.counts.page(page + 1, pageCount);
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
  locale?: string,
): string {
  const { counts } = languageOf(locale).text;
  if (total <= shown) return counts.count(shown, noun);
  return counts[order](shown, total, noun);
}

/**
 * The same for a list the core counted only up to its most answers (MAX_ANSWERS): "first 25 of
 * 100 or more answers" when counting stopped there.
 */
export function shownOfCounted(
  shown: number,
  total: number | undefined,
  noun: Noun,
  locale?: string,
): string {
  const { counts } = languageOf(locale).text;
  const counted = total ?? shown;
  if (counted <= shown) return counts.count(shown, noun);
  return counted >= MAX_ANSWERS
    ? counts.firstOfAtLeast(shown, counted, noun)
    : counts.first(shown, counted, noun);
}
