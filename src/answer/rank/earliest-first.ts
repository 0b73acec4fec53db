/**
 * For "when did X happen", the first report of an event is the answer; later events mention it in
 * passing ("the fired FBI director"). Among hits nearly as good as the best, the oldest goes first.
 */
import type { Hit } from '../../search/inverted-index.js';

/**
 * Hits scoring within this share of the best are treated as equally relevant for `when`. At 0.8
 * the band moved a right answer down as often as it raised one on the development half (down 6,
 * up 5): only hits nearly tied with the best are reports of the same thing.
 */
const WHEN_BAND = 0.95;

/** `firstDay` is each document's first day number, as the dataset index keeps it. */
export function earliestInTopBand(hits: Hit[], firstDay: Int32Array): Hit[] {
  const best = hits[0]?.score ?? 0;
  const band = hits.filter((hit) => hit.score >= best * WHEN_BAND);
  const rest = hits.slice(band.length);
  return [...band.sort((a, b) => (firstDay[a.doc] ?? 0) - (firstDay[b.doc] ?? 0)), ...rest];
}
