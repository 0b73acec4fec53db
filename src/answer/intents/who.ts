/**
 * "Who is Jeff Sessions?", "Who was attorney general in 2018?", "Who replaced Kelly?": a named
 * person's card; else a role's holder; else the person the question describes.
 */
import { cardOf } from '../cards.js';
import { resolvePerson } from '../people-in-text.js';
import { personAnswer } from '../render.js';
import type { AnswerContext } from '../context.js';
import type { Answer } from '../types.js';
import { whoByDescription } from './described-person.js';
import type { IntentHandler } from './intent.js';
import { describedOrRoleHolder } from './role-holder.js';

export const answerWho: IntentHandler = (ctx, parsed, limit) => {
  const holder = describedOrRoleHolder(ctx, parsed, limit);
  if (holder.length > 0) return { answers: holder };
  const answers = namedPerson(ctx, parsed.subject ?? '', limit);
  return {
    answers: answers.length > 0 ? answers : whoByDescription(ctx, parsed.text, parsed.range, limit),
  };
};

/** The person a subject names, then their latest quotes and events. */
function namedPerson(ctx: AnswerContext, subject: string, limit: number): Answer[] {
  const match = resolvePerson(ctx, subject);
  if (match === null) return [];
  const card = cardOf(ctx, match.index, limit);
  return [personAnswer(match.person, ctx.lookup, 1), ...card.quotes, ...card.events].slice(
    0,
    limit,
  );
}
