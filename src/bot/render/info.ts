/** /help and /about: what the bot can do, and what it knows, in the asker's language. */
import {
  ApplicationCommandOptionType,
  chatInputApplicationCommandMention,
  type APIEmbedField,
} from 'discord.js';
import type { DatasetStats } from '../../answer/types.js';
import type { Command, Reply } from '../command.js';
import { PRIVATE_OPTION } from '../command.js';
import { commandName, optionName } from '../i18n/commands.js';
import type { CommandText } from '../i18n/en.js';
import { languageOf, textOf, type Strings } from '../i18n/index.js';
import { suggestionList } from './answers.js';
import { formatDate } from './dates.js';
import { fitEmbed } from './limits.js';
import { COLORS } from './reply.js';

const OPTION_TYPES: Partial<
  Record<ApplicationCommandOptionType, keyof Strings['info']['optionTypes']>
> = {
  [ApplicationCommandOptionType.String]: 'text',
  [ApplicationCommandOptionType.Integer]: 'number',
  [ApplicationCommandOptionType.Number]: 'number',
  [ApplicationCommandOptionType.Boolean]: 'boolean',
  [ApplicationCommandOptionType.Channel]: 'channel',
};

/**
 * How a command's name is shown: as a mention the user can click to start typing it
 * (`</who:123>`, which Discord shows in the user's language) when its registered id is known,
 * else as plain `/who` (`/wer` in German).
 */
export function commandMention(
  name: string,
  commandIds?: ReadonlyMap<string, string>,
  subcommand?: string,
  locale?: string,
): string {
  const id = commandIds?.get(name);
  if (id === undefined || !/^\d+$/.test(id)) {
    const shown = `/${commandName(name, locale)}`;
    return subcommand === undefined
      ? shown
      : `${shown} ${subcommandName(name, subcommand, locale)}`;
  }
  return subcommand === undefined
    ? chatInputApplicationCommandMention(name, id)
    : chatInputApplicationCommandMention(name, subcommand, id);
}

/**
 * "/quote search:<text> [speaker:<text>]", from the definition Discord gets; the name is a
 * clickable mention when `commandIds` holds its id.
 */
export function usageOf(
  command: Pick<Command, 'data'>,
  commandIds?: ReadonlyMap<string, string>,
  locale?: string,
): string {
  const json = command.data.toJSON();
  const options = json.options ?? [];
  const usages = (list: Parameters<typeof optionUsages>[0], owner: CommandText | undefined) =>
    optionUsages(list, owner, json.name, locale);
  // A command of subcommands (`/settings daily …`, `/settings show`): one line for each.
  const subcommands = options.filter(
    (option) => option.type === ApplicationCommandOptionType.Subcommand,
  );
  if (subcommands.length > 0) {
    return subcommands
      .map((subcommand) =>
        [
          commandMention(json.name, commandIds, subcommand.name, locale),
          ...usages(
            subcommand.options ?? [],
            commandTextOf(json.name, locale)?.subcommands?.[subcommand.name],
          ),
        ].join(' '),
      )
      .join('\n');
  }
  return [
    commandMention(json.name, commandIds, undefined, locale),
    ...usages(options, undefined),
  ].join(' ');
}

function commandTextOf(name: string, locale: string | undefined): CommandText | undefined {
  return (textOf(locale).commands as Record<string, CommandText | undefined>)[name];
}

function subcommandName(command: string, subcommand: string, locale: string | undefined): string {
  return commandTextOf(command, locale)?.subcommands?.[subcommand]?.name ?? subcommand;
}

/**
 * "name:<text>" for each option but `private`, in the asker's language; a subcommand's options
 * are named by its own texts (`owner`).
 */
