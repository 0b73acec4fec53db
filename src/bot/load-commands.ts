/**
 * Finds the command modules in `commands/` (one file per command, its definition as the default
 * export) and checks each one before anything is registered or run. A malformed module stops
 * start-up with a message naming its file, rather than failing when someone first uses it.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { z } from 'zod';
import {
  COMMAND_CONTEXTS,
  COMMAND_INTEGRATION_TYPES,
  PRIVATE_OPTION,
  SERVER_COMMAND_CONTEXTS,
  SERVER_COMMAND_INTEGRATION_TYPES,
  messageCommandFileName,
  type Command,
  type MessageCommand,
} from './command.js';

/**
 * `commands/` at the same depth above this module: the TypeScript sources under tsx and vitest,
 * dist/commands/ (compiled JavaScript) when the bot runs from dist/.
 */
export const COMMANDS_DIRECTORY = fileURLToPath(new URL('../../commands/', import.meta.url));

export class CommandLoadError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'CommandLoadError';
  }
}

const isFunction = (value: unknown): boolean => typeof value === 'function';

/** What a command module must export; see `Command` in command.ts. */
const CommandModuleSchema = z.object({
  default: z.object(
    {
      data: z.custom<Command['data']>(
        (value) =>
          typeof value === 'object' &&
          value !== null &&
          isFunction((value as { toJSON?: unknown }).toJSON),
        'must be a slash-command builder (with toJSON)',
      ),
      options: z.custom<Command['options']>(
        (value) =>
          typeof value === 'object' &&
          value !== null &&
          isFunction((value as { safeParse?: unknown }).safeParse),
        'must be a zod schema',
      ),
      execute: z.custom<Command['execute']>(isFunction, 'must be a function'),
      autocomplete: z
        .custom<NonNullable<Command['autocomplete']>>(isFunction, 'must be a function')
        .optional(),
    },
    { error: 'a default export made with defineCommand({ data, options, execute })' },
  ),
});

/** What a message-command module must export; see `MessageCommand` in command.ts. */
const MessageCommandModuleSchema = z.object({
  default: z.strictObject(
    {
      data: z.custom<MessageCommand['data']>(
        (value) => value instanceof ContextMenuCommandBuilder,
        'must be a context-menu command builder (use messageCommand())',
      ),
      execute: z.custom<MessageCommand['execute']>(isFunction, 'must be a function'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `has ${issue.keys.join(', ')}, which a message command does not take (it has no options)`
          : 'a default export made with defineMessageCommand({ data, execute })',
    },
  ),
});

const MODULE_FILE = /^[^.].*(?<!\.d)(?<!\.test)\.(ts|js|mjs)$/;

/** The command modules of a directory: slash commands and message (context-menu) commands. */
export interface CommandSet {
  /** Slash commands by name. */
  commands: Map<string, Command>;
  /** Message commands (right-click a message → Apps) by name, e.g. "Verify quotes". */
  messageCommands: Map<string, MessageCommand>;
}

/** Every slash command in `directory`, by name, each checked against the command contract. */
export async function loadCommands(
  directory: string = COMMANDS_DIRECTORY,
): Promise<Map<string, Command>> {
  return (await loadCommandSet(directory)).commands;
}

/**
 * Every command module in `directory`, checked: slash commands against the command contract,
 * modules whose definition is a context-menu builder against the message-command contract.
 */
export async function loadCommandSet(directory: string = COMMANDS_DIRECTORY): Promise<CommandSet> {
  const files = (await readdir(directory)).filter((file) => MODULE_FILE.test(file)).sort();
  const commands = new Map<string, Command>();
  const messageCommands = new Map<string, MessageCommand>();
  for (const file of files) {
    const fullPath = path.join(directory, file);
    const shown = path.relative(process.cwd(), fullPath) || fullPath;
    const extension = path.extname(file);
    const imported = await importModule(fullPath, shown);
    if (isContextMenuModule(imported)) {
      const command = checkMessageCommand(imported, shown);
      const name = command.data.name;
      const fileName = messageCommandFileName(name);
      if (fileName !== path.basename(file, extension)) {
        throw new CommandLoadError(
          shown,
          `defines the message command "${name}", but the file must be named ${fileName}${extension}`,
        );
      }
      if (messageCommands.has(name)) {
        throw new CommandLoadError(shown, `the message command "${name}" is defined twice`);
      }
      messageCommands.set(name, command);
      continue;
    }
    const command = checkCommand(imported, shown);
    const name = command.data.name;
    if (name !== path.basename(file, extension)) {
      throw new CommandLoadError(
        shown,
        `defines /${name}, but the file must be named ${name}${extension}`,
      );
    }
    if (commands.has(name)) throw new CommandLoadError(shown, `/${name} is defined twice`);
    commands.set(name, command);
  }
  if (commands.size + messageCommands.size === 0) {
    throw new CommandLoadError(directory, 'no command modules found');
  }
  return { commands, messageCommands };
}

/** A module whose definition is a context-menu builder: checked as a message command. */
function isContextMenuModule(module: unknown): boolean {
  const data = (module as { default?: { data?: unknown } } | null)?.default?.data;
  return data instanceof ContextMenuCommandBuilder;
}

/** Checks one message-command module's shape and its Discord definition. */
export function checkMessageCommand(module: unknown, file: string): MessageCommand {
  const command = defaultExport(
    MessageCommandModuleSchema,
    module,
    file,
    'invalid message-command module',
  ) as MessageCommand;
  const json: RESTPostAPIContextMenuApplicationCommandsJSONBody = definitionOf(command, file);
  if (json.type !== ApplicationCommandType.Message) {
    throw new CommandLoadError(
      file,
      'is a user command; only slash and message commands are supported',
    );
  }
  const sameSet = (have: readonly number[] | null | undefined, want: readonly number[]) =>
    have?.length === want.length && want.every((value) => have.includes(value));
  if (
    !sameSet(json.contexts, COMMAND_CONTEXTS) ||
    !sameSet(json.integration_types, COMMAND_INTEGRATION_TYPES)
  ) {
    throw new CommandLoadError(
      file,
      'must set contexts to Guild, BotDM and PrivateChannel and integration types to GuildInstall and UserInstall (use messageCommand())',
    );
  }
  return command;
}

/**
 * The module's default export once `schema` accepts the module; the error names the part at
 * fault. The module's own object, not zod's copy: its functions may rely on `this` or identity.
 */
function defaultExport(
  schema: z.ZodType,
  module: unknown,
  file: string,
  fallback: string,
): unknown {
  const parsed = schema.safeParse(module);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.slice(1).map(String).join('.') ?? '';
    const problem = issue?.message ?? fallback;
    throw new CommandLoadError(
      file,
      where === '' ? `needs ${problem}` : `the default export's ${where} ${problem}`,
    );
  }
  return (module as { default: unknown }).default;
}

