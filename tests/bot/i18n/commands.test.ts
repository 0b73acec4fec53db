/**
 * The commands as German, French and Spanish Discord users see them in the command list: every
 * command, subcommand and option has a name and description in each language, each valid by
 * Discord's rules (the emulator checks them too, at deploy), while the names interactions arrive
 * under stay the English ones. Commands written out in replies, and typed in the console or a DM,
 * use the same localized names.
 */
import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveCommandLine } from '../../../src/bot/command-line.js';
import type { Command, MessageCommand } from '../../../src/bot/command.js';
import { commandUsage } from '../../../src/bot/i18n/commands.js';
import { loadCommandSet } from '../../../src/bot/load-commands.js';
import { ISSUE_COMMAND_NAMES } from '../../commands/names.js';

const LOCALES = ['de', 'fr', 'es-ES', 'es-419'] as const;
/** Discord's rule for slash-command and option names: lower case where a letter has one. */
const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

interface Definition {
  name: string;
  type?: number;
  description?: string;
  name_localizations?: Partial<Record<string, string | null>> | null;
  description_localizations?: Partial<Record<string, string | null>> | null;
  options?: Definition[];
}

let commands: Map<string, Command>;
let messageCommands: Map<string, MessageCommand>;

beforeAll(async () => {
  ({ commands, messageCommands } = await loadCommandSet());
});

/** The command and every subcommand and option in it, with where it sits. */
function* definitionsIn(definition: Definition, at = ''): Generator<[string, Definition]> {
  const here = at === '' ? `/${definition.name}` : `${at} ${definition.name}`;
  yield [here, definition];
  for (const option of definition.options ?? []) yield* definitionsIn(option, here);
}

describe('command localizations', () => {
  it('name and describe every command, subcommand and option in de, fr, es-ES and es-419', () => {
    for (const command of commands.values()) {
      for (const [at, definition] of definitionsIn(command.data.toJSON())) {
        for (const locale of LOCALES) {
          const name = definition.name_localizations?.[locale] ?? definition.name;
          const description = definition.description_localizations?.[locale];
          expect(description, `${at} description in ${locale}`).toBeTypeOf('string');
          expect(description, `${at} description in ${locale}`).not.toBe(definition.description);
          expect(Array.from(description ?? '').length, at).toBeLessThanOrEqual(100);
          expect(
            NAME.test(name) && name === name.toLowerCase(),
            `${at} in ${locale}: ${name}`,
          ).toBe(true);
        }
      }
    }
  });

  it('keep the canonical names that interactions arrive under', () => {
    expect([...commands.keys()].sort()).toEqual(ISSUE_COMMAND_NAMES);
    const who = commands.get('who')?.data.toJSON() as Definition;
    expect(who).toMatchObject({
      name: 'who',
      name_localizations: { de: 'wer', fr: 'qui', 'es-ES': 'quién', 'es-419': 'quién' },
    });
    expect(who.options?.map((option) => option.name)).toEqual(['name', 'private']);
    expect(who.options?.[0]?.name_localizations).toEqual({
      fr: 'nom',
      'es-ES': 'nombre',
      'es-419': 'nombre',
    });
    // A translation that equals the default is left out, as Discord would drop it.
    expect(who.options?.[0]?.name_localizations).not.toHaveProperty('de');
  });

  it('give each option of a command a name of its own in every language', () => {
    for (const command of commands.values()) {
      for (const [at, definition] of definitionsIn(command.data.toJSON())) {
        const options = (definition.options ?? []).filter(
          (option) =>
            option.type !== ApplicationCommandOptionType.Subcommand &&
            option.type !== ApplicationCommandOptionType.SubcommandGroup,
        );
        for (const locale of LOCALES) {
          const names = options.map((option) => option.name_localizations?.[locale] ?? option.name);
          const defaults = options.map((option) => option.name);
          options.forEach((option, index) => {
            const others = [...names, ...defaults].filter(
              (_, position) => position !== index && position !== index + options.length,
            );
            expect(others, `${at} ${option.name} in ${locale}`).not.toContain(names[index]);
          });
        }
      }
    }
  });

  it('name the "Verify quotes" message command in each language, within Discord’s 32', () => {
    const verify = messageCommands.get('Verify quotes')?.data.toJSON() as Definition;
    expect(verify.type).toBe(ApplicationCommandType.Message);
    for (const locale of LOCALES) {
      const name = verify.name_localizations?.[locale] ?? '';
      expect(name.length, locale).toBeGreaterThan(0);
      expect(Array.from(name).length).toBeLessThanOrEqual(32);
    }
  });
});

describe('commands written out for a language', () => {
  it('use the names that language’s Discord lists', () => {
    expect(commandUsage('who', { name: 'Jeff Sessions' })).toBe('/who name:Jeff Sessions');
    expect(commandUsage('who', { name: 'Jeff Sessions' }, 'de')).toBe('/wer name:Jeff Sessions');
    expect(commandUsage('verify', { quote: '…' }, 'fr')).toBe('/vérifier citation:…');
    expect(commandUsage('timeline', { from: '2017' }, 'es-419')).toBe('/cronología desde:2017');
  });

  it('are read back, typed in any language, as the command they name', () => {
    expect(resolveCommandLine('/wer name:sessions', commands)).toMatchObject({
      ok: true,
      name: 'who',
      options: { name: 'sessions' },
    });
    expect(resolveCommandLine('/cronología desde:2017 hasta:2018', commands)).toMatchObject({
      ok: true,
      name: 'timeline',
      options: { from: '2017', to: '2018' },
    });
    expect(resolveCommandLine('/vérifier citation:honest auteur:sessions', commands)).toMatchObject(
      { ok: true, name: 'verify', options: { quote: 'honest', speaker: 'sessions' } },
    );
    expect(resolveCommandLine('/who name:a nom:b', commands)).toEqual({
      ok: false,
      error: 'The option name is given twice.',
    });
  });
});
