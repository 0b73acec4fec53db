import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { ChannelType, PermissionFlagsBits } from 'discord.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/types.js';
import type { Command, CommandContext, Reply, ServerPlace } from '../../src/bot/command.js';
import { createCooldown } from '../../src/bot/cooldown.js';
import { createInteractionRouter, runCommand } from '../../src/bot/interactions.js';
import { resolvePageButton } from '../../src/bot/render/pagination.js';
import { WorkTracker } from '../../src/bot/shutdown.js';
import { createLogger } from '../../src/log.js';
import { SettingsStore } from '../../src/settings/store.js';
import {
  chatInputPayload,
  createFakeDiscord,
  dispatchInteraction,
  GUILD_CHANNEL_ID,
  GUILD_ID,
} from '../bot/fake-discord.js';
import { allCommands, bundledAnswerer, getCommand, NOW, USER } from './helpers.js';

const NEWS = '900000000000000201';
const VOICE = '900000000000000202';
const EVERYTHING_BUT_MANAGE =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks;
const BOT_CAN_POST = EVERYTHING_BUT_MANAGE;

let settingsCommand: Command;
let answerer: Answerer;
const stores: SettingsStore[] = [];

beforeAll(async () => {
  settingsCommand = await getCommand('settings');
  answerer = await bundledAnswerer();
});

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

function newStore(): SettingsStore {
  const store = SettingsStore.open(mkdtempSync(path.join(tmpdir(), 'settings-command-')));
  stores.push(store);
  return store;
}

const CHANNELS = new Map([
  [NEWS, { id: NEWS, name: 'news', type: ChannelType.GuildText }],
  [GUILD_CHANNEL_ID, { id: GUILD_CHANNEL_ID, name: 'general', type: ChannelType.GuildText }],
  [VOICE, { id: VOICE, name: 'lounge', type: ChannelType.GuildVoice }],
]);

function server(overrides: Partial<ServerPlace> = {}): ServerPlace {
  return {
    guildId: GUILD_ID,
    channelId: GUILD_CHANNEL_ID,
    memberPermissions: PermissionFlagsBits.ManageGuild,
    appPermissions: BOT_CAN_POST,
    ...overrides,
  };
}

/** Runs /settings as the router does, in a server unless `context.server` is undefined. */
function settings(
  raw: Record<string, unknown>,
  store: SettingsStore | undefined,
  context: Partial<CommandContext> = {},
): Reply {
  const result = runCommand(settingsCommand, raw, {
    answerer,
    userId: USER,
    page: 0,
    now: NOW,
    settings: store,
    server: server(),
    resolvedChannels: CHANNELS,
    ...context,
  });
  if (!result.ok) throw new Error(`unexpected option problem: ${result.problem}`);
  return result.reply;
}

function problem(raw: Record<string, unknown>): string {
  const result = runCommand(settingsCommand, raw, {
    answerer,
    userId: USER,
    page: 0,
    now: NOW,
    settings: newStore(),
    server: server(),
  });
  if (result.ok) throw new Error('expected an option problem');
  return result.problem;
}

const text = (reply: Reply): string => reply.embeds[0]?.description ?? '';

