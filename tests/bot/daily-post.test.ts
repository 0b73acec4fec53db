/**
 * One daily post as Discord receives it, through the real discord.js REST client against the
 * fake Discord (which holds every request to Discord's OpenAPI spec).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.js';
import { createDailySender, dailyNonce, dailyPostBody } from '../../src/bot/daily-post.js';
import { datedEventsDataset } from '../commands/dated-events.js';
import { REFERENCE_DATE } from '../commands/helpers.js';
import { createFakeDiscord, type FakeDiscord } from './fake-discord.js';

const GUILD = '100000000000000001';
const CHANNEL = '200000000000000001';
const NOW = new Date('2026-03-02T09:00:00Z');

const answerer = createAnswerer(
  datedEventsDataset([
    { date: '2017-03-02', summary: 'The attorney general recuses himself, says @everyone.' },
    ...Array.from({ length: 7 }, (_, i) => ({
      date: `${2010 + i}-03-02`,
      summary: `Event number ${i} of the day.`,
    })),
  ]),
  { referenceDate: REFERENCE_DATE },
);

const fakes: FakeDiscord[] = [];
afterEach(async () => {
  for (const fake of fakes.splice(0)) await fake.destroy();
});

function fakeDiscord(): FakeDiscord {
  const fake = createFakeDiscord();
  fakes.push(fake);
  return fake;
}

describe('the daily post', () => {
  it("is the day's first page as an embed, pinging no one, with the command for the rest", () => {
    const body = dailyPostBody(
      answerer,
      { guildId: GUILD, channelId: CHANNEL, day: '2026-03-02' },
      NOW,
    );
    expect(body).toMatchObject({ allowed_mentions: { parse: [] }, enforce_nonce: true });
    const embed = body?.embeds?.[0];
    expect(embed?.title).toBe('On this day: 2 March');
    expect(embed?.fields).toHaveLength(5);
    expect(embed?.description).toContain('First 5 of 8 events on 2 March');
    expect(embed?.description).toContain('`/onthisday date:March 2`');
    expect(body?.components).toBeUndefined();
    // Mentions in the data stay inert text even where allowed_mentions were forgotten.
    expect(JSON.stringify(body)).not.toMatch(/(?<!@\u200b)@everyone/);
  });

  it('has a nonce of at most 25 characters, the same for a server and day only', () => {
    const nonce = dailyNonce({ guildId: GUILD, day: '2026-03-02' });
    expect(nonce.length).toBeLessThanOrEqual(25);
    expect(dailyNonce({ guildId: GUILD, day: '2026-03-02' })).toBe(nonce);
    expect(dailyNonce({ guildId: GUILD, day: '2026-03-03' })).not.toBe(nonce);
    expect(dailyNonce({ guildId: '100000000000000009', day: '2026-03-02' })).not.toBe(nonce);
  });

  it('is nothing at all on a day with no events', async () => {
    const fake = fakeDiscord();
    const send = createDailySender({ rest: fake.client.rest, answerer: () => answerer });
    const target = { guildId: GUILD, channelId: CHANNEL, day: '2026-07-04' };
    expect(dailyPostBody(answerer, target, NOW)).toBeNull();
    expect(await send(target)).toEqual({ ok: true, messageId: null });
    expect(fake.requests).toEqual([]);
  });

  it("goes to the channel's messages as Discord's spec allows, returning the message id", async () => {
    const fake = fakeDiscord();
    const send = createDailySender({ rest: fake.client.rest, answerer: () => answerer });
    const outcome = await send({ guildId: GUILD, channelId: CHANNEL, day: '2026-03-02' });
    expect(outcome).toMatchObject({
      ok: true,
      messageId: expect.stringMatching(/^\d+$/) as string,
    });
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `POST /channels/${CHANNEL}/messages`,
    ]);
  });

  it('says a post without permission will fail the same way all day; a dropped connection will not', async () => {
    const fake = fakeDiscord();
    fake.failNext(/POST \/channels\//, {
      status: 403,
      code: 50013,
      message: 'Missing Permissions',
    });
    const send = createDailySender({ rest: fake.client.rest, answerer: () => answerer });
    expect(await send({ guildId: GUILD, channelId: CHANNEL, day: '2026-03-02' })).toEqual({
      ok: false,
      reason: 'Missing Permissions (Discord error 50013, HTTP 403)',
      retry: false,
    });

    const broken = createDailySender({
      rest: { post: () => Promise.reject(new Error('socket hang up')) },
      answerer: () => answerer,
    });
    expect(await broken({ guildId: GUILD, channelId: CHANNEL, day: '2026-03-02' })).toEqual({
      ok: false,
      reason: 'socket hang up',
      retry: true,
    });
  });
});
