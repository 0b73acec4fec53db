import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/types.js';
import type { Command } from '../../src/bot/command.js';
import { expectReplyWithinLimits } from '../bot/render/expect-limits.js';
import {
  bundledAnswerer,
  expectSharedDefinition,
  getCommand,
  optionsOf,
  run,
  syntheticAnswerer,
} from './helpers.js';

let date: Command;
let answerer: Answerer;
beforeAll(async () => {
  date = await getCommand('date');
  answerer = await bundledAnswerer();
});

describe('/date definition', () => {
  it('takes a required when', () => {
    expectSharedDefinition(date, 'date');
    expect(optionsOf(date)).toEqual({
      when: { type: 3, required: true, autocomplete: false, max_length: 100 },
      private: { type: 5, required: false },
    });
  });
});

describe('/date', () => {
  it.each([
    ['March 2 2017', 'What happened on 2 March 2017'],
    ['2017-03', 'What happened in March 2017'],
    ['Feb to Apr 2017', 'What happened in February 2017 to April 2017'],
  ])('reads %j and lists the events in it', (when, title) => {
    const reply = run(date, { when }, answerer);
    expect(reply.embeds[0]?.title).toBe(title);
    expect(reply.embeds[0]?.fields?.[0]?.name).toBe('1\\. 2 March 2017 · Event');
    expect(reply.embeds[0]?.fields?.[0]?.value).toContain('[@ABCPolitics](https://t.co/');
    expectReplyWithinLimits(reply);
  });

  it('says plainly when nothing happened then, with the core’s suggestion of what is covered', () => {
    const reply = run(date, { when: '1999' }, answerer);
    expect(reply.embeds[0]?.title).toBe('Nothing found for 1999');
    expect(reply.embeds[0]?.description).toContain(
      'The dataset covers 2 March 2017 to 2 March 2017.',
    );
  });

  it('says when it cannot read a date at all', () => {
    const reply = run(date, { when: 'the big hearing' }, answerer);
    expect(reply.embeds[0]?.title).toBe('Date not understood');
    expect(reply.embeds[0]?.description).toMatch(/^I couldn't read a date in “the big hearing”\./);
  });

  it('pages a month with many events five at a time, saying how many it leaves out', () => {
    const many = syntheticAnswerer({ events: 30 });
    const first = run(date, { when: 'March 2017' }, many);
    expect(first.embeds[0]?.description).toBe(
      'First 25 of 30 events, the most prominent first: narrow the range to see the rest.',
    );
    expect(first.embeds[0]?.fields).toHaveLength(5);
    expect(first.embeds[0]?.footer?.text).toBe('Page 1 of 5 · /date when:March 2017');
    const last = run(date, { when: 'March 2017' }, many, { page: 4 });
    expect(last.embeds[0]?.footer?.text).toBe('Page 5 of 5 · /date when:March 2017');
    expect(last.embeds[0]?.fields?.[0]?.name).toMatch(/^21\\\. /);
  });
});