describe('/settings', () => {
  it('is for servers only, hidden from members without Manage Server, in three subcommands', () => {
    const json = settingsCommand.data.toJSON();
    expect(json).toMatchObject({
      contexts: [0],
      integration_types: [0],
      default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    });
    expect(json.options?.map((option) => [option.name, option.type])).toEqual([
      ['daily', 1],
      ['show', 1],
      ['daily-off', 1],
    ]);
    const daily = json.options?.[0];
    expect(daily && 'options' in daily ? daily.options : []).toMatchObject([
      { name: 'channel', type: 7, required: true, channel_types: [0, 5] },
      { name: 'time', type: 3 },
      { name: 'zone', type: 3, autocomplete: true },
    ]);
  });

  it('refuses a member without Manage Server, even where an admin let them run it', () => {
    const store = newStore();
    for (const raw of [
      { subcommand: 'daily', channel: NEWS },
      { subcommand: 'show' },
      { subcommand: 'daily-off' },
    ]) {
      const reply = settings(raw, store, {
        server: server({ memberPermissions: EVERYTHING_BUT_MANAGE }),
      });
      expect(reply.onlyForAsker).toBe(true);
      expect(text(reply)).toBe(
        'Only members with the **Manage Server** permission can change or see these settings.',
      );
    }
    expect(store.guild(GUILD_ID).daily).toBeNull();
  });

  it('lets an Administrator in', () => {
    const reply = settings({ subcommand: 'show' }, newStore(), {
      server: server({ memberPermissions: PermissionFlagsBits.Administrator }),
    });
    expect(text(reply)).toContain('Daily post: off');
  });

  it('says it needs a server outside one (a DM, the console)', () => {
    const reply = settings({ subcommand: 'show' }, undefined, { server: undefined });
    expect(text(reply)).toMatch(/^Server settings belong to a Discord server/);
  });

  it('sets the daily post, privately, saying when the first one goes out', () => {
    const store = newStore();
    // NOW is 12:00 UTC: 09:00 has passed today, so the first post is tomorrow's.
    const reply = settings({ subcommand: 'daily', channel: NEWS, time: '9:00' }, store);
    expect(reply.onlyForAsker).toBe(true);
    const tomorrow = Date.parse('2024-05-02T09:00:00Z') / 1000;
    expect(text(reply)).toBe(
      [
        'Saved.',
        `**Daily post:** on, in <#${NEWS}> every day at 09:00 UTC.`,
        `**Next post:** <t:${tomorrow}:F> (<t:${tomorrow}:R>), with what happened on 2 May.`,
        '**Last post:** none yet.',
      ].join('\n'),
    );
    expect(store.guild(GUILD_ID).daily).toEqual({
      channelId: NEWS,
      time: '09:00',
      timeZone: 'UTC',
      since: NOW,
    });
  });

  it('keeps the time and zone when only the channel changes, and shows them', () => {
    const store = newStore();
    settings({ subcommand: 'daily', channel: NEWS, time: '18:30', zone: 'europe/berlin' }, store);
    settings({ subcommand: 'daily', channel: GUILD_CHANNEL_ID }, store);
    expect(store.guild(GUILD_ID).daily).toMatchObject({
      channelId: GUILD_CHANNEL_ID,
      time: '18:30',
      timeZone: 'Europe/Berlin',
    });
    const shown = text(settings({ subcommand: 'show' }, store));
    expect(shown).toContain(
      `**Daily post:** on, in <#${GUILD_CHANNEL_ID}> every day at 18:30 (Europe/Berlin).`,
    );
    expect(shown).toContain('with what happened on 1 May');
  });

  it('shows the last post and a failed one, with what to do', () => {
    const store = newStore();
    settings({ subcommand: 'daily', channel: NEWS }, store);
    store.recordPosted(GUILD_ID, '2024-04-30', new Date('2024-04-30T09:00:01Z'), '1');
    store.recordFailure(
      GUILD_ID,
      '2024-05-01',
      NOW,
      'Missing Permissions (Discord error 50013, HTTP 403)',
      false,
    );
    const shown = text(settings({ subcommand: 'show' }, store));
    expect(shown).toContain("**Last post:** 30 April 2024's list");
    expect(shown).toContain(
      '**Problem:** the post for 1 May 2024 failed: Missing Permissions (Discord error 50013, HTTP 403). Check that I can see the channel',
    );
  });

  it('turns the daily post off, and says so when it was off already', () => {
    const store = newStore();
    settings({ subcommand: 'daily', channel: NEWS }, store);
    expect(text(settings({ subcommand: 'daily-off' }, store))).toBe(
      `The daily post in <#${NEWS}> is off now.`,
    );
    expect(store.guild(GUILD_ID).daily).toBeNull();
    expect(text(settings({ subcommand: 'daily-off' }, store))).toBe(
      'The daily post was already off.',
    );
  });

  it('refuses a channel people do not read messages in, or one Discord did not resolve', () => {
    const store = newStore();
    expect(text(settings({ subcommand: 'daily', channel: VOICE }, store))).toBe(
      `<#${VOICE}> is not a text or announcement channel. Pick one people read messages in.`,
    );
    expect(text(settings({ subcommand: 'daily', channel: '900000000000000999' }, store))).toContain(
      'Discord did not send me that channel',
    );
    expect(store.guild(GUILD_ID).daily).toBeNull();
  });

  it('refuses the channel it is run in when the bot may not post embeds there', () => {
    const store = newStore();
    const reply = settings({ subcommand: 'daily', channel: GUILD_CHANNEL_ID }, store, {
      server: server({
        appPermissions: PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages,
      }),
    });
    expect(text(reply)).toContain(`I can't post in <#${GUILD_CHANNEL_ID}>`);
    expect(store.guild(GUILD_ID).daily).toBeNull();
  });

  it('names the option at fault for a time or zone it cannot read', () => {
    expect(problem({ subcommand: 'daily', channel: NEWS, time: '9am' })).toBe(
      'The option `time` is not valid: write a time as HH:MM on a 24-hour clock, e.g. 09:00 or 18:30.',
    );
    expect(problem({ subcommand: 'daily', channel: NEWS, zone: 'Mars/Olympus' })).toContain(
      'The option `zone` is not valid: write a time zone name',
    );
  });

  it('completes zone names', () => {
    const complete = (value: string) =>
      settingsCommand.autocomplete?.({ name: 'zone', value }, { answerer }) ?? [];
    expect(complete('berl')).toEqual([{ name: 'Europe/Berlin', value: 'Europe/Berlin' }]);
    expect(complete('')[0]).toEqual({
      name: 'UTC',
      value: 'UTC',
    });
  });
});

