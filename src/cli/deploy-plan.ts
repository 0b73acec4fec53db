/**
 * What `npm run deploy` would change: our command definitions against the ones Discord has
 * registered, compared field by field after both are put in one canonical form. Pure: no Discord
 * client, no IO.
 */
import { z } from 'zod';

/** Locale → text; discord.js builders allow null for "no translation". */
const localizationsSchema = z.record(z.string(), z.string().nullable()).nullish();

const choiceSchema = z.object({
  name: z.string(),
  value: z.union([z.string(), z.number()]),
  name_localizations: localizationsSchema,
});

interface CommandOptionShape {
  type: number;
  name: string;
  description?: string | undefined;
  required?: boolean | undefined;
  autocomplete?: boolean | undefined;
  choices?: z.infer<typeof choiceSchema>[] | undefined;
  options?: CommandOptionShape[] | undefined;
  channel_types?: number[] | undefined;
  min_value?: number | undefined;
  max_value?: number | undefined;
  min_length?: number | undefined;
  max_length?: number | undefined;
  name_localizations?: Record<string, string | null> | null | undefined;
  description_localizations?: Record<string, string | null> | null | undefined;
}

const optionSchema: z.ZodType<CommandOptionShape> = z.object({
  type: z.number(),
  name: z.string(),
  description: z.string().optional(),
  required: z.boolean().optional(),
  autocomplete: z.boolean().optional(),
  choices: z.array(choiceSchema).optional(),
  get options() {
    return z.array(optionSchema).optional();
  },
  channel_types: z.array(z.number()).optional(),
  min_value: z.number().optional(),
  max_value: z.number().optional(),
  min_length: z.number().optional(),
  max_length: z.number().optional(),
  name_localizations: localizationsSchema,
  description_localizations: localizationsSchema,
});

/** The fields of a command definition that deploying compares (the rest are dropped). */
export const commandDefinitionSchema = z.object({
  name: z.string(),
  type: z.number().optional(),
  description: z.string().optional(),
  options: z.array(optionSchema).optional(),
  contexts: z.array(z.number()).nullish(),
  integration_types: z.array(z.number()).nullish(),
  default_member_permissions: z.string().nullish(),
  nsfw: z.boolean().optional(),
  name_localizations: localizationsSchema,
  description_localizations: localizationsSchema,
});

/** A command as Discord returns it: our definition plus the fields the server sets. */
export const registeredCommandSchema = commandDefinitionSchema.extend({ id: z.string() });
export const registeredCommandListSchema = z.array(registeredCommandSchema);

export type CommandDefinition = z.infer<typeof commandDefinitionSchema>;
export type RegisteredCommand = z.infer<typeof registeredCommandSchema>;

export interface CommandUpdate {
  name: string;
  id: string;
  /** Where the definitions differ, e.g. `description`, `options[speaker].autocomplete`. */
  fields: string[];
}

export interface DeployPlan {
  /** Ours and not registered. */
  add: string[];
  update: CommandUpdate[];
  /** Registered and not ours: a deploy (a bulk overwrite) removes them. */
  remove: { name: string; id: string }[];
  unchanged: string[];
}

type Canonical = string | number | boolean | null | Canonical[] | CanonicalRecord;
interface CanonicalRecord {
  [key: string]: Canonical;
}

/**
 * Discord leaves out defaults (`required: false`, an empty localization map, a translation equal
 * to the default text, which it ignores) and the builders leave out others (`nsfw`,
 * `default_member_permissions`): both become one explicit value here, so only real differences
 * remain.
 */