function optionUsages(
  options: readonly { name: string; type: ApplicationCommandOptionType; required?: boolean }[],
  owner: CommandText | undefined,
  command: string,
  locale: string | undefined,
) {
  const types = textOf(locale).info.optionTypes;
  return options
    .filter((option) => option.name !== PRIVATE_OPTION)
    .map((option) => {
      const name = owner?.options?.[option.name]?.name ?? optionName(command, option.name, locale);
      const usage = `${name}:<${types[OPTION_TYPES[option.type] ?? 'value']}>`;
      return option.required === true ? usage : `[${usage}]`;
    });
}

export interface HelpView {
  /** In the order shown. */
  commands: readonly Pick<Command, 'data'>[];
  /** Registered ids by name; see `commandMention`. */
  commandIds?: ReadonlyMap<string, string> | undefined;
  /** What the dataset holds, said in one sentence. */
  stats?: DatasetStats | undefined;
  /** Questions the dataset answers, offered to try (plain text, escaped here). */
  examples?: readonly string[] | undefined;
  /** A first word for small talk: "Hello!" for a greeting. */
  opening?: string | undefined;
  /** The asker's Discord locale. */
  locale?: string | undefined;
}

/** "2 March 2017", or "2 March 2017 to 5 May 2018": the dates the dataset covers. */
function coveredDates(stats: DatasetStats, locale: string | undefined): string | null {
  if (stats.firstDate === null) return null;
  return stats.lastDate === null || stats.lastDate === stats.firstDate
    ? formatDate(stats.firstDate, locale)
    : textOf(locale).dates.range(
        formatDate(stats.firstDate, locale),
        formatDate(stats.lastDate, locale),
      );
}

/** "I know 1 event (2 March 2017), with 7 quotes and 3 people." */
function knowledgeLine(stats: DatasetStats, locale: string | undefined): string {
  const text = textOf(locale).info;
  const range = coveredDates(stats, locale);
  if (range === null) return text.emptyDataset;
  return text.knowledge(stats.events, range, stats.quotes, stats.people);
}

/** The help card: what the bot knows, questions to try, and every command with its options. */
export function renderHelp(view: HelpView): Reply {
  const { locale } = view;
  const text = textOf(locale).info;
  const fields: APIEmbedField[] = view.commands.map((command) => {
    const json = command.data.toJSON();
    return {
      // Mentions render in field values only, so the usage goes there and the description leads.
      name: commandTextOf(json.name, locale)?.description ?? json.description,
      value: usageOf(command, view.commandIds, locale),
    };
  });
  const intro = [
    view.opening,
    text.intro,
    view.stats === undefined ? undefined : knowledgeLine(view.stats, locale),
  ]
    .filter((part) => part !== undefined)
    .join(' ');
  const examples = view.examples ?? [];
  const description = [
    intro,
    text.inDms,
    text.onMessages,
    ...(examples.length === 0
      ? []
      : ['', `**${text.tryAsking}**\n${suggestionList(examples, 1000, locale)}`]),
  ].join('\n');
  return {
    embeds: [
      fitEmbed({
        title: text.helpTitle,
        description,
        color: COLORS.answer,
        fields,
        footer: { text: text.helpFooter },
      }),
    ],
    components: [],
  };
}

export function renderAbout(stats: DatasetStats, version: string, locale?: string): Reply {
  const { intl, text: strings } = languageOf(locale);
  const text = strings.info;
  const number = (n: number): string => n.toLocaleString(intl);
  return {
    embeds: [
      fitEmbed({
        title: text.aboutTitle,
        description: text.aboutDescription,
        color: COLORS.answer,
        fields: [
          { name: text.datesCovered, value: coveredDates(stats, locale) ?? text.noEventsYet },
          { name: text.events, value: number(stats.events), inline: true },
          { name: text.quotes, value: number(stats.quotes), inline: true },
          { name: text.people, value: number(stats.people), inline: true },
          { name: text.sources, value: number(stats.sources), inline: true },
          { name: text.facts, value: number(stats.facts), inline: true },
          { name: text.version, value: version, inline: true },
          ...(stats.attributions.length === 0
            ? []
            : [{ name: text.credits, value: stats.attributions.join('\n') }]),
        ],
      }),
    ],
    components: [],
  };
}
