/** /help and /about: what the bot can do, and what it knows. */
import {
  ApplicationCommandOptionType,
  chatInputApplicationCommandMention,
  type APIEmbedField,
} from 'discord.js';
import type { DatasetStats } from '../../answer/types.js';
import type { Command, Reply } from '../command.js';
import { PRIVATE_OPTION } from '../command.js';
import { suggestionList } from './answers.js';
import { formatDate } from './dates.js';
import { fitEmbed } from './limits.js';
import { COLORS } from './reply.js';

const OPTION_TYPES: Partial<Record<ApplicationCommandOptionType, string>> = {
  [ApplicationCommandOptionType.String]: 'text',
  [ApplicationCommandOptionType.Integer]: 'number',
  [ApplicationCommandOptionType.Number]: 'number',
  [ApplicationCommandOptionType.Boolean]: 'true/false',
  [ApplicationCommandOptionType.Channel]: 'channel',
};

/**
 * How a command's name is shown: as a mention the user can click to start typing it
 * (`</who:123>`) when its registered id is known, else as plain `/who`.
 */
export function commandMention(
  name: string,
  commandIds?: ReadonlyMap<string, string>,
  subcommand?: string,
): string {
  const id = commandIds?.get(name);
  if (id === undefined || !/^\d+$/.test(id)) {
    return subcommand === undefined ? `/${name}` : `/${name} ${subcommand}`;
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
): string {
  const json = command.data.toJSON();
  const options = json.options ?? [];
  // A command of subcommands (`/settings daily …`, `/settings show`): one line for each.
  const subcommands = options.filter(
    (option) => option.type === ApplicationCommandOptionType.Subcommand,
  );
  if (subcommands.length > 0) {
    return subcommands
      .map((subcommand) =>
        [
          commandMention(json.name, commandIds, subcommand.name),
          ...optionUsages(subcommand.options ?? []),
        ].join(' '),
      )
      .join('\n');
  }
  return [commandMention(json.name, commandIds), ...optionUsages(options)].join(' ');
}

function optionUsages(
  options: readonly { name: string; type: ApplicationCommandOptionType; required?: boolean }[],
) {
  return options
    .filter((option) => option.name !== PRIVATE_OPTION)
    .map((option) => {
      const usage = `${option.name}:<${OPTION_TYPES[option.type] ?? 'value'}>`;
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
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-GB')} ${word}${count === 1 ? '' : 's'}`;
}

/** "I know 1 event (2 March 2017), with 7 quotes and 3 people." */
function knowledgeLine(stats: DatasetStats): string {
  if (stats.firstDate === null) return 'My dataset is empty for now.';
  const range =
    stats.lastDate === null || stats.lastDate === stats.firstDate
      ? formatDate(stats.firstDate)
      : `${formatDate(stats.firstDate)} to ${formatDate(stats.lastDate)}`;
  const people = stats.people === 1 ? '1 person' : `${stats.people.toLocaleString('en-GB')} people`;
  return `I know ${plural(stats.events, 'event')} (${range}), with ${plural(stats.quotes, 'quote')} and ${people}.`;
}

/** The help card: what the bot knows, questions to try, and every command with its options. */
export function renderHelp(view: HelpView): Reply {
  const fields: APIEmbedField[] = view.commands.map((command) => ({
    // Mentions render in field values only, so the usage goes there and the description leads.
    name: command.data.toJSON().description,
    value: usageOf(command, view.commandIds),
  }));
  const intro = [
    view.opening,
    'I answer questions about dated news events and cite a source for every answer.',
    view.stats === undefined ? undefined : knowledgeLine(view.stats),
  ]
    .filter((part) => part !== undefined)
    .join(' ');
  const examples = view.examples ?? [];
  const description = [
    intro,
    'In a DM with me, just type a question, or a command such as /who name:…',
    'On any message: Apps → Verify quotes checks the quotes in it, for your eyes only.',
    ...(examples.length === 0 ? [] : ['', `**Try asking:**\n${suggestionList(examples, 1000)}`]),
  ].join('\n');
  return {
    embeds: [
      fitEmbed({
        title: 'What I can answer',
        description,
        color: COLORS.answer,
        fields,
        footer: { text: 'Add private:True to any command to see the reply alone.' },
      }),
    ],
    components: [],
  };
}

export function renderAbout(stats: DatasetStats, version: string): Reply {
  const range =
    stats.firstDate === null
      ? 'no events yet'
      : stats.firstDate === stats.lastDate || stats.lastDate === null
        ? formatDate(stats.firstDate)
        : `${formatDate(stats.firstDate)} to ${formatDate(stats.lastDate)}`;
  const number = (n: number): string => n.toLocaleString('en-GB');
  return {
    embeds: [
      fitEmbed({
        title: 'About this bot',
        description: 'Answers questions about dated news events, citing its sources.',
        color: COLORS.answer,
        fields: [
          { name: 'Dates covered', value: range },
          { name: 'Events', value: number(stats.events), inline: true },
          { name: 'Quotes', value: number(stats.quotes), inline: true },
          { name: 'People', value: number(stats.people), inline: true },
          { name: 'Sources', value: number(stats.sources), inline: true },
          { name: 'Dated facts', value: number(stats.facts), inline: true },
          { name: 'Version', value: version, inline: true },
          ...(stats.attributions.length === 0
            ? []
            : [{ name: 'Data credits', value: stats.attributions.join('\n') }]),
        ],
      }),
    ],
    components: [],
  };
}
