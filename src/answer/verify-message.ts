/**
 * "Verify quotes" on a chat message: the claims question understanding finds in it
 * (question/claims.ts), each checked as `/verify` checks one (verify.ts), with the speaker the
 * message names when the dataset knows them.
 */
import { findClaims, type Claim } from '../question/claims.js';
import { sanitizeQuestion } from '../question/sanitize.js';
import type { AnswerContext } from './context.js';
import { resolvePerson } from './people-in-text.js';
import type { ClaimCheck, MessageCheck } from './types.js';
import { verifyWith } from './verify.js';

export function verifyMessage(ctx: AnswerContext, text: string, limit?: number): MessageCheck {
  const found = findClaims(typeof text === 'string' ? text : '', limit);
  return { checks: found.claims.map((claim) => checkClaim(ctx, claim)), more: found.more };
}

function checkClaim(ctx: AnswerContext, claim: Claim): ClaimCheck {
  const match = claim.speaker === null ? null : resolvePerson(ctx, claim.speaker);
  // A phrase that names nobody known still narrows the check when it reads as a speaker ("a
  // White House official", "Mattis"); a lower-case word ("guy said") is checked against anyone.
  const described =
    match === null && claim.speaker !== null && /\s|^\p{Lu}/u.test(claim.speaker)
      ? claim.speaker
      : null;
  const verification = verifyWith(
    ctx,
    sanitizeQuestion(claim.words),
    match?.index ?? null,
    match === null ? described : claim.speaker,
    // Relative dates in chat ("yesterday") are the writer's, not the dataset's: no range.
    { context: sanitizeQuestion(claim.context), range: null },
  );
  return { claim, speaker: match?.person ?? null, verification };
}