function canonicalLocalizations(
  map: Record<string, string | null> | null | undefined,
  fallback: string | undefined,
): Canonical {
  const entries = Object.entries(map ?? {}).filter(
    (entry): entry is [string, string] => entry[1] !== null && entry[1] !== fallback,
  );
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/** Sorted: these are sets to Discord, whatever order they were sent in. */
function canonicalSet(values: readonly number[] | null | undefined): Canonical {
  return values === null || values === undefined ? null : [...values].sort((a, b) => a - b);
}

function canonicalOption(option: CommandOptionShape): Canonical {
  return {
    type: option.type,
    name: option.name,
    description: option.description ?? '',
    required: option.required ?? false,
    autocomplete: option.autocomplete ?? false,
    choices: (option.choices ?? []).map((choice) => ({
      name: choice.name,
      value: choice.value,
      name_localizations: canonicalLocalizations(choice.name_localizations, choice.name),
    })),
    options: (option.options ?? []).map(canonicalOption),
    channel_types: canonicalSet(option.channel_types ?? []),
    min_value: option.min_value ?? null,
    max_value: option.max_value ?? null,
    min_length: option.min_length ?? null,
    max_length: option.max_length ?? null,
    name_localizations: canonicalLocalizations(option.name_localizations, option.name),
    description_localizations: canonicalLocalizations(
      option.description_localizations,
      option.description,
    ),
  };
}

/** The compared fields only: `id`, `version`, `application_id`, `guild_id` are Discord's. */
export function canonicalCommand(command: CommandDefinition): CanonicalRecord {
  return {
    type: command.type ?? 1,
    name: command.name,
    description: command.description ?? '',
    options: (command.options ?? []).map(canonicalOption),
    contexts: canonicalSet(command.contexts),
    integration_types: canonicalSet(command.integration_types),
    default_member_permissions: command.default_member_permissions ?? null,
    nsfw: command.nsfw ?? false,
    name_localizations: canonicalLocalizations(command.name_localizations, command.name),
    description_localizations: canonicalLocalizations(
      command.description_localizations,
      command.description,
    ),
  };
}

function isRecord(value: Canonical): value is CanonicalRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nameOf(value: Canonical | undefined): string | undefined {
  return value !== undefined && isRecord(value) && typeof value.name === 'string'
    ? value.name
    : undefined;
}

/** Paths at which two canonical values differ; lists of named things are matched by name. */
function differences(ours: Canonical, theirs: Canonical, at: string): string[] {
  if (isRecord(ours) && isRecord(theirs)) {
    const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
    return [...keys].flatMap((key) =>
      differences(ours[key] ?? null, theirs[key] ?? null, at === '' ? key : `${at}.${key}`),
    );
  }
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    const ourNames = ours.map(nameOf);
    const theirNames = theirs.map(nameOf);
    const named = [...ourNames, ...theirNames].every((name) => name !== undefined);
    if (!named) return JSON.stringify(ours) === JSON.stringify(theirs) ? [] : [at];
    const found: string[] = [];
    for (const [index, name] of ourNames.entries()) {
      const match = theirNames.indexOf(name);
      const item = ours[index] ?? null;
      if (match === -1) found.push(`${at}[${String(name)}] added`);
      else found.push(...differences(item, theirs[match] ?? null, `${at}[${String(name)}]`));
    }
    for (const name of theirNames) {
      if (!ourNames.includes(name)) found.push(`${at}[${String(name)}] removed`);
    }
    const common = (names: (string | undefined)[], other: (string | undefined)[]) =>
      names.filter((name) => other.includes(name)).join('\n');
    if (common(ourNames, theirNames) !== common(theirNames, ourNames)) found.push(`${at} order`);
    return found;
  }
  return JSON.stringify(ours) === JSON.stringify(theirs) ? [] : [at];
}

/** Commands are keyed by type and name: a user command may share a slash command's name. */
function keyOf(command: CommandDefinition): string {
  return `${String(command.type ?? 1)}:${command.name}`;
}

/**
 * What a bulk overwrite with `ours` would do to `registered`: the commands it adds, updates
 * (with the fields that differ), removes, and leaves as they are.
 */
export function planDeploy(
  registered: readonly RegisteredCommand[],
  ours: readonly CommandDefinition[],
): DeployPlan {
  const theirs = new Map(registered.map((command) => [keyOf(command), command]));
  const ourKeys = new Set(ours.map(keyOf));
  const plan: DeployPlan = { add: [], update: [], remove: [], unchanged: [] };
  for (const command of ours) {
    const current = theirs.get(keyOf(command));
    if (current === undefined) {
      plan.add.push(command.name);
      continue;
    }
    const fields = differences(canonicalCommand(command), canonicalCommand(current), '');
    if (fields.length === 0) plan.unchanged.push(command.name);
    else plan.update.push({ name: command.name, id: current.id, fields });
  }
  for (const command of registered) {
    if (!ourKeys.has(keyOf(command))) plan.remove.push({ name: command.name, id: command.id });
  }
  return plan;
}

export function hasChanges(plan: DeployPlan): boolean {
  return plan.add.length + plan.update.length + plan.remove.length > 0;
}

/** What a slash-command name may be; context-menu names may have capitals and spaces. */
const CHAT_INPUT_NAME = /^[-_'\p{Ll}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/**
 * A command as deploy's output writes it: `/who` for a slash command, a context-menu entry such
 * as “Verify quotes” in quotation marks (its name is not a slash-command name).
 */
export function commandLabel(name: string): string {
  return CHAT_INPUT_NAME.test(name) ? `/${name}` : `“${name}”`;
}

const slash = commandLabel;

/** One line per change, then the unchanged ones on one line; for --dry-run and after a deploy. */
export function describePlan(plan: DeployPlan, verbs: { future: boolean }): string {
  const [add, update, remove] = verbs.future
    ? ['to add', 'to update', 'to remove']
    : ['added', 'updated', 'removed'];
  const lines = [
    ...plan.add.map((name) => `  + ${slash(name)} (${add})`),
    ...plan.update.map(
      (change) => `  ~ ${slash(change.name)} (${update}: ${change.fields.join(', ')})`,
    ),
    ...plan.remove.map((command) => `  - ${slash(command.name)} (${remove})`),
  ];
  if (plan.unchanged.length > 0) {
    lines.push(`  = ${plan.unchanged.length} unchanged: ${plan.unchanged.map(slash).join(', ')}`);
  }
  return lines.join('\n');
}
