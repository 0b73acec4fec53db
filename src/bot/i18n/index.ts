/**
 * The languages the bot answers in, and which one a Discord locale gets: the asker's language
 * when the bot has it ("de", "fr", "es-ES"), else its base language ("es-419" → Spanish, "de-AT"
 * → German), else English. Commands carry Discord's `interaction.locale`; an unknown or missing
 * locale is answered in English.
 */
import { de } from './de.js';
import { en, type Strings } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

export type { Noun, Strings } from './en.js';

export type LanguageCode = 'en' | 'de' | 'fr' | 'es';

export const LANGUAGES: Readonly<Record<LanguageCode, Strings>> = { en, de, fr, es };

/**
 * Discord's locales each language's command names and descriptions are registered under
 * (discord.js `Locale`): both Spanish locales get the Spanish strings. English is the default
 * Discord shows when a locale has none.
 */
export const DISCORD_LOCALES: Readonly<Record<Exclude<LanguageCode, 'en'>, readonly string[]>> = {
  de: ['de'],
  fr: ['fr'],
  es: ['es-ES', 'es-419'],
};

export interface Language {
  code: LanguageCode;
  /** The BCP 47 tag Intl formats dates and numbers with: "de-DE", "es-419", "en-GB". */
  intl: string;
  text: Strings;
}

/** English as the replies have always written it: "2 March 2017", "1,234". */
const ENGLISH_INTL = 'en-GB';
const INTL_TAGS: Readonly<Record<LanguageCode, string>> = {
  en: ENGLISH_INTL,
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
};

const resolved = new Map<string, Language>();

/** The language to answer a Discord locale in ("en-US", "de", "es-419"); English by default. */
export function languageOf(locale: string | undefined): Language {
  const key = locale ?? '';
  const known = resolved.get(key);
  if (known !== undefined) return known;
  const code = codeOf(key);
  // Latin American Spanish writes numbers as it does ("1,234"); other variants use the base's.
  const intl = code === 'es' && key === 'es-419' ? 'es-419' : INTL_TAGS[code];
  const language: Language = { code, intl, text: LANGUAGES[code] };
  if (resolved.size < 100) resolved.set(key, language);
  return language;
}

function codeOf(locale: string): LanguageCode {
  const base = locale.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguageCode(base) ? base : 'en';
}

function isLanguageCode(value: string): value is LanguageCode {
  return Object.hasOwn(LANGUAGES, value);
}

export const ENGLISH: Language = languageOf(undefined);

/** The strings for a locale: `textOf(interaction.locale).pages.next`. */
export function textOf(locale: string | undefined): Strings {
  return languageOf(locale).text;
}
