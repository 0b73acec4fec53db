/**
 * `npm run deploy`, run as a user runs it, registers every command module with the emulator: in
 * the guild named by DISCORD_GUILD_ID, or globally without it. Its flags show what would change
 * (`--dry-run`), list (`--list`) and remove (`--clear`) what a scope holds, and pick the scope
 * (`--guild`, `--global`); `--help` and bad flags never reach Discord.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCommandSet } from '../../src/bot/load-commands.js';
import { commandLabel } from '../../src/cli/deploy-plan.js';
import { DiscordEmulator } from '../emulator/discord-emulator.js';
import { runScript } from './harness.js';
import { discordEnv, unknownRoutes } from './fixtures/bot-session.js';

/** Every command the loader finds in commands/ (slash and message menu): what deploy must register. */
const commandSet = await loadCommandSet();
const commandNames = [
  ...commandSet.commands.keys(),
  ...[...commandSet.messageCommands.values()].map((command) => command.data.name),
].sort();
const count = commandNames.length;

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
    expect(commandNames.length).toBeGreaterThanOrEqual(9);
    expect(result.stdout).toContain(`Registered ${count} commands in guild ${emulator.guildId}`);
    const registered = emulator.registeredCommands(emulator.guildId);
    expect(registered.map((command) => command.name).sort()).toEqual(commandNames);
    expect(emulator.registeredCommands()).toEqual([]);
    // Each as its module defines it: contexts and install types as sent (/settings is for
    // servers only), and every slash command with a description and the `private` option.
    const definitions = new Map(
      [...commandSet.commands.values(), ...commandSet.messageCommands.values()].map((command) => {
        const json = command.data.toJSON();
        return [json.name, json] as const;
      }),
    );
    for (const command of registered) {
      const sent = definitions.get(command.name);
      expect(sent, command.name).toBeDefined();
      expect([...(command.contexts ?? [])].sort()).toEqual([...(sent?.contexts ?? [])].sort());
      expect([...(command.integration_types ?? [])].sort()).toEqual(
        [...(sent?.integration_types ?? [])].sort(),
      );
      if (command.type === ApplicationCommandType.ChatInput) {
        expect(command.description?.length ?? 0, command.name).toBeGreaterThan(0);
        // With subcommands the options are theirs (/settings show …).
        const subcommands = (command.options ?? []).some(
          (option) => option.type === (ApplicationCommandOptionType.Subcommand as number),
        );
        if (!subcommands) {
          expect(command.options, command.name).toContainEqual(
            expect.objectContaining({
              name: 'private',
              type: ApplicationCommandOptionType.Boolean,
            }),
          );
        }
      }
    }
    // The answering commands work everywhere: servers, the bot's DMs, user-installed DMs.
    for (const name of ['ask', 'who', 'verify']) {
      const command = registered.find((candidate) => candidate.name === name);
      expect([...(command?.contexts ?? [])].sort()).toEqual([
        InteractionContextType.Guild,
        InteractionContextType.BotDM,
        InteractionContextType.PrivateChannel,
      ]);
      expect([...(command?.integration_types ?? [])].sort()).toEqual([
        ApplicationIntegrationType.GuildInstall,
        ApplicationIntegrationType.UserInstall,
      ]);
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
    expect(result.stdout).toContain(`Registered ${count} commands globally`);
    expect(
      emulator
        .registeredCommands()
        .map((command) => command.name)
        .sort(),
    ).toEqual(commandNames);
    expect(emulator.registeredCommands(emulator.guildId)).toEqual([]);
    expect(emulator.receivedRequests.map((request) => `${request.method} ${request.path}`)).toEqual(
      [
        `GET /applications/${emulator.applicationId}/commands`,
        `PUT /applications/${emulator.applicationId}/commands`,
      ],
    );
    expect(unknownRoutes(emulator)).toEqual([]);
  });
});

/** `npm run deploy -- ARGS` against the emulator, with DISCORD_GUILD_ID when `guild` is set. */
function deploy(args: string[], options: { guild?: boolean } = {}) {
  const extra: Record<string, string> = options.guild ? { DISCORD_GUILD_ID: emulator.guildId } : {};
  return runScript('deploy', discordEnv(emulator, extra), { args });
}

