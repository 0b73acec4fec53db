import { createPublicKey, verify } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import {
  ActionRowBuilder,
  ApplicationIntegrationType,
  InteractionContextType,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  Client,
  DiscordAPIError,
  GatewayIntentBits,
  InteractionResponseType,
  MessageFlags,
  Partials,
  Routes,
  SlashCommandBuilder,
} from 'discord.js';
import type { Interaction, Message } from 'discord.js';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { DiscordEmulator, takeUnreportedViolations } from './discord-emulator.js';
import type { EmulatorOptions } from './discord-emulator.js';
import { discordSpec } from './discord-spec.js';

// Reading and compiling the spec takes a second or more on a busy machine: not a test's time.
beforeAll(() => {
  discordSpec();
}, 60_000);

let emulator: DiscordEmulator | undefined;
let client: Client | undefined;

afterEach(async () => {
  await client?.destroy();
  await emulator?.stop();
  client = undefined;
  emulator = undefined;
});

async function connect(
  options: EmulatorOptions = {},
): Promise<{ emulator: DiscordEmulator; client: Client }> {
  emulator = await DiscordEmulator.start({ heartbeatIntervalMs: 500, ...options });
  client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    rest: { api: emulator.apiUrl },
  });
  const ready = once(client, 'clientReady');
  await client.login(emulator.token);
  await ready;
  return { emulator, client };
}

/** Runs `handler` for every interaction and keeps its failures for the test to inspect. */
function onInteraction(
  bot: Client,
  handler: (interaction: Interaction) => Promise<unknown>,
): { errors: unknown[]; nextError: () => Promise<unknown> } {
  const errors: unknown[] = [];
  const failures = new EventEmitter();
  bot.on('interactionCreate', (interaction) => {
    handler(interaction).catch((error: unknown) => {
      errors.push(error);
      failures.emit('failure', error);
    });
  });
  return {
    errors,
    nextError: async () => {
      const [error] = (await once(failures, 'failure', {
        signal: AbortSignal.timeout(3_000),
      })) as unknown[];
      return error;
    },
  };
}

