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

let timeline: Command;
let answerer: Answerer;
beforeAll(async () => {
  timeline = await getCommand('timeline');
  answerer = await bundledAnswerer();
});

describe('/timeline definition', () => {
  it('takes an optional autocompleted person and optional from and to', () => {
    expectSharedDefinition(timeline, 'timeline');
    expect(optionsOf(timeline)).toEqual({
      person: { type: 3, required: false, autocomplete: true, max_length: 100 },
      from: { type: 3, required: false, autocomplete: false, max_length: 50 },
      to: { type: 3, required: false, autocomplete: false, max_length: 50 },
      private: { type: 5, required: false },
    });
  });
});

describe('/timeline', () => {
  it('lists a person’s quotes and events oldest first', () => {
    const reply = run(timeline, { person: 'sessions' }, answerer);
    const embed = reply.embeds[0];
    expect(embed?.title).toBe('Timeline · Jeff Sessions');
    expect(embed?.description).toMatch(/oldest first\.$/);
    const names = embed?.fields?.map((field) => field.name) ?? [];
    expect(names[0]).toBe('1\\. January 2017 · Jeff Sessions');
    expect(names[1]).toMatch(/^2\\\. 2 March 2017 · /);
    expectReplyWithinLimits(reply);
  });

  it('limits to the from and to dates, in date order across pages', () => {
    const many = syntheticAnswerer({ events: 30 });
    const reply = run(timeline, { from: '2017-03-10', to: '2017-03-19' }, many);
    expect(reply.embeds[0]?.description).toBe(
      // Each synthetic event has one quote: 10 events and their 10 quotes.
      '20 entries from “2017-03-10” to “2017-03-19” (10 March 2017 to 19 March 2017), oldest first.',
    );
    expect(reply.embeds[0]?.fields?.[0]?.name).toBe('1\\. 10 March 2017 · Event');
    const last = run(timeline, { from: '2017-03-10', to: '2017-03-19' }, many, { page: 3 });
    expect(last.embeds[0]?.fields?.at(-2)?.name).toBe('19\\. 19 March 2017 · Event');
  });

  it('says how many entries it leaves out when the period holds more than it shows', () => {
    const many = syntheticAnswerer({ events: 80 });
    const reply = run(timeline, {}, many);
    // 80 events and their 80 quotes; the command shows the first ones only.
    expect(reply.embeds[0]?.description).toMatch(
      /^First \d+ of 160 entries .*oldest first: narrow the range to see the rest\.$/,
    );
  });

  it('names the date it could not understand', () => {
    const reply = run(timeline, { from: 'whenever' }, answerer);
    expect(reply.embeds[0]?.description).toMatch(
      /^Could not understand the "from" date "whenever"\./,
    );
  });

  it('says plainly when nothing falls in the period', () => {
    const reply = run(timeline, { person: 'sessions', from: '1990', to: '1991' }, answerer);
    expect(reply.embeds[0]?.description).toBe(
      'No events or quotes from “1990” to “1991” in the dataset.',
    );
  });

  it('names an unknown person', () => {
    const reply = run(timeline, { person: 'Qwxzy' }, answerer);
    expect(reply.embeds[0]?.title).toBe('Person not found');
  });
});

describe('/timeline picture', () => {
  it('shows a picture of the events under the list, drawn as a PNG when sent', async () => {
    const reply = run(timeline, { person: 'sessions' }, answerer);
    expect(reply.embeds[0]?.image).toEqual({ url: 'attachment://timeline.png' });
    expect(reply.attachments?.map((attachment) => attachment.name)).toEqual(['timeline.png']);
    const drawn = await reply.attachments?.[0]?.draw();
    expect([...(drawn?.bytes.subarray(0, 4) ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(drawn?.description).toMatch(/^Jeff Sessions: events over time/);
  });

  it('names the picture on every page, so a page turn keeps showing it', () => {
    const many = syntheticAnswerer({ events: 30 });
    const second = run(timeline, {}, many, { page: 1 });
    expect(second.embeds[0]?.image).toEqual({ url: 'attachment://timeline.png' });
  });

  it('has no picture when it found nothing or could not read a date', () => {
    for (const options of [{ person: 'Qwxzy' }, { from: 'blorp' }, { from: '2016', to: '2016' }]) {
      const reply = run(timeline, options, answerer);
      expect(reply.attachments ?? []).toEqual([]);
      expect(reply.embeds[0]?.image).toBeUndefined();
    }
  });
});
