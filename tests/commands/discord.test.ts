/**
 * The commands through the same code path as Discord: real discord.js interaction objects built
 * from gateway payloads, the runtime's router, the real core, and the HTTP requests the bot would
 * send. Only the network is replaced.
 */
import { Writable } from 'node:stream';
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/types.js';
import { createCooldown } from '../../src/bot/cooldown.js';
import { createInteractionRouter } from '../../src/bot/interactions.js';
import { NEXT_LABEL, resolvePageButton } from '../../src/bot/render/pagination.js';
import { WorkTracker } from '../../src/bot/shutdown.js';
import { createLogger } from '../../src/log.js';
import {
  autocompletePayload,
  buttonPayload,
  chatInputPayload,
  createFakeDiscord,
  dispatchInteraction,
  type CapturedRequest,
  type FakeDiscord,
} from '../bot/fake-discord.js';
import { allCommands, bundledAnswerer } from './helpers.js';

const ASKER = '812345678901234567';
const SOMEONE_ELSE = '899999999999999999';

let discord: FakeDiscord;
let answerer: Answerer;
let send: (payload: unknown) => Promise<CapturedRequest[]>;

beforeAll(async () => {
  answerer = await bundledAnswerer();
  discord = createFakeDiscord();
  const router = createInteractionRouter({
    commands: await allCommands(),
    answerer: () => answerer,
    cooldown: createCooldown({ capacity: 1_000, windowMs: 60_000 }),
    tracker: new WorkTracker(),
    logger: createLogger({
      level: 'silent',
      destination: new Writable({
        write: (_chunk, _encoding, done) => {
          done();
        },
      }),
    }),
    resolveButton: resolvePageButton,
  });
  let pending: Promise<void> = Promise.resolve();
  discord.client.on('interactionCreate', (interaction) => {
    pending = router(interaction);
  });
  send = async (payload) => {
    const before = discord.requests.length;
    dispatchInteraction(discord.client, payload);
    await pending;
    return discord.requests.slice(before);
  };
});

afterAll(async () => {
  await discord.destroy();
});

interface MessageBody {
  embeds: APIEmbed[];
  components: { components: { custom_id?: string; label?: string; disabled?: boolean }[] }[];
  allowed_mentions?: unknown;
}

/** The message the bot answered with in the interaction callback (type 4). */
function answerMessage(requests: CapturedRequest[]): MessageBody {
  const callback = requests[0]?.body as { type?: number; data?: MessageBody } | undefined;
  if (callback?.type !== 4 || callback.data === undefined)
    throw new Error(`no answer among ${requests.map((r) => `${r.method} ${r.path}`).join(', ')}`);
  return callback.data;
}

describe('every command over the Discord path', () => {
  it.each([
    ['ask', { question: 'When did Sessions recuse himself?' }, /2 March 2017/],
    [
      'quote',
      { search: 'honest and correct', speaker: 'person-jeff-sessions' },
      /honest and correct/,
    ],
    ['who', { name: 'person-jeff-sessions' }, /Attorney General/],
    ['date', { when: '2017-03' }, /What happened in March 2017/],
    ['event', { query: 'recuse' }, /AG Sessions recuses himself/],
    [
      'timeline',
      { person: 'person-jeff-sessions', from: '2017', to: '2017' },
      /Timeline · Jeff Sessions/,
    ],
    ['verify', { quote: 'honest and correct as I understood it' }, /Closest real quote/],
    ['help', {}, /\/verify quote:<text>/],
    ['about', {}, /Dates covered/],
  ])(
    '/%s %j is answered in the interaction callback with an embed, mentions off',
    async (name, options, expected) => {
      const requests = await send(chatInputPayload(name, options, { userId: ASKER }));
      expect(requests).toHaveLength(1);
      const message = answerMessage(requests);
      expect(JSON.stringify(message.embeds)).toMatch(expected);
      expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    },
  );

  it('answers privately when private is true', async () => {
    const requests = await send(chatInputPayload('who', { name: 'sessions', private: true }));
    expect(requests[0]?.body).toMatchObject({ type: 4, data: { flags: 64 } });
  });

  it('works in a DM with the bot too', async () => {
    const requests = await send(
      chatInputPayload(
        'who',
        { name: 'sessions' },
        { place: { kind: 'dm', channelId: '700000000000000009' } },
      ),
    );
    expect(answerMessage(requests).embeds[0]?.title).toBe('Jeff Sessions');
  });
});

describe('page buttons over the Discord path', () => {
  async function firstPage(): Promise<{ embeds: APIEmbed[]; next: string }> {
    const message = answerMessage(
      await send(
        chatInputPayload(
          'ask',
          { question: 'When did Sessions recuse himself?' },
          { userId: ASKER },
        ),
      ),
    );
    const next = message.components[0]?.components.find((button) => button.label === NEXT_LABEL);
    if (next?.custom_id === undefined) throw new Error('no Next button');
    return { embeds: message.embeds, next: next.custom_id };
  }

  it('turns the page for the asker by updating the message', async () => {
    const { embeds, next } = await firstPage();
    const requests = await send(
      buttonPayload(next, { embeds, commandUserId: ASKER }, { userId: ASKER }),
    );
    const update = requests[0]?.body as { type: number; data: MessageBody };
    expect(update.type).toBe(7);
    expect(update.data.embeds[0]?.footer?.text).toMatch(
      /^Page 2 of \d+ · \/ask question:When did Sessions recuse himself\?$/,
    );
  });

  it('refuses anyone else privately', async () => {
    const { embeds, next } = await firstPage();
    const [reply] = await send(
      buttonPayload(next, { embeds, commandUserId: ASKER }, { userId: SOMEONE_ELSE }),
    );
    expect(reply?.body).toMatchObject({
      type: 4,
      data: {
        content: expect.stringContaining('Only the person who ran this command') as unknown,
        flags: 64,
      },
    });
  });
});

describe('autocomplete over the Discord path', () => {
  it('answers with fuzzy, id-valued choices', async () => {
    const [reply] = await send(autocompletePayload('who', { name: 'sesions' }, 'name'));
    expect(reply?.body).toMatchObject({
      type: 8,
      data: {
        choices: [{ name: 'Jeff Sessions (Attorney General)', value: 'person-jeff-sessions' }],
      },
    });
  });

  it('completes events for /event', async () => {
    const [reply] = await send(autocompletePayload('event', { query: 'recus' }, 'query'));
    const choices = (reply?.body as { data: { choices: { name: string; value: string }[] } }).data
      .choices;
    expect(choices[0]?.value).toBe(answerer.suggestEvents('recus')[0]?.eventId);
    expect(choices.length).toBeLessThanOrEqual(25);
  });
});
