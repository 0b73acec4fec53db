import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/types.js';
import type { Command } from '../../src/bot/command.js';
import { NEXT_LABEL, pageFromButton } from '../../src/bot/render/pagination.js';
import { expectReplyWithinLimits } from '../bot/render/expect-limits.js';
import {
  NOW,
  USER,
  bundledAnswerer,
  buttonId,
  expectSharedDefinition,
  footerOf,
  getCommand,
  optionsOf,
  replyText,
  run,
} from './helpers.js';

let who: Command;
let answerer: Answerer;
beforeAll(async () => {
  who = await getCommand('who');
  answerer = await bundledAnswerer();
});

describe('/who definition', () => {
  it('takes a required, autocompleted name', () => {
    expectSharedDefinition(who, 'who');
    expect(optionsOf(who)).toEqual({
      name: { type: 3, required: true, autocomplete: true, max_length: 100 },
      private: { type: 5, required: false },
    });
  });
});

describe('/who', () => {
  it('shows a person’s card: name, roles, aliases and latest quotes', () => {
    const reply = run(who, { name: 'sessions' }, answerer);
    const embed = reply.embeds[0];
    expect(embed?.title).toBe('Jeff Sessions');
    expect(embed?.description).toContain('**Roles:** Attorney General; former Senator');
    expect(embed?.description).toContain('AG Sessions');
    expect(embed?.fields?.[0]?.name).toBe('Quote 1 · 2 March 2017 · Jeff Sessions');
    expectReplyWithinLimits(reply);
  });

  it('lists the person’s events after their quotes, reachable with Next', () => {
    let reply = run(who, { name: 'person-jeff-sessions' }, answerer);
    const seen = [replyText(reply)];
    for (let id = buttonId(reply, NEXT_LABEL); id !== null; id = buttonId(reply, NEXT_LABEL)) {
      const press = pageFromButton(id, footerOf(reply), USER, NOW);
      if (!press.ok) throw new Error(press.message);
      reply = run(who, press.options, answerer, { page: press.page });
      seen.push(replyText(reply));
    }
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.join('\n')).toMatch(
      /Event 1 · 2 March 2017 · Event\nAttorney General Jeff Sessions is recusing/,
    );
  });

  it('says plainly when nobody matches and suggests close names', () => {
    const reply = run(who, { name: 'Qwxzy' }, answerer);
    expect(reply.embeds[0]?.description).toMatch(
      /^I don't know anyone called “Qwxzy” in the dataset\./,
    );
  });

  it('autocompletes names with typos, at most 25, names within 100 characters', () => {
    const choices = who.autocomplete?.({ name: 'name', value: 'frankn' }, { answerer }) ?? [];
    expect(choices.map((choice) => choice.value)).toContain('person-franken');
    for (const choice of choices) expect(choice.name.length).toBeLessThanOrEqual(100);
  });
});

describe('/who picture', () => {
  it("shows a picture of the person's events on their card, drawn as a PNG when sent", async () => {
    const reply = run(who, { name: 'sessions' }, answerer);
    expect(reply.embeds[0]?.image).toEqual({ url: 'attachment://timeline.png' });
    const drawn = await reply.attachments?.[0]?.draw();
    expect([...(drawn?.bytes.subarray(0, 4) ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(drawn?.description).toMatch(/^Jeff Sessions: events over time/);
  });

  it('has no picture when nobody matches', () => {
    const reply = run(who, { name: 'Qwxzy' }, answerer);
    expect(reply.attachments ?? []).toEqual([]);
  });
});
