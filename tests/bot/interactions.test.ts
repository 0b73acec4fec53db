import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import {
  ComponentType,
  SlashCommandBuilder,
  TextInputStyle,
  type APIEmbed,
  type APIModalInteractionResponseCallbackData,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Answerer } from '../../src/answer/types.js';
import { defineCommand, type Command } from '../../src/bot/command.js';
import { createCooldown } from '../../src/bot/cooldown.js';
import type { DeferPolicy } from '../../src/bot/defer-policy.js';
import {
  APOLOGY,
  createInteractionRouter,
  attachInteractionRouter,
  shardIdFor,
  type InteractionObservation,
  type ResolveButton,
  type RouterOptions,
} from '../../src/bot/interactions.js';
import { loadCommands } from '../../src/bot/load-commands.js';
import {
  FIRST_LABEL,
  GO_TO_INPUT_ID,
  GO_TO_LABEL,
  LAST_LABEL,
  NEXT_LABEL,
  PREVIOUS_LABEL,
  resolvePageButton,
} from '../../src/bot/render/pagination.js';
import { syntheticAnswerer } from '../commands/helpers.js';
import { createAnswerer } from '../../src/answer/answerer.js';
import { loadDataset } from '../../src/dataset/load.js';
import { WorkTracker } from '../../src/bot/shutdown.js';
import { createLogger } from '../../src/log.js';
import {
  BOT_TOKEN,
  GUILD_ID,
  autocompletePayload,
  buttonPayload,
  chatInputPayload,
  createFakeDiscord,
  dispatchInteraction,
  modalSubmitPayload,
  type CapturedRequest,
  type FakeDiscord,
  type Place,
} from './fake-discord.js';

// Test-only commands: the router is tested on its own contract, independent of the real ones.
const echo = defineCommand({
  data: new SlashCommandBuilder()
    .setName('echo')
    .setDescription('Echoes')
    .addStringOption((o) => o.setName('text').setDescription('t').setRequired(true)),
  options: z.object({ text: z.string().min(1).max(40) }),
  execute: ({ text }, { page, userId }) => ({
    content: `@everyone ${text}`,
    embeds: [{ title: `page ${page}`, description: text, footer: { text: `asked by ${userId}` } }],
    components: [],
    // Stands for a "not found" reply: of use to the asker alone.
    ...(text === 'nothing' ? { onlyForAsker: true } : {}),
  }),
  autocomplete: (focused) =>
    Array.from({ length: 40 }, (_, i) => ({ name: `${focused.value}-${i}`, value: `v${i}` })),
});

const boom = defineCommand({
  data: new SlashCommandBuilder().setName('boom').setDescription('Fails'),
  options: z.object({}),
  execute: () => {
    throw new Error('handler exploded');
  },
  autocomplete: () => {
    throw new Error('autocomplete exploded');
  },
});

const commands = new Map<string, Command>([
  ['echo', echo],
  ['boom', boom],
]);

/**
 * Test resolver: `page:<command>:<page>:<text>`, pressable by whoever the router says ran the
 * command; the real one is tested with the commands.
 */
const resolveButton: ResolveButton = ({ customId, userId, ownerId }) => {
  const [, command, page, text] = customId.split(':');
  if (command === undefined || page === undefined || text === undefined) {
    return { ok: false, message: 'This button has expired. Run the command again.' };
  }
  if (ownerId !== userId)
    return { ok: false, message: 'Only the person who asked can turn pages.' };
  return { ok: true, command, options: { text }, page: Number(page) };
};

const answerer = {} as Answerer;
const DATASET = fileURLToPath(new URL('../../data/events.json', import.meta.url));

interface Harness {
  discord: FakeDiscord;
  logs: Record<string, unknown>[];
  rawLogs: string[];
  tracker: WorkTracker;
  /** Dispatches a packet and waits until the router has finished with it. */
  send(payload: unknown): Promise<CapturedRequest[]>;
}

let harness: Harness;

function createHarness(
  setup: Pick<
    RouterOptions,
    | 'commands'
    | 'answerer'
    | 'resolveButton'
    | 'now'
    | 'autocompleteCooldown'
    | 'observe'
    | 'deferPolicy'
    | 'commandIds'
  >,
): Harness {
  const discord = createFakeDiscord();
  const rawLogs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      rawLogs.push(chunk.toString());
      done();
    },
  });
  const logger = createLogger({ level: 'info', secrets: [BOT_TOKEN], destination });
  const tracker = new WorkTracker();
  const router = createInteractionRouter({
    ...setup,
    cooldown: createCooldown({ capacity: 3, windowMs: 60_000 }),
    tracker,
    logger,
  });
  let pending: Promise<void> = Promise.resolve();
  discord.client.on('interactionCreate', (interaction) => {
    pending = router(interaction);
  });
  return {
    discord,
    rawLogs,
    get logs() {
      return rawLogs.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    tracker,
    async send(payload) {
      const before = discord.requests.length;
      dispatchInteraction(discord.client, payload);
      await pending;
      return discord.requests.slice(before);
    },
  };
}