/** The definition as Discord receives it; a builder that cannot say names the file. */
function definitionOf<T>(command: { data: { toJSON(): T } }, file: string): T {
  try {
    return command.data.toJSON();
  } catch (error) {
    throw new CommandLoadError(
      file,
      `has an invalid definition: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

async function importModule(fullPath: string, shown: string): Promise<unknown> {
  try {
    return (await import(pathToFileURL(fullPath).href)) as unknown;
  } catch (error) {
    throw new CommandLoadError(
      shown,
      `cannot be loaded: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Checks one imported module's shape and its Discord definition; `file` names it in errors. */
export function checkCommand(module: unknown, file: string): Command {
  const command = defaultExport(
    CommandModuleSchema,
    module,
    file,
    'invalid command module',
  ) as Command;
  const json: RESTPostAPIChatInputApplicationCommandsJSONBody = definitionOf(command, file);
  const problem = definitionProblem(json, command.autocomplete !== undefined);
  if (problem !== null) throw new CommandLoadError(file, problem);
  return command;
}

/** The shared rules every definition follows (see the issue), or null when it follows them. */
function definitionProblem(
  json: RESTPostAPIChatInputApplicationCommandsJSONBody,
  hasAutocomplete: boolean,
): string | null {
  const sameSet = (have: readonly number[] | null | undefined, want: readonly number[]) =>
    have?.length === want.length && want.every((value) => have.includes(value));
  // A server-settings command (serverCommand()) works in servers only, for members with a
  // permission; every other command works everywhere.
  const forServers =
    sameSet(json.contexts, SERVER_COMMAND_CONTEXTS) &&
    sameSet(json.integration_types, SERVER_COMMAND_INTEGRATION_TYPES) &&
    json.default_member_permissions != null;
  if (!forServers && !sameSet(json.contexts, COMMAND_CONTEXTS)) {
    return 'must set contexts to Guild, BotDM and PrivateChannel (use slashCommand())';
  }
  if (!forServers && !sameSet(json.integration_types, COMMAND_INTEGRATION_TYPES)) {
    return 'must set integration types to GuildInstall and UserInstall (use slashCommand())';
  }
  const options = json.options ?? [];
  const privateOption = options.find((option) => option.name === PRIVATE_OPTION);
  if (
    !forServers &&
    (privateOption?.type !== ApplicationCommandOptionType.Boolean ||
      privateOption.required === true)
  ) {
    return `needs an optional boolean "${PRIVATE_OPTION}" option (addBooleanOption(privateOption))`;
  }
  // Subcommands' options too: Discord puts them one level down.
  const autocompleted = options
    .flatMap((option) => ('options' in option ? [option, ...(option.options ?? [])] : [option]))
    .filter((option) => 'autocomplete' in option && option.autocomplete === true);
  if (autocompleted.length > 0 && !hasAutocomplete) {
    return `marks ${autocompleted.map((option) => option.name).join(', ')} for autocomplete but has no autocomplete function`;
  }
  if (autocompleted.length === 0 && hasAutocomplete) {
    return 'has an autocomplete function but no option marked for autocomplete';
  }
  return null;
}
