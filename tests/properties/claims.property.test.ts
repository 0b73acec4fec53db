/**
 * Hostile messages through "Verify quotes": arbitrary Unicode, unbalanced and mixed quotation
 * marks, markdown, mentions and huge pastes. Finding claims never throws, stays bounded in time,
 * and keeps its limits; checking them on the seed dataset gives a reply within Discord's limits.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/types.js';
import { renderMessageCheck } from '../../src/bot/render/claims.js';
import { MAX_CLAIMS, MAX_CLAIM_LENGTH, findClaims } from '../../src/question/claims.js';
import { expectReplyWithinLimits } from '../bot/render/expect-limits.js';
import { bundledAnswerer } from '../commands/helpers.js';
import { hostileText, MAX_CALL_MS, PING, QUOTES, SEED, timed } from './arbitraries.js';

/** Messages full of quotation marks and attributions, the shapes the finder reads. */
const quoteHeavy: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...QUOTES, ' said ', ' — ', '> ', '>>> ', '\n', '. ', ', ', ' he ', 'Trump'),
      fc.string({ unit: 'grapheme', maxLength: 10 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const message = fc.oneof(hostileText, quoteHeavy);

let answerer: Answerer;
beforeAll(async () => {
  answerer = await bundledAnswerer();
});

describe('findClaims on hostile messages', () => {
  it('never throws, stays bounded in time, and keeps its limits', () => {
    fc.assert(
      fc.property(message, (text) => {
        const { result, ms } = timed(() => findClaims(text));
        expect(ms).toBeLessThan(MAX_CALL_MS);
        expect(result.claims.length).toBeLessThanOrEqual(MAX_CLAIMS);
        expect(result.more).toBeGreaterThanOrEqual(0);
        for (const claim of result.claims) {
          expect(claim.words.length).toBeGreaterThan(0);
          expect(claim.words.length).toBeLessThanOrEqual(MAX_CLAIM_LENGTH);
          expect(claim.context.length).toBeLessThanOrEqual(400);
          expect(claim.speaker === null || claim.speaker.length > 0).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe('"Verify quotes" replies to hostile messages', () => {
  it('stay within Discord limits and cannot ping', () => {
    fc.assert(
      fc.property(message, fc.string({ maxLength: 300 }), (text, authorName) => {
        const reply = renderMessageCheck(answerer.verifyMessage(text), { authorName });
        expectReplyWithinLimits(reply);
        for (const embed of reply.embeds) {
          expect(JSON.stringify(embed)).not.toMatch(PING);
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
