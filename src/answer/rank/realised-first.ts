/**
 * Re-ranking for "when did X happen": hits that report the asked action as done (predicate.ts)
 * and that keep the question's word pairs together (proximity.ts) move up, so "When was Barr
 * confirmed?" finds the vote, not the confirmation hearing; those that tell of the opposite
 * action (predicate.ts) or tell the asked action only in a clause another date governs
 * (clause-date.ts) move down.
 */
import { DocKind } from '../../search/dataset-index.js';
import type { Hit } from '../../search/inverted-index.js';
import { buildQuery } from '../../search/query.js';
import { stem, words } from '../../search/text.js';
import { at, type AnswerContext } from '../context.js';
import { answerOf, type Focus } from '../retrieve.js';
import { clauseDateFit, factsOf } from './clause-date.js';
import { askedUnrealised, oppositeFit, predicateFit } from './predicate.js';
import { contentPairs, nameFit, namePairs, proximityFit } from './proximity.js';

export function realisedFirst(ctx: AnswerContext, hits: Hit[], topic: string, focus: Focus): Hit[] {
  const names = new Set(
    focus.people.flatMap((person) => words(at(ctx.dataset.people, person).name).map(stem)),
  );
  // The asked words with their synonyms: "clear" is realised by "is acquitted" too.
  // A word the question itself puts in the future ("say he would attend") is not asked as done.
  const future = askedUnrealised(topic);
  const asked = new Set(
    buildQuery(topic, ctx.index.text)
      .groups.flatMap((group) => group.terms.map((term) => term.stem))
      .filter((term) => term.length > 0 && !names.has(term) && !future.has(term)),
  );
  const pairs = contentPairs(topic);
  // A place or an organisation asked about by name ("New Mexico") is a name to keep whole; only a
  // person's title varies ("President Trump", "Trump").
  const personNames = new Set(
    focus.people
      .map((person) => at(ctx.dataset.people, person))
      .filter((person) => person.kind === 'person')
      .flatMap((person) => words(person.name).map(stem)),
  );
  const namesAsked = namePairs(topic, personNames);
  if (asked.size === 0 && pairs.size === 0) return hits;
  return hits
    .map((hit) => {
      const answer = answerOf(ctx, hit.doc, 0);
      const text = answer.text;
      // An event's day answers only for what its main clause tells.
      const clauseFit =
        ctx.index.kinds[hit.doc] === DocKind.event && answer.date !== null
          ? clauseDateFit(text, answer.date, factsOf(ctx.dataset, answer.id), asked)
          : 1;
      return {
        ...hit,
        score:
          hit.score *
          predicateFit(text, asked) *
          oppositeFit(text, asked) *
          clauseFit *
          proximityFit(text, pairs) *
          nameFit(text, namesAsked),
      };
    })
    .sort((a, b) => b.score - a.score);
}
