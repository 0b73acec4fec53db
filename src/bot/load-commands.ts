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
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { z } from 'zod';
import {
  COMMAND_CONTEXTS,
  COMMAND_INTEGRATION_TYPES,
  PRIVATE_OPTION,
  type Command,
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

const MODULE_FILE = /^[^.].*(?<!\.d)(?<!\.test)\.(ts|js|mjs)$/;

/** Every command in `directory`, by name, each checked against the command contract. */
export async function loadCommands(
  directory: string = COMMANDS_DIRECTORY,
): Promise<Map<string, Command>> {
  const files = (await readdir(directory)).filter((file) => MODULE_FILE.test(file)).sort();
  const commands = new Map<string, Command>();
  for (const file of files) {
    const fullPath = path.join(directory, file);
    const shown = path.relative(process.cwd(), fullPath) || fullPath;
    const command = checkCommand(await importModule(fullPath, shown), shown);
    const name = command.data.name;
    const extension = path.extname(file);
    if (name !== path.basename(file, extension)) {
      throw new CommandLoadError(
        shown,
        `defines /${name}, but the file must be named ${name}${extension}`,
      );
    }
    if (commands.has(name)) throw new CommandLoadError(shown, `/${name} is defined twice`);
    commands.set(name, command);
  }
  if (commands.size === 0) {
    throw new CommandLoadError(directory, 'no command modules found');
  }
  return commands;
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
  const parsed = CommandModuleSchema.safeParse(module);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.slice(1).join('.') ?? '';
    const problem = issue?.message ?? 'invalid command module';
    throw new CommandLoadError(
      file,
      where === '' ? `needs ${problem}` : `the default export's ${where} ${problem}`,
    );
  }
  // The module's own object, not zod's copy: its functions may rely on `this` or identity.
  const command = (module as { default: Command }).default;
  let json: RESTPostAPIChatInputApplicationCommandsJSONBody;
  try {
    json = command.data.toJSON();
  } catch (error) {
    throw new CommandLoadError(
      file,
      `has an invalid definition: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
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
  if (!sameSet(json.contexts, COMMAND_CONTEXTS)) {
    return 'must set contexts to Guild, BotDM and PrivateChannel (use slashCommand())';
  }
  if (!sameSet(json.integration_types, COMMAND_INTEGRATION_TYPES)) {
    return 'must set integration types to GuildInstall and UserInstall (use slashCommand())';
  }
  const options = json.options ?? [];
  const privateOption = options.find((option) => option.name === PRIVATE_OPTION);
  if (
    privateOption?.type !== ApplicationCommandOptionType.Boolean ||
    privateOption.required === true
  ) {
    return `needs an optional boolean "${PRIVATE_OPTION}" option (addBooleanOption(privateOption))`;
  }
  const autocompleted = options.filter(
    (option) => 'autocomplete' in option && option.autocomplete === true,
  );
  if (autocompleted.length > 0 && !hasAutocomplete) {
    return `marks ${autocompleted.map((option) => option.name).join(', ')} for autocomplete but has no autocomplete function`;
  }
  if (autocompleted.length === 0 && hasAutocomplete) {
    return 'has an autocomplete function but no option marked for autocomplete';
  }
  return null;
}
