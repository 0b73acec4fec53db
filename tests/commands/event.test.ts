import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/types.js';
import type { Command } from '../../src/bot/command.js';
import { expectReplyWithinLimits } from '../bot/render/expect-limits.js';
import { bundledAnswerer, expectSharedDefinition, getCommand, optionsOf, run } from './helpers.js';

let event: Command;
let answerer: Answerer;
beforeAll(async () => {
  event = await getCommand('event');
  answerer = await bundledAnswerer();
});

describe('/event definition', () => {
  it('takes a required, autocompleted query', () => {
    expectSharedDefinition(event, 'event');
    expect(optionsOf(event)).toEqual({
      query: { type: 3, required: true, autocomplete: true, max_length: 200 },
      private: { type: 5, required: false },
    });
  });
});

describe('/event', () => {
  it('shows the card: title, summary, date, people, quotes and linked sources', () => {
    const reply = run(event, { query: 'Sessions recusal' }, answerer);
    const embed = reply.embeds[0];
    expect(embed?.title).toBe(
      'AG Sessions recuses himself from investigations into presidential campaigns',
    );
    expect(embed?.url).toBe('https://t.co/4nTtDyMBID');
    expect(embed?.description).toContain('**Date:** 2 March 2017');
    expect(embed?.description).toMatch(/\*\*People:\*\* .*Jeff Sessions/);
    expect(embed?.fields?.[0]?.value).toMatch(/^“My reply to the question of Senator Franken/);
    const sources = embed?.fields?.find((field) => field.name.startsWith('Sources'));
    expect(sources?.value).toContain('• [@ABCPolitics](https://t.co/4nTtDyMBID), 2 March 2017');
    expectReplyWithinLimits(reply);
  });

  it('shows the same card for the event id that autocomplete puts in the option', () => {
    const [choice] = event.autocomplete?.({ name: 'query', value: 'recuse' }, { answerer }) ?? [];
    expect(choice?.name).toMatch(/^2017-03-02 · AG Sessions recuses himself/);
    const byId = run(event, { query: choice?.value ?? '' }, answerer);
    const byWords = run(event, { query: 'Sessions recusal' }, answerer);
    expect(byId.embeds[0]?.title).toBe(byWords.embeds[0]?.title);
    expect(byId.embeds[0]?.fields).toEqual(byWords.embeds[0]?.fields);
  });

  it('keeps the sources on every page of quotes', () => {
    const second = run(event, { query: 'Sessions recusal' }, answerer, { page: 1 });
    expect(second.embeds[0]?.footer?.text).toMatch(
      /^Page 2 of \d+ · \/event query:Sessions recusal$/,
    );
    expect(second.embeds[0]?.fields?.at(-1)?.name).toMatch(/^Sources \(\d+\)$/);
  });

  it('says plainly when no event matches', () => {
    const reply = run(event, { query: 'zzqx wplk' }, answerer);
    expect(reply.embeds[0]?.title).toBe('Event not found');
    expect(reply.embeds[0]?.description).toMatch(/^No event in the dataset matches “zzqx wplk”\./);
  });
});
