/**
 * `npm run deploy`: registers the command definitions (slash commands and message commands) with
 * Discord, in one guild (when DISCORD_GUILD_ID or --guild names one: instant, for development) or
 * globally, and prints what changed. `--dry-run` only prints it; `--list` and `--clear` show and remove what a scope holds.
 * It goes through DISCORD_API_URL when set, the same REST base the bot uses. The command line is
 * read by deploy-args.ts and the comparison made by deploy-plan.ts; this file is the IO.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DiscordAPIError, REST, Routes } from 'discord.js';
import type { Command, MessageCommand } from '../bot/command.js';
import { loadCommandSet } from '../bot/load-commands.js';
import { ConfigError, loadConfig } from '../config/env.js';
import type { Config } from '../config/env.js';
import {
  describeScope,
  HELP,
  parseDeployArgs,
  resolveScope,
  USAGE_LINE,
  UsageError,
} from './deploy-args.js';
import type { DeployAction, Scope } from './deploy-args.js';
import {
  commandLabel,
  describePlan,
  hasChanges,
  planDeploy,
  registeredCommandListSchema,
} from './deploy-plan.js';
import type { CommandDefinition, DeployPlan, RegisteredCommand } from './deploy-plan.js';

/** The part of @discordjs/rest that deploying needs. */
export interface CommandRegistry {
  get(route: `/${string}`, options?: { query?: URLSearchParams }): Promise<unknown>;
  put(route: `/${string}`, options: { body: unknown }): Promise<unknown>;
}

export interface ScopedRegistry {
  rest: CommandRegistry;
  clientId: string;
  scope: Scope;
}

function commandsRoute({ clientId, scope }: ScopedRegistry): `/${string}` {
  return scope.kind === 'guild'
    ? Routes.applicationGuildCommands(clientId, scope.guildId)
    : Routes.applicationCommands(clientId);
}

/** What the scope holds now, with full localization maps so they can be compared. */
export async function fetchRegistered(registry: ScopedRegistry): Promise<RegisteredCommand[]> {
  const body = await registry.rest.get(commandsRoute(registry), {
    query: new URLSearchParams({ with_localizations: 'true' }),
  });
  const parsed = registeredCommandListSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Discord's list of registered commands was not understood (at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? '?'})`,
    );
  }
  return parsed.data;
}

export function definitionsOf(
  commands: ReadonlyMap<string, Command | MessageCommand>,
): CommandDefinition[] {
  return [...commands.values()].map((command) => command.data.toJSON());
}

export interface DeployResult {
  scope: Scope;
  /** Names of the commands Discord now has, in registration order. */
  names: string[];
  /** What the overwrite changed, against what was registered before it. */
  plan: DeployPlan;
}

/** Replaces the scope's commands with these definitions (one bulk overwrite). */
export async function deployCommands(
  registry: ScopedRegistry,
  definitions: readonly CommandDefinition[],
): Promise<DeployResult> {
  const plan = planDeploy(await fetchRegistered(registry), definitions);
  const registered = await registry.rest.put(commandsRoute(registry), { body: definitions });
  const names = Array.isArray(registered)
    ? registered.map((command) => String((command as { name?: unknown }).name))
    : definitions.map((definition) => definition.name);
  return { scope: registry.scope, names, plan };
}

const list = (names: readonly string[]): string => names.map(commandLabel).join(', ');

const GLOBAL_DELAY = 'Global commands can take up to an hour to appear everywhere.';

export function describeDeploy(result: DeployResult): string {
  const lines = [
    `Registered ${result.names.length} commands ${describeScope(result.scope)}: ${list(result.names)}`,
    hasChanges(result.plan)
      ? describePlan(result.plan, { future: false })
      : `Nothing changed: all ${result.names.length} were already up to date.`,
  ];
  if (result.scope.kind === 'global' && hasChanges(result.plan)) lines.push(GLOBAL_DELAY);
  return lines.join('\n');
}

export function describeDryRun(
  scope: Scope,
  registered: readonly RegisteredCommand[],
  plan: DeployPlan,
): string {
  const where = describeScope(scope);
  if (!hasChanges(plan)) {
    return `Dry run ${where}: nothing to change; all ${plan.unchanged.length} commands are up to date.`;
  }
  return [
    `Dry run against the ${registered.length} commands registered ${where} (nothing was changed):`,
    describePlan(plan, { future: true }),
  ].join('\n');
}

/** One line per command: name, id, description, in columns. */
export function describeList(scope: Scope, registered: readonly RegisteredCommand[]): string {
  const where = describeScope(scope);
  if (registered.length === 0) return `No commands registered ${where}.`;
  const nameWidth = Math.max(...registered.map((command) => commandLabel(command.name).length));
  const idWidth = Math.max(...registered.map((command) => command.id.length));
  const rows = registered.map(
    (command) =>
      `  ${commandLabel(command.name).padEnd(nameWidth)}  ${command.id.padEnd(idWidth)}  ${command.description ?? ''}`,
  );
  return [`${registered.length} commands registered ${where}:`, ...rows].join('\n');
}

