/**
 * Questions sent to the bot in a DM are answered in that DM, and text full of mention syntax (in a
 * DM or a slash command) pings no one: every payload the bot sends allows no mentions. A DM written
 * as a slash command runs that command, small talk gets the help card, and /help links commands by
 * the ids Discord gave them.
 */
import type { APIMessage } from 'discord.js';
import { afterAll, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '../emulator/discord-emulator.js';
import type { RecordedRequest, SlashCommandOptions } from '../emulator/discord-emulator.js';
import { startBot } from './harness.js';
import {
  HEARTBEAT_MS,
  deployToGuild,
  deprecationWarnings,
  discordEnv,
  isConnected,
  type BotSession,
  embedText,
  interactionLog,
  newUserId,
  sharedBotSession,
  unknownRoutes,
  warningsLogged,
} from './fixtures/bot-session.js';

const session = sharedBotSession();

const noMentions = { parse: [], replied_user: false };

/** The bot's POST that created a message in the channel. */
function postOf(message: APIMessage): RecordedRequest | undefined {
  return session().emulator.receivedRequests.find(
    (request) =>
      request.method === 'POST' &&
      request.path === `/channels/${message.channel_id}/messages` &&
      (request.response as { id?: string } | undefined)?.id === message.id,
  );
}

async function dmAndAwaitReply(content: string, userId: string): Promise<APIMessage> {
  const { emulator } = session();
  const question = await emulator.sendDirectMessage({ content, userId });
  return emulator.waitForChannelMessage(question.channel_id, {
    predicate: (message) =>
      message.author.id === emulator.botUserId &&
      message.message_reference?.message_id === question.id,
    timeoutMs: 10_000,
  });
}

describe('direct messages', () => {
  it('answers the first DM in a channel the bot has never seen, in that channel, as a reply', async () => {
    const { emulator, bot } = session();
    const userId = newUserId();
    const question = await emulator.sendDirectMessage({
      content: 'When did Sessions recuse himself?',
      userId,
    });
    const reply = await emulator.waitForChannelMessage(question.channel_id, {
      predicate: (message) => message.author.id === emulator.botUserId,
      timeoutMs: 10_000,
    });

    expect(reply.channel_id).toBe(question.channel_id);
    expect(reply.channel_id).not.toBe(emulator.guildChannelId);
    expect(reply.message_reference?.message_id).toBe(question.id);
    expect(reply.embeds[0]?.title).toBe('When did Sessions recuse himself?');
    expect(reply.embeds[0]?.fields?.[0]?.name).toContain('2 March 2017');
    expect(postOf(reply)?.body).toMatchObject({ allowed_mentions: noMentions });
    const logged = await interactionLog(bot, { messageId: question.id });
    expect(logged).toMatchObject({ kind: 'dm', command: 'ask', outcome: 'answered' });
    // A keyed hash stands for the user (PRIVACY.md); the id itself is never logged.
    expect(logged.userId).toMatch(/^[0-9a-f]{16}$/);
    expect(bot.output()).not.toContain(userId);
    expect(bot.output()).not.toContain('When did Sessions recuse himself?');
  });

  it('pings no one when a DM holds @everyone, a role mention and a user mention', async () => {
    const { emulator } = session();
    const role = '222222222222222222';
    const victim = '333333333333333333';
    const reply = await dmAndAwaitReply(
      `@everyone @here <@&${role}> <@${victim}> <@!${victim}> when did Sessions recuse himself?`,
      newUserId(),
    );

    // The hostile text is echoed back (as the title), so the protection is what keeps it quiet.
    expect(embedText(reply)).toMatch(/everyone/);
    expect(emulator.pingsOf(reply)).toEqual({ everyone: false, users: [], roles: [] });
    expect(postOf(reply)?.body).toMatchObject({ allowed_mentions: noMentions });
  });

  it('pings no one when a slash command option holds mentions, even in an error reply', async () => {
    const { emulator } = session();
    const hostile = `@everyone <@&222222222222222222> <@333333333333333333>`;
    const userId = newUserId();
    const commands: SlashCommandOptions[] = [
      { name: 'ask', options: { question: `${hostile} when did Sessions recuse himself?` } },
      { name: 'who', options: { name: hostile } },
      { name: 'verify', options: { quote: hostile } },
    ];
    const results = await Promise.all(
      commands.map(async (command) => {
        const sent = await emulator.sendSlashCommand({ ...command, userId });
        return emulator.waitForInteractionResponse(sent.id, { final: true, timeoutMs: 10_000 });
      }),
    );

    for (const result of results) {
      expect(result.message).toBeDefined();
      if (result.message) {
        expect(emulator.pingsOf(result.message)).toEqual({
          everyone: false,
          users: [],
          roles: [],
        });
      }
      for (const edit of result.edits) {
        expect(edit.body.allowed_mentions).toEqual(noMentions);
      }
      for (const followUp of result.followUps) {
        expect(emulator.pingsOf(followUp)).toEqual({ everyone: false, users: [], roles: [] });
      }
    }
  });

  it('runs a DM written as a slash command, and says so when the command is unknown', async () => {
    const userId = newUserId();
    const who = await dmAndAwaitReply('/who name:sessions', userId);
    expect(who.embeds[0]?.title).toBe('Jeff Sessions');

    const unknown = await dmAndAwaitReply('/foo', userId);
    expect(unknown.content).toMatch(/^Unknown command \/foo\. Commands: .*\/who/);
    expect(postOf(unknown)?.body).toMatchObject({ allowed_mentions: noMentions });
  });

  it('answers "hi" and "help" with the help card, not "no answer"', async () => {
    const userId = newUserId();
    for (const content of ['hi', 'help']) {
      const reply = await dmAndAwaitReply(content, userId);
      expect(reply.embeds[0]?.title, content).toBe('What I can answer');
      expect(embedText(reply), content).toContain('Who is Sessions?');
    }
  });

  it('used only routes Discord has, and the bot logged no warning or deprecation', () => {
    expect(unknownRoutes(session().emulator)).toEqual([]);
    expect(deprecationWarnings(session().bot)).toEqual([]);
    expect(warningsLogged(session().bot)).toEqual([]);
  });
});

describe('/help with the commands registered before the bot starts', () => {
  let started: BotSession | undefined;
  afterAll(async () => {
    await started?.stop();
  });

  it('links each command by the id Discord gave it', async () => {
    const emulator = await DiscordEmulator.start({ heartbeatIntervalMs: HEARTBEAT_MS });
    const stopEmulator = () => emulator.stop();
    try {
      await deployToGuild(emulator);
    } catch (error) {
      await stopEmulator();
      throw error;
    }
    const bot = await startBot({
      env: discordEnv(emulator, { DISCORD_GUILD_ID: emulator.guildId }),
    });
    started = {
      emulator,
      bot,
      async stop() {
        await bot.stop(5_000);
        await stopEmulator();
      },
    };
    await bot.waitForLog(isConnected, 30_000);
    const fetched = await bot.waitForLog(
      (line) => line.json?.msg === 'registered command ids fetched',
      10_000,
    );
    // Every command deployed above, slash and message menu alike.
    expect(fetched.json).toMatchObject({
      commands: emulator.registeredCommands(emulator.guildId).length,
    });

    const question = await emulator.sendDirectMessage({ content: '/help', userId: newUserId() });
    const reply = await emulator.waitForChannelMessage(question.channel_id, {
      predicate: (message) => message.author.id === emulator.botUserId,
      timeoutMs: 10_000,
    });
    const who = emulator.registeredCommands(emulator.guildId).find((c) => c.name === 'who');
    expect(who).toBeDefined();
    expect(embedText(reply)).toContain(`</who:${who?.id ?? ''}> name:<text>`);
    expect(unknownRoutes(emulator)).toEqual([]);
    expect(warningsLogged(bot)).toEqual([]);
  });
});
