import {
  ApplicationIntegrationType,
  InteractionContextType,
  REST,
  SlashCommandBuilder,
} from 'discord.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand, type Command } from '../../src/bot/command.js';
import { loadCommands } from '../../src/bot/load-commands.js';
import { deployCommands, describeDeploy } from '../../src/cli/deploy.js';
import { APPLICATION_ID, BOT_TOKEN, GUILD_ID } from '../bot/fake-discord.js';

function command(name: string): Command {
  return defineCommand({
    data: new SlashCommandBuilder()
      .setName(name)
      .setDescription(`The ${name} command`)
      .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
      .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
      .addStringOption((o) => o.setName('text').setDescription('Some text').setRequired(true)),
    options: z.object({ text: z.string() }),
    execute: () => ({ embeds: [], components: [] }),
  });
}

const commands = new Map([
  ['ask', command('ask')],
  ['who', command('who')],
]);

/** A REST client whose HTTP goes nowhere: each request is recorded and echoed back as Discord does. */
function recordingRest(apiUrl = 'http://127.0.0.1:9/api') {
  const requests: { url: string; method: string; body: unknown; auth: string | null }[] = [];
  const rest = new REST({
    api: apiUrl,
    makeRequest: (url: string, init: RequestInit) => {
      const body = JSON.parse(init.body as string) as { name: string }[];
      requests.push({
        url,
        method: init.method ?? 'GET',
        body,
        auth: new Headers(init.headers).get('authorization'),
      });
      const registered = body.map((definition, i) => ({ ...definition, id: `${i + 1}` }));
      return Promise.resolve(
        new Response(JSON.stringify(registered), {
          headers: { 'content-type': 'application/json' },
        }),
      );
    },
  }).setToken(BOT_TOKEN);
  return { rest, requests };
}

describe('deployCommands', () => {
  it('replaces the guild commands when a guild is given, through the configured API', async () => {
    const { rest, requests } = recordingRest();
    const result = await deployCommands({
      rest,
      clientId: APPLICATION_ID,
      guildId: GUILD_ID,
      commands,
    });
    expect(result).toEqual({ scope: 'guild', names: ['ask', 'who'] });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe('PUT');
    expect(requests[0]?.url).toBe(
      `http://127.0.0.1:9/api/v10/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`,
    );
    expect(requests[0]?.auth).toBe(`Bot ${BOT_TOKEN}`);
  });

  it('registers globally without a guild', async () => {
    const { rest, requests } = recordingRest();
    const result = await deployCommands({ rest, clientId: APPLICATION_ID, commands });
    expect(result.scope).toBe('global');
    expect(requests[0]?.url).toBe(
      `http://127.0.0.1:9/api/v10/applications/${APPLICATION_ID}/commands`,
    );
  });

  it('sends each definition as built, with its options, contexts and integration types', async () => {
    const { rest, requests } = recordingRest();
    await deployCommands({ rest, clientId: APPLICATION_ID, commands });
    const body = requests[0]?.body as Record<string, unknown>[];
    expect(body).toEqual([...commands.values()].map((c) => c.data.toJSON()));
    expect(body[0]).toMatchObject({
      name: 'ask',
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
      integration_types: [ApplicationIntegrationType.GuildInstall],
      options: [{ name: 'text', required: true }],
    });
  });
});

describe('deploying the real commands', () => {
  it('registers all nine, usable in servers, bot DMs and private channels, installed either way', async () => {
    const { rest, requests } = recordingRest();
    const result = await deployCommands({
      rest,
      clientId: APPLICATION_ID,
      commands: await loadCommands(),
    });
    expect([...result.names].sort()).toEqual(
      ['about', 'ask', 'date', 'event', 'help', 'quote', 'timeline', 'verify', 'who'].sort(),
    );
    for (const definition of requests[0]?.body as Record<string, unknown>[]) {
      expect(definition.contexts).toEqual([
        InteractionContextType.Guild,
        InteractionContextType.BotDM,
        InteractionContextType.PrivateChannel,
      ]);
      expect(definition.integration_types).toEqual([
        ApplicationIntegrationType.GuildInstall,
        ApplicationIntegrationType.UserInstall,
      ]);
      expect(definition.options).toContainEqual(
        expect.objectContaining({ name: 'private', type: 5 }),
      );
    }
  });
});

describe('describeDeploy', () => {
  it('says where and which commands were registered', () => {
    expect(describeDeploy({ scope: 'guild', names: ['ask', 'who'] }, GUILD_ID)).toBe(
      `Registered 2 commands in guild ${GUILD_ID}: /ask, /who`,
    );
    expect(describeDeploy({ scope: 'global', names: ['ask'] })).toMatch(
      /^Registered 1 commands globally: \/ask\nGlobal commands can take up to an hour/,
    );
  });
});