beforeEach(() => {
  harness = createHarness({ commands, answerer: () => answerer, resolveButton });
});

/** Defers everything, to test the path taken when an answer might be late. */
const alwaysDefer: DeferPolicy = { shouldDefer: () => true, record: () => undefined };

/** A snowflake Discord would have made `ageMs` ago. */
function snowflakeFrom(ageMs: number): string {
  return ((BigInt(Date.now() - ageMs) - 1_420_070_400_000n) << 22n).toString();
}

/** `/ask` with a paged answer: its first page and that page's Next button. */
async function askedFirstPage() {
  const [callback] = await harness.send(
    chatInputPayload('ask', { question: 'When did Sessions recuse himself?' }),
  );
  const firstPage = (callback?.body as { data: unknown }).data as {
    embeds: APIEmbed[];
    components: { components: { custom_id: string; label: string }[] }[];
  };
  const next = firstPage.components[0]?.components.find((b) => b.label.startsWith('Next'));
  return { firstPage, next };
}

afterEach(async () => {
  await harness.discord.destroy();
});

describe('slash commands', () => {
  it('answers in the interaction callback itself, with the rendered reply and no mentions allowed', async () => {
    const requests = await harness.send(chatInputPayload('echo', { text: 'hello' }));

    expect(requests.map((r) => r.method)).toEqual(['POST']);
    const [callback] = requests;
    expect(callback?.path).toMatch(/^\/interactions\/\d+\/[^/]+\/callback$/);
    expect(callback?.body).toMatchObject({
      type: 4,
      data: {
        content: '@everyone hello',
        embeds: [{ title: 'page 0', description: 'hello' }],
        components: [],
        allowed_mentions: { parse: [] },
      },
    });
    expect((callback?.body as { data: { flags?: number } }).data.flags ?? 0).toBe(0);
  });

  it('answers with the ephemeral flag when private is set', async () => {
    const [callback] = await harness.send(chatInputPayload('echo', { text: 'hi', private: true }));
    expect(callback?.body).toMatchObject({ type: 4, data: { content: '@everyone hi', flags: 64 } });
  });

  it('shows a reply meant only for the asker privately, even when the command was public', async () => {
    const requests = await harness.send(chatInputPayload('echo', { text: 'nothing' }));
    expect(requests.map((r) => r.method)).toEqual(['POST']);
    expect(requests[0]?.body).toMatchObject({
      type: 4,
      data: { content: '@everyone nothing', flags: 64 },
    });
  });

  it('passes the asking user to the command', async () => {
    const requests = await harness.send(
      chatInputPayload('echo', { text: 'x' }, { userId: '812345678901234567' }),
    );
    expect(JSON.stringify(requests[0]?.body)).toContain('asked by 812345678901234567');
  });

  it('answers a bad option privately in the callback, naming the option', async () => {
    const requests = await harness.send(chatInputPayload('echo', { text: 'x'.repeat(41) }));
    expect(requests.map((r) => r.method)).toEqual(['POST']);
    const { type, data } = requests[0]?.body as {
      type: number;
      data: { content: string; flags: number };
    };
    expect(type).toBe(4);
    expect(data.content).toContain('`text`');
    expect(data.flags).toBe(64);
    expect(harness.logs.at(-1)).toMatchObject({ outcome: 'invalid-options', command: 'echo' });
  });

  it('defers an interaction that reaches it already old, then edits @original with the answer', async () => {
    const payload = { ...chatInputPayload('echo', { text: 'late' }), id: snowflakeFrom(2_000) };
    const requests = await harness.send(payload);

    expect(requests.map((r) => r.method)).toEqual(['POST', 'PATCH']);
    const [callback, edit] = requests;
    expect(callback?.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(edit?.path).toMatch(/^\/webhooks\/900000000000000001\/[^/]+\/messages\/@original$/);
    expect(edit?.body).toMatchObject({
      content: '@everyone late',
      embeds: [{ title: 'page 0' }],
      allowed_mentions: { parse: [] },
    });
  });

  describe('when the answer may be late and the command was deferred', () => {
    beforeEach(async () => {
      await harness.discord.destroy();
      harness = createHarness({
        commands,
        answerer: () => answerer,
        resolveButton,
        deferPolicy: alwaysDefer,
      });
    });

    it('defers with the ephemeral flag when private is set', async () => {
      const [callback] = await harness.send(
        chatInputPayload('echo', { text: 'hi', private: true }),
      );
      expect(callback?.body).toEqual({ type: 5, data: { flags: 64 } });
    });

    it('swaps a public deferral for a private notice naming the bad option', async () => {
      const requests = await harness.send(chatInputPayload('echo', { text: 'x'.repeat(41) }));
      expect(requests.map((r) => r.method)).toEqual(['POST', 'DELETE', 'POST']);
      const followUp = requests[2]?.body as { content: string; flags: number };
      expect(followUp.content).toContain('`text`');
      expect(followUp.flags).toBe(64);
    });

    it('edits a private deferral into the option problem', async () => {
      const requests = await harness.send(chatInputPayload('echo', { private: true }));
      expect(requests.map((r) => r.method)).toEqual(['POST', 'PATCH']);
      expect((requests[1]?.body as { content: string }).content).toBe(
        'The option `text` is required.',
      );
    });

    it('swaps a public deferral for a private answer when the reply is only for the asker', async () => {
      const requests = await harness.send(chatInputPayload('echo', { text: 'nothing' }));
      expect(requests.map((r) => r.method)).toEqual(['POST', 'DELETE', 'POST']);
      expect(requests[2]?.body).toMatchObject({ content: '@everyone nothing', flags: 64 });
    });

    it('turns a page after deferring the update, by editing the message', async () => {
      const requests = await harness.send(
        buttonPayload('page:echo:2:paged', { embeds: [{ title: 'page 0' }] }),
      );
      expect(requests.map((r) => r.method)).toEqual(['POST', 'PATCH']);
      expect(requests[0]?.body).toEqual({ type: 6 });
      expect(requests[1]?.body).toMatchObject({ embeds: [{ title: 'page 2' }] });
    });

    it('apologises in a follow-up when a deferred command fails', async () => {
      const requests = await harness.send(chatInputPayload('boom', {}));
      expect(requests.at(-1)?.body).toMatchObject({ content: APOLOGY, flags: 64 });
    });
  });

  it('apologises privately when a handler throws, and logs the error', async () => {
    const requests = await harness.send(chatInputPayload('boom', {}));
    expect(requests.map((r) => r.method)).toEqual(['POST']);
    expect(requests[0]?.body).toMatchObject({ type: 4, data: { content: APOLOGY, flags: 64 } });
    const errorLine = harness.logs.find((line) => line.msg === 'interaction handler failed');
    expect(JSON.stringify(errorLine)).toContain('handler exploded');
    expect(harness.logs.at(-1)).toMatchObject({ kind: 'command', outcome: 'error' });
  });

  it('keeps working after a handler error', async () => {
    await harness.send(chatInputPayload('boom', {}));
    const requests = await harness.send(chatInputPayload('echo', { text: 'still here' }));
    expect(requests.at(-1)?.body).toMatchObject({ data: { content: '@everyone still here' } });
  });

  it('tells the user about an unknown command privately', async () => {
    const [reply] = await harness.send(chatInputPayload('nope', {}));
    expect(reply?.body).toMatchObject({ type: 4, data: { flags: 64 } });
  });

  it('logs an expired interaction (10062) instead of failing', async () => {
    harness.discord.failNext(/callback$/, {
      status: 404,
      code: 10062,
      message: 'Unknown interaction',
    });
    const requests = await harness.send(chatInputPayload('echo', { text: 'late' }));
    expect(requests).toHaveLength(1);
    expect(harness.logs.at(-1)).toMatchObject({ outcome: 'stale-interaction', command: 'echo' });
  });

  it('logs an already-acknowledged interaction (40060) instead of failing', async () => {
    harness.discord.failNext(/callback$/, {
      status: 400,
      code: 40060,
      message: 'Interaction has already been acknowledged.',
    });
    await harness.send(chatInputPayload('echo', { text: 'twice' }));
    expect(harness.logs.at(-1)).toMatchObject({ outcome: 'stale-interaction' });
  });

  it('refuses politely and privately when a user goes over the cooldown', async () => {
    for (let i = 0; i < 3; i++) await harness.send(chatInputPayload('echo', { text: 'spam' }));
    const [reply] = await harness.send(chatInputPayload('echo', { text: 'spam' }));
    expect(reply?.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect((reply?.body as { data: { content: string } }).data.content).toMatch(/try again in/);
    const other = await harness.send(
      chatInputPayload('echo', { text: 'me too' }, { userId: '812345678901234567' }),
    );
    expect(other.map((r) => r.method)).toEqual(['POST']);
    expect(other[0]?.body).toMatchObject({ type: 4, data: { content: '@everyone me too' } });
  });

  it('writes one log line per interaction with command, user ref, server, shard, latency and outcome', async () => {
    await harness.send(chatInputPayload('echo', { text: 'log me' }));
    const lines = harness.logs.filter((line) => line.msg === 'interaction');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      kind: 'command',
      command: 'echo',
      guildId: GUILD_ID,
      shardId: 0,
      outcome: 'answered',
    });
    expect(lines[0]?.userId).toMatch(/^[0-9a-f]{16}$/);
    expect(typeof lines[0]?.latencyMs).toBe('number');
  });

  it('logs a keyed hash of the user, never the id, and the same hash for the same user', async () => {
    const asker = '812345678901234567';
    await harness.send(chatInputPayload('echo', { text: 'one' }, { userId: asker }));
    await harness.send(chatInputPayload('echo', { text: 'two' }, { userId: asker }));
    await harness.send(chatInputPayload('echo', { text: 'three' }));
    const refs = harness.logs.map((line) => line.userId);
    expect(refs[0]).toBe(refs[1]);
    expect(refs[2]).not.toBe(refs[0]);
    expect(harness.rawLogs.join('\n')).not.toContain(asker);
  });

  it('logs a command in a DM with no server and shard 0, where Discord delivers DMs', async () => {
    await harness.send(
      chatInputPayload(
        'echo',
        { text: 'dm' },
        { place: { kind: 'dm', channelId: '700000000000000042' } },
      ),
    );
    expect(harness.logs.at(-1)).toMatchObject({ kind: 'command', guildId: null, shardId: 0 });
  });

  it('never writes the bot token or an interaction token to the logs', async () => {
    harness.discord.failNext(/callback$/, {
      status: 400,
      code: 50035,
      message: 'Invalid Form Body',
    });
    const payload = chatInputPayload('echo', { text: 'secret' });
    await harness.send(payload);
    const all = harness.rawLogs.join('\n');
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(payload.token);
    expect(all).toContain('[Redacted]');
  });

  it('logs a refused request without the body it sent, which quotes the asker', async () => {
    harness.discord.failNext(/callback$/, {
      status: 400,
      code: 50035,
      message: 'Invalid Form Body',
    });
    await harness.send(chatInputPayload('echo', { text: 'my private question' }));
    const failure = harness.logs.find((line) => line.msg === 'interaction handler failed');
    expect(JSON.stringify(failure)).toContain('Invalid Form Body');
    expect(harness.rawLogs.join('\n')).not.toContain('my private question');
  });
});

