/**
 * `npm run deploy`, run as a user runs it, registers every command module with the emulator: in
 * the guild named by DISCORD_GUILD_ID, or globally without it.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '../emulator/discord-emulator.js';
import { repoRoot, runScript } from './harness.js';
import { discordEnv, unknownRoutes } from './fixtures/bot-session.js';

/** One module per command in commands/: what deploy must register. */
const commandNames = readdirSync(path.join(repoRoot, 'commands'))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();

let emulator: DiscordEmulator;

beforeEach(async () => {
  emulator = await DiscordEmulator.start();
});

afterEach(async () => {
  await emulator.stop();
});

describe('npm run deploy', () => {
  it('registers every command in the guild with its options, contexts and integration types', async () => {
    const result = await runScript(
      'deploy',
      discordEnv(emulator, { DISCORD_GUILD_ID: emulator.guildId }),
    );

    expect(result.code, result.stderr).toBe(0);
    expect(commandNames).toHaveLength(9);
    expect(result.stdout).toContain(`Registered 9 commands in guild ${emulator.guildId}`);
    const registered = emulator.registeredCommands(emulator.guildId);
    expect(registered.map((command) => command.name).sort()).toEqual(commandNames);
    expect(emulator.registeredCommands()).toEqual([]);
    for (const command of registered) {
      expect(command.description?.length ?? 0, command.name).toBeGreaterThan(0);
      expect([...(command.contexts ?? [])].sort()).toEqual([
        InteractionContextType.Guild,
        InteractionContextType.BotDM,
        InteractionContextType.PrivateChannel,
      ]);
      expect([...(command.integration_types ?? [])].sort()).toEqual([
        ApplicationIntegrationType.GuildInstall,
        ApplicationIntegrationType.UserInstall,
      ]);
      expect(command.options, command.name).toContainEqual(
        expect.objectContaining({ name: 'private', type: ApplicationCommandOptionType.Boolean }),
      );
    }

    const byName = new Map(registered.map((command) => [command.name, command]));
    expect(byName.get('ask')?.options).toContainEqual(
      expect.objectContaining({
        name: 'question',
        type: ApplicationCommandOptionType.String,
        required: true,
      }),
    );
    expect(byName.get('who')?.options).toContainEqual(
      expect.objectContaining({ name: 'name', required: true, autocomplete: true }),
    );
    expect(byName.get('quote')?.options?.map((option) => option.name)).toEqual([
      'search',
      'speaker',
      'private',
    ]);
    expect(byName.get('timeline')?.options?.map((option) => option.name)).toEqual([
      'person',
      'from',
      'to',
      'private',
    ]);
    const put = emulator.receivedRequests.filter((request) => request.method === 'PUT');
    expect(put.map((request) => [request.path, request.status])).toEqual([
      [`/applications/${emulator.applicationId}/guilds/${emulator.guildId}/commands`, 200],
    ]);
    expect(put[0]?.headers.authorization).toBe(`Bot ${emulator.token}`);
    expect(unknownRoutes(emulator)).toEqual([]);
  });

  it('registers the commands globally when DISCORD_GUILD_ID is not set', async () => {
    const result = await runScript('deploy', discordEnv(emulator));

    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Registered 9 commands globally');
    expect(
      emulator
        .registeredCommands()
        .map((command) => command.name)
        .sort(),
    ).toEqual(commandNames);
    expect(emulator.registeredCommands(emulator.guildId)).toEqual([]);
    expect(emulator.receivedRequests.map((request) => `${request.method} ${request.path}`)).toEqual(
      [`PUT /applications/${emulator.applicationId}/commands`],
    );
    expect(unknownRoutes(emulator)).toEqual([]);
  });
});
