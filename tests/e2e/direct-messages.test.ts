/**
 * Questions sent to the bot in a DM are answered in that DM, and text full of mention syntax (in a
 * DM or a slash command) pings no one: every payload the bot sends allows no mentions.
 */
import type { APIMessage } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { RecordedRequest, SlashCommandOptions } from '../emulator/discord-emulator.js';
import {
  deprecationWarnings,
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
    predicate: (message) => message.author.id === emulator.botUserId,
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
    expect(await interactionLog(bot, { messageId: question.id })).toMatchObject({
      kind: 'dm',
      command: 'ask',
      outcome: 'answered',
      userId,
    });
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

  it('used only routes Discord has, and the bot logged no warning or deprecation', () => {
    expect(unknownRoutes(session().emulator)).toEqual([]);
    expect(deprecationWarnings(session().bot)).toEqual([]);
    expect(warningsLogged(session().bot)).toEqual([]);
  });
});
