import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.js';
import type { Answerer } from '../../src/answer/types.js';
import type { Command } from '../../src/bot/command.js';
import { runCommand } from '../../src/bot/interactions.js';
import { SettingsStore } from '../../src/settings/store.js';
import { expectReplyWithinLimits } from '../bot/render/expect-limits.js';
import { datedEventsDataset } from './dated-events.js';
import {
  expectSharedDefinition,
  footerOf,
  getCommand,
  NOW,
  optionsOf,
  REFERENCE_DATE,
  replyText,
  run,
  USER,
} from './helpers.js';

const YEARS = Array.from({ length: 30 }, (_, i) => 1990 + i);

let onthisday: Command;
let answerer: Answerer;

beforeAll(async () => {
  onthisday = await getCommand('onthisday');
  answerer = createAnswerer(
    datedEventsDataset([
      ...YEARS.map((year) => ({
        date: `${year}-03-02`,
        summary: `The ${year} budget is debated in the chamber.`,
        // The 2003 debate is reported most widely: it leads.
        sources: year === 2003 ? 6 : 1,
      })),
      { date: '2004-03-03', summary: 'Not on 2 March.' },
      // NOW is 1 May 2024 12:00 UTC: 1 May there, 2 May already in Kiritimati (UTC+14).
      { date: '2001-05-01', summary: 'May Day marches fill the square.' },
      { date: '2002-05-02', summary: 'A second day of marches.' },
    ]),
    { referenceDate: REFERENCE_DATE },
  );
});

describe('/onthisday', () => {
  it('is defined for everywhere, with an optional date', () => {
    expectSharedDefinition(onthisday, 'onthisday');
    expect(optionsOf(onthisday).date).toMatchObject({ type: 3, required: false });
  });

  it("lists the day's events across the years, the most important first, labelled by year", () => {
    const reply = run(onthisday, { date: '2 March' }, answerer);
    const embed = reply.embeds[0];
    expect(embed?.title).toBe('On this day: 2 March');
    expect(embed?.description).toMatch(
      /^First 25 of 30 events on 2 March, in 30 years \(1990–2019\), the most important first\./,
    );
    expect(embed?.fields?.[0]?.name).toBe('1\\. 2 March 2003 · Event');
    expect(
      embed?.fields?.map((field) => field.name).every((name) => / 2 March \d{4} · /.test(name)),
    ).toBe(true);
    expect(replyText(reply)).not.toContain('Not on 2 March');
  });

  it('pages the list five at a time, the date fixed in the command line', () => {
    const first = run(onthisday, { date: '03-02' }, answerer);
    expect(footerOf(first)).toBe('Page 1 of 5 · /onthisday date:March 2');
    const third = run(onthisday, { date: 'March 2' }, answerer, { page: 2 });
    expect(third.embeds[0]?.fields?.[0]?.name).toMatch(/^11\\\. /);
    expect(footerOf(third)).toBe('Page 3 of 5 · /onthisday date:March 2');
  });

  it('is today in UTC by default, and says so', () => {
    const reply = run(onthisday, {}, answerer);
    expect(reply.embeds[0]?.title).toBe('On this day: 1 May');
    expect(reply.embeds[0]?.description).toMatch(/^Today \(UTC\)\./);
    expect(footerOf(reply)).toBe('/onthisday date:May 1');
  });

  it("is today in the server's zone when the server set one for its daily post", () => {
    const settings = SettingsStore.open(mkdtempSync(path.join(tmpdir(), 'onthisday-')));
    const guildId = '100000000000000001';
    settings.setDaily(
      guildId,
      { channelId: '200000000000000001', time: '09:00', timeZone: 'Pacific/Kiritimati' },
      NOW,
    );
    const result = runCommand(
      onthisday,
      {},
      {
        answerer,
        userId: USER,
        page: 0,
        now: NOW,
        settings,
        server: {
          guildId,
          channelId: '200000000000000001',
          memberPermissions: 0n,
          appPermissions: 0n,
        },
      },
    );
    settings.close();
    if (!result.ok) throw new Error(result.problem);
    expect(result.reply.embeds[0]?.title).toBe('On this day: 2 May');
    expect(result.reply.embeds[0]?.description).toMatch(/^Today \(Pacific\/Kiritimati\)\./);
  });

  it('answers an impossible day with what is wrong, to the asker alone', () => {
    const reply = run(onthisday, { date: 'February 30' }, answerer);
    expect(reply.onlyForAsker).toBe(true);
    expect(reply.embeds[0]?.title).toBe('Not a day of the year');
    expect(reply.embeds[0]?.description).toBe(
      '“February 30” is not a day of the year: February has 29 days at most.',
    );
  });

  it('answers an unreadable or ambiguous day with how to write one', () => {
    for (const date of ['next thursday-ish', '3/2']) {
      const reply = run(onthisday, { date }, answerer);
      expect(reply.onlyForAsker).toBe(true);
      expect(reply.embeds[0]?.title).toBe('Day not understood');
      expect(reply.embeds[0]?.description).toContain('"March 2", "2 March" or "03-02"');
    }
  });

  it('says when nothing happened on the day, offering what the dataset covers', () => {
    const reply = run(onthisday, { date: 'July 4' }, answerer);
    expect(reply.onlyForAsker).toBe(true);
    expect(replyText(reply)).toContain('Nothing in the dataset happened on 4 July');
    expect(replyText(reply)).toContain('The dataset covers 2 March 1990 to 2 March 2019.');
  });

  it('stays within Discord’s limits with hostile data', () => {
    const hostile = createAnswerer(
      datedEventsDataset(
        YEARS.map((year) => ({
          date: `${year}-03-02`,
          summary: `@everyone <@123456789012345678> **${'x'.repeat(3000)}** [link](javascript:alert(1))`,
          people: [`Person ${'y'.repeat(200)} ${year}`],
        })),
      ),
      { referenceDate: REFERENCE_DATE },
    );
    for (let page = 0; page < 6; page++) {
      const reply = run(onthisday, { date: 'March 2' }, hostile, { page });
      expectReplyWithinLimits(reply);
      expect(replyText(reply)).not.toMatch(/(?<!@\u200b)@everyone|<@\d/);
    }
  });
});