/** Removes every command in the scope (a bulk overwrite with none); returns what was there. */
export async function clearCommands(
  registry: ScopedRegistry,
  options: { dryRun: boolean },
): Promise<string> {
  const where = describeScope(registry.scope);
  const registered = await fetchRegistered(registry);
  const names = registered.map((command) => command.name);
  if (registered.length === 0) return `Nothing to clear: no commands registered ${where}.`;
  if (options.dryRun) {
    return `Dry run: --clear would remove ${names.length} commands ${where}: ${list(names)} (nothing was changed).`;
  }
  await registry.rest.put(commandsRoute(registry), { body: [] });
  return `Removed ${names.length} commands ${where}: ${list(names)}`;
}

export interface DeployIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface DeployDependencies {
  loadConfig: () => Config;
  createRest: (config: Config & { token: string }) => CommandRegistry;
  /** Slash and message commands; keys only tell them apart. */
  loadCommands: () => Promise<ReadonlyMap<string, Command | MessageCommand>>;
}

const defaultIo: DeployIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};

const defaultDependencies: DeployDependencies = {
  loadConfig: () => loadConfig('deploy'),
  createRest: (config) =>
    new REST(config.apiUrl === undefined ? {} : { api: config.apiUrl }).setToken(config.token),
  loadCommands: async () => {
    const { commands, messageCommands } = await loadCommandSet();
    // A message command may share a slash command's name: its key says which it is.
    return new Map<string, Command | MessageCommand>([
      ...commands,
      ...[...messageCommands].map(([name, command]) => [`message:${name}`, command] as const),
    ]);
  },
};

async function runAction(
  action: Exclude<DeployAction, { kind: 'help' }>,
  io: DeployIo,
  dependencies: DeployDependencies,
): Promise<void> {
  const config = dependencies.loadConfig();
  // parseConfig guarantees both for the 'deploy' purpose; checked again for the type system.
  if (config.token === undefined || config.clientId === undefined) {
    throw new ConfigError('DISCORD_TOKEN', 'and DISCORD_CLIENT_ID are required');
  }
  const registry: ScopedRegistry = {
    rest: dependencies.createRest({ ...config, token: config.token }),
    clientId: config.clientId,
    scope: resolveScope(action.scope, config.guildId),
  };
  switch (action.kind) {
    case 'list':
      io.stdout(describeList(registry.scope, await fetchRegistered(registry)));
      return;
    case 'clear':
      io.stdout(await clearCommands(registry, { dryRun: action.dryRun }));
      return;
    case 'deploy': {
      const definitions = definitionsOf(await dependencies.loadCommands());
      if (action.dryRun) {
        const registered = await fetchRegistered(registry);
        io.stdout(describeDryRun(registry.scope, registered, planDeploy(registered, definitions)));
        return;
      }
      io.stdout(describeDeploy(await deployCommands(registry, definitions)));
    }
  }
}

/** Says what Discord refused and, for the usual causes, what to check. */
function describeFailure(error: unknown): string {
  if (error instanceof ConfigError) return `Configuration error: ${error.message}`;
  if (!(error instanceof DiscordAPIError)) {
    if (!(error instanceof Error)) return `Deploy failed: ${String(error)}`;
    if (error.name === 'AbortError') {
      return 'Deploy failed: Discord did not answer in time (check DISCORD_API_URL and the network).';
    }
    // fetch says only "fetch failed"; the cause says why (ECONNREFUSED, ENOTFOUND…).
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `Deploy failed: ${error.message}${cause}`;
  }
  const hint =
    error.status === 401
      ? ' Check DISCORD_TOKEN.'
      : error.code === 50001
        ? ' Is the bot in that guild, invited with the applications.commands scope?'
        : '';
  return `Deploy failed: Discord answered ${error.status} (code ${String(error.code)}: ${error.message}) to ${error.method.toUpperCase()} ${new URL(error.url).pathname}.${hint}`;
}

/** Runs the command line; returns the exit code (0 done, 1 failed, 2 bad usage). */
export async function main(
  args: readonly string[],
  io: DeployIo = defaultIo,
  dependencies: DeployDependencies = defaultDependencies,
): Promise<number> {
  let action: DeployAction;
  try {
    action = parseDeployArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`deploy: ${error.message}\n${USAGE_LINE}\n(npm run deploy -- --help for more)`);
    return 2;
  }
  if (action.kind === 'help') {
    io.stdout(HELP);
    return 0;
  }
  try {
    await runAction(action, io, dependencies);
    return 0;
  } catch (error) {
    io.stderr(describeFailure(error));
    return 1;
  }
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
  process.exitCode = await main(process.argv.slice(2));
}
