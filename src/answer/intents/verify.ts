/**
 * “Did Sessions say ‘…’?”: the verdict and the closest real quotes or reports (see ../verify.ts);
 * for a claim nothing settles, the records nearest it.
 */
import type { ParsedQuestion } from '../../question/parse.js';
import type { AnswerContext } from '../context.js';
import type { Answer } from '../types.js';
import { resolvePerson } from '../people-in-text.js';
import { ALL_KINDS, dedupe, focusOf, searchAnswers } from '../retrieve.js';
import { verifyWith } from '../verify.js';
import { buildQuery } from '../../search/query.js';
import { contentStems } from '../../search/text.js';
import type { IntentHandler } from './intent.js';

export const answerVerify: IntentHandler = (ctx, parsed, limit) => {
  const speaker = speakerOf(ctx, parsed);
  const verification = verifyWith(ctx, parsed.quote ?? '', speaker, parsed.subject, {
    context: parsed.topic,
    range: parsed.range,
    passive: parsed.passive === true,
    ...(parsed.occasion === undefined ? {} : { occasion: parsed.occasion }),
  });
  const compared =
    verification.best === null ? [] : [verification.best, ...verification.alternatives];
  if (verification.verdict !== 'not-found') {
    return { verdict: verification.verdict, answers: compared.slice(0, limit) };
  }
  // A claim the data does not settle: the record nearest it leads, the quote it was compared
  // with next, so the asker sees both what is on the subject and why the words did not match.
  // Of someone the data never names ("Did Stanley McChrystal dare Trump to revoke his clearance
  // …?"), the records nearest the claim are found without the name, which no text holds.
  const unheardOf = speaker === null && namesNoOneKnown(ctx, parsed.subject ?? '');
  const [nearest, ...further] = nearestRecords(
    ctx,
    unheardOf ? { ...parsed, subject: null } : parsed,
    limit,
  );
  const [best, ...alternatives] = compared;
  const order = [nearest, best, ...further, ...alternatives];
  return {
    verdict: verification.verdict,
    answers: dedupe(
      order.filter((answer) => answer !== undefined),
      limit,
    ),
  };
};

/**
 * The person the claim is about. A subject named by a role ("the White House press secretary in
 * April 2017") is whoever held it in the question's time, not whoever holds it most often.
 */
function speakerOf(ctx: AnswerContext, parsed: ParsedQuestion): number | null {
  const found = resolvePerson(ctx, parsed.subject ?? '');
  // "the House" is no "White House" by its last word, and "the Senate" no senator by a near
  // spelling of the title: such a subject is a body, compared by its words.
  const match =
    (found?.kind === 'surname' && found.person.kind !== 'person') ||
    (found?.kind === 'role' && found.distance > 0)
      ? null
      : found;
  if (match?.kind !== 'role' || parsed.range === null) return match?.index ?? null;
  return ctx.roles().holderDuring(parsed.subject ?? '', parsed.range)?.person ?? match.index;
}

/**
 * The records nearest the whole claim (who and what), for a claim no quote or event settles: the
 * verdict stays "not found", and the asker reads the nearest records for themselves, as they
 * would read the results of a search ("makes an unscheduled visit to Walter Reed … annual
 * physical" for "a surprise trip to get a head start on his yearly checkup").
 */
function nearestRecords(ctx: AnswerContext, parsed: ParsedQuestion, limit: number): Answer[] {
  const claim = `${parsed.subject ?? ''} ${parsed.topic}`;
  const said = new Set(contentStems(parsed.topic));
  return searchAnswers(ctx, claim, limit, ALL_KINDS, focusOf(ctx, claim, parsed.range)).filter(
    (answer) => contentStems(answer.text).some((term) => said.has(term)),
  );
}

/**
 * Whether a subject names someone the dataset's texts never mention: a capitalised word of it
 * the index neither holds nor spells out ("McChrystal"; not "DHS"), for which a search finds
 * nothing at all.
 */
function namesNoOneKnown(ctx: AnswerContext, subject: string): boolean {
  return buildQuery(subject, ctx.index.text).unknownNames.length > 0;
}
