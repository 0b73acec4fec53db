/**
 * The command line of `npm run deploy`, read into one typed action. Pure: the environment's
 * DISCORD_GUILD_ID comes in as an argument, so every combination is testable without IO.
 */
import { parseArgs } from 'node:util';
import { snowflake } from '../config/env.js';

export const USAGE_LINE =
  'usage: npm run deploy -- [--dry-run] [--list | --clear] [--guild <id> | --global] [--help]';

export const HELP = [
  USAGE_LINE,
  '',
  'Registers the slash commands with Discord (a bulk overwrite: commands no longer defined are',
  'removed) and prints what changed. The scope is the guild DISCORD_GUILD_ID names, else global.',
  '',
  '  --dry-run      print what would be added, updated (and which fields), removed and left',
  '                 unchanged against what is registered; change nothing',
  '  --list         list the registered commands in the scope: name, id, description',
  '  --clear        remove every command in the scope and say how many were removed',
  '                 (with --dry-run: only say which would be removed)',
  '  --guild <id>   this guild, whatever DISCORD_GUILD_ID says',
  '  --global       the global commands, even when DISCORD_GUILD_ID is set',
  '  -h, --help     this text',
  '',
  'Needs DISCORD_TOKEN and DISCORD_CLIENT_ID (environment or .env); DISCORD_API_URL, when set,',
  'is the REST base, as for the bot. Global commands can take up to an hour to show everywhere.',
  '',
  'Stale guild commands (left from deploying with DISCORD_GUILD_ID while developing) show up in',
  'that server as duplicates next to the global ones. `npm run deploy -- --clear --guild <id>`',
  'removes them (`--list --guild <id>` shows them first).',
].join('\n');

/** Where the commands are read or written, as the command line asked. */
export type ScopeRequest =
  { kind: 'default' } | { kind: 'guild'; guildId: string } | { kind: 'global' };

export type DeployAction =
  | { kind: 'help' }
  | { kind: 'deploy'; dryRun: boolean; scope: ScopeRequest }
  | { kind: 'list'; scope: ScopeRequest }
  | { kind: 'clear'; dryRun: boolean; scope: ScopeRequest };

/** A command line deploy cannot run; `message` names the flag at fault. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  'dry-run': { type: 'boolean' },
  list: { type: 'boolean' },
  clear: { type: 'boolean' },
  guild: { type: 'string' },
  global: { type: 'boolean' },
} as const;

/** Reads the arguments after `npm run deploy --`; throws a UsageError for anything else. */
export function parseDeployArgs(args: readonly string[]): DeployAction {
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: OPTIONS, strict: true }));
  } catch (error) {
    // Node's first line names the flag ("Unknown option '--force'"); the rest is advice on dashes.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split('\n')[0] ?? message);
  }
  if (values.help === true) return { kind: 'help' };

  if (values.guild !== undefined && values.global === true) {
    throw new UsageError('--guild and --global cannot be used together: choose one scope');
  }
  if (values.list === true && values.clear === true) {
    throw new UsageError('--list and --clear cannot be used together');
  }
  if (values.list === true && values['dry-run'] === true) {
    throw new UsageError('--dry-run has nothing to do with --list, which changes nothing');
  }
  let scope: ScopeRequest = { kind: 'default' };
  if (values.global === true) scope = { kind: 'global' };
  if (values.guild !== undefined) {
    const guildId = snowflake.safeParse(values.guild);
    if (!guildId.success) {
      throw new UsageError(
        `--guild ${guildId.error.issues[0]?.message ?? 'is invalid'}, got "${values.guild}"`,
      );
    }
    scope = { kind: 'guild', guildId: guildId.data };
  }
  const dryRun = values['dry-run'] === true;
  if (values.list === true) return { kind: 'list', scope };
  if (values.clear === true) return { kind: 'clear', dryRun, scope };
  return { kind: 'deploy', dryRun, scope };
}

export type Scope = { kind: 'guild'; guildId: string } | { kind: 'global' };

/** The flags win over DISCORD_GUILD_ID; without either, the scope is global. */
export function resolveScope(request: ScopeRequest, envGuildId: string | undefined): Scope {
  if (request.kind !== 'default') return request;
  return envGuildId === undefined ? { kind: 'global' } : { kind: 'guild', guildId: envGuildId };
}

export function describeScope(scope: Scope): string {
  return scope.kind === 'guild' ? `in guild ${scope.guildId}` : 'globally';
}
