/** /help and /about: what the bot can do, and what it knows. */
import { ApplicationCommandOptionType, type APIEmbedField } from 'discord.js';
import type { DatasetStats } from '../../answer/types.js';
import type { Command, Reply } from '../command.js';
import { PRIVATE_OPTION } from '../command.js';
import { formatDate } from './dates.js';
import { fitEmbed } from './limits.js';
import { COLORS } from './reply.js';

const OPTION_TYPES: Partial<Record<ApplicationCommandOptionType, string>> = {
  [ApplicationCommandOptionType.String]: 'text',
  [ApplicationCommandOptionType.Integer]: 'number',
  [ApplicationCommandOptionType.Number]: 'number',
  [ApplicationCommandOptionType.Boolean]: 'true/false',
};

/** "/quote search:<text> [speaker:<text>]", from the definition Discord gets. */
export function usageOf(command: Pick<Command, 'data'>): string {
  const json = command.data.toJSON();
  const options = (json.options ?? [])
    .filter((option) => option.name !== PRIVATE_OPTION)
    .map((option) => {
      const usage = `${option.name}:<${OPTION_TYPES[option.type] ?? 'value'}>`;
      return 'required' in option && option.required === true ? usage : `[${usage}]`;
    });
  return [`/${json.name}`, ...options].join(' ');
}

export function renderHelp(commands: readonly Pick<Command, 'data'>[]): Reply {
  const fields: APIEmbedField[] = commands.map((command) => ({
    name: usageOf(command),
    value: command.data.toJSON().description,
  }));
  return {
    embeds: [
      fitEmbed({
        title: 'What I can answer',
        description:
          'I answer questions about dated news events from my dataset, and cite a source for every answer. ' +
          'In a DM with me, just type your question.',
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
