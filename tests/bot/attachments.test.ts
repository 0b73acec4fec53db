import { Writable } from 'node:stream';
import { Resvg } from '@resvg/resvg-js';
import { Events, SlashCommandBuilder, type APIEmbed } from 'discord.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Answerer } from '../../src/answer/types.js';
import {
  attachmentUrl,
  drawAttachments,
  forPageTurn,
  toFilePayloads,
} from '../../src/bot/attachments.js';
import { defineCommand, type Command, type Reply } from '../../src/bot/command.js';
import { createCooldown } from '../../src/bot/cooldown.js';
import type { DeferPolicy } from '../../src/bot/defer-policy.js';
import {
  createInteractionRouter,
  type ResolveButton,
  type RouterOptions,
} from '../../src/bot/interactions.js';
import { createDmHandler } from '../../src/bot/messages.js';
import { WorkTracker } from '../../src/bot/shutdown.js';
import { createLogger } from '../../src/log.js';
import {
  buttonPayload,
  chatInputPayload,
  createFakeDiscord,
  dispatchInteraction,
  dispatchMessage,
  dmMessagePayload,
  type CapturedFile,
  type CapturedRequest,
  type FakeDiscord,
} from './fake-discord.js';
import { discordSpec } from '../emulator/discord-spec.js';

// Reading and compiling the spec takes a second or more on a busy machine: not a test's time.
beforeAll(() => {
  discordSpec();
}, 60_000);

const PICTURE = new Resvg(
  '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="4"><rect width="8" height="4"/></svg>',
)
  .render()
  .asPng();

/** How many times the test command's picture was drawn. */
let draws = 0;
/** How long the test command's picture takes to draw, in ms. */
let slowDraw = 0;

/** A reply with a picture in its embed, drawn by `draw`. */
function pictureReply(draw: () => Promise<Uint8Array | null>, page = 0): Reply {
  return {
    embeds: [{ title: `page ${page}`, image: { url: attachmentUrl('chart.png') } }],
    components: [],
    attachments: [
      {
        name: 'chart.png',
        draw: async () => {
          draws += 1;
          const bytes = await draw();
          return bytes === null ? null : { name: 'chart.png', bytes, description: 'A chart' };
        },
      },
    ],
  };
}

// A test-only command whose `mode` says how its picture draws.
const picture = defineCommand({
  data: new SlashCommandBuilder()
    .setName('picture')
    .setDescription('A picture')
    .addStringOption((o) => o.setName('mode').setDescription('m').setRequired(true)),
  options: z.object({ mode: z.enum(['ok', 'fails', 'empty']) }),
  execute: ({ mode }, { page }) =>
    pictureReply(async () => {
      if (slowDraw > 0) await new Promise((resolve) => setTimeout(resolve, slowDraw));
      if (mode === 'fails') throw new Error('the chart broke');
      return mode === 'empty' ? null : PICTURE;
    }, page),
});

const commands = new Map<string, Command>([['picture', picture]]);

/** `page:<page>`: the next page of `/picture mode:ok`. */
const resolveButton: ResolveButton = ({ customId }) => ({
  ok: true,
  command: 'picture',
  options: { mode: 'ok' },
  page: Number(customId.split(':')[1]),
});

const alwaysDefer: DeferPolicy = { shouldDefer: () => true, record: () => undefined };

let discord: FakeDiscord | undefined;
let logs: string[] = [];

afterEach(async () => {
  await discord?.destroy();
  discord = undefined;
  draws = 0;
  slowDraw = 0;
});

function logger() {
  logs = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  return createLogger({ level: 'info', destination });
}

/** The real router on a fake Discord; `send` dispatches and waits for the router to finish. */
function routerHarness(options: Pick<RouterOptions, 'deferPolicy'> = {}) {
  const fake = createFakeDiscord();
  discord = fake;
  const router = createInteractionRouter({
    commands,
    answerer: () => ({}) as Answerer,
    resolveButton,
    cooldown: createCooldown({ capacity: 10, windowMs: 60_000 }),
    tracker: new WorkTracker(),
    logger: logger(),
    ...options,
  });
  let pending: Promise<void> = Promise.resolve();
  fake.client.on(Events.InteractionCreate, (interaction) => {
    pending = router(interaction);
  });
  return async (payload: unknown): Promise<CapturedRequest[]> => {
    const before = fake.requests.length;
    dispatchInteraction(fake.client, payload);
    await pending;
    return fake.requests.slice(before);
  };
}

