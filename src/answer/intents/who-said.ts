/**
 * “Who said ‘fake news’?”: the quotes closest to the words, with their speakers, closest first;
 * else the events that report someone saying it in other words ("Who accused Trump of twisting
 * the Singapore agreement?").
 */
import { reportedStatements } from '../reported.js';
import { distinctiveStems, mentionsMost } from '../topic-words.js';
import { closestQuotes } from '../verify.js';
import type { IntentHandler } from './intent.js';

export const answerWhoSaid: IntentHandler = (ctx, parsed, limit) => {
  const quotedByAsker = /["“”]/.test(parsed.text);
  // The date that bounds the answer is no part of the words to find ("Turkey's April 2017
  // referendum"): reports rarely repeat it.
  const asked = parsed.quote ?? '';
  const words =
    parsed.range === null || quotedByAsker
      ? asked
      : asked.replace(parsed.range.text, ' ').replace(/\s+/g, ' ').trim();
  const found = closestQuotes(ctx, words, null);
  const close = found.filter((f) => f.verdict !== 'not-found');
  // Unquoted words ("Who accused Trump of twisting the agreement?") are put in the asker's own
  // words: a quotation without their rarest words ("twisting") is weaker than a report of them.
  const rarest = quotedByAsker ? null : distinctiveStems(ctx, words);
  const holding =
    rarest === null ? close : close.filter((f) => mentionsMost(f.quote.sentence, rarest));
  // A quotation sharing no word with the claim ("laughing at the president" in a sentence about
  // "the Putin invitation") says something else: a report that states the claim comes first.
  const quotesSayIt = holding.some((f) => f.verdict === 'exact' || f.coverage > 0);
  if (quotesSayIt) return { answers: holding.map((f) => f.answer).slice(0, limit) };
  const reported = reportedStatements(ctx, parsed.topic || words, null, parsed.range, limit);
  if (holding.length > 0) {
    return {
      answers: [
        ...reported.map((statement) => statement.answer),
        ...holding.map((f) => f.answer),
      ].slice(0, limit),
    };
  }
  if (reported.length > 0 || close.length === 0) {
    return { answers: reported.map((statement) => statement.answer) };
  }
  return { answers: close.map((f) => f.answer).slice(0, limit) };
};
