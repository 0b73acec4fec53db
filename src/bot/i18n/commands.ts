/**
 * Commands in the asker's language: the name and description localizations Discord shows in its
 * command list (taken from each language's `commands` table, by the command's and options'
 * canonical names), and commands written out in replies ("/wer name:…") the way that list shows
 * them. Discord sends every interaction with the canonical names, whatever the asker's language,
 * so the handlers and the command lines the bot reads back never change.
 */
import type { Locale } from 'discord.js';
import { en, type CommandText, type OptionText } from './en.js';
import { DISCORD_LOCALES, LANGUAGES, textOf, type LanguageCode } from './index.js';

type LocalizationMap = Partial<Record<Locale, string>>;

/** A command, subcommand or option definition of discord.js' builders, as far as this needs. */
interface Localizable {
  readonly name: string;
  readonly options?: readonly unknown[];
  setNameLocalizations(localizations: LocalizationMap | null): unknown;
  setDescriptionLocalizations?(localizations: LocalizationMap | null): unknown;
}

const TRANSLATED = Object.keys(DISCORD_LOCALES) as Exclude<LanguageCode, 'en'>[];

/**
 * Each translation of `pick`'s text by Discord locale. A translation equal to the default is left
 * out: Discord ignores it and would not send it back, and `deploy --dry-run` compares with that.
 */
function localizations(
  pick: (code: Exclude<LanguageCode, 'en'>) => string | undefined,
  fallback: string,
): LocalizationMap {
  const map: Record<string, string> = {};
  for (const code of TRANSLATED) {
    const text = pick(code);
    if (text === undefined || text === fallback) continue;
    for (const locale of DISCORD_LOCALES[code]) map[locale] = text;
  }
  return map;
}

function isLocalizable(value: unknown): value is Localizable {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { name?: unknown }).name === 'string' &&
    typeof (value as { setNameLocalizations?: unknown }).setNameLocalizations === 'function'
  );
}

function optionTextOf(
  command: CommandText | undefined,
  option: string,
  code: LanguageCode,
): OptionText | undefined {
  const own = command?.options?.[option];
  if (own !== undefined) return own;
  return option === en.privateOption.name ? LANGUAGES[code].privateOption : undefined;
}

/** Sets a definition's (and its options') localizations from the tables under `path`. */
function localize(
  definition: Localizable,
  lookup: (code: LanguageCode) => CommandText | undefined,
  description: string | undefined,
): void {
  definition.setNameLocalizations(localizations((code) => lookup(code)?.name, definition.name));
  if (description !== undefined) {
    definition.setDescriptionLocalizations?.(
      localizations((code) => lookup(code)?.description, description),
    );
  }
  for (const option of definition.options ?? []) {
    if (!isLocalizable(option)) continue;
    const ownDescription = (option as { description?: unknown }).description;
    const subcommand = (code: LanguageCode) => lookup(code)?.subcommands?.[option.name];
    if (lookup('en')?.subcommands?.[option.name] !== undefined) {
      localize(option, subcommand, typeof ownDescription === 'string' ? ownDescription : undefined);
      continue;
    }
    const text = (code: LanguageCode) => optionTextOf(lookup(code), option.name, code);
    option.setNameLocalizations(localizations((code) => text(code)?.name, option.name));
    if (typeof ownDescription === 'string') {
      option.setDescriptionLocalizations?.(
        localizations((code) => text(code)?.description, ownDescription),
      );
    }
  }
}

/**
 * A slash command's definition with the German, French and Spanish names and descriptions of the
 * command, its subcommands and options. The definition's own (English) texts are the defaults.
 */
export function withLocalizations<Builder extends Localizable & { readonly description: string }>(
  builder: Builder,
): Builder {
  const key = builder.name;
  if (!Object.hasOwn(en.commands, key)) {
    throw new Error(`no texts for /${key} in src/bot/i18n/en.ts (commands.${key})`);
  }
  const lookup = (code: LanguageCode): CommandText | undefined =>
    (LANGUAGES[code].commands as Record<string, CommandText>)[key];
  localize(builder, lookup, builder.description);
  return builder;
}

/** A message command's definition ("Verify quotes") with its name in the other languages. */
export function withNameLocalizations<Builder extends Localizable>(builder: Builder): Builder {
  const key = builder.name;
  if (!Object.hasOwn(en.messageCommands, key)) {
    throw new Error(`no name for "${key}" in src/bot/i18n/en.ts (messageCommands)`);
  }
  builder.setNameLocalizations(
    localizations(
      (code) => (LANGUAGES[code].messageCommands as Record<string, string>)[key],
      builder.name,
    ),
  );
  return builder;
}

/** A command's name as the asker's Discord lists it: "who" → "wer" in German. */
export function commandName(name: string, locale?: string): string {
  const command = (textOf(locale).commands as Record<string, CommandText | undefined>)[name];
  return command?.name ?? name;
}

/** An option's name as the asker's Discord lists it. */
export function optionName(command: string, option: string, locale?: string): string {
  const strings = textOf(locale);
  const text = (strings.commands as Record<string, CommandText | undefined>)[command];
  const inSubcommand = Object.values(text?.subcommands ?? {}).find(
    (subcommand) => subcommand.options?.[option] !== undefined,
  );
  return (
    text?.options?.[option]?.name ??
    inSubcommand?.options?.[option]?.name ??
    (option === en.privateOption.name ? strings.privateOption.name : option)
  );
}

/**
 * "/who name:Jeff Sessions" as the asker types it in their language: "/wer name:Jeff Sessions".
 * For showing only: the bot itself reads command lines with the canonical names.
 */
export function commandUsage(
  command: string,
  options: Readonly<Record<string, string>>,
  locale?: string,
): string {
  const parts = [`/${commandName(command, locale)}`];
  for (const [option, value] of Object.entries(options)) {
    parts.push(`${optionName(command, option, locale)}:${value}`);
  }
  return parts.join(' ');
}