describe('observations for metrics', () => {
  let seen: InteractionObservation[];

  beforeEach(async () => {
    await harness.discord.destroy();
    seen = [];
    harness = createHarness({
      commands,
      answerer: () => answerer,
      resolveButton,
      observe: (event) => seen.push(event),
    });
  });

  it('reports each handled interaction once, with its kind, command, outcome and latency', async () => {
    await harness.send(chatInputPayload('echo', { text: 'hello' }));
    await harness.send(chatInputPayload('echo', { text: 'x'.repeat(41) }));
    await harness.send(autocompletePayload('echo', { text: 'ab' }, 'text'));
    await harness.send(buttonPayload('page:echo:2:paged', { embeds: [{ title: 'page 0' }] }));
    // Another user: the first has spent the test cooldown's three commands.
    await harness.send(chatInputPayload('boom', {}, { userId: '812345678901234567' }));

    expect(seen.map(({ kind, command, outcome }) => ({ kind, command, outcome }))).toEqual([
      { kind: 'command', command: 'echo', outcome: 'answered' },
      { kind: 'command', command: 'echo', outcome: 'invalid-options' },
      { kind: 'autocomplete', command: 'echo', outcome: 'answered' },
      { kind: 'button', command: 'echo', outcome: 'answered' },
      { kind: 'command', command: 'boom', outcome: 'error' },
    ]);
    for (const event of seen) expect(event.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('does not report interactions ignored during shutdown', async () => {
    harness.tracker.stopAccepting();
    await harness.send(chatInputPayload('echo', { text: 'too late' }));
    expect(seen).toEqual([]);
  });

  it('keeps answering when the observer throws, and logs it', async () => {
    await harness.discord.destroy();
    harness = createHarness({
      commands,
      answerer: () => answerer,
      resolveButton,
      observe: () => {
        throw new Error('metrics broke');
      },
    });
    const [callback] = await harness.send(chatInputPayload('echo', { text: 'hello' }));
    expect(callback?.body).toMatchObject({ type: 4 });
    expect(JSON.stringify(harness.logs)).toContain('metrics broke');
  });
});

describe('shardIdFor', () => {
  it("is Discord's (server id >> 22) % shard count for a server, and 0 outside servers", () => {
    const { client } = harness.discord;
    client.options.shardCount = 4;
    expect(shardIdFor(client, GUILD_ID)).toBe(Number((BigInt(GUILD_ID) >> 22n) % 4n));
    expect(shardIdFor(client, null)).toBe(0);
  });
});

describe('autocomplete', () => {
  it('responds with at most 25 choices, not counted against the command cooldown', async () => {
    for (let i = 0; i < 5; i++) {
      const [response] = await harness.send(autocompletePayload('echo', { text: 'ab' }, 'text'));
      const body = response?.body as { type: number; data: { choices: unknown[] } };
      expect(body.type).toBe(8);
      expect(body.data.choices).toHaveLength(25);
      expect(body.data.choices[0]).toEqual({ name: 'ab-0', value: 'v0' });
    }
  });

  it('responds with no choices when the suggestion code throws, and logs it', async () => {
    const [response] = await harness.send(autocompletePayload('boom', { q: 'x' }, 'q'));
    expect(response?.body).toEqual({ type: 8, data: { choices: [] } });
    expect(JSON.stringify(harness.logs)).toContain('autocomplete exploded');
  });

  it("answers a user past their keystroke budget with no choices, without computing them, and leaves others' alone", async () => {
    await harness.discord.destroy();
    let computed = 0;
    const counting = defineCommand({
      ...echo,
      autocomplete: (focused) => {
        computed += 1;
        return [{ name: focused.value, value: focused.value }];
      },
    });
    harness = createHarness({
      commands: new Map([['echo', counting]]),
      answerer: () => answerer,
      resolveButton,
      autocompleteCooldown: createCooldown({ capacity: 3, windowMs: 60_000 }),
    });
    const typist = { userId: '810000000000000001' };
    const choicesOf = async (userId: string): Promise<unknown> => {
      const [response] = await harness.send(
        autocompletePayload('echo', { text: 'ab' }, 'text', { userId }),
      );
      return (response?.body as { data: { choices: unknown[] } }).data.choices;
    };

    for (let i = 0; i < 3; i++) expect(await choicesOf(typist.userId)).toHaveLength(1);
    expect(await choicesOf(typist.userId)).toEqual([]);
    expect(computed).toBe(3);
    expect(harness.logs.at(-1)).toMatchObject({ kind: 'autocomplete', outcome: 'rate-limited' });
    expect(await choicesOf('810000000000000002')).toHaveLength(1);
  });

  it('limits autocomplete per user by default, to a burst of ten', async () => {
    const results: number[] = [];
    for (let i = 0; i < 12; i++) {
      const [response] = await harness.send(autocompletePayload('echo', { text: 'ab' }, 'text'));
      results.push((response?.body as { data: { choices: unknown[] } }).data.choices.length);
    }
    expect(results).toEqual([...Array<number>(10).fill(25), 0, 0]);
  });
});

describe('page buttons', () => {
  const embeds = [{ title: 'page 0' }];

  it('updates the message in place with the requested page', async () => {
    const [update] = await harness.send(buttonPayload('page:echo:2:paged', { embeds }));
    expect(update?.body).toMatchObject({
      type: 7,
      data: {
        embeds: [{ title: 'page 2', description: 'paged' }],
        allowed_mentions: { parse: [] },
      },
    });
    expect(harness.logs.at(-1)).toMatchObject({ kind: 'button', command: 'echo' });
  });

  it('refuses another user privately without touching the message', async () => {
    const [reply] = await harness.send(
      buttonPayload('page:echo:1:x', { embeds }, { userId: '899999999999999999' }),
    );
    expect(reply?.body).toMatchObject({
      type: 4,
      data: { content: 'Only the person who asked can turn pages.', flags: 64 },
    });
  });

  it('explains an expired button', async () => {
    const [reply] = await harness.send(buttonPayload('garbage', { embeds }));
    expect(reply?.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(JSON.stringify(reply?.body)).toContain('expired');
  });
});

describe("a button's owner, as Discord reports it", () => {
  const owner = '811111111111111111';
  const message = { embeds: [{ title: 'page 0' }], commandUserId: owner };
  const dm: Place = { kind: 'dm', channelId: '700000000000000042' };
  let seen: (string | null)[] = [];

  beforeEach(async () => {
    await harness.discord.destroy();
    seen = [];
    harness = createHarness({
      commands,
      answerer: () => answerer,
      resolveButton: (press) => {
        seen.push(press.ownerId);
        return resolveButton(press);
      },
    });
  });

  it("is the user in the message's interaction_metadata", async () => {
    await harness.send(buttonPayload('page:echo:1:x', message, { userId: owner }));
    expect(seen).toEqual([owner]);
  });

  it('falls back to the deprecated message.interaction on older messages', async () => {
    await harness.send(
      buttonPayload('page:echo:1:x', { ...message, reportedAs: 'interaction' }, { userId: owner }),
    );
    expect(seen).toEqual([owner]);
  });

  it("is the presser for the bot's reply to a plain DM, where no one else can press", async () => {
    const [update] = await harness.send(
      buttonPayload(
        'page:echo:1:x',
        { ...message, reportedAs: 'none' },
        { userId: owner, place: dm },
      ),
    );
    expect(seen).toEqual([owner]);
    expect(update?.body).toMatchObject({ type: 7 });
  });

  it('is nobody for a message in a server that Discord says no command made', async () => {
    await harness.send(
      buttonPayload('page:echo:1:x', { ...message, reportedAs: 'none' }, { userId: owner }),
    );
    expect(seen).toEqual([null]);
  });
});

describe('shutdown', () => {
  it('ignores new interactions once shutdown has begun', async () => {
    harness.tracker.stopAccepting();
    const requests = await harness.send(chatInputPayload('echo', { text: 'too late' }));
    expect(requests).toEqual([]);
  });
});

describe('attachInteractionRouter', () => {
  it('routes the client interactionCreate events to the router', async () => {
    const seen: string[] = [];
    attachInteractionRouter(harness.discord.client, (interaction) => {
      seen.push(interaction.id);
      return Promise.resolve();
    });
    const payload = chatInputPayload('echo', { text: 'x' });
    await harness.send(payload);
    expect(seen).toEqual([payload.id]);
  });
});

describe('with the real commands, dataset and page buttons', () => {
  const now = new Date('2017-06-01T12:00:00Z');
  const asker = '800000000000000001';

  beforeEach(async () => {
    await harness.discord.destroy();
    const real = createAnswerer(await loadDataset(DATASET), { referenceDate: now });
    harness = createHarness({
      commands: await loadCommands(),
      answerer: () => real,
      resolveButton: resolvePageButton,
      now: () => now,
    });
  });

  it('answers /ask about the seed with the date and a source link', async () => {
    const requests = await harness.send(
      chatInputPayload('ask', { question: 'When did Sessions recuse himself?' }),
    );
    expect(requests.map((r) => r.method)).toEqual(['POST']);
    const { data: body } = requests[0]?.body as {
      data: { embeds: APIEmbed[]; allowed_mentions: unknown };
    };
    expect(body.allowed_mentions).toMatchObject({ parse: [] });
    const first = body.embeds[0]?.fields?.[0];
    expect(first?.name).toContain('2 March 2017');
    expect(first?.value).toMatch(/Source: \[@ABCPolitics\]\(https:\/\/t\.co\//);
  });

  it('gives /help the registered command ids, so it shows clickable mentions', async () => {
    await harness.discord.destroy();
    const real = createAnswerer(await loadDataset(DATASET), { referenceDate: now });
    harness = createHarness({
      commands: await loadCommands(),
      answerer: () => real,
      resolveButton: resolvePageButton,
      now: () => now,
      commandIds: () => new Map([['who', '1100000000000000001']]),
    });
    const [callback] = await harness.send(chatInputPayload('help', {}));
    const { data } = callback?.body as { data: { embeds: APIEmbed[] } };
    const usages = data.embeds[0]?.fields?.map((field) => field.value);
    expect(usages).toContain('</who:1100000000000000001> name:<text>');
    expect(usages).toContain('/date when:<text>');
  });

  it('offers Jeff Sessions when autocompleting /who name:sess', async () => {
    const [response] = await harness.send(autocompletePayload('who', { name: 'sess' }, 'name'));
    const choices = (response?.body as { data: { choices: { name: string }[] } }).data.choices;
    expect(choices.map((choice) => choice.name)).toContain('Jeff Sessions (Attorney General)');
  });

  it('pages with the Next button for the asker and refuses anyone else', async () => {
    const { firstPage, next } = await askedFirstPage();
    expect(next).toBeDefined();
    const press = (userId: string) =>
      buttonPayload(next?.custom_id ?? '', { embeds: firstPage.embeds }, { userId });

    const [update] = await harness.send(press(asker));
    const secondPage = update?.body as { type: number; data: { embeds: APIEmbed[] } };
    expect(secondPage.type).toBe(7);
    expect(secondPage.data.embeds[0]?.footer?.text).toMatch(/^Page 2 of \d+ · \/ask question:/);
    expect(secondPage.data.embeds[0]?.fields?.[0]?.name).not.toBe(
      firstPage.embeds[0]?.fields?.[0]?.name,
    );

    const [refusal] = await harness.send(press('899999999999999999'));
    expect(refusal?.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(JSON.stringify(refusal?.body)).toContain('Only the person who ran this command');
  });

  it('refuses a stranger whose custom id names themselves as the owner', async () => {
    const { firstPage, next } = await askedFirstPage();
    const stranger = '899999999999999999';
    const forged = (next?.custom_id ?? '').replace(`:${asker}:`, `:${stranger}:`);
    expect(forged).toContain(stranger);

    const [refusal] = await harness.send(
      buttonPayload(
        forged,
        { embeds: firstPage.embeds, commandUserId: asker },
        { userId: stranger },
      ),
    );
    expect(refusal?.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(JSON.stringify(refusal?.body)).toContain('Only the person who ran this command');
  });

  it('explains that a page button has expired', async () => {
    const { firstPage, next } = await askedFirstPage();
    const later = new Date(now.getTime() + 24 * 3_600_000);
    await harness.discord.destroy();
    const real = createAnswerer(await loadDataset(DATASET), { referenceDate: now });
    harness = createHarness({
      commands: await loadCommands(),
      answerer: () => real,
      resolveButton: resolvePageButton,
      now: () => later,
    });
    const [reply] = await harness.send(
      buttonPayload(next?.custom_id ?? '', { embeds: firstPage.embeds }, { userId: asker }),
    );
    expect(JSON.stringify(reply?.body)).toContain('expired');
  });
});

describe('page forms (Go to…), on the router contract', () => {
  const embeds = [{ title: 'page 0', footer: { text: '/echo text:x' } }];
  const form: APIModalInteractionResponseCallbackData = {
    custom_id: 'form:echo',
    title: 'Go to a page',
    components: [
      {
        type: ComponentType.Label,
        label: 'Page number',
        component: {
          type: ComponentType.TextInput,
          custom_id: 'target',
          style: TextInputStyle.Short,
        },
      },
    ],
  };
  let presses: Parameters<ResolveButton>[0][] = [];

  /** `form:<command>` opens the form; its submit shows the page typed, or refuses "no". */
  const formResolver: ResolveButton = (press) => {
    presses.push(press);
    const [, command = ''] = press.customId.split(':');
    if (press.ownerId !== press.userId) return { ok: false, message: 'Not yours.' };
    if (press.input === undefined) return { ok: true, command, form };
    if (press.input === 'no') return { ok: false, message: 'Type a page number.' };
    return { ok: true, command, options: { text: 'jumped' }, page: Number(press.input) };
  };

  beforeEach(async () => {
    await harness.discord.destroy();
    presses = [];
    harness = createHarness({ commands, answerer: () => answerer, resolveButton: formResolver });
  });

  it('answers a button whose resolution is a form with a MODAL callback carrying it', async () => {
    const [callback] = await harness.send(buttonPayload('form:echo', { embeds }));
    expect(callback?.body).toEqual({ type: 9, data: form });
    expect(harness.logs.at(-1)).toMatchObject({
      kind: 'button',
      command: 'echo',
      outcome: 'answered',
    });
  });

  it("resolves a submit with what was typed and the message's footer and owner, and updates that message", async () => {
    const owner = '811111111111111111';
    const [update] = await harness.send(
      modalSubmitPayload(
        'form:echo',
        { target: '4' },
        { embeds, commandUserId: owner },
        { userId: owner },
      ),
    );
    expect(presses).toEqual([
      expect.objectContaining({
        customId: 'form:echo',
        footer: '/echo text:x',
        userId: owner,
        ownerId: owner,
        input: '4',
      }),
    ]);
    expect(update?.body).toMatchObject({
      type: 7,
      data: { embeds: [{ title: 'page 4', description: 'jumped' }] },
    });
    expect(harness.logs.at(-1)).toMatchObject({ kind: 'button', command: 'echo' });
  });

  it('takes the owner of a submit from the message, never from the custom id', async () => {
    const stranger = '899999999999999999';
    const [reply] = await harness.send(
      modalSubmitPayload(
        `form:echo:${stranger}`,
        { target: '1' },
        { embeds },
        { userId: stranger },
      ),
    );
    expect(presses[0]?.ownerId).toBe('800000000000000001');
    expect(reply?.body).toMatchObject({ type: 4, data: { content: 'Not yours.', flags: 64 } });
  });

  it('answers a refused submit privately, leaving the message as it was', async () => {
    const requests = await harness.send(
      modalSubmitPayload('form:echo', { target: 'no' }, { embeds }),
    );
    expect(requests.map((request) => (request.body as { type: number }).type)).toEqual([4]);
    expect(requests[0]?.body).toMatchObject({
      data: { content: 'Type a page number.', flags: 64 },
    });
    expect(harness.logs.at(-1)).toMatchObject({ kind: 'button', outcome: 'refused' });
  });

  it('defers the update of a page that may be late, then edits the message', async () => {
    await harness.discord.destroy();
    harness = createHarness({
      commands,
      answerer: () => answerer,
      resolveButton: formResolver,
      deferPolicy: alwaysDefer,
    });
    const requests = await harness.send(
      modalSubmitPayload('form:echo', { target: '2' }, { embeds }),
    );
    expect(requests.map((request) => request.method)).toEqual(['POST', 'PATCH']);
    expect(requests[0]?.body).toEqual({ type: 6 });
    expect(requests[1]?.path).toMatch(/\/messages\/@original$/);
    expect(requests[1]?.body).toMatchObject({ embeds: [{ title: 'page 2' }] });
  });

  it('refuses a submit of a form no message opened, which page forms never are', async () => {
    const dm: Place = { kind: 'dm', channelId: '700000000000000042' };
    const [reply] = await harness.send(
      modalSubmitPayload('form:echo', { target: '1' }, null, { place: dm }),
    );
    expect(reply?.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(JSON.stringify(reply?.body)).toContain('Run the command again');
  });
});

describe('page controls with the real commands and resolver', () => {
  const now = new Date('2017-06-01T12:00:00Z');
  const asker = '800000000000000001';
  const stranger = '899999999999999999';

  interface Page {
    content?: string;
    embeds: APIEmbed[];
    components: { components: { custom_id: string; label: string; disabled?: boolean }[] }[];
  }

  async function useAnswerer(real: Answerer): Promise<void> {
    await harness.discord.destroy();
    harness = createHarness({
      commands: await loadCommands(),
      answerer: () => real,
      resolveButton: resolvePageButton,
      now: () => now,
    });
  }

  beforeEach(async () => {
    await useAnswerer(createAnswerer(await loadDataset(DATASET), { referenceDate: now }));
  });

  const buttonOf = (page: Page, label: string) => {
    const found = page.components[0]?.components.find((button) => button.label === label);
    if (found === undefined) throw new Error(`no ${label} button`);
    return found;
  };
  const footerOf = (page: Page | undefined) => page?.embeds[0]?.footer?.text ?? '';

  async function command(name: string, values: Record<string, string>): Promise<Page> {
    const [callback] = await harness.send(chatInputPayload(name, values));
    return (callback?.body as { data: Page }).data;
  }

  async function press(page: Page, label: string, userId = asker) {
    const [response] = await harness.send(
      buttonPayload(buttonOf(page, label).custom_id, { embeds: page.embeds }, { userId }),
    );
    return response?.body as { type: number; data: Page & { flags?: number } };
  }

  async function submit(page: Page, typed: string, userId = asker) {
    const [response] = await harness.send(
      modalSubmitPayload(
        buttonOf(page, GO_TO_LABEL).custom_id,
        { [GO_TO_INPUT_ID]: typed },
        { embeds: page.embeds },
        { userId },
      ),
    );
    return response?.body as { type: number; data: Page & { flags?: number } };
  }

  it('goes to the last page and back to the first, each end disabling its own buttons', async () => {
    const first = await command('ask', { question: 'When did Sessions recuse himself?' });
    const pages = /^Page 1 of (\d+) · /.exec(footerOf(first))?.[1];
    expect(pages).toBeDefined();
    expect(buttonOf(first, FIRST_LABEL).disabled).toBe(true);
    expect(buttonOf(first, PREVIOUS_LABEL).disabled).toBe(true);
    expect(buttonOf(first, LAST_LABEL).disabled).toBe(false);

    const last = await press(first, LAST_LABEL);
    expect(last.type).toBe(7);
    expect(footerOf(last.data)).toMatch(
      new RegExp(`^Page ${pages ?? ''} of ${pages ?? ''} · /ask`),
    );
    expect(buttonOf(last.data, NEXT_LABEL).disabled).toBe(true);
    expect(buttonOf(last.data, LAST_LABEL).disabled).toBe(true);
    expect(buttonOf(last.data, GO_TO_LABEL).disabled).toBe(false);

    const back = await press(last.data, FIRST_LABEL);
    expect(back.type).toBe(7);
    expect(footerOf(back.data)).toBe(footerOf(first));
    expect(back.data.embeds[0]?.fields).toEqual(first.embeds[0]?.fields);
  });

  it('opens the Go to… form for the asker, asking for a page number in a list without dates', async () => {
    const first = await command('ask', { question: 'When did Sessions recuse himself?' });
    const opened = await press(first, GO_TO_LABEL);
    expect(opened.type).toBe(9);
    expect(opened.data).toMatchObject({
      custom_id: buttonOf(first, GO_TO_LABEL).custom_id,
      title: 'Go to a page',
      components: [{ type: 18, component: { type: 4, custom_id: GO_TO_INPUT_ID } }],
    });
    const refused = await press(first, GO_TO_LABEL, stranger);
    expect(refused).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(refused.data.content).toMatch(/Only the person who ran this command/);
  });

  it('shows the page typed into Go to…, and the last one, with a note, for a page past the end', async () => {
    const first = await command('ask', { question: 'When did Sessions recuse himself?' });
    const second = await submit(first, '2');
    expect(second.type).toBe(7);
    expect(footerOf(second.data)).toMatch(/^Page 2 of \d+ · \/ask/);
    expect(second.data.content).toBe('');

    const beyond = await submit(first, '99');
    expect(beyond.type).toBe(7);
    expect(beyond.data.content).toMatch(
      /^There is no page 99: this list has \d+ pages, and this is the last\.$/,
    );
    expect(buttonOf(beyond.data, LAST_LABEL).disabled).toBe(true);
  });

  it('shows the page of a timeline holding a typed date', async () => {
    await useAnswerer(syntheticAnswerer());
    const first = await command('timeline', {});
    expect(footerOf(first)).toBe('Page 1 of 12 · /timeline');
    const opened = await press(first, GO_TO_LABEL);
    expect(opened.data).toMatchObject({ title: 'Go to a page or a date' });

    // One event and one quote a day from 1 March 2017: the 15th's are entries 29 and 30.
    const jumped = await submit(first, '2017-03-15');
    expect(jumped.type).toBe(7);
    expect(footerOf(jumped.data)).toBe('Page 6 of 12 · /timeline');
    const names = jumped.data.embeds[0]?.fields?.map((field) => field.name) ?? [];
    expect(names[3]).toMatch(/^29\\?\. 15 March 2017 · Event$/);
  });

  it('refuses a date in a list without dates, and garbage, privately and clearly', async () => {
    const first = await command('ask', { question: 'When did Sessions recuse himself?' });
    const date = await submit(first, '2017-03-02');
    expect(date).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(date.data.content).toMatch(/page numbers only, not to dates/);

    const garbage = await submit(first, 'the middle bit');
    expect(garbage).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(garbage.data.content).toMatch(/couldn't read “the middle bit” as a page number\./);
  });

  it('refuses a Go to… submit by someone other than the asker', async () => {
    const first = await command('ask', { question: 'When did Sessions recuse himself?' });
    const refused = await submit(first, '2', stranger);
    expect(refused).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(refused.data.content).toMatch(/Only the person who ran this command/);
  });

  it('answers a button of the version before politely: run the command again', async () => {
    const first = await command('ask', { question: 'When did Sessions recuse himself?' });
    const old = `page:${asker}:1:${(now.getTime() + 60_000).toString(36)}`;
    const [reply] = await harness.send(buttonPayload(old, { embeds: first.embeds }));
    expect(reply?.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(JSON.stringify(reply?.body)).toMatch(/older version of the bot\. Run the command again/);
  });
});
