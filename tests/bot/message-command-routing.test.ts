/**
 * The router's message commands (right-click a message → Apps): the real discord.js
 * MessageContextMenuCommandInteraction, built from a packet shaped like Discord's (data.type 3,
 * target_id, resolved.messages), reaches the command with the message's text, author and link;
 * the answer goes to the asker alone, in the callback (or by edit once deferred), and is logged.
 */
import { Writable } from 'node:stream';
import { ApplicationCommandType, InteractionType, MessageFlags, type APIEmbed } from 'discord.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/types.js';
import {
  defineMessageCommand,
  messageCommand,
  type CommandContext,
  type TargetMessage,
} from '../../src/bot/command.js';
import { createCooldown } from '../../src/bot/cooldown.js';
import type { DeferPolicy } from '../../src/bot/defer-policy.js';
import { textOf } from '../../src/bot/i18n/index.js';
import { createInteractionRouter } from '../../src/bot/interactions.js';
import { WorkTracker } from '../../src/bot/shutdown.js';
import { createLogger } from '../../src/log.js';
import { discordSpec } from '../emulator/discord-spec.js';
import {
  APPLICATION_ID,
  BOT_TOKEN,
  GUILD_CHANNEL_ID,
  GUILD_ID,
  createFakeDiscord,
  dispatchInteraction,
  snowflake,
  userPayload,
  type CapturedRequest,
  type FakeDiscord,
} from './fake-discord.js';

const seen: { message: TargetMessage; context: CommandContext }[] = [];
const echo = defineMessageCommand({
  data: messageCommand('Echo it'),
  execute: (message, context) => {
    seen.push({ message, context });
    return { embeds: [{ title: 'Echo', description: message.content }], components: [] };
  },
});
const boom = defineMessageCommand({
  data: messageCommand('Boom'),
  execute: () => {
    throw new Error('handler exploded');
  },
});

/** A message command on a user's message in the test server, as Discord sends it. */
function messageCommandPayload(name: string, content: string) {
  const asker = userPayload('800000000000000001');
  const author = { ...userPayload('800000000000000002'), global_name: 'Alice' };
  const targetId = snowflake();
  return {
    id: snowflake(),
    application_id: APPLICATION_ID,
    type: InteractionType.ApplicationCommand,
    token: `aW50ZXJhY3Rpb246${snowflake()}${'x'.repeat(40)}`,
    version: 1,
    app_permissions: '2248473465835073',
    locale: 'fr',
    entitlements: [],
    attachment_size_limit: 10_485_760,
    guild_id: GUILD_ID,
    channel_id: GUILD_CHANNEL_ID,
    channel: { id: GUILD_CHANNEL_ID, type: 0, guild_id: GUILD_ID },
    member: {
      user: asker,
      roles: [],
      joined_at: '2020-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      permissions: '2248473465835073',
    },
    guild_locale: 'en-US',
    context: 0,
    authorizing_integration_owners: { '0': GUILD_ID },
    data: {
      id: snowflake(),
      name,
      type: ApplicationCommandType.Message,
      target_id: targetId,
      resolved: {
        messages: {
          [targetId]: {
            id: targetId,
            type: 0,
            channel_id: GUILD_CHANNEL_ID,
            author,
            content,
            timestamp: new Date().toISOString(),
            edited_timestamp: null,
            tts: false,
            mention_everyone: false,
            mentions: [],
            mention_roles: [],
            attachments: [],
            embeds: [],
            pinned: false,
            flags: 0,
            components: [],
          },
        },
      },
    },
  };
}

interface Harness {
  discord: FakeDiscord;
  logs: () => Record<string, unknown>[];
  send: (payload: unknown) => Promise<CapturedRequest[]>;
}

let harness: Harness | undefined;

