/**
 * Hostile and oversized data through every command: quotes thousands of characters long, text
 * full of markdown and mentions. Every page of every reply must stay within Discord's limits,
 * and nothing may be able to ping or to format.
 */
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bot/command.js';
import { expectReplyWithinLimits } from '../bot/render/expect-limits.js';
import { getCommand, replyText, run, syntheticAnswerer } from './helpers.js';

const HOSTILE =
  '@everyone @here <@123456789012345678> <@&987654321098765432> **owned** [click](https://evil.example) ||x||';
const LONG_WORDS = 'budget '.repeat(1_500).trim();

const answerer = syntheticAnswerer({
  events: 30,
  speaker: 'Jane **Roe**',
  quote: (i) => (i % 2 === 0 ? `${HOSTILE} budget ${i}` : `${LONG_WORDS} ${i}`),
  summary: (i) => `${HOSTILE} ${'the budget hearing went on '.repeat(60)} ${i}`,
});

const RUNS: [string, Record<string, unknown>][] = [
  ['ask', { question: 'What did Roe say about the budget?' }],
  ['ask', { question: `${HOSTILE} budget` }],
  ['quote', { search: 'budget' }],
  ['quote', { search: 'budget', speaker: 'person-jane-roe' }],
  ['who', { name: 'Roe' }],
  ['date', { when: 'March 2017' }],
  ['event', { query: 'budget hearing number 3' }],
  ['timeline', { person: 'person-jane-roe' }],
  ['timeline', {}],
  ['verify', { quote: 'budget budget budget', speaker: 'Roe' }],
];

/** Every page of a command's reply, by pressing on until there is no next page. */
async function allPages(name: string, options: Record<string, unknown>): Promise<Reply[]> {
  const command = await getCommand(name);
  const pages = [run(command, options, answerer)];
  const count = Number(
    /^Page \d+ of (\d+)/.exec(pages[0]?.embeds[0]?.footer?.text ?? '')?.[1] ?? 1,
  );
  for (let page = 1; page < count; page++) pages.push(run(command, options, answerer, { page }));
  return pages;
}

describe.each(RUNS)('/%s %j with hostile, oversized data', (name, options) => {
  it('stays within every Discord limit on every page', async () => {
    for (const reply of await allPages(name, options)) expectReplyWithinLimits(reply);
  });

  it('cannot ping anyone and shows markdown as written', async () => {
    for (const reply of await allPages(name, options)) {
      // The footer is left out: Discord shows footers as plain text (no markdown, no mentions),
      // and it must keep the command line exactly as typed so page buttons can re-run it.
      const text = replyText({
        ...reply,
        embeds: reply.embeds.map(({ footer: _, ...rest }) => rest),
      });
      expect(text).not.toMatch(/@(everyone|here)/);
      expect(text).not.toMatch(/<@[!&]?\d+>/);
      expect(text).not.toMatch(/(?<!\\)\*\*owned/);
      expect(text).not.toMatch(/(?<!\\)\[click\]\(https:\/\/evil/);
    }
  });
});

describe('long quotes', () => {
  it('are cut on a word boundary with an ellipsis inside the closing quote mark', async () => {
    const reply = run(await getCommand('quote'), { search: 'budget 1' }, answerer);
    const long = reply.embeds[0]?.fields?.find((field) => field.value.length > 900);
    expect(long?.value).toMatch(/^“budget( budget)*…”\nSource: /);
  });
});