describe('DiscordEmulator with an unmodified discord.js client', () => {
  it('lets the client log in: gateway info, IDENTIFY with the intents, READY and the guild', async () => {
    const { emulator: discord, client: bot } = await connect();

    expect(bot.user?.id).toBe(discord.botUserId);
    expect(bot.application?.id).toBe(discord.applicationId);
    expect(bot.guilds.cache.get(discord.guildId)?.available).toBe(true);
    expect(discord.identifies()).toEqual([
      expect.objectContaining({
        intents: GatewayIntentBits.Guilds | GatewayIntentBits.DirectMessages,
        shard: [0, 1],
      }),
    ]);
    const gatewayCall = discord.receivedRequests.find((r) => r.path === '/gateway/bot');
    expect(gatewayCall?.status).toBe(200);
    expect(gatewayCall?.headers.authorization).toBe(`Bot ${discord.token}`);
    const application = await bot.application?.fetch();
    expect(application?.id).toBe(discord.applicationId);
    const me = (await bot.rest.get(Routes.user('@me'))) as { id: string; bot: boolean };
    expect(me).toMatchObject({ id: discord.botUserId, bot: true });
    expect(discord.unknownRoutes).toEqual([]);
    expect(discord.specViolations).toEqual([]);
  });

  it('delivers a slash command with a realistic payload and records the reply', async () => {
    const { emulator: discord, client: bot } = await connect();
    const seen: { guildId: string | null; question: string | null; context: unknown }[] = [];
    const outcome = onInteraction(bot, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      seen.push({
        guildId: interaction.guildId,
        question: interaction.options.getString('question'),
        context: interaction.context,
      });
      await interaction.reply({
        content: `You asked: ${interaction.options.getString('question') ?? ''} @everyone`,
        allowedMentions: { parse: [] },
      });
    });

    const sent = await discord.sendSlashCommand({
      name: 'ask',
      options: { question: 'When did Sessions recuse himself?' },
    });
    const response = await discord.waitForInteractionResponse(sent.id);

    expect(outcome.errors).toEqual([]);
    expect(seen).toEqual([
      { guildId: discord.guildId, question: 'When did Sessions recuse himself?', context: 0 },
    ]);
    expect(response.callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(response.message?.content).toBe(
      'You asked: When did Sessions recuse himself? @everyone',
    );
    expect(response.message?.mention_everyone).toBe(false);
    expect(response.data?.allowed_mentions).toEqual({ parse: [] });
    expect(response.latencyMs).toBeGreaterThanOrEqual(0);
    const callback = discord.receivedRequests.find((r) => r.interactionId === sent.id);
    expect(callback?.path).toBe(`/interactions/${sent.id}/${sent.token}/callback`);
    expect(callback?.headers.authorization).toBeUndefined();
    expect(discord.messagesIn(discord.guildChannelId)).toHaveLength(1);
    expect(discord.specViolations).toEqual([]);
  });

  it('records a deferred reply and, with final, waits for the edit of @original', async () => {
    const { emulator: discord, client: bot } = await connect();
    const outcome = onInteraction(bot, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral, withResponse: true });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await interaction.editReply({ content: 'Done thinking', embeds: [{ title: 'Answer' }] });
    });

    const sent = await discord.sendSlashCommand({ name: 'ask', options: { question: 'x' } });
    const first = await discord.waitForInteractionResponse(sent.id);
    const final = await discord.waitForInteractionResponse(sent.id, { final: true });

    expect(outcome.errors).toEqual([]);
    expect(first.callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(final.edits).toHaveLength(1);
    expect(final.message?.content).toBe('Done thinking');
    expect(final.message?.embeds).toEqual([{ title: 'Answer' }]);
    expect(final.message?.flags).toBe(MessageFlags.Ephemeral);
    const edit = discord.receivedRequests.find((r) => r.method === 'PATCH');
    expect(edit?.path).toBe(`/webhooks/${discord.applicationId}/${sent.token}/messages/@original`);
    expect(edit?.sinceDispatchMs).toBeGreaterThanOrEqual(50);
    // Ephemeral replies are not visible in the channel.
    expect(discord.messagesIn(discord.guildChannelId)).toEqual([]);
    expect(discord.specViolations).toEqual([]);
  });

  it('answers autocomplete with choices and rejects more than 25 like Discord', async () => {
    const { emulator: discord, client: bot } = await connect();
    const outcome = onInteraction(bot, async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const typed = interaction.options.getFocused();
      const count = typed === 'many' ? 26 : 2;
      await interaction.respond(
        Array.from({ length: count }, (_, i) => ({ name: `${typed} ${i}`, value: `v${i}` })),
      );
    });

    const ok = await discord.sendAutocomplete({
      name: 'who',
      options: { name: 'sess' },
      focused: 'name',
    });
    const response = await discord.waitForInteractionResponse(ok.id);
    expect(response.choices).toEqual([
      { name: 'sess 0', value: 'v0' },
      { name: 'sess 1', value: 'v1' },
    ]);

    const failed = outcome.nextError();
    const tooMany = await discord.sendAutocomplete({
      name: 'who',
      options: { name: 'many' },
      focused: 'name',
    });
    const error = (await failed) as DiscordAPIError;
    expect(error.code).toBe(50035);
    expect(discord.interaction(tooMany.id)?.rejected[0]?.error.errors).toEqual({
      data: {
        choices: {
          _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' }],
        },
      },
    });
  });

  it('delivers a DM in a channel the client has never seen, and records the reply there', async () => {
    const { emulator: discord, client: bot } = await connect();
    bot.on('messageCreate', (message: Message) => {
      if (message.author.bot) return;
      if (message.channel.isSendable()) {
        void message.channel.send({ content: `echo: ${message.content}` });
      }
    });

    const dm = await discord.sendDirectMessage({ content: 'hello bot' });
    expect(bot.channels.cache.has(dm.channel_id)).toBe(false);
    const reply = await discord.waitForChannelMessage(dm.channel_id);

    expect(reply.content).toBe('echo: hello bot');
    expect(reply.author.id).toBe(discord.botUserId);
    expect(bot.channels.cache.get(dm.channel_id)?.type).toBe(ChannelType.DM);
    expect(discord.unknownRoutes).toEqual([]);
  });

  it('survives a dropped connection: resumes, replays what was missed, answers the next command', async () => {
    const { emulator: discord, client: bot } = await connect();
    onInteraction(bot, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('still here');
    });

    const resumed = discord.nextGatewayEvent('resumed');
    await discord.dropConnection();
    // Sent while the socket is down: Discord keeps it in the session and replays it on RESUME.
    const missed = await discord.sendSlashCommand({ name: 'ask', options: { question: 'a' } });
    expect(await resumed).toMatchObject({ replayed: 1 });
    expect((await discord.waitForInteractionResponse(missed.id)).message?.content).toBe(
      'still here',
    );

    const next = await discord.sendSlashCommand({ name: 'ask', options: { question: 'b' } });
    expect((await discord.waitForInteractionResponse(next.id)).message?.content).toBe('still here');
    expect(discord.identifies()).toHaveLength(1);
  });

  it('refuses a second response to one interaction with 40060', async () => {
    const { emulator: discord, client: bot } = await connect();
    const outcome = onInteraction(bot, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply('first');
      // discord.js guards double replies itself, so go around it as a buggy bot might.
      await bot.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: { type: 4, data: { content: 'second' } },
        auth: false,
      });
    });

    const failed = outcome.nextError();
    const sent = await discord.sendSlashCommand({ name: 'ask', options: { question: 'x' } });
    const error = (await failed) as DiscordAPIError;

    expect(error.code).toBe(40060);
    expect(discord.interaction(sent.id)?.callback?.data?.content).toBe('first');
    expect(discord.interaction(sent.id)?.rejected.map((r) => r.error.code)).toEqual([40060]);
  });

  it('refuses a response after the window with 10062 Unknown interaction', async () => {
    const { emulator: discord, client: bot } = await connect({ responseWindowMs: 100 });
    const outcome = onInteraction(bot, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await new Promise((resolve) => setTimeout(resolve, 150));
      await interaction.reply('too late');
    });

    const failed = outcome.nextError();
    const sent = await discord.sendSlashCommand({ name: 'ask', options: { question: 'x' } });
    const error = (await failed) as DiscordAPIError;

    expect(error.code).toBe(10062);
    expect(discord.interaction(sent.id)?.callback).toBeUndefined();
  });

  it('rejects message payloads over Discord limits with 50035 naming the field', async () => {
    const { emulator: discord, client: bot } = await connect();
    const outcome = onInteraction(bot, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('x'.repeat(2001));
    });

    const failed = outcome.nextError();
    const sent = await discord.sendSlashCommand({ name: 'ask', options: { question: 'x' } });
    const error = (await failed) as DiscordAPIError;
    expect(error.code).toBe(50035);
    expect(error.message).toContain('data.content[BASE_TYPE_MAX_LENGTH]');
    expect(discord.interaction(sent.id)?.callback).toBeUndefined();
  });

  it("rejects a reply Discord's OpenAPI spec refuses with 50035 and records the violation", async () => {
    const { emulator: discord, client: bot } = await connect();
    const outcome = onInteraction(bot, async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply({ embeds: [{ title: 'Answer', url: 'see the article' }] });
      }
    });

    const failed = outcome.nextError();
    const sent = await discord.sendSlashCommand({ name: 'ask', options: { question: 'x' } });
    const error = (await failed) as DiscordAPIError;

    const expected = {
      code: 50035,
      message: 'Invalid Form Body',
      errors: {
        data: {
          embeds: {
            '0': {
              url: { _errors: [{ code: 'URL_TYPE_INVALID_URL', message: 'Not a valid uri.' }] },
            },
          },
        },
      },
    };
    expect(error.code).toBe(50035);
    expect(error.message).toContain('data.embeds[0].url[URL_TYPE_INVALID_URL]');
    expect(discord.interaction(sent.id)?.callback).toBeUndefined();
    expect(discord.interaction(sent.id)?.rejected.map((r) => r.error)).toEqual([expected]);
    expect(discord.specViolations).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: `/interactions/${sent.id}/${sent.token}/callback`,
        operation: expect.stringContaining('(create_interaction_response)') as unknown,
        problem: 'invalid body',
      }),
    ]);
  });

  it('rejects a channel message with a field of the wrong type, naming the field', async () => {
    const { emulator: discord, client: bot } = await connect();
    const channelId = discord.guildChannelId;

    const sent = bot.rest.post(Routes.channelMessages(channelId), {
      body: { content: 'hello', tts: 'yes' },
    });

    await expect(sent).rejects.toMatchObject({
      code: 50035,
      rawError: {
        errors: {
          tts: { _errors: [{ code: 'BASE_TYPE_BAD_TYPE', message: 'Must be boolean or null.' }] },
        },
      },
    });
    expect(discord.messagesIn(channelId)).toEqual([]);
    expect(discord.specViolations.map((v) => [v.problem, v.fields.map((f) => f.at)])).toEqual([
      ['invalid body', [['tts']]],
    ]);
  });

  it('dispatches a button click on a sent message and applies the update', async () => {
    const { emulator: discord, client: bot } = await connect();
    const clickers: string[] = [];
    const outcome = onInteraction(bot, async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('page:1').setLabel('Next').setStyle(ButtonStyle.Primary),
        );
        await interaction.reply({ content: 'page 0', components: [row] });
      } else if (interaction.isButton()) {
        clickers.push(interaction.user.id);
        await interaction.update({ content: `page 1 (${interaction.customId})` });
      }
    });

    const command = await discord.sendSlashCommand({ name: 'ask', options: { question: 'x' } });
    const reply = await discord.waitForInteractionResponse(command.id);
    if (!reply.message) throw new Error('expected a message');
    const click = await discord.clickButton({ customId: 'page:1', message: reply.message });
    const update = await discord.waitForInteractionResponse(click.id);

    expect(outcome.errors).toEqual([]);
    expect(clickers).toEqual([discord.defaultUserId]);
    expect(update.callbackType).toBe(InteractionResponseType.UpdateMessage);
    expect(update.message?.id).toBe(reply.message.id);
    expect(update.message?.content).toBe('page 1 (page:1)');
    await expect(discord.clickButton({ customId: 'nope', message: reply.message })).rejects.toThrow(
      /no button/,
    );
  });

  it("opens a button's form (MODAL) and submits it with the typed value and the button's message", async () => {
    const { emulator: discord, client: bot } = await connect();
    const form = {
      custom_id: 'go:1',
      title: 'Go to a page',
      components: [
        {
          type: 18,
          label: 'Page number',
          component: { type: 4, custom_id: 'target', style: 1, required: true, max_length: 10 },
        },
      ],
    };
    const submits: { customId: string; value: string; messageId: string | undefined }[] = [];
    const outcome = onInteraction(bot, async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('go:1').setLabel('Go to…').setStyle(ButtonStyle.Primary),
        );
        await interaction.reply({ content: 'page 1', components: [row] });
      } else if (interaction.isButton()) {
        await interaction.showModal(form);
      } else if (interaction.isModalSubmit() && interaction.isFromMessage()) {
        submits.push({
          customId: interaction.customId,
          value: interaction.fields.getTextInputValue('target'),
          messageId: interaction.message.id,
        });
        await interaction.update({
          content: `page ${interaction.fields.getTextInputValue('target')}`,
        });
      }
    });

    const command = await discord.sendSlashCommand({ name: 'ask', options: { question: 'x' } });
    const reply = await discord.waitForInteractionResponse(command.id);
    if (!reply.message) throw new Error('expected a message');
    const click = await discord.clickButton({ customId: 'go:1', message: reply.message });
    const opened = await discord.waitForInteractionResponse(click.id);
    expect(opened.callbackType).toBe(InteractionResponseType.Modal);
    expect(opened.data).toMatchObject(form);

    await expect(discord.submitModal({ interactionId: click.id, values: {} })).rejects.toThrow(
      /only submits target with 1 to 10 characters/,
    );
    const submit = await discord.submitModal({ interactionId: click.id, values: { target: '3' } });
    const update = await discord.waitForInteractionResponse(submit.id);

    expect(outcome.errors).toEqual([]);
    expect(submit.payload).toMatchObject({
      type: 5,
      data: {
        custom_id: 'go:1',
        components: [
          { type: 18, id: 1, component: { type: 4, id: 2, custom_id: 'target', value: '3' } },
        ],
      },
      message: { id: reply.message.id },
    });
    expect(submits).toEqual([{ customId: 'go:1', value: '3', messageId: reply.message.id }]);
    expect(update.callbackType).toBe(InteractionResponseType.UpdateMessage);
    expect(update.message?.id).toBe(reply.message.id);
    expect(update.message?.content).toBe('page 3');
    await expect(discord.submitModal({ interactionId: command.id, values: {} })).rejects.toThrow(
      /did not open a form/,
    );
  });

  it('refuses a form whose title is over 45 characters or that has no components, as the spec says', async () => {
    const { emulator: discord, client: bot } = await connect();
    const outcome = onInteraction(bot, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.showModal({
        custom_id: 'form',
        title: 'x'.repeat(46),
        components: [],
      });
    });

    const failed = outcome.nextError();
    const sent = await discord.sendSlashCommand({ name: 'ask', options: { question: 'x' } });
    const error = (await failed) as DiscordAPIError;

    expect(error.code).toBe(50035);
    expect(discord.interaction(sent.id)?.callback).toBeUndefined();
    const fields = takeUnreportedViolations().flatMap((violation) =>
      violation.fields.map((field) => field.at.join('.')),
    );
    expect(fields).toEqual(expect.arrayContaining(['data.title', 'data.components']));
  });

  it('stores commands registered through REST and validates them like Discord', async () => {
    const { emulator: discord, client: bot } = await connect();
    const ask = new SlashCommandBuilder()
      .setName('ask')
      .setDescription('Ask a question')
      .addStringOption((o) => o.setName('question').setDescription('Question').setRequired(true))
      .setContexts(
        InteractionContextType.Guild,
        InteractionContextType.BotDM,
        InteractionContextType.PrivateChannel,
      )
      .setIntegrationTypes(
        ApplicationIntegrationType.GuildInstall,
        ApplicationIntegrationType.UserInstall,
      );

    await bot.rest.put(Routes.applicationCommands(discord.applicationId), { body: [ask.toJSON()] });
    await bot.rest.put(Routes.applicationGuildCommands(discord.applicationId, discord.guildId), {
      body: [],
    });

    const [stored] = discord.registeredCommands();
    expect(stored).toMatchObject({
      name: 'ask',
      contexts: [0, 1, 2],
      integration_types: [0, 1],
      options: [{ name: 'question', type: 3, required: true }],
      application_id: discord.applicationId,
    });
    expect(discord.registeredCommands(discord.guildId)).toEqual([]);
    const command = await discord.sendSlashCommand({ name: 'ask', options: { question: 'q' } });
    expect((command.payload.data as { id: string }).id).toBe(stored?.id);

    const invalid = bot.rest.put(Routes.applicationCommands(discord.applicationId), {
      body: [{ name: 'Bad Name', description: '' }],
    });
    await expect(invalid).rejects.toMatchObject({ code: 50035 });
    const otherGuild = bot.rest.put(
      Routes.applicationGuildCommands(discord.applicationId, '1'.repeat(18)),
      {
        body: [],
      },
    );
    await expect(otherGuild).rejects.toMatchObject({ code: 50001 });
    expect(discord.registeredCommands()).toHaveLength(1);
  });

  it('delivers commands used in the bot DM with a user instead of a member', async () => {
    const { emulator: discord, client: bot } = await connect();
    const seen: unknown[] = [];
    onInteraction(bot, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      seen.push([interaction.guildId, interaction.channel?.type, interaction.context]);
      await interaction.reply({ content: 'dm reply', flags: MessageFlags.Ephemeral });
    });

    const sent = await discord.sendSlashCommand({ name: 'help', dm: true });
    const response = await discord.waitForInteractionResponse(sent.id);

    expect(seen).toEqual([[null, ChannelType.DM, 1]]);
    expect(sent.payload.user).toMatchObject({ id: discord.defaultUserId });
    expect(sent.payload.member).toBeUndefined();
    expect(response.message?.flags).toBe(MessageFlags.Ephemeral);
  });
});