interface SentMessage {
  embeds?: APIEmbed[];
  attachments?: { id: string; description?: string }[];
  __files?: CapturedFile[];
}

/** The message a request sent: a callback's `data`, or the body of an edit or a new message. */
function sentMessage(request: CapturedRequest | undefined): SentMessage {
  const body = (request?.body ?? {}) as SentMessage & { data?: SentMessage; type?: number };
  return body.data === undefined ? body : { ...body.data, __files: body.__files ?? [] };
}

async function bytesOf(file: CapturedFile | undefined): Promise<Buffer> {
  return Buffer.from(await (file?.blob.arrayBuffer() ?? Promise.resolve(new ArrayBuffer(0))));
}

describe('drawing the files of a reply', () => {
  it('draws each file and keeps the reply as it is when all are drawn', async () => {
    const reply = pictureReply(() => Promise.resolve(PICTURE));
    const drawn = await drawAttachments(reply, () => undefined);
    expect(drawn.files).toEqual([{ name: 'chart.png', bytes: PICTURE, description: 'A chart' }]);
    expect(drawn.reply).toBe(reply);
  });

  it('leaves out a file that fails, with the embed image that shows it, and says which', async () => {
    const failures: string[] = [];
    const drawn = await drawAttachments(
      pictureReply(() => Promise.reject(new Error('broken'))),
      (name) => failures.push(name),
    );
    expect(failures).toEqual(['chart.png']);
    expect(drawn.files).toEqual([]);
    expect(drawn.reply.embeds[0]).toEqual({ title: 'page 0' });
    expect(drawn.reply.attachments).toEqual([]);
  });

  it('leaves out a file with nothing to draw, quietly', async () => {
    const failures: string[] = [];
    const drawn = await drawAttachments(
      pictureReply(() => Promise.resolve(null)),
      (name) => failures.push(name),
    );
    expect(failures).toEqual([]);
    expect(drawn.files).toEqual([]);
    expect(drawn.reply.embeds[0]?.image).toBeUndefined();
  });

  it('gives discord.js the bytes, name and alt text of each file', () => {
    const [payload] = toFilePayloads([
      { name: 'chart.png', bytes: new Uint8Array(PICTURE), description: 'A chart' },
    ]);
    expect(payload?.name).toBe('chart.png');
    expect(payload?.description).toBe('A chart');
    expect(Buffer.isBuffer(payload?.attachment)).toBe(true);
    expect((payload?.attachment as Buffer).equals(PICTURE)).toBe(true);
  });
});

describe('a page turn keeps the picture on the message', () => {
  it('sends no files and keeps the embed image when the message shows a picture', () => {
    const page = forPageTurn(
      pictureReply(() => Promise.resolve(PICTURE), 1),
      true,
    );
    expect(page.attachments).toBeUndefined();
    expect(page.embeds[0]?.image).toEqual({ url: 'attachment://chart.png' });
  });

  it('sends no files and no image when the message shows none (its picture was never drawn)', () => {
    const page = forPageTurn(
      pictureReply(() => Promise.resolve(PICTURE), 1),
      false,
    );
    expect(page.attachments).toBeUndefined();
    expect(page.embeds[0]?.image).toBeUndefined();
  });
});

