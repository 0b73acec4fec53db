/**
 * "Verify quotes" end to end: `npm run deploy` registers it as a message command, and the real
 * bot, asked through the message's context menu (an application-command interaction with
 * data.type 3, target_id and resolved.messages, as Discord sends it), answers the asker alone in
 * the interaction callback with each claim's verdict, real words, speaker, date and source. The
 * harness fails any test during which the bot sent a request Discord's OpenAPI spec refuses.
 */
import { ApplicationCommandType, InteractionResponseType, MessageFlags } from 'discord.js';
import type { APIMessage } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '../emulator/discord-emulator.js';
import type { MessageCommandOptions } from '../emulator/discord-emulator.js';
import { runScript } from './harness.js';
import {
  discordEnv,
  embedText,
  interactionLog,
  newUserId,
  sharedBotSession,
  unknownRoutes,
} from './fixtures/bot-session.js';

const NAME = 'Verify quotes';

describe('npm run deploy', () => {
  let emulator: DiscordEmulator;
  beforeEach(async () => {
    emulator = await DiscordEmulator.start();
  });
  afterEach(async () => {
    await emulator.stop();
  });

  it('registers "Verify quotes" as a message command next to the slash commands', async () => {
    const env = discordEnv(emulator, { DISCORD_GUILD_ID: emulator.guildId });
    const deployed = await runScript('deploy', env);

    expect(deployed.code, deployed.stderr).toBe(0);
    expect(deployed.stdout).toContain(`“${NAME}”`);
    const registered = emulator.registeredCommands(emulator.guildId);
    expect(registered.filter((command) => command.name === NAME)).toEqual([
      expect.objectContaining({
        name: NAME,
        type: ApplicationCommandType.Message,
        contexts: [0, 1, 2],
        integration_types: [0, 1],
      }),
    ]);
    expect(registered.some((command) => command.name === 'verify' && command.type === 1)).toBe(
      true,
    );

    // Registered as Discord returns it, it is up to date: a second dry run changes nothing.
    const dryRun = await runScript('deploy', env, { args: ['--dry-run'] });
    expect(dryRun.code, dryRun.stderr).toBe(0);
    expect(dryRun.stdout).toMatch(/nothing to change/);
    expect(unknownRoutes(emulator)).toEqual([]);
  });
});

describe('"Verify quotes" on a message', () => {
  const session = sharedBotSession();

  /** Right-clicks the message as a new user and waits for the bot's answer. */
  async function verify(
    target: MessageCommandOptions['target'],
    place: Partial<MessageCommandOptions> = {},
  ): Promise<{ id: string; message: APIMessage; callbackType: number; flags: number }> {
    const { emulator } = session();
    const sent = await emulator.sendMessageCommand({
      name: NAME,
      target,
      userId: newUserId(),
      ...place,
    });
    const response = await emulator.waitForInteractionResponse(sent.id, {
      final: true,
      timeoutMs: 10_000,
    });
    if (response.message === undefined) throw new Error('the bot left no message');
    return {
      id: sent.id,
      message: response.message,
      callbackType: response.callbackType,
      flags: Number(response.data?.flags ?? 0),
    };
  }

  it('answers privately, in the callback, with each verdict, the real words, speaker, date and source', async () => {
    const { emulator, bot } = session();
    const { id, message, callbackType, flags } = await verify({
      content:
        'Sessions said "I have not met with any Russians at any time" and Trump said ' +
        '"My reply to the question of Senator Franken was honest and correct". lol',
      authorName: 'Alice',
    });

    expect(callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(emulator.interaction(id)?.edits).toEqual([]);
    const embed = message.embeds[0];
    expect(embed?.title).toBe(NAME);
    expect(embed?.description).toMatch(
      /^I checked the 2 claims in \[this message\]\(https:\/\/discord\.com\/channels\/.+\) by Alice\.$/,
    );
    expect(embed?.fields?.map((field) => field.name)).toEqual([
      '1. ✅ Said, word for word',
      '2. ↔️ Said, but by someone else',
    ]);
    const text = embedText(message);
    expect(text).toContain(
      '**Real words:** “I have not met with any Russians at any time to discuss',
    );
    expect(text).toContain('**Said by:** Jeff Sessions, 2 March 2017');
    expect(text).toContain('(Donald Trump)');
    expect(text).toContain('**Source:** @ABCPolitics');
    expect(await interactionLog(bot, { interactionId: id })).toMatchObject({
      kind: 'command',
      command: NAME,
      outcome: 'answered',
    });
  });

  it('explains, privately, that a message with nothing checkable has nothing to check', async () => {
    const { message, flags } = await verify({ content: 'ok 👍 https://example.com' });

    expect(flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(message.embeds[0]?.title).toBe('Nothing to check');
    expect(message.embeds[0]?.description).toMatch(/^I found no quotation or claim to check/);
  });

  it("works in the bot's DMs and, user-installed, in other people's DMs", async () => {
    const { emulator } = session();
    const inDm = await verify({ content: 'Sessions said "I like big trucks"' }, { dm: true });
    expect(inDm.message.embeds[0]?.fields?.[0]?.name).toBe('1. ❌ Not found');
    const elsewhere = await verify(
      { content: '"the latest attack against the Trump Administration" — a White House official' },
      { privateChannel: true },
    );
    expect(elsewhere.message.embeds[0]?.fields?.[0]?.name).toBe('1. ✅ Said, word for word');
    expect(elsewhere.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(unknownRoutes(emulator)).toEqual([]);
  });
});
