/** “Did Sessions say ‘…’?”: the verdict and the closest real quotes (see ../verify.ts). */
import { resolvePerson } from '../people-in-text.js';
import { verifyWith } from '../verify.js';
import type { IntentHandler } from './intent.js';

export const answerVerify: IntentHandler = (ctx, parsed, limit) => {
  const speaker = resolvePerson(ctx, parsed.subject ?? '')?.index ?? null;
  const verification = verifyWith(ctx, parsed.quote ?? '', speaker, parsed.subject, {
    context: parsed.topic,
    range: parsed.range,
    passive: parsed.passive === true,
    ...(parsed.occasion === undefined ? {} : { occasion: parsed.occasion }),
  });
  const answers =
    verification.best === null ? [] : [verification.best, ...verification.alternatives];
  return { verdict: verification.verdict, answers: answers.slice(0, limit) };
};
