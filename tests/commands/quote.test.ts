import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/types.js';
import type { Command } from '../../src/bot/command.js';
import { expectReplyWithinLimits } from '../bot/render/expect-limits.js';
import {
  bundledAnswerer,
  expectSharedDefinition,
  getCommand,
  optionProblem,
  optionsOf,
  replyText,
  run,
} from './helpers.js';

let quote: Command;
let answerer: Answerer;
beforeAll(async () => {
  quote = await getCommand('quote');
  answerer = await bundledAnswerer();
});

describe('/quote definition', () => {
  it('takes a required search and an autocompleted speaker', () => {
    expectSharedDefinition(quote, 'quote');
    expect(optionsOf(quote)).toEqual({
      search: { type: 3, required: true, autocomplete: false, max_length: 200 },
      speaker: { type: 3, required: false, autocomplete: true, max_length: 100 },
      private: { type: 5, required: false },
    });
  });
});

describe('/quote', () => {
  it('finds a quote by its words, with speaker, date and source', () => {
    const reply = run(quote, { search: 'honest and correct' }, answerer);
    const first = reply.embeds[0]?.fields?.[0];
    expect(first?.name).toBe('1\\. 2 March 2017 · Jeff Sessions');
    expect(first?.value).toMatch(
      /^“My reply to the question of Senator Franken was honest and correct as I understood it at the time\.”\nSource: .*@ABCPolitics/,
    );
    expectReplyWithinLimits(reply);
  });

  it('accepts the speaker as the id autocomplete gives or as a typed name', () => {
    const byId = run(quote, { search: 'Russians', speaker: 'person-jeff-sessions' }, answerer);
    const byName = run(quote, { search: 'Russians', speaker: 'sessions' }, answerer);
    expect(byId.embeds[0]?.title).toBe('Quotes by Jeff Sessions');
    expect(byName.embeds[0]?.fields).toEqual(byId.embeds[0]?.fields);
    expect(replyText(byId)).toContain('did not have any communications with the Russians');
  });

  it('says plainly when no quote matches', () => {
    const reply = run(quote, { search: 'bananas', speaker: 'person-jeff-sessions' }, answerer);
    expect(reply.embeds[0]?.description).toMatch(
      /^No quote by Jeff Sessions in the dataset matches “bananas”\./,
    );
  });

  it('names an unknown speaker and offers close names', () => {
    const reply = run(quote, { search: 'honest', speaker: 'Qwxzy Plonk' }, answerer);
    expect(reply.embeds[0]?.title).toBe('Person not found');
    expect(reply.embeds[0]?.description).toContain(
      "I don't know anyone called “Qwxzy Plonk” in the dataset.",
    );
  });

  it('suggests speakers fuzzily, typos welcome, as id-valued choices', () => {
    const choices = quote.autocomplete?.({ name: 'speaker', value: 'sesions' }, { answerer }) ?? [];
    expect(choices[0]).toEqual({
      name: 'Jeff Sessions (Attorney General)',
      value: 'person-jeff-sessions',
    });
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it('refuses an over-long search, naming the option', () => {
    expect(optionProblem(quote, { search: 'x'.repeat(201) }, answerer)).toContain('`search`');
  });
});
