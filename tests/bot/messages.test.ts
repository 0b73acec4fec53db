import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Client, Events, GatewayIntentBits, MessageType, SlashCommandBuilder } from 'discord.js';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createAnswerer } from '../../src/answer/answerer.js';
import type { Answerer } from '../../src/answer/types.js';
import { loadCommands } from '../../src/bot/load-commands.js';
import { loadDataset } from '../../src/dataset/load.js';
import { defineCommand, type Command } from '../../src/bot/command.js';
import { createCooldown } from '../../src/bot/cooldown.js';
import { APOLOGY, type InteractionObservation } from '../../src/bot/interactions.js';
import { attachDmHandler, createDmHandler } from '../../src/bot/messages.js';
import { WorkTracker } from '../../src/bot/shutdown.js';
import { createLogger } from '../../src/log.js';
import {
  createFakeDiscord,
  dispatchMessage,
  dmMessagePayload,
  guildMessagePayload,
  type CapturedRequest,
  type FakeDiscord,
} from './fake-discord.js';

// A test-only /ask: the DM path is tested on the command contract, not on real answers.
const ask = defineCommand({
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask')
    .addStringOption((o) => o.setName('question').setDescription('q').setRequired(true)),
  options: z.object({ question: z.string().min(1).max(200) }),
  execute: ({ question }) => {
    if (question === 'explode') throw new Error('ask exploded');
    return { content: `You asked: ${question}`, embeds: [{ title: 'Answer' }], components: [] };
  },
});

let discord: FakeDiscord;
let logs: string[];
let tracker: WorkTracker;
let pending: Promise<void>;
let observed: InteractionObservation[];

beforeEach(() => {
  observed = [];
  discord = createFakeDiscord();
  logs = [];
  tracker = new WorkTracker();
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const handler = createDmHandler({
    commands: new Map<string, Command>([['ask', ask]]),
    answerer: () => ({}) as Answerer,
    cooldown: createCooldown({ capacity: 2, windowMs: 60_000 }),
    tracker,
    logger: createLogger({ level: 'info', destination }),
    observe: (event) => observed.push(event),
  });
  pending = Promise.resolve();
  discord.client.on(Events.MessageCreate, (message) => {
    pending = handler(message);
  });
});

afterEach(async () => {
  await discord.destroy();
});

async function send(payload: unknown): Promise<CapturedRequest[]> {
  const before = discord.requests.length;
  dispatchMessage(discord.client, payload);
  await pending;
  return discord.requests.slice(before);
}