describe('/settings over the Discord path', () => {
  it('reads the subcommand, the resolved channel and the member permissions Discord sends', async () => {
    const discord = createFakeDiscord();
    const store = newStore();
    const router = createInteractionRouter({
      commands: await allCommands(),
      answerer: () => answerer,
      cooldown: createCooldown({ capacity: 1_000, windowMs: 60_000 }),
      tracker: new WorkTracker(),
      logger: createLogger({
        level: 'silent',
        destination: new Writable({
          write: (_chunk, _encoding, done) => {
            done();
          },
        }),
      }),
      resolveButton: resolvePageButton,
      settings: store,
      now: () => NOW,
    });
    let pending: Promise<void> = Promise.resolve();
    discord.client.on('interactionCreate', (interaction) => {
      pending = router(interaction);
    });
    const dispatch = async (permissions: bigint) => {
      // In the test server: the payload has a member, whose permissions Discord computed.
      const base = chatInputPayload('settings', {}) as ReturnType<typeof chatInputPayload> & {
        member: Record<string, unknown>;
      };
      const payload = {
        ...base,
        member: { ...base.member, permissions: String(permissions) },
        data: {
          ...base.data,
          options: [
            {
              type: 1,
              name: 'daily',
              options: [
                { type: 7, name: 'channel', value: NEWS },
                { type: 3, name: 'time', value: '07:45' },
              ],
            },
          ],
          resolved: {
            channels: {
              [NEWS]: { id: NEWS, name: 'news', type: 0, permissions: String(permissions) },
            },
          },
        },
      };
      const before = discord.requests.length;
      dispatchInteraction(discord.client, payload);
      await pending;
      const callback = discord.requests.slice(before)[0]?.body as {
        type: number;
        data: { flags?: number; embeds: { description: string }[] };
      };
      return callback;
    };

    const refused = await dispatch(EVERYTHING_BUT_MANAGE);
    expect(refused.data.flags).toBe(64);
    expect(refused.data.embeds[0]?.description).toContain('**Manage Server**');
    expect(store.guild(GUILD_ID).daily).toBeNull();

    const saved = await dispatch(PermissionFlagsBits.ManageGuild);
    expect(saved).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(saved.data.embeds[0]?.description).toContain(`in <#${NEWS}> every day at 07:45 UTC`);
    expect(store.guild(GUILD_ID).daily).toMatchObject({ channelId: NEWS, time: '07:45' });
    await discord.destroy();
    // The first request compiles Discord's OpenAPI spec for the checks: seconds on this machine.
  }, 30_000);
});
