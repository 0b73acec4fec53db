/**
 * "When did Sessions recuse himself?": the events, quotes and facts that report it, those that
 * report the action as done first, and of the nearly best the earliest report.
 */
import { earliestInTopBand } from '../rank/earliest-first.js';
import { realisedFirst } from '../rank/realised-first.js';
import { ALL_KINDS, answersOf, focusOf, searchHits } from '../retrieve.js';
import type { IntentHandler } from './intent.js';

export const answerWhen: IntentHandler = (ctx, parsed, limit) => {
  // A date written without its year ("his June 7 testimony", "the call from April", "over
  // Easter") describes the event asked about rather than bounding the answer, and its year is
  // the one the question asks for: it is searched as words, not used as a filter.
  const range = parsed.range !== null && /\b\d{4}\b/.test(parsed.range.text) ? parsed.range : null;
  const focus = focusOf(ctx, parsed.topic, range);
  const hits = earliestInTopBand(
    realisedFirst(ctx, searchHits(ctx, parsed.topic, limit, ALL_KINDS, focus), parsed.topic, focus),
    ctx.index.firstDay,
  );
  return {
    ...(range === null ? {} : { range }),
    answers: answersOf(ctx, hits, limit),
  };
};
