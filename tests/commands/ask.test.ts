import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/types.js';
import type { Command } from '../../src/bot/command.js';
import { NEXT_LABEL, PREVIOUS_LABEL, pageFromButton } from '../../src/bot/render/pagination.js';
import { expectReplyWithinLimits } from '../bot/render/expect-limits.js';
import {
  NOW,
  USER,
  bundledAnswerer,
  buttonId,
  expectSharedDefinition,
  footerOf,
  getCommand,
  optionProblem,
  optionsOf,
  replyText,
  run,
} from './helpers.js';

let ask: Command;
let answerer: Answerer;
beforeAll(async () => {
  ask = await getCommand('ask');
  answerer = await bundledAnswerer();
});

const QUESTION = 'When did Sessions recuse himself?';

describe('/ask definition', () => {
  it('takes a required question of at most 300 characters, and private', () => {
    expectSharedDefinition(ask, 'ask');
    expect(optionsOf(ask)).toEqual({
      question: { type: 3, required: true, autocomplete: false, max_length: 300 },
      private: { type: 5, required: false },
    });
  });
});

describe('/ask', () => {
  it('answers with the date, the text and the source as a link', () => {
    const reply = run(ask, { question: QUESTION }, answerer);
    const embed = reply.embeds[0];
    expect(embed?.title).toBe(QUESTION);
    const first = embed?.fields?.[0];
    // The number is escaped so Discord does not turn the name into a numbered list.
    expect(first?.name).toBe('1\\. 2 March 2017 · Event');
    expect(first?.value).toContain('recusing himself');
    expect(first?.value).toContain('Source: [@ABCPolitics](https://t.co/4nTtDyMBID)');
    expectReplyWithinLimits(reply);
  });

  it('shows quotes with their speaker', () => {
    const reply = run(ask, { question: 'What did Sessions say about Franken?' }, answerer);
    expect(replyText(reply)).toMatch(
      /· Jeff Sessions\n“My reply to the question of Senator Franken/,
    );
  });

  it('pages through more than five answers with Previous / Next and the command line', () => {
    const first = run(ask, { question: QUESTION }, answerer);
    const total = answerer.ask(QUESTION, { limit: 25 }).answers.length;
    expect(total).toBeGreaterThan(5);
    const pages = Math.ceil(total / 5);
    expect(footerOf(first)).toBe(`Page 1 of ${pages} · /ask question:${QUESTION}`);
    expect(buttonId(first, PREVIOUS_LABEL)).toBeNull();

    const press = pageFromButton(buttonId(first, NEXT_LABEL) ?? '', footerOf(first), USER, NOW);
    expect(press).toMatchObject({ ok: true, command: 'ask', page: 1 });
    if (!press.ok) return;
    const second = run(ask, press.options, answerer, { page: press.page });
    expect(footerOf(second)).toBe(`Page 2 of ${pages} · /ask question:${QUESTION}`);
    expect(second.embeds[0]?.fields?.[0]?.name).toMatch(/^6\\\. /);
    expect(buttonId(second, PREVIOUS_LABEL)).not.toBeNull();
  });

  it('says plainly when there is no answer and lists the core’s suggestions', () => {
    const question = 'Who is Zorblax?';
    const suggestions = answerer.ask(question).suggestions;
    expect(suggestions.length).toBeGreaterThan(0);
    const reply = run(ask, { question }, answerer);
    const description = reply.embeds[0]?.description ?? '';
    expect(description).toMatch(/^I couldn't find an answer to that in the dataset\./);
    expect(description).toContain('**Try:**');
    expect(description.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(
      suggestions.length,
    );
    expect(reply.components).toEqual([]);
  });

  it('refuses a 10,000-character question, naming the option', () => {
    expect(optionProblem(ask, { question: 'why '.repeat(2_500) }, answerer)).toBe(
      'The option `question` is not valid: use at most 300 characters.',
    );
  });

  it('answers small talk and empty questions with the help card, not "no answer"', () => {
    for (const question of ['help', 'hi', 'hello', 'hey', 'thanks', '?', '', '   \n ']) {
      const reply = run(ask, { question }, answerer);
      expect(reply.embeds[0]?.title, question).toBe('What I can answer');
      expect(replyText(reply), question).not.toContain("I couldn't find");
    }
    expect(run(ask, {}, answerer).embeds[0]?.title).toBe('What I can answer');
  });

  it('greets a greeting and thanks a thank-you before the help card', () => {
    expect(run(ask, { question: 'Hi!' }, answerer).embeds[0]?.description).toMatch(/^Hello! /);
    expect(run(ask, { question: 'thank you' }, answerer).embeds[0]?.description).toMatch(
      /^You’re welcome! /,
    );
    expect(run(ask, { question: 'help' }, answerer).embeds[0]?.description).toMatch(/^I answer /);
  });

  it('answers questions that merely contain a greeting or "help"', () => {
    const reply = run(ask, { question: 'hello Sessions' }, answerer);
    expect(reply.embeds[0]?.title).toBe('hello Sessions');
    expect(run(ask, { question: 'help desk scandal' }, answerer).embeds[0]?.title).toBe(
      'help desk scandal',
    );
  });

  it('shows "no answer" to the asker alone, and answers to everyone', () => {
    expect(run(ask, { question: 'Who is Zorblax?' }, answerer).onlyForAsker).toBe(true);
    expect(run(ask, { question: QUESTION }, answerer).onlyForAsker).toBeUndefined();
    expect(run(ask, { question: 'help' }, answerer).onlyForAsker).toBeUndefined();
  });

  it('stays within Discord limits even when handed a 10,000-character question directly', () => {
    const question = `${'Sessions '.repeat(1_100)}?`;
    const reply = ask.execute({ question }, { answerer, userId: USER, page: 0, now: NOW });
    expectReplyWithinLimits(reply);
    expect(reply.embeds[0]?.title?.endsWith('…')).toBe(true);
  });

  it('shows markdown and mentions in the question harmlessly', () => {
    const reply = run(
      ask,
      { question: '@everyone <@123> **When** did Sessions recuse?' },
      answerer,
    );
    const title = reply.embeds[0]?.title ?? '';
    expect(title).toBe('@\u200beveryone <\u200b@123> \\*\\*When\\*\\* did Sessions recuse?');
  });
});
