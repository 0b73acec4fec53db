/**
 * Slash commands written as one line of text: `/quote search:"honest and correct" speaker:Sessions`.
 * The offline console reads them, and list replies carry the line that produced them in their
 * footer so a page button can run the same command again after a restart. Formatting and parsing
 * are inverses: `parseCommandLine(formatCommandLine(name, options))` gives the options back.
 * Names may be written as any language's Discord lists them (`/wer name:…` for `/who name:…`).
 */
import { ApplicationCommandOptionType } from 'discord.js';
import type { Command } from './command.js';

export type OptionValue = string | number | boolean;

export type ParsedLine =
  { ok: true; name: string; options: Record<string, string> } | { ok: false; error: string };

export type ResolvedLine =
  | { ok: true; name: string; command: Command; options: Record<string, OptionValue> }
  | { ok: false; error: string };

/** Letters of any script, digits, "_" and "-": Discord's command and option names. */
const COMMAND_NAME = /^\/([\p{L}\p{N}_-]+)/u;
const OPTION_NAME = /^([\p{L}\p{N}_-]+):/u;
/** An option name after whitespace: where an unquoted value could be mistaken to end. */
const LOOKS_LIKE_OPTION = /\s[\p{L}\p{N}_-]+:/u;

/** `key:value` pairs after the name; values are quoted only when they must be to parse back. */
export function formatCommandLine(
  name: string,
  options: Readonly<Record<string, OptionValue | undefined>>,
): string {
  const parts = [`/${name}`];
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    parts.push(`${key}:${formatValue(String(value))}`);
  }
  return parts.join(' ');
}

function formatValue(value: string): string {
  const needsQuotes =
    value === '' ||
    value !== value.trim() ||
    value.startsWith('"') ||
    /[\n\r\t\\]/.test(value) ||
    LOOKS_LIKE_OPTION.test(value);
  if (!needsQuotes) return value;
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t');
  return `"${escaped}"`;
}

/**
 * Reads `/name key:value key:"quoted value"`. An unquoted value runs to the next ` key:` (only
 * the names in `optionNames`, when given, so "at 10:30" stays text) or to the end of the line.
 * An unknown option is answered with the names in `listed` (by default `optionNames`).
 */
export function parseCommandLine(
  line: string,
  optionNames?: readonly string[],
  listed: readonly string[] | undefined = optionNames,
): ParsedLine {
  const text = line.trim();
  const head = COMMAND_NAME.exec(text);
  if (head === null) {
    return { ok: false, error: 'A command starts with "/" and a name, like /who name:sessions.' };
  }
  const name = (head[1] ?? '').toLowerCase();
  const options: Record<string, string> = {};
  let rest = text.slice(head[0].length);
  if (rest !== '' && !/^\s/.test(rest)) {
    return { ok: false, error: `Put a space after /${name} before its options.` };
  }
  rest = rest.trimStart();
  while (rest !== '') {
    const option = OPTION_NAME.exec(rest);
    if (option === null) {
      const word = rest.split(/\s/)[0] ?? rest;
      return {
        ok: false,
        error: `Expected an option as name:value after /${name}, but found "${word}".`,
      };
    }
    const key = (option[1] ?? '').toLowerCase();
    if (optionNames !== undefined && !optionNames.includes(key)) {
      return { ok: false, error: unknownOption(name, key, listed ?? optionNames) };
    }
    if (key in options) return { ok: false, error: `The option ${key} is given twice.` };
    rest = rest.slice(option[0].length);

    const value = rest.startsWith('"') ? readQuoted(rest) : readBare(rest, optionNames);
    if (value === null) {
      return { ok: false, error: `The option ${key} has an opening " but no closing ".` };
    }
    if (value.value === '' && !value.quoted) {
      return { ok: false, error: `The option ${key} has no value: write ${key}:something.` };
    }
    options[key] = value.value;
    rest = rest.slice(value.length);
    if (rest !== '' && !/^\s/.test(rest)) {
      return { ok: false, error: `Put a space after the closing " of the option ${key}.` };
    }
    rest = rest.trimStart();
  }
  return { ok: true, name, options };
}

interface ReadValue {
  value: string;
  /** Characters of the line the value took up. */
  length: number;
  quoted: boolean;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** A "quoted value" with \" \\ \n \r \t escapes; any other backslash is kept as written. */
function readQuoted(text: string): ReadValue | null {
  let value = '';
  for (let i = 1; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '"') return { value, length: i + 1, quoted: true };
    if (char === '\\' && i + 1 < text.length) {
      const next = text[i + 1] ?? '';
      const escaped = ESCAPES[next];
      if (escaped !== undefined) {
        value += escaped;
        i++;
        continue;
      }
    }
    value += char;
  }
  return null;
}

/**
 * Whitespace, then an option name. The lookbehind lets a match start only where a run of
 * whitespace starts: without it the engine retries from every space of a long run and scans the
 * rest of the run each time, which is quadratic in its length.
 */
const NEXT_OPTION = /(?<!\s)\s+([\p{L}\p{N}_-]+):/gu;

