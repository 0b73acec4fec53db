/**
 * Interactions over HTTP, end to end: two instances of `npm run start:http` (the real entry,
 * src/http/main.ts) behind the emulator's Interactions Endpoint URLs, and the gateway bot
 * (`npm start`) beside them for DMs, as production runs them together. The emulator signs every
 * interaction with the application's key and takes each response as the callback, held to
 * Discord's spec. Checked: PING; forged, tampered and old requests refused; both instances
 * answering at once in their responses; a page of one instance's message turned by the other,
 * and its Go to… form opened on one and submitted to the other; the picture sent through the
 * callback endpoint (202); Verify quotes; autocomplete; a late interaction deferred and completed
 * through the webhook; and DMs still answered by the gateway process, which gets no interactions.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InteractionResponseType, MessageFlags, type APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DiscordEmulator } from '../emulator/discord-emulator.js';
import { syntheticDataset } from '../commands/helpers.js';
import {
  HEARTBEAT_MS,
  buttonsOf,
  deprecationWarnings,
  discordEnv,
  isConnected,
  newUserId,
  requestsFor,
  unknownRoutes,
  warningsLogged,
} from './fixtures/bot-session.js';
import { startBot, type BotProcess } from './harness.js';

let folder: string;
let emulator: DiscordEmulator;
let gateway: BotProcess;
const instances: { bot: BotProcess; url: string }[] = [];

async function startInstance(
  env: Record<string, string>,
): Promise<{ bot: BotProcess; url: string }> {
  const bot = await startBot({ entry: 'src/http/main.ts', env });
  const line = await bot.waitForLog(
    (candidate) => candidate.json?.msg === 'interactions endpoint listening',
    30_000,
  );
  return { bot, url: String(line.json?.url) };
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'e2e-http-'));
  const datasetPath = path.join(folder, 'events.json');
  // Sixty dated entries: /timeline has twelve pages and a picture.
  await writeFile(datasetPath, JSON.stringify(syntheticDataset({ events: 30 })));
  emulator = await DiscordEmulator.start({ heartbeatIntervalMs: HEARTBEAT_MS });
  const env = discordEnv(emulator, {
    DATASET_PATH: datasetPath,
    DISCORD_PUBLIC_KEY: emulator.publicKey,
    INTERACTIONS_HOST: '127.0.0.1',
    INTERACTIONS_PORT: '0',
  });
  const [first, second, gatewayBot] = await Promise.all([
    startInstance(env),
    startInstance(env),
    startBot({ env }),
  ]);
  instances.push(first, second);
  gateway = gatewayBot;
  await gateway.waitForLog(isConnected, 30_000);
  emulator.useInteractionsEndpoints(instances.map((instance) => instance.url));
});

afterAll(async () => {
  await Promise.all([...instances.map(({ bot }) => bot.stop(5_000)), gateway.stop(5_000)]);
  await emulator.stop();
  await rm(folder, { recursive: true, force: true });
});

const instance = (index: number) => {
  const found = instances[index];
  if (found === undefined) throw new Error(`no instance ${index}`);
  return found;
};

const footerOf = (message: APIMessage | undefined): string =>
  message?.embeds[0]?.footer?.text ?? '';

/** The callbacks of an interaction: given in the HTTP response, or POSTed to the endpoint. */
function callbacksOf(interactionId: string) {
  return requestsFor(emulator, interactionId)
    .filter((request) => request.path.endsWith('/callback'))
    .map((request) => ({ via: request.via ?? 'callback endpoint', status: request.status }));
}

describe('the endpoint', () => {
  it('answers PING, and refuses a tampered body, a foreign key and an old timestamp with 401', async () => {
    for (const { url } of instances) {
      const pong = await emulator.ping(url);
      expect(pong.status).toBe(200);
      expect(pong.contentType).toBe('application/json');
      expect(JSON.parse(pong.body.toString())).toEqual({ type: 1 });

      const body = JSON.stringify({ type: 1 });
      const forger = generateKeyPairSync('ed25519').privateKey;
      const refused = await Promise.all([
        emulator.signedPost(url, body, { sentBody: JSON.stringify({ type: 2 }) }),
        emulator.signedPost(url, body, { key: forger }),
        emulator.signedPost(url, body, { timestampMs: Date.now() - 10 * 60_000 }),
      ]);
      expect(refused.map((reply) => reply.status)).toEqual([401, 401, 401]);
    }
  });
});

