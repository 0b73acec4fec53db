/**
 * "When did Sessions recuse himself?": the events, quotes and facts that report it, those that
 * report the action as done first, and of the nearly best the earliest report.
 */
import { earliestInTopBand } from '../rank/earliest-first.js';
import { realisedFirst } from '../rank/realised-first.js';
import { ALL_KINDS, answersOf, focusOf, searchHits } from '../retrieve.js';
import type { IntentHandler } from './intent.js';

export const answerWhen: IntentHandler = (ctx, parsed, limit) => {
  const focus = focusOf(ctx, parsed.topic, parsed.range);
  const hits = earliestInTopBand(
    realisedFirst(ctx, searchHits(ctx, parsed.topic, limit, ALL_KINDS, focus), parsed.topic, focus),
    ctx.index.firstDay,
  );
  return {
    ...(parsed.range === null ? {} : { range: parsed.range }),
    answers: answersOf(ctx, hits, limit),
  };
};
