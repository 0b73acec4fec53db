/**
 * `npm run deploy`: registers the slash-command definitions with Discord, in one guild when
 * DISCORD_GUILD_ID is set (instant, for development) or globally otherwise. It goes through
 * DISCORD_API_URL when set, the same REST base the bot uses.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REST, Routes } from 'discord.js';
import type { Command } from '../bot/command.js';
import { loadCommands } from '../bot/load-commands.js';
import { ConfigError, loadConfig } from '../config/env.js';

/** The part of @discordjs/rest that deploying needs. */
export interface CommandRegistry {
  put(route: `/${string}`, options: { body: unknown }): Promise<unknown>;
}

export interface DeployOptions {
  rest: CommandRegistry;
  clientId: string;
  guildId?: string | undefined;
  commands: ReadonlyMap<string, Command>;
}

export interface DeployResult {
  scope: 'guild' | 'global';
  /** Names of the commands Discord now has, in registration order. */
  names: string[];
}

/** Replaces the application's commands (in the guild or globally) with these definitions. */
export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
  const body = [...options.commands.values()].map((command) => command.data.toJSON());
  const route =
    options.guildId === undefined
      ? Routes.applicationCommands(options.clientId)
      : Routes.applicationGuildCommands(options.clientId, options.guildId);
  const registered = await options.rest.put(route, { body });
  const names = Array.isArray(registered)
    ? registered.map((command) => String((command as { name?: unknown }).name))
    : body.map((definition) => definition.name);
  return { scope: options.guildId === undefined ? 'global' : 'guild', names };
}

export function describeDeploy(result: DeployResult, guildId?: string): string {
  const where = result.scope === 'guild' ? `in guild ${guildId ?? '?'}` : 'globally';
  const list = result.names.map((name) => `/${name}`).join(', ');
  const note =
    result.scope === 'global'
      ? '\nGlobal commands can take up to an hour to appear everywhere.'
      : '';
  return `Registered ${result.names.length} commands ${where}: ${list}${note}`;
}

async function main(): Promise<void> {
  const config = loadConfig('deploy');
  // parseConfig guarantees both for the 'deploy' purpose; checked again for the type system.
  if (config.token === undefined || config.clientId === undefined) return;
  const rest = new REST(config.apiUrl === undefined ? {} : { api: config.apiUrl }).setToken(
    config.token,
  );
  const result = await deployCommands({
    rest,
    clientId: config.clientId,
    guildId: config.guildId,
    commands: await loadCommands(),
  });
  process.stdout.write(`${describeDeploy(result, config.guildId)}\n`);
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main().catch((error: unknown) => {
    const message =
      error instanceof ConfigError
        ? `Configuration error: ${error.message}`
        : `Deploy failed: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`${message}\n`);
    process.exitCode = 1;
  });
}
