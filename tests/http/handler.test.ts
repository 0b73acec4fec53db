/**
 * An interaction received over HTTP, through the real discord.js client and router, with the
 * network replaced: the first callback the router makes must become the HTTP response (nothing
 * sent to Discord), a reply with files must go to the callback endpoint with a 202 response, and
 * an answer that misses the deadline must turn into the router's own kind of deferral, completed
 * through the interaction webhook. Every request that does reach "Discord" is held to its OpenAPI
 * spec, as the emulator holds them.
 */
import { MessageFlags, SlashCommandBuilder, type Client, type Interaction } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Answerer } from '../../src/answer/types.js';
import { defineCommand, type Command } from '../../src/bot/command.js';
import { createCooldown } from '../../src/bot/cooldown.js';
import { createClient } from '../../src/bot/client.js';
import { createInteractionRouter, type InteractionRouter } from '../../src/bot/interactions.js';
import { WorkTracker } from '../../src/bot/shutdown.js';
import { createCallbackBridge, type HttpAnswer } from '../../src/http/callback-bridge.js';
import { createInteractionHandler } from '../../src/http/handler.js';
import { parseInteraction } from '../../src/http/request.js';
import type { PendingAnswer } from '../../src/http/server.js';
import { createLogger } from '../../src/log.js';
import { discordSpec, formatViolation } from '../emulator/discord-spec.js';
import {
  BOT_USER_ID,
  autocompletePayload,
  buttonPayload,
  chatInputPayload,
  dmMessagePayload,
} from '../bot/fake-discord.js';

interface SentRequest {
  method: string;
  path: string;
  /** JSON body, or a multipart body's payload_json plus its file names under `files`. */
  body: Record<string, unknown> | undefined;
}

/** What reached "Discord": recorded, held to the spec, answered as Discord answers. */
function fakeDiscordApi() {
  const sent: SentRequest[] = [];
  const violations: string[] = [];
  const send = async (url: string, init: { method?: string; body?: unknown }) => {
    const parsed = new URL(url);
    const path = decodeURIComponent(parsed.pathname).replace(/^\/api\/v\d+/, '');
    const method = (init.method ?? 'GET').toUpperCase();
    let body: Record<string, unknown> | undefined;
    let payload: unknown;
    if (typeof init.body === 'string') {
      body = JSON.parse(init.body) as Record<string, unknown>;
      payload = body;
    } else if (init.body !== undefined && init.body !== null) {
      const form = init.body as { get(name: string): unknown; keys(): Iterable<string> };
      payload = JSON.parse(String(form.get('payload_json'))) as unknown;
      body = {
        ...(payload as Record<string, unknown>),
        files: [...form.keys()].filter((key) => key.startsWith('files[')),
      };
    }
    sent.push({ method, path, body });
    const check = discordSpec().check({ method, path, query: parsed.searchParams, body: payload });
    if (!check.ok) violations.push(formatViolation(check.violation));
    await Promise.resolve();
    if (method === 'DELETE' || path.endsWith('/callback'))
      return new Response(null, { status: 204 });
    // The message Discord returns: the bot's own, in the interaction's channel.
    return Response.json({
      ...dmMessagePayload(typeof body?.content === 'string' ? body.content : '', {
        userId: BOT_USER_ID,
        channelId: '900000000000000101',
        bot: true,
      }),
      flags: typeof body?.flags === 'number' ? body.flags : 0,
    });
  };
  return { sent, violations, send };
}

/** A picture whose drawing waits for the test: a reply held up past the deadline on demand. */
let releaseDrawing: () => void = () => undefined;
let drawingHeld: Promise<void> = Promise.resolve();

const echo = defineCommand({
  data: new SlashCommandBuilder()
    .setName('echo')
    .setDescription('Echoes')
    .addStringOption((o) => o.setName('text').setDescription('t').setRequired(true)),
  options: z.object({ text: z.string().min(1) }),
  execute: ({ text }) => ({
    content: text,
    embeds: [{ description: text }],
    components: [],
    ...(text === 'nothing' ? { onlyForAsker: true } : {}),
  }),
});

const picture = defineCommand({
  data: new SlashCommandBuilder().setName('picture').setDescription('Draws'),
  options: z.object({}),
  execute: () => ({
    embeds: [{ title: 'chart', image: { url: 'attachment://chart.png' } }],
    components: [],
    attachments: [
      {
        name: 'chart.png',
        draw: async () => {
          await drawingHeld;
          return {
            name: 'chart.png',
            bytes: new Uint8Array([137, 80, 78, 71]),
            description: 'a chart',
          };
        },
      },
    ],
  }),
});

const commands = new Map<string, Command>([
  ['echo', echo],
  ['picture', picture],
]);

