import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/types.js';
import type { Command } from '../../src/bot/command.js';
import { expectReplyWithinLimits } from '../bot/render/expect-limits.js';
import { bundledAnswerer, expectSharedDefinition, getCommand, optionsOf, run } from './helpers.js';

let verify: Command;
let answerer: Answerer;
beforeAll(async () => {
  verify = await getCommand('verify');
  answerer = await bundledAnswerer();
});

describe('/verify definition', () => {
  it('takes a required quote and an autocompleted speaker', () => {
    expectSharedDefinition(verify, 'verify');
    expect(optionsOf(verify)).toEqual({
      quote: { type: 3, required: true, autocomplete: false, max_length: 300 },
      speaker: { type: 3, required: false, autocomplete: true, max_length: 100 },
      private: { type: 5, required: false },
    });
  });
});

describe('/verify', () => {
  it('confirms words really said, with the real quote, its speaker, date and source', () => {
    const reply = run(
      verify,
      {
        quote: 'my reply to the question of Senator Franken was honest and correct',
        speaker: 'sessions',
      },
      answerer,
    );
    const embed = reply.embeds[0];
    expect(embed?.title).toBe('Did Jeff Sessions say it?');
    expect(embed?.description).toMatch(/^✅ \*\*Yes\.\*\*/);
    expect(embed?.fields?.[0]?.name).toBe('Closest real quote · 2 March 2017 · Jeff Sessions');
    expect(embed?.fields?.[0]?.value).toContain('Source: @ABCPolitics');
    expectReplyWithinLimits(reply);
  });

  it('says when the words differ from the closest real quote', () => {
    const reply = run(
      verify,
      { quote: 'I never met any Russians to discuss the campaign' },
      answerer,
    );
    const verdict = answerer.verify('I never met any Russians to discuss the campaign').verdict;
    expect(verdict).not.toBe('exact');
    expect(reply.embeds[0]?.description).toMatch(
      verdict === 'paraphrase' ? /^🟡 \*\*Close, but not word for word/ : /^❌ \*\*No\./,
    );
  });

  it('says plainly when nothing is close', () => {
    const reply = run(verify, { quote: 'bananas are purple on Tuesdays' }, answerer);
    expect(reply.embeds[0]?.description).toMatch(
      /^❌ \*\*No\.\*\* Nothing in the dataset says that/,
    );
    expect(reply.embeds[0]?.description).toContain('“bananas are purple on Tuesdays”');
  });
});
