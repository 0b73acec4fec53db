/**
 * “Who said ‘fake news’?”: the quotes closest to the words, with their speakers, closest first;
 * else the events that report someone saying it in other words ("Who accused Trump of twisting
 * the Singapore agreement?").
 */
import { reportedStatements } from '../reported.js';
import { closestQuotes } from '../verify.js';
import type { IntentHandler } from './intent.js';

export const answerWhoSaid: IntentHandler = (ctx, parsed, limit) => {
  const words = parsed.quote ?? '';
  const found = closestQuotes(ctx, words, null);
  const answers = found.filter((f) => f.verdict !== 'not-found').map((f) => f.answer);
  if (answers.length > 0) return { answers: answers.slice(0, limit) };
  const reported = reportedStatements(ctx, parsed.topic || words, null, parsed.range, limit);
  return { answers: reported.map((statement) => statement.answer) };
};