interface Setup {
  api: ReturnType<typeof fakeDiscordApi>;
  client: Client;
  /** Passes the answer deadline of every open exchange. */
  passDeadline(): void;
  /** Sends a payload as the server would; resolves with the response and the router's end. */
  receive(payload: unknown): { pending: PendingAnswer; done: Promise<void> };
  warnings: string[];
}

let setup: Setup;

function createSetup(router?: InteractionRouter): Setup {
  const api = fakeDiscordApi();
  const timers = new Map<number, () => void>();
  let nextTimer = 0;
  const warnings: string[] = [];
  const logger = createLogger({ level: 'silent' });
  const bridge = createCallbackBridge({
    logger: Object.assign(Object.create(logger) as typeof logger, {
      warn: (_object: unknown, message: string) => warnings.push(message),
    }),
    send: api.send,
    setTimer: (callback) => {
      nextTimer += 1;
      timers.set(nextTimer, callback);
      return nextTimer;
    },
    clearTimer: (timer) => timers.delete(timer as number),
  });
  const client = createClient({ makeRequest: bridge.makeRequest });
  bridge.use(client.rest);
  const realRouter =
    router ??
    createInteractionRouter({
      commands,
      answerer: () => ({}) as Answerer,
      cooldown: createCooldown(),
      tracker: new WorkTracker(),
      logger,
      resolveButton: () => ({ ok: false, message: 'expired' }),
    });
  let done: Promise<void> = Promise.resolve();
  const handle = createInteractionHandler({
    client,
    bridge,
    commands,
    logger,
    router: (interaction) => (done = realRouter(interaction)),
  });
  return {
    api,
    client,
    warnings,
    passDeadline() {
      for (const [id, callback] of [...timers]) {
        timers.delete(id);
        callback();
      }
    },
    receive(payload) {
      const parsed = parseInteraction(Buffer.from(JSON.stringify(payload)));
      if (!parsed.ok || parsed.kind !== 'interaction') throw new Error('not an interaction');
      const pending = handle(parsed);
      return { pending, done: Promise.resolve().then(() => done) };
    },
  };
}

/** Plays the server: waits for the response, "writes" it, and lets the router finish. */
async function respond(received: { pending: PendingAnswer; done: Promise<void> }) {
  const answer = await received.pending.answer;
  received.pending.written(true);
  await received.done;
  return { answer, body: parse(answer) };
}

function parse(answer: HttpAnswer): { type?: number; data?: Record<string, unknown> } {
  return answer.json === undefined ? {} : (JSON.parse(answer.json) as { type: number });
}

beforeEach(() => {
  drawingHeld = new Promise((resolve) => (releaseDrawing = resolve));
});

afterEach(async () => {
  releaseDrawing();
  expect(setup.api.violations).toEqual([]);
  await setup.client.destroy();
});

describe('an answer ready in time', () => {
  it('is the HTTP response itself: the callback goes nowhere else', async () => {
    setup = createSetup();
    const { answer, body } = await respond(setup.receive(chatInputPayload('echo', { text: 'hi' })));
    expect(answer.status).toBe(200);
    expect(body).toMatchObject({
      type: 4,
      data: { content: 'hi', embeds: [{ description: 'hi' }], allowed_mentions: { parse: [] } },
    });
    expect(setup.api.sent).toEqual([]);
  });

  it('keeps the router’s rules: a private run and a reply only for the asker are ephemeral', async () => {
    setup = createSetup();
    const asked = await respond(
      setup.receive(chatInputPayload('echo', { text: 'hi', private: true })),
    );
    expect(asked.body.data?.flags).toBe(64);
    const nothing = await respond(setup.receive(chatInputPayload('echo', { text: 'nothing' })));
    expect(nothing.body.data?.flags).toBe(64);
  });

  it('with a file, goes to the callback endpoint, and the request is answered 202', async () => {
    setup = createSetup();
    releaseDrawing();
    const { answer } = await respond(setup.receive(chatInputPayload('picture', {})));
    expect(answer).toEqual({ status: 202 });
    expect(setup.api.sent.map((request) => `${request.method} ${request.path}`)).toEqual([
      expect.stringMatching(/^POST \/interactions\/\d+\/[^/]+\/callback$/),
    ]);
    expect(setup.api.sent[0]?.body).toMatchObject({ type: 4, files: ['files[0]'] });
  });

  it('is refused as Unknown interaction once Discord hung up, as Discord would refuse it', async () => {
    setup = createSetup();
    const received = setup.receive(chatInputPayload('echo', { text: 'hi' }));
    await received.pending.answer;
    received.pending.written(false);
    await received.done;
    // The router heard 10062 and let it be; nothing went to Discord.
    expect(setup.api.sent).toEqual([]);
  });
});

