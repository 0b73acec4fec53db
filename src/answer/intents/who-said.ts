/** “Who said ‘fake news’?”: the quotes closest to the words, with their speakers, closest first. */
import { closestQuotes } from '../verify.js';
import type { IntentHandler } from './intent.js';

export const answerWhoSaid: IntentHandler = (ctx, parsed, limit) => {
  const found = closestQuotes(ctx, parsed.quote ?? '', null);
  const answers = found.filter((f) => f.verdict !== 'not-found').map((f) => f.answer);
  return { answers: answers.slice(0, limit) };
};