function readBare(text: string, optionNames?: readonly string[]): ReadValue {
  let end = text.length;
  for (const match of text.matchAll(NEXT_OPTION)) {
    const name = (match[1] ?? '').toLowerCase();
    if (optionNames === undefined || optionNames.includes(name)) {
      end = match.index;
      break;
    }
  }
  return { value: text.slice(0, end).trim(), length: end, quoted: false };
}

function unknownOption(command: string, key: string, known: readonly string[]): string {
  const list = known.length === 0 ? 'it takes no options' : `its options are ${known.join(', ')}`;
  return `/${command} has no option "${key}": ${list}.`;
}

interface OptionDefinition {
  name: string;
  type: ApplicationCommandOptionType;
  required: boolean;
}

/** The top-level options a command's Discord definition declares. */
export function optionDefinitions(command: Command): OptionDefinition[] {
  return (command.data.toJSON().options ?? []).map((option) => ({
    name: option.name,
    type: option.type,
    required: 'required' in option && option.required === true,
  }));
}

/** The command a line is written as (`/who …` gives "who"), or null for any other text. */
export function commandNameOf(line: string): string | null {
  return COMMAND_NAME.exec(line.trim())?.[1]?.toLowerCase() ?? null;
}

/** A definition's names in other languages (Discord's `name_localizations`), lower-cased. */
function localizedNames(definition: { name_localizations?: Record<string, string | null> | null }) {
  return Object.values(definition.name_localizations ?? {})
    .filter((name): name is string => typeof name === 'string')
    .map((name) => name.toLowerCase());
}

/** The command a name stands for: its own name, or how any language's Discord lists it. */
function commandNamed(
  name: string,
  commands: ReadonlyMap<string, Command>,
): [string, Command] | undefined {
  const own = commands.get(name);
  if (own !== undefined) return [name, own];
  return [...commands].find(([, command]) => localizedNames(command.data.toJSON()).includes(name));
}

/** Every name each top-level option goes by (its own and its localized ones) → its own. */
function optionAliases(command: Command): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const option of command.data.toJSON().options ?? []) {
    aliases.set(option.name, option.name);
    for (const name of localizedNames(option))
      if (!aliases.has(name)) aliases.set(name, option.name);
  }
  return aliases;
}

/**
 * Parses a line against the loaded commands: the command must exist, every option must be one it
 * declares, required ones must be there, and values get the option's type (`private:true` is a
 * boolean), as Discord would send them. The command's own schema still validates afterwards.
 * Commands and options may go by their names in any language; the result has their own names.
 */
export function resolveCommandLine(
  line: string,
  commands: ReadonlyMap<string, Command>,
): ResolvedLine {
  const head = COMMAND_NAME.exec(line.trim());
  const typed = head?.[1]?.toLowerCase();
  const named = typed === undefined ? undefined : commandNamed(typed, commands);
  if (typed !== undefined && named === undefined) {
    const known = [...commands.keys()].map((key) => `/${key}`).join(', ');
    return { ok: false, error: `Unknown command /${typed}. Commands: ${known}.` };
  }
  const command = named?.[1];
  const definitions = command === undefined ? [] : optionDefinitions(command);
  const aliases = command === undefined ? new Map<string, string>() : optionAliases(command);
  const parsed = parseCommandLine(
    line,
    [...aliases.keys()],
    definitions.map((definition) => definition.name),
  );
  if (!parsed.ok) return parsed;
  if (named === undefined || command === undefined)
    return { ok: false, error: 'No command given.' };

  const given: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed.options)) {
    const own = aliases.get(key) ?? key;
    if (own in given) return { ok: false, error: `The option ${own} is given twice.` };
    given[own] = value;
  }
  const options: Record<string, OptionValue> = {};
  for (const definition of definitions) {
    const raw = given[definition.name];
    if (raw === undefined) {
      if (definition.required) {
        return {
          ok: false,
          error: `/${parsed.name} needs the option ${definition.name}, e.g. /${parsed.name} ${definition.name}:…`,
        };
      }
      continue;
    }
    const value = typedValue(raw, definition.type);
    if (value === null) {
      return {
        ok: false,
        error: `The option ${definition.name} must be ${typeName(definition.type)}, not "${raw}".`,
      };
    }
    options[definition.name] = value;
  }
  return { ok: true, name: named[0], command, options };
}

function typedValue(raw: string, type: ApplicationCommandOptionType): OptionValue | null {
  switch (type) {
    case ApplicationCommandOptionType.Boolean: {
      const lower = raw.toLowerCase();
      if (['true', 'yes', 'on', '1'].includes(lower)) return true;
      if (['false', 'no', 'off', '0'].includes(lower)) return false;
      return null;
    }
    case ApplicationCommandOptionType.Integer:
      return /^-?\d+$/.test(raw) ? Number(raw) : null;
    case ApplicationCommandOptionType.Number:
      return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : null;
    default:
      return raw;
  }
}

function typeName(type: ApplicationCommandOptionType): string {
  switch (type) {
    case ApplicationCommandOptionType.Boolean:
      return 'true or false';
    case ApplicationCommandOptionType.Integer:
      return 'a whole number';
    case ApplicationCommandOptionType.Number:
      return 'a number';
    default:
      return 'text';
  }
}
