/**
 * "Verify quotes" in the answering core: every claim a message holds is checked like `/verify`,
 * with the speaker the message names when the dataset knows them, on the bundled seed dataset.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/types.js';
import { bundledAnswerer } from '../commands/helpers.js';

let answerer: Answerer;
beforeAll(async () => {
  answerer = await bundledAnswerer();
});

describe('Answerer.verifyMessage', () => {
  it('says words the named speaker said are said, with the real quote and its speaker', () => {
    const { checks, more } = answerer.verifyMessage(
      'Sessions said "I have not met with any Russians at any time"',
    );
    expect(more).toBe(0);
    expect(checks).toHaveLength(1);
    expect(checks[0]?.speaker?.name).toBe('Jeff Sessions');
    expect(checks[0]?.verification.verdict).toBe('exact');
    expect(checks[0]?.verification.best?.speaker).toBe('Jeff Sessions');
    expect(checks[0]?.verification.best?.text).toMatch(/^I have not met with any Russians/);
  });

  it('names the real speaker of words the message gives to someone else', () => {
    const [check] = answerer.verifyMessage(
      'Trump said "My reply to the question of Senator Franken was honest and correct"',
    ).checks;
    expect(check?.speaker?.name).toBe('Donald Trump');
    expect(check?.verification.verdict).toBe('other-speaker');
    expect(check?.verification.best?.speaker).toBe('Jeff Sessions');
    expect(check?.verification.best?.date).toBe('2017-03-02');
    expect(check?.verification.best?.citation?.label).toBe('@ABCPolitics');
  });

  it('checks each quotation of a message on its own, in order', () => {
    const { checks } = answerer.verifyMessage(
      '"the latest attack against the Trump Administration" — a White House official. ' +
        'Sessions said "I like big trucks".',
    );
    expect(checks.map((check) => [check.claim.words, check.verification.verdict])).toEqual([
      ['the latest attack against the Trump Administration', 'exact'],
      ['I like big trucks', 'not-found'],
    ]);
  });

  it('checks a speaker phrase that names nobody known against anyone, not against nobody', () => {
    const [check] = answerer.verifyMessage(
      'some guy said "I have not met with any Russians at any time"',
    ).checks;
    expect(check?.speaker).toBeNull();
    expect(check?.verification.verdict).toBe('exact');
  });

  it('checks the main claim of a message without quotation marks', () => {
    const [check] = answerer.verifyMessage('Sessions said he never met with any Russians').checks;
    expect(check?.claim.kind).toBe('statement');
    expect(check?.speaker?.name).toBe('Jeff Sessions');
    expect(check?.verification.verdict).not.toBe('not-found');
    expect(check?.verification.best?.speaker).toBe('Jeff Sessions');
  });

  it.each(['ok', '😂', 'https://t.co/4nTtDyMBID', '```\n"code"\n```', ''])(
    'finds nothing to check in %j',
    (text) => {
      expect(answerer.verifyMessage(text)).toEqual({ checks: [], more: 0 });
    },
  );
});