describe('DiscordEmulator protocol details', () => {
  it('answers bot routes without the bot token with 401, and records unknown routes', async () => {
    emulator = await DiscordEmulator.start();
    const noAuth = await fetch(`${emulator.apiUrl}/v10/gateway/bot`);
    const unknown = await fetch(`${emulator.apiUrl}/v10/guilds/1/nothing`, {
      headers: { authorization: `Bot ${emulator.token}` },
    });

    expect(noAuth.status).toBe(401);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ code: 0, message: '404: Not Found' });
    expect(emulator.unknownRoutes.map((r) => r.path)).toEqual(['/guilds/1/nothing']);
    expect(emulator.specViolations.map((v) => [v.method, v.path, v.problem])).toEqual([
      ['GET', '/guilds/1/nothing', 'unknown route'],
    ]);
  });

  it('hands each violation to the harness once, from every emulator of the process', async () => {
    emulator = await DiscordEmulator.start();
    takeUnreportedViolations();
    await fetch(`${emulator.apiUrl}/v10/nowhere`);

    expect(takeUnreportedViolations().map((v) => v.path)).toEqual(['/nowhere']);
    expect(takeUnreportedViolations()).toEqual([]);
    expect(emulator.specViolations).toHaveLength(1);
  });

  it('speaks zlib-stream when the client asks for it', async () => {
    emulator = await DiscordEmulator.start({ heartbeatIntervalMs: 1234 });
    const socket = new WebSocket(`${emulator.gatewayUrl}/?v=10&encoding=json&compress=zlib-stream`);
    const inflate = zlib.createInflate();
    const [frame] = (await once(socket, 'message')) as [Buffer];
    const text = await new Promise<string>((resolve) => {
      inflate.once('data', (chunk: Buffer) => {
        resolve(chunk.toString('utf8'));
      });
      inflate.write(frame);
    });
    socket.close();
    inflate.close();

    expect(frame.subarray(-4)).toEqual(Buffer.from([0, 0, 0xff, 0xff]));
    expect(JSON.parse(text)).toMatchObject({ op: 10, d: { heartbeat_interval: 1234 } });
  });

  it('answers RESUME of an unknown session with INVALID_SESSION false', async () => {
    emulator = await DiscordEmulator.start();
    const socket = new WebSocket(`${emulator.gatewayUrl}/?v=10&encoding=json`);
    await once(socket, 'message'); // HELLO
    socket.send(
      JSON.stringify({ op: 6, d: { token: emulator.token, session_id: 'nope', seq: 3 } }),
    );
    const [reply] = (await once(socket, 'message')) as [Buffer];
    socket.close();

    expect(JSON.parse(reply.toString())).toMatchObject({ op: 9, d: false });
  });

  it('closes IDENTIFY with a wrong token with 4004', async () => {
    emulator = await DiscordEmulator.start();
    const socket = new WebSocket(`${emulator.gatewayUrl}/?v=10&encoding=json`);
    await once(socket, 'message');
    socket.send(JSON.stringify({ op: 2, d: { token: 'wrong', intents: 1, properties: {} } }));
    const [code] = (await once(socket, 'close')) as [number];

    expect(code).toBe(4004);
  });
});

