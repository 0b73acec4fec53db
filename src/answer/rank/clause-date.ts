/**
 * Whether the asked action is told in the clause the report's own date governs. "When did Ruth
 * Bader Ginsburg die?" is not answered by the day of "Trump nominates Amy Coney Barrett … to fill
 * the vacancy left by Ruth Bader Ginsburg, who died on September 18": "died" is in a clause that
 * another date governs, and that clause's fact answers with its own day. A ranking feature: a
 * factor below 1 for an event whose every use of an asked word stands in a clause dated
 * otherwise, 1 for any other hit.
 */
import type { Dataset, Fact } from '../../dataset/schema.js';
import { stem, words } from '../../search/text.js';

/** The factor for an event that tells the asked action only in a clause dated otherwise. */
export const OTHER_CLAUSE_FACTOR = 0.6;

const factsByEvent = new WeakMap<Dataset, Map<string, Fact[]>>();

/** The facts of an event: the clauses of its text that a date of their own governs. */
export function factsOf(dataset: Dataset, eventId: string): readonly Fact[] {
  let byEvent = factsByEvent.get(dataset);
  if (byEvent === undefined) {
    byEvent = new Map();
    for (const fact of dataset.facts) {
      const list = byEvent.get(fact.eventId);
      if (list === undefined) byEvent.set(fact.eventId, [fact]);
      else list.push(fact);
    }
    factsByEvent.set(dataset, byEvent);
  }
  return byEvent.get(eventId) ?? [];
}

/**
 * `text` is the event's, dated `date`; `askedStems` the stems of the question's content words.
 * The factor when each asked word the text holds occurs there no more often than in its clauses
 * whose facts are dated otherwise; else 1.
 */
export function clauseDateFit(
  text: string,
  date: string,
  facts: readonly Fact[],
  askedStems: ReadonlySet<string>,
): number {
  const otherClauses = facts
    .filter((fact) => fact.when.date !== date)
    .flatMap((fact) => words(fact.clause).map(stem));
  if (otherClauses.length === 0) return 1;
  const inText = countOf(words(text).map(stem), askedStems);
  if (inText.size === 0) return 1;
  const inClauses = countOf(otherClauses, askedStems);
  for (const [term, count] of inText) {
    if (count > (inClauses.get(term) ?? 0)) return 1;
  }
  return OTHER_CLAUSE_FACTOR;
}

function countOf(stems: readonly string[], wanted: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of stems) if (wanted.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}