describe('the router sends a reply with its files', () => {
  it('answers in the callback as multipart: payload_json names the file, files[0] holds its bytes', async () => {
    const send = routerHarness();
    const [callback] = await send(chatInputPayload('picture', { mode: 'ok' }));

    expect(callback?.path).toMatch(/\/callback$/);
    const message = sentMessage(callback);
    expect(message.embeds?.[0]?.image).toEqual({ url: 'attachment://chart.png' });
    expect(message.attachments).toEqual([{ id: '0', description: 'A chart' }]);
    expect(message.__files?.map((file) => [file.field, file.name])).toEqual([
      ['files[0]', 'chart.png'],
    ]);
    expect((await bytesOf(message.__files?.[0])).equals(PICTURE)).toBe(true);
  });

  it('sends the file in the edit when the answer was deferred', async () => {
    const send = routerHarness({ deferPolicy: alwaysDefer });
    const requests = await send(chatInputPayload('picture', { mode: 'ok' }));

    expect(requests.map((request) => request.method)).toEqual(['POST', 'PATCH']);
    const edit = sentMessage(requests[1]);
    expect(edit.attachments).toEqual([{ id: '0', description: 'A chart' }]);
    expect((await bytesOf(edit.__files?.[0])).equals(PICTURE)).toBe(true);
  });

  it("counts the drawing as the command's work when deciding whether to defer its next run", async () => {
    const recorded: [string, number][] = [];
    const send = routerHarness({
      deferPolicy: { shouldDefer: () => false, record: (name, ms) => recorded.push([name, ms]) },
    });
    slowDraw = 30;
    await send(chatInputPayload('picture', { mode: 'ok' }));

    // The command's run, then its drawing, which waited at least 30 ms.
    expect(recorded.map(([name]) => name)).toEqual(['picture', 'picture']);
    expect(recorded[1]?.[1]).toBeGreaterThanOrEqual(25);
  });

  it('answers without the picture, and logs why, when it cannot be drawn', async () => {
    const send = routerHarness();
    const [callback] = await send(chatInputPayload('picture', { mode: 'fails' }));

    const message = sentMessage(callback);
    expect(message.embeds?.[0]).toMatchObject({ title: 'page 0' });
    expect(message.embeds?.[0]?.image).toBeUndefined();
    expect(message.__files ?? []).toEqual([]);
    expect(logs.join('')).toContain('could not draw a file');
    expect(logs.join('')).toContain('the chart broke');
  });

  it('turns a page in an update that keeps the picture: no files, no attachments list, nothing drawn', async () => {
    const send = routerHarness();
    const shown = { title: 'page 0', image: { url: 'https://cdn.discordapp.com/a/1/chart.png' } };
    const [update] = await send(buttonPayload('page:1', { embeds: [shown] }));

    expect(update?.body).toMatchObject({ type: 7, data: { embeds: [{ title: 'page 1' }] } });
    const message = sentMessage(update);
    expect(message.embeds?.[0]?.image).toEqual({ url: 'attachment://chart.png' });
    expect(message).not.toHaveProperty('attachments');
    expect(message.__files ?? []).toEqual([]);
    expect(draws).toBe(0);
  });

  it('turns a page of a message without a picture without adding one', async () => {
    const send = routerHarness();
    const [update] = await send(buttonPayload('page:1', { embeds: [{ title: 'page 0' }] }));

    const message = sentMessage(update);
    expect(message.embeds?.[0]?.image).toBeUndefined();
    expect(message).not.toHaveProperty('attachments');
    expect(draws).toBe(0);
  });
});

describe('a DM answer carries its files', () => {
  it('replies in the DM with the picture as a file', async () => {
    const fake = createFakeDiscord();
    discord = fake;
    const handler = createDmHandler({
      commands,
      answerer: () => ({}) as Answerer,
      cooldown: createCooldown({ capacity: 10, windowMs: 60_000 }),
      tracker: new WorkTracker(),
      logger: logger(),
      // A DM's text is this test command's `mode`.
      command: { name: 'picture', option: 'mode' },
    });
    let pending: Promise<void> = Promise.resolve();
    fake.client.on(Events.MessageCreate, (message) => {
      pending = handler(message);
    });
    dispatchMessage(fake.client, dmMessagePayload('ok'));
    await pending;

    const reply = fake.requests.find((request) => request.path.endsWith('/messages'));
    const message = sentMessage(reply);
    expect(message.embeds?.[0]?.image).toEqual({ url: 'attachment://chart.png' });
    expect(message.attachments).toEqual([{ id: '0', description: 'A chart' }]);
    expect((await bytesOf(message.__files?.[0])).equals(PICTURE)).toBe(true);
  });
});
