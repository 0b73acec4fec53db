/**
 * "Who is Jeff Sessions?", "Who was attorney general in 2018?", "Who replaced Kelly?": a named
 * person's card; else a role's holder; else the person the question describes.
 */
import { cardOf } from '../cards.js';
import { ownedRoleHolders, resolvePerson } from '../people-in-text.js';
import { personAnswer } from '../render.js';
import { at, type AnswerContext } from '../context.js';
import type { Answer } from '../types.js';
import { whoByDescription } from './described-person.js';
import type { IntentHandler } from './intent.js';
import { describedOrRoleHolder } from './role-holder.js';

export const answerWho: IntentHandler = (ctx, parsed, limit) => {
  const holder = describedOrRoleHolder(ctx, parsed, limit);
  if (holder.length > 0) return { answers: holder };
  const answers = namedPerson(ctx, parsed.subject ?? '', limit);
  if (answers.length > 0) return { answers };
  const holders = roleHoldersDescribed(ctx, parsed.subject ?? '', limit);
  return {
    answers: holders.length > 0 ? holders : whoByDescription(ctx, parsed.text, parsed.range, limit),
  };
};

/**
 * "Who was Pence's chief lawyer (that left in 2018)?": the people who held that role for that
 * person, most often named with them first; the words after "that"/"who" only describe them.
 */
function roleHoldersDescribed(ctx: AnswerContext, subject: string, limit: number): Answer[] {
  const role = subject.split(/\s+(?:that|who|which|when)\s+/i)[0] ?? '';
  return ownedRoleHolders(ctx, role)
    .slice(0, limit)
    .map((index) => personAnswer(at(ctx.dataset.people, index), ctx.lookup, 1));
}

/**
 * A description rather than a name or a title: "the detainee whose death Trump mourned", "Trump's
 * pick for ambassador to the Netherlands" (a relative clause, or a possessive before a
 * lower-case word), which the events, not the names, answer.
 */
const DESCRIPTION = /^(?:[\p{L}.'’ -]+['’]s\s+\p{Ll}|.+\s(?:that|who|whom|whose|which)\s)/u;

/** The person a subject names, then their latest quotes and events. */
function namedPerson(ctx: AnswerContext, subject: string, limit: number): Answer[] {
  if (DESCRIPTION.test(subject)) return [];
  const match = resolvePerson(ctx, subject);
  if (match === null) return [];
  const card = cardOf(ctx, match.index, limit);
  return [personAnswer(match.person, ctx.lookup, 1), ...card.quotes, ...card.events].slice(
    0,
    limit,
  );
}