describe('two instances behind one URL', () => {
  it('both answer at once, each in its HTTP response, and nothing else goes to Discord', async () => {
    const asked = await Promise.all(
      instances.map(({ url }) =>
        emulator.sendSlashCommand({
          name: 'ask',
          options: { question: 'When did Jane Roe speak at budget hearing number 3?' },
          userId: newUserId(),
          endpoint: url,
        }),
      ),
    );
    for (const [index, sent] of asked.entries()) {
      const response = await emulator.waitForInteractionResponse(sent.id);
      expect(response.callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect(response.message?.embeds.length).toBeGreaterThan(0);
      expect(callbacksOf(sent.id)).toEqual([{ via: 'http-response', status: 204 }]);
      expect(emulator.interaction(sent.id)?.delivery).toEqual({
        endpoint: instance(index).url,
        status: 200,
      });
      const logged = await instance(index).bot.waitForLog(
        (line) => line.json?.msg === 'interaction' && line.json.interactionId === sent.id,
      );
      expect(logged.json).toMatchObject({ kind: 'command', command: 'ask', outcome: 'answered' });
    }
  });

  it("turns the pages of one instance's message on the other; its picture went by the callback endpoint", async () => {
    const owner = newUserId();
    const sent = await emulator.sendSlashCommand({
      name: 'timeline',
      userId: owner,
      endpoint: instance(0).url,
    });
    const first = await emulator.waitForInteractionResponse(sent.id);
    const list = first.message;
    expect(footerOf(list)).toBe('Page 1 of 12 · /timeline');
    // A reply with a file is POSTed to the callback endpoint, and the request answered 202.
    expect(callbacksOf(sent.id)).toEqual([{ via: 'callback endpoint', status: 204 }]);
    await vi.waitFor(() => {
      expect(emulator.interaction(sent.id)?.delivery?.status).toBe(202);
    });
    expect(list?.attachments.map((file) => file.filename)).toEqual(['timeline.png']);

    const next = buttonsOf(list).find((button) => button.label.startsWith('Next'));
    if (list === undefined || next === undefined) throw new Error('no Next button');
    const press = await emulator.clickButton({
      customId: next.customId,
      message: list,
      userId: owner,
      endpoint: instance(1).url,
    });
    const turned = await emulator.waitForInteractionResponse(press.id);
    expect(turned.callbackType).toBe(InteractionResponseType.UpdateMessage);
    expect(turned.message?.id).toBe(list.id);
    expect(footerOf(turned.message)).toBe('Page 2 of 12 · /timeline');
    expect(turned.message?.attachments.map((file) => file.filename)).toEqual(['timeline.png']);
    expect(callbacksOf(press.id)).toEqual([{ via: 'http-response', status: 204 }]);

    // Only the asker may turn them, whichever instance is asked.
    const previous = buttonsOf(turned.message).find((button) => button.label.startsWith('◀'));
    if (previous === undefined) throw new Error('no Previous button on page 2');
    const stranger = await emulator.clickButton({
      customId: previous.customId,
      message: list,
      userId: newUserId(),
      endpoint: instance(1).url,
    });
    const refused = await emulator.waitForInteractionResponse(stranger.id);
    expect(refused.callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect((Number(refused.data?.flags) & MessageFlags.Ephemeral) !== 0).toBe(true);

    // Go to… opens its form from one instance; the other takes the form and turns the page.
    const goTo = buttonsOf(turned.message).find((button) => button.label.startsWith('Go to'));
    if (goTo === undefined) throw new Error('no Go to… button');
    const opened = await emulator.clickButton({
      customId: goTo.customId,
      message: list,
      userId: owner,
      endpoint: instance(0).url,
    });
    const form = await emulator.waitForInteractionResponse(opened.id);
    expect(form.callbackType).toBe(InteractionResponseType.Modal);
    const input = (form.data?.components as { component: { custom_id: string } }[])[0]?.component
      .custom_id;
    const submitted = await emulator.submitModal({
      interactionId: opened.id,
      values: { [input ?? '']: '2017-03-15' },
      endpoint: instance(1).url,
    });
    const jumped = await emulator.waitForInteractionResponse(submitted.id);
    expect(jumped.callbackType).toBe(InteractionResponseType.UpdateMessage);
    expect(footerOf(jumped.message)).toBe('Page 6 of 12 · /timeline');
  });

  it('checks the quotes in a message (Verify quotes), for the asker alone', async () => {
    const sent = await emulator.sendMessageCommand({
      name: 'Verify quotes',
      target: { content: 'Jane Roe said "budget hearing number 3"' },
      userId: newUserId(),
      endpoint: instance(1).url,
    });
    const response = await emulator.waitForInteractionResponse(sent.id);
    expect(response.callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(response.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(callbacksOf(sent.id)).toEqual([{ via: 'http-response', status: 204 }]);
  });

  it('suggests names as you type, from either instance', async () => {
    for (const { url } of instances) {
      const typed = await emulator.sendAutocomplete({
        name: 'who',
        options: { name: 'jane ro' },
        focused: 'name',
        userId: newUserId(),
        endpoint: url,
      });
      const response = await emulator.waitForInteractionResponse(typed.id);
      expect(response.choices?.map((choice) => choice.value)).toContain('person-jane-roe');
    }
  });

  it('defers an interaction that arrives late in its response, and completes it by webhook', async () => {
    // Discord made it 2 s ago: too little of its 3 s window is left to risk answering directly.
    const sent = await emulator.sendSlashCommand({
      name: 'ask',
      options: { question: 'What happened on March 2 2017?' },
      userId: newUserId(),
      endpoint: instance(1).url,
      ageMs: 2_000,
    });
    const response = await emulator.waitForInteractionResponse(sent.id, { final: true });
    expect(response.callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(callbacksOf(sent.id)).toEqual([{ via: 'http-response', status: 204 }]);
    expect(response.edits).toHaveLength(1);
    expect(response.message?.embeds.length).toBeGreaterThan(0);
    const edit = requestsFor(emulator, sent.id).find((request) => request.method === 'PATCH');
    expect(edit?.path).toMatch(/^\/webhooks\/\d+\/[^/]+\/messages\/@original$/);
  });
});

describe('beside the gateway process', () => {
  it('leaves DMs to the gateway process, which gets no interactions once the URL is set', async () => {
    const dm = await emulator.sendDirectMessage({
      content: 'Who is Jane Roe?',
      userId: newUserId(),
    });
    const answer = await emulator.waitForChannelMessage(dm.channel_id, {
      predicate: (message) => message.author.id === emulator.botUserId,
    });
    expect(answer.embeds.length).toBeGreaterThan(0);
    const handledByGateway = gateway.lines.filter(
      (line) => line.json?.msg === 'interaction' && line.json.kind !== 'dm',
    );
    expect(handledByGateway).toEqual([]);
    expect(unknownRoutes(emulator)).toEqual([]);
    for (const { bot } of instances) {
      expect(warningsLogged(bot)).toEqual([]);
      expect(deprecationWarnings(bot)).toEqual([]);
    }
  });
});