describe('DiscordEmulator with Interactions Endpoint URLs', () => {
  /** A bot endpoint that checks the signature and answers every interaction with `reply`. */
  async function endpoint(reply: { status: number; body?: unknown }) {
    const received: { verified: boolean; body: Record<string, unknown> }[] = [];
    const server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks);
        const timestamp = String(request.headers['x-signature-timestamp']);
        const signature = Buffer.from(String(request.headers['x-signature-ed25519']), 'hex');
        const key = createPublicKey({
          key: {
            kty: 'OKP',
            crv: 'Ed25519',
            x: Buffer.from(emulator?.publicKey ?? '', 'hex').toString('base64url'),
          },
          format: 'jwk',
        });
        received.push({
          verified: verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, signature),
          body: JSON.parse(body.toString()) as Record<string, unknown>,
        });
        response.writeHead(reply.status, { 'content-type': 'application/json' });
        response.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    servers.push(server);
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
  }

  const servers: http.Server[] = [];
  afterEach(() => {
    for (const server of servers.splice(0)) server.close();
  });

  it('POSTs each interaction, signed, to the URLs in turn, and takes the response as its callback', async () => {
    emulator = await DiscordEmulator.start();
    const answer = { status: 200, body: { type: 4, data: { content: 'hi' } } };
    const [first, second] = [await endpoint(answer), await endpoint(answer)];
    emulator.useInteractionsEndpoints([first.url, second.url]);

    const sent = [
      await emulator.sendSlashCommand({ name: 'ask' }),
      await emulator.sendSlashCommand({ name: 'ask' }),
    ];
    for (const interaction of sent) {
      const response = await emulator.waitForInteractionResponse(interaction.id);
      expect(response.message?.content).toBe('hi');
    }
    expect([first, second].map(({ received }) => received.map((r) => r.body.id))).toEqual([
      [sent[0]?.id],
      [sent[1]?.id],
    ]);
    expect([...first.received, ...second.received].every((r) => r.verified)).toBe(true);
    const callbacks = emulator.receivedRequests.filter((r) => r.path.endsWith('/callback'));
    expect(callbacks.map((r) => r.via)).toEqual(['http-response', 'http-response']);
  });

  it("holds a response to Discord's spec, and fails one the bot never made good with 202", async () => {
    emulator = await DiscordEmulator.start();
    const invalid = await endpoint({ status: 200, body: { type: 4, data: { content: 5 } } });
    const empty = await endpoint({ status: 202 });
    emulator.useInteractionsEndpoints([invalid.url]);
    const refused = await emulator.sendSlashCommand({ name: 'ask' });
    const accepted = await emulator.sendSlashCommand({ name: 'ask', endpoint: empty.url });
    await vi.waitFor(() => {
      expect(emulator?.interaction(refused.id)?.delivery?.status).toBe(200);
      expect(emulator?.interaction(accepted.id)?.delivery?.status).toBe(202);
    });

    expect(emulator.interaction(refused.id)?.callback).toBeUndefined();
    expect(emulator.interaction(refused.id)?.rejected[0]?.error.code).toBe(50035);
    expect(emulator.takeUnreportedViolations()).toHaveLength(1);
    expect(emulator.interaction(accepted.id)?.rejected[0]?.error.message).toBe(
      '202 from the endpoint, but no callback was made',
    );
  });
});