function createHarness(deferPolicy?: DeferPolicy): Harness {
  const discord = createFakeDiscord();
  const rawLogs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      rawLogs.push(chunk.toString());
      done();
    },
  });
  const router = createInteractionRouter({
    commands: new Map(),
    messageCommands: new Map([
      ['Echo it', echo],
      ['Boom', boom],
    ]),
    answerer: () => ({}) as Answerer,
    cooldown: createCooldown({ capacity: 3, windowMs: 60_000 }),
    tracker: new WorkTracker(),
    logger: createLogger({ level: 'info', secrets: [BOT_TOKEN], destination }),
    resolveButton: () => ({ ok: false, message: 'no buttons here' }),
    ...(deferPolicy === undefined ? {} : { deferPolicy }),
  });
  let pending: Promise<void> = Promise.resolve();
  discord.client.on('interactionCreate', (interaction) => {
    pending = router(interaction);
  });
  harness = {
    discord,
    logs: () => rawLogs.map((line) => JSON.parse(line) as Record<string, unknown>),
    async send(payload) {
      const before = discord.requests.length;
      dispatchInteraction(discord.client, payload);
      await pending;
      return discord.requests.slice(before);
    },
  };
  return harness;
}

// Compiling Discord's OpenAPI spec takes seconds on a busy machine: once, outside the tests.
beforeAll(() => {
  discordSpec();
}, 60_000);

afterEach(async () => {
  seen.length = 0;
  await harness?.discord.destroy();
  harness = undefined;
});

interface CallbackBody {
  type: number;
  data: { flags?: number; embeds?: APIEmbed[]; content?: string };
}

describe('a message command through the router', () => {
  it('gets the message text, author and link, and answers the asker alone in the callback', async () => {
    const { send, logs } = createHarness();
    const requests = await send(messageCommandPayload('Echo it', 'Trump said "hello"'));

    expect(seen).toHaveLength(1);
    expect(seen[0]?.message).toEqual({
      content: 'Trump said "hello"',
      authorName: 'Alice',
      url: expect.stringMatching(
        new RegExp(`^https://discord\\.com/channels/${GUILD_ID}/${GUILD_CHANNEL_ID}/\\d+$`),
      ) as unknown,
    });
    expect(seen[0]?.context).toMatchObject({ userId: '800000000000000001', page: 0, locale: 'fr' });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.path).toMatch(/^\/interactions\/\d+\/.+\/callback$/);
    const body = requests[0]?.body as CallbackBody;
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(body.data.embeds?.[0]?.description).toBe('Trump said "hello"');
    expect(logs().find((line) => line.msg === 'interaction')).toMatchObject({
      kind: 'command',
      command: 'Echo it',
      outcome: 'answered',
    });
  });

  it('defers privately and edits the answer in when the answer might be late', async () => {
    const { send } = createHarness({ shouldDefer: () => true, record: () => undefined });
    const requests = await send(messageCommandPayload('Echo it', 'x'));

    expect(requests.map((request) => request.method)).toEqual(['POST', 'PATCH']);
    expect(requests[0]?.body).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    expect(requests[1]?.path).toMatch(/\/messages\/@original$/);
  });

  it('says so, privately and in the asker’s language, for a message command it does not have', async () => {
    const { send, logs } = createHarness();
    // The payload's user writes French (locale "fr").
    const [callback] = await send(messageCommandPayload('Gone', 'x'));

    const body = callback?.body as CallbackBody;
    expect(body.data).toMatchObject({
      content: 'Je ne connais pas la commande « Gone ».',
      flags: MessageFlags.Ephemeral,
    });
    expect(logs().find((line) => line.msg === 'interaction')).toMatchObject({
      command: 'Gone',
      outcome: 'unknown-command',
    });
  });

  it('apologises privately, in the asker’s language, when the command fails', async () => {
    const { send } = createHarness();
    const [callback] = await send(messageCommandPayload('Boom', 'x'));

    expect((callback?.body as CallbackBody).data).toMatchObject({
      content: textOf('fr').router.apology,
      flags: MessageFlags.Ephemeral,
    });
  });
});