describe('an answer not ready in time', () => {
  it('defers the request and completes it by editing the original message', async () => {
    setup = createSetup();
    const received = setup.receive(chatInputPayload('picture', {}));
    await Promise.resolve();
    setup.passDeadline();
    const answer = await received.pending.answer;
    received.pending.written(true);
    expect(parse(answer)).toEqual({ type: 5, data: {} });
    releaseDrawing();
    await received.done;
    expect(setup.api.sent.map((request) => `${request.method} ${request.path}`)).toEqual([
      expect.stringMatching(/^PATCH \/webhooks\/\d+\/[^/]+\/messages\/@original$/),
    ]);
    expect(setup.api.sent[0]?.body).toMatchObject({
      embeds: [{ title: 'chart' }],
      files: ['files[0]'],
    });
  });

  it('defers a private run privately', async () => {
    setup = createSetup();
    const received = setup.receive(chatInputPayload('picture', { private: true }));
    await Promise.resolve();
    setup.passDeadline();
    expect(parse(await received.pending.answer)).toEqual({ type: 5, data: { flags: 64 } });
    received.pending.written(true);
    releaseDrawing();
    await received.done;
  });

  it('swaps a public placeholder for a private follow-up when the late answer is private', async () => {
    const gate = new Promise<void>((resolve) => (releaseDrawing = resolve));
    setup = createSetup(async (interaction: Interaction) => {
      await gate;
      if (interaction.isChatInputCommand())
        await interaction.reply({ content: 'only you', flags: MessageFlags.Ephemeral });
    });
    const received = setup.receive(chatInputPayload('echo', { text: 'hi' }));
    setup.passDeadline();
    expect(parse(await received.pending.answer)).toEqual({ type: 5, data: {} });
    received.pending.written(true);
    releaseDrawing();
    await received.done;
    expect(setup.api.sent.map((request) => `${request.method} ${request.path}`)).toEqual([
      expect.stringMatching(/^DELETE \/webhooks\/\d+\/[^/]+\/messages\/@original$/),
      expect.stringMatching(/^POST \/webhooks\/\d+\/[^/]+$/),
    ]);
    expect(setup.api.sent[1]?.body).toMatchObject({
      content: 'only you',
      flags: MessageFlags.Ephemeral,
    });
  });

  it('acknowledges a button silently, then edits the pressed message with the new page', async () => {
    const gate = new Promise<void>((resolve) => (releaseDrawing = resolve));
    setup = createSetup(async (interaction: Interaction) => {
      await gate;
      if (interaction.isButton()) await interaction.update({ content: 'page 2', embeds: [] });
    });
    const received = setup.receive(buttonPayload('pg1:x', { embeds: [{ title: 'page 1' }] }));
    setup.passDeadline();
    expect(parse(await received.pending.answer)).toEqual({ type: 6 });
    received.pending.written(true);
    releaseDrawing();
    await received.done;
    expect(setup.api.sent.map((request) => `${request.method} ${request.path}`)).toEqual([
      expect.stringMatching(/^PATCH \/webhooks\/\d+\/[^/]+\/messages\/@original$/),
    ]);
    expect(setup.api.sent[0]?.body).toMatchObject({ content: 'page 2', embeds: [] });
  });

  it('answers a late notice about a press as a follow-up, never over the pressed message', async () => {
    const gate = new Promise<void>((resolve) => (releaseDrawing = resolve));
    setup = createSetup(async (interaction: Interaction) => {
      await gate;
      if (interaction.isButton())
        await interaction.reply({ content: 'not yours', flags: MessageFlags.Ephemeral });
    });
    const received = setup.receive(buttonPayload('pg1:x', { embeds: [] }));
    setup.passDeadline();
    received.pending.written(true);
    expect(parse(await received.pending.answer)).toEqual({ type: 6 });
    releaseDrawing();
    await received.done;
    expect(setup.api.sent.map((request) => `${request.method} ${request.path}`)).toEqual([
      expect.stringMatching(/^POST \/webhooks\/\d+\/[^/]+$/),
    ]);
  });

  it('gives autocomplete no choices rather than a failed box', async () => {
    setup = createSetup(async () => {
      await new Promise<void>((resolve) => (releaseDrawing = resolve));
    });
    const received = setup.receive(autocompletePayload('echo', { text: 'he' }, 'text'));
    setup.passDeadline();
    expect(parse(await received.pending.answer)).toEqual({ type: 8, data: { choices: [] } });
  });
});

it('fails the request of an interaction the router left unanswered, and says so', async () => {
  setup = createSetup(() => Promise.resolve());
  const { answer } = await respond(setup.receive(chatInputPayload('echo', { text: 'hi' })));
  expect(answer.status).toBe(503);
  expect(setup.warnings).toEqual(['interaction left unanswered; its HTTP request fails']);
});