describe('DM questions', () => {
  it('answers the first DM in a channel the bot has never seen (Partials.Channel)', async () => {
    const payload = dmMessagePayload('When did Sessions recuse himself?', {
      channelId: '700000000000000042',
    });
    expect(discord.client.channels.cache.has('700000000000000042')).toBe(false);

    const [reply] = await send(payload);

    expect(reply?.method).toBe('POST');
    expect(reply?.path).toBe('/channels/700000000000000042/messages');
    expect(reply?.body).toMatchObject({
      content: 'You asked: When did Sessions recuse himself?',
      embeds: [{ title: 'Answer' }],
      message_reference: { message_id: payload.id, fail_if_not_exists: false },
    });
  });

  it('allows no mentions at all, not even a reply ping', async () => {
    const [reply] = await send(
      dmMessagePayload('@everyone <@&123456789012345678> <@1234567890123456>'),
    );
    expect((reply?.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({
      parse: [],
      replied_user: false,
    });
  });

  it('ignores messages from bots and messages in servers', async () => {
    expect(await send(dmMessagePayload('hi', { bot: true }))).toEqual([]);
    expect(await send(guildMessagePayload('hi'))).toEqual([]);
  });

  it('replies politely when a user sends DMs too fast', async () => {
    await send(dmMessagePayload('one'));
    await send(dmMessagePayload('two'));
    const [reply] = await send(dmMessagePayload('three'));
    expect((reply?.body as { content: string }).content).toMatch(/asking a little fast/);
  });

  it('explains a question the command rejects in plain words, without option names', async () => {
    const [reply] = await send(dmMessagePayload('x'.repeat(201)));
    const { content } = reply?.body as { content: string };
    expect(content).toMatch(/^I can't answer that as it is: .+\.$/);
    expect(content).not.toContain('`question`');
  });

  it('apologises and logs when answering fails, and keeps answering', async () => {
    const [apology] = await send(dmMessagePayload('explode'));
    expect((apology?.body as { content: string }).content).toBe(APOLOGY);
    expect(logs.join('')).toContain('ask exploded');
    const [next] = await send(dmMessagePayload('again'));
    expect((next?.body as { content: string }).content).toBe('You asked: again');
  });

  it('logs one line per DM with its outcome, latency, no server and shard 0', async () => {
    await send(dmMessagePayload('log me', { userId: '812345678901234567' }));
    const line = JSON.parse(logs.at(-1) ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({
      kind: 'dm',
      command: 'ask',
      guildId: null,
      shardId: 0,
      outcome: 'answered',
    });
    expect(typeof line.latencyMs).toBe('number');
  });

  it("logs neither the asker's id nor the question, only a keyed hash of the id", async () => {
    await send(dmMessagePayload('my secret question', { userId: '812345678901234567' }));
    const line = JSON.parse(logs.at(-1) ?? '{}') as Record<string, unknown>;
    expect(line.userId).toMatch(/^[0-9a-f]{16}$/);
    expect(logs.join('')).not.toContain('812345678901234567');
    expect(logs.join('')).not.toContain('my secret question');
  });

  it('reports each handled DM once for metrics, with kind dm', async () => {
    await send(dmMessagePayload('one'));
    await send(dmMessagePayload('x'.repeat(201)));
    expect(observed.map(({ kind, command, outcome }) => ({ kind, command, outcome }))).toEqual([
      { kind: 'dm', command: 'ask', outcome: 'answered' },
      { kind: 'dm', command: 'ask', outcome: 'invalid-options' },
    ]);
    expect(observed[0]?.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('ignores DMs once shutdown has begun', async () => {
    tracker.stopAccepting();
    expect(await send(dmMessagePayload('too late'))).toEqual([]);
  });
});

describe('DMs with the real /ask and dataset', () => {
  it('answers a DM question about the seed in the DM channel', async () => {
    const now = new Date('2017-06-01T12:00:00Z');
    const real = createAnswerer(
      await loadDataset(fileURLToPath(new URL('../../data/events.json', import.meta.url))),
      { referenceDate: now },
    );
    const handler = createDmHandler({
      commands: await loadCommands(),
      answerer: () => real,
      cooldown: createCooldown(),
      tracker: new WorkTracker(),
      logger: createLogger({ level: 'silent' }),
      now: () => now,
    });
    discord.client.removeAllListeners(Events.MessageCreate);
    discord.client.on(Events.MessageCreate, (message) => {
      pending = handler(message);
    });
    const [reply] = await send(
      dmMessagePayload('When did Sessions recuse himself?', { channelId: '700000000000000077' }),
    );
    expect(reply?.path).toBe('/channels/700000000000000077/messages');
    expect(JSON.stringify(reply?.body)).toContain('2 March 2017');
  });
});

describe('without Partials.Channel', () => {
  it('discord.js drops a DM in an uncached channel, which is why the client enables it', () => {
    const client = new Client({ intents: [GatewayIntentBits.DirectMessages] });
    const seen: string[] = [];
    client.on(Events.MessageCreate, (message) => seen.push(message.id));
    dispatchMessage(client, dmMessagePayload('hello?'));
    expect(seen).toEqual([]);
  });
});

describe('attachDmHandler', () => {
  it('routes the client messageCreate events to the handler', () => {
    const seen: string[] = [];
    attachDmHandler(discord.client, (message) => {
      seen.push(message.content);
      return Promise.resolve();
    });
    dispatchMessage(discord.client, dmMessagePayload('routed'));
    expect(seen).toEqual(['routed']);
  });
});

describe('DMs written as slash commands, and small talk', () => {
  let real: Answerer;
  let dmLogs: string[];

  beforeAll(async () => {
    real = createAnswerer(
      await loadDataset(fileURLToPath(new URL('../../data/events.json', import.meta.url))),
      { referenceDate: new Date('2017-06-01T12:00:00Z') },
    );
  });

  beforeEach(async () => {
    dmLogs = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        dmLogs.push(chunk.toString());
        done();
      },
    });
    const handler = createDmHandler({
      commands: await loadCommands(),
      answerer: () => real,
      cooldown: createCooldown(),
      tracker: new WorkTracker(),
      logger: createLogger({ level: 'info', destination }),
      commandIds: () => new Map([['who', '1100000000000000001']]),
    });
    discord.client.removeAllListeners(Events.MessageCreate);
    discord.client.on(Events.MessageCreate, (message) => {
      pending = handler(message);
    });
  });

  const bodyOf = async (content: string) =>
    (await send(dmMessagePayload(content)))[0]?.body as {
      content?: string;
      embeds?: { title?: string; fields?: { value: string }[] }[];
    };
  const lastLog = () => JSON.parse(dmLogs.at(-1) ?? '{}') as Record<string, unknown>;

  it('runs /who name:sessions as /who, not as a question, and logs it as /who', async () => {
    const body = await bodyOf('/who name:sessions');
    expect(body.embeds?.[0]?.title).toBe('Jeff Sessions');
    expect(lastLog()).toMatchObject({ command: 'who', outcome: 'answered' });
  });

  it('runs /date and /help, giving /help the registered command ids', async () => {
    expect((await bodyOf('/date when:2017-03-02')).embeds?.[0]?.title).toBe(
      'What happened on 2 March 2017',
    );
    const help = await bodyOf('/help');
    expect(help.embeds?.[0]?.title).toBe('What I can answer');
    expect(help.embeds?.[0]?.fields?.map((field) => field.value)).toContain(
      '</who:1100000000000000001> name:<text>',
    );
  });

  it('says /settings needs a server, whatever follows it', async () => {
    for (const line of ['/settings show', '/settings daily channel:#news']) {
      expect((await bodyOf(line)).content).toBe(
        '/settings works in a Discord server only: there is no server here.',
      );
      expect(lastLog()).toMatchObject({ command: 'settings', outcome: 'refused' });
    }
  });

  it('says which option is wrong, naming it, when the command line does not parse', async () => {
    expect((await bodyOf('/date date:2017-03-02')).content).toBe(
      '/date has no option "date": its options are when, private.',
    );
    expect(lastLog()).toMatchObject({ command: 'date', outcome: 'invalid-options' });
  });

  it('says a command is unknown and lists the commands, logging no made-up name', async () => {
    const { content } = await bodyOf('/foo bar:baz');
    expect(content).toMatch(/^Unknown command \/foo\. Commands: .*\/ask.*\/who/);
    expect(lastLog()).toMatchObject({ command: null, outcome: 'unknown-command' });
  });

  it('answers "hi", "help", "?" and a message with no text with the help card', async () => {
    for (const content of ['hi', 'help', '?', '']) {
      expect((await bodyOf(content)).embeds?.[0]?.title, content).toBe('What I can answer');
    }
  });

  it("ignores Discord's own notices in the DM, such as a pinned message", async () => {
    const pinned = { ...dmMessagePayload(''), type: MessageType.ChannelPinnedMessage };
    expect(await send(pinned)).toEqual([]);
  });

  it('still asks a question that starts with a slash but names no command', async () => {
    const body = await bodyOf('/ when did Sessions recuse himself?');
    expect(body.embeds?.[0]?.title).toBe('/ when did Sessions recuse himself?');
  });
});
