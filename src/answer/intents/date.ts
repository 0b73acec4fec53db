/** "What happened on March 2, 2017?", "What did Trump do in June 2018?", "… on D about T". */
import { DocKind } from '../../search/dataset-index.js';
import { dateWithin, eventsIn } from '../days.js';
import { peopleOnly, peopleWithIds } from '../people-in-text.js';
import { creditedToSubject } from '../reported.js';
import { focusOf, searchAnswers } from '../retrieve.js';
import type { IntentHandler } from './intent.js';

export const answerDate: IntentHandler = (ctx, parsed, limit) => {
  const range = parsed.range;
  if (range === null) return { answers: [] };
  // "What did Trump do on June 6?": a topic that is only people lists their events then, the one
  // that matters most first, rather than the one that repeats their name most.
  const onlyPeople = peopleOnly(ctx, parsed.topic);
  const theirs =
    onlyPeople === null
      ? []
      : creditedToSubject(
          ctx,
          eventsIn(ctx, range, limit, onlyPeople),
          peopleWithIds(ctx, onlyPeople),
        );
  // None of theirs then ("at the White House" when no event that day names it): the topic's
  // words and then the range decide, as for any topic.
  if (theirs.length > 0) return { range, answers: theirs };
  const answers =
    parsed.topic.length > 0
      ? searchAnswers(ctx, parsed.topic, limit, [DocKind.event], focusOf(ctx, parsed.topic, range))
      : [];
  // A date question lists what happened then: topic matches outside the range do not count.
  const within = answers.filter((answer) => dateWithin(answer.date, range));
  return { range, answers: within.length > 0 ? within : eventsIn(ctx, range, limit) };
};