/** A command registered (or replaced, by name) by another tool, as Discord's POST does it. */
async function registerElsewhere(definition: Record<string, unknown>): Promise<void> {
  const response = await fetch(
    `${emulator.apiUrl}/v10/applications/${emulator.applicationId}/guilds/${emulator.guildId}/commands`,
    {
      method: 'POST',
      headers: { authorization: `Bot ${emulator.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(definition),
    },
  );
  expect(response.status).toBeLessThan(300);
}

const requestsSince = (count: number): string[] =>
  emulator.receivedRequests.slice(count).map((request) => `${request.method} ${request.path}`);

describe('npm run deploy flags', () => {
  it('--help prints the usage without a token and calls nothing', async () => {
    const result = await runScript(
      'deploy',
      { DISCORD_API_URL: emulator.apiUrl },
      { args: ['--help'] },
    );

    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run deploy -- \[--dry-run\]/);
    expect(result.stdout).toContain('duplicates next to the global ones');
    expect(result.stdout).toContain('npm run deploy -- --clear --guild <id>');
    expect(emulator.receivedRequests).toEqual([]);
  });

  it('exits 2 on an unknown flag, naming it, and calls nothing', async () => {
    const result = await deploy(['--dry-rnu']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown option '--dry-rnu'");
    expect(result.stderr).toContain('usage: npm run deploy --');
    expect(emulator.receivedRequests).toEqual([]);
  });

  it('--dry-run shows what would change and changes nothing; after a deploy, nothing to change', async () => {
    const guildRoute = `/applications/${emulator.applicationId}/guilds/${emulator.guildId}/commands`;
    const first = await deploy(['--dry-run'], { guild: true });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(
      `Dry run against the 0 commands registered in guild ${emulator.guildId}`,
    );
    for (const name of commandNames)
      expect(first.stdout).toContain(`+ ${commandLabel(name)} (to add)`);
    expect(emulator.registeredCommands(emulator.guildId)).toEqual([]);
    expect(requestsSince(0)).toEqual([`GET ${guildRoute}`]);
    expect(emulator.receivedRequests[0]?.query).toEqual({ with_localizations: 'true' });

    expect((await deploy([], { guild: true })).code).toBe(0);
    const deployed = emulator.registeredCommands(emulator.guildId);
    const seen = emulator.receivedRequests.length;
    const again = await deploy(['--dry-run'], { guild: true });
    expect(again.stdout).toBe(
      `Dry run in guild ${emulator.guildId}: nothing to change; all ${count} commands are up to date.`,
    );

    await registerElsewhere({ name: 'stale', description: 'Left from an old version', type: 1 });
    const ask = deployed.find((command) => command.name === 'ask');
    await registerElsewhere({
      ...ask,
      id: undefined,
      version: undefined,
      description: 'Old words',
    });
    const before = emulator.registeredCommands(emulator.guildId);
    const changed = await deploy(['--dry-run'], { guild: true });
    expect(changed.stdout.split('\n')).toEqual([
      `Dry run against the ${count + 1} commands registered in guild ${emulator.guildId} (nothing was changed):`,
      '  ~ /ask (to update: description)',
      '  - /stale (to remove)',
      expect.stringMatching(new RegExp(`^ {2}= ${count - 1} unchanged: /about, `)),
    ]);
    expect(emulator.registeredCommands(emulator.guildId)).toEqual(before);
    expect(requestsSince(seen).filter((request) => !request.startsWith('GET'))).toEqual([
      `POST ${guildRoute}`,
      `POST ${guildRoute}`,
    ]);

    const redeployed = await deploy([], { guild: true });
    expect(redeployed.stdout).toContain('~ /ask (updated: description)');
    expect(redeployed.stdout).toContain('- /stale (removed)');
    expect(
      emulator
        .registeredCommands(emulator.guildId)
        .map((command) => command.name)
        .sort(),
    ).toEqual(commandNames);
    expect(unknownRoutes(emulator)).toEqual([]);
  });

  it('--list shows each command with its id; --clear --guild removes the stale guild copies only', async () => {
    expect((await deploy([])).code).toBe(0);
    expect((await deploy([], { guild: true })).code).toBe(0);
    const guildCommands = emulator.registeredCommands(emulator.guildId);

    const listed = await deploy(['--list', '--guild', emulator.guildId]);
    expect(listed.code, listed.stderr).toBe(0);
    const lines = listed.stdout.split('\n');
    expect(lines[0]).toBe(`${count} commands registered in guild ${emulator.guildId}:`);
    for (const command of guildCommands) {
      expect(lines).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^ {2}${escape(commandLabel(command.name))} +${command.id} {2}${escape(command.description ?? '')}$`,
          ),
        ),
      );
    }
    const globalList = await deploy(['--list', '--global'], { guild: true });
    expect(globalList.stdout.split('\n')[0]).toBe(`${count} commands registered globally:`);

    const cleared = await deploy(['--clear', '--guild', emulator.guildId]);
    expect(cleared.code, cleared.stderr).toBe(0);
    expect(cleared.stdout).toMatch(
      new RegExp(`^Removed ${count} commands in guild ${emulator.guildId}: /about, `),
    );
    expect(emulator.registeredCommands(emulator.guildId)).toEqual([]);
    expect(emulator.registeredCommands()).toHaveLength(count);
    const lastPut = emulator.receivedRequests.filter((request) => request.method === 'PUT').at(-1);
    expect(lastPut?.body).toEqual([]);

    expect(unknownRoutes(emulator)).toEqual([]);
  });

  it('reports what Discord refuses, with a hint, and exits 1', async () => {
    const result = await deploy(['--list', '--guild', '123456789012345678']);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Deploy failed: Discord answered 403 (code 50001');
    expect(result.stderr).toContain('Is the bot in that guild');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
