/**
 * What a slash command interaction tells a command beyond its text options: the subcommand chosen,
 * the channels picked in channel options, and where in a server it ran with what permissions.
 */
import {
  ApplicationCommandOptionType,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
} from 'discord.js';
import type { ResolvedChannel, ServerPlace } from './command.js';

/** The option name a subcommand's name is passed under (`/settings show` → `subcommand: "show"`). */
export const SUBCOMMAND_OPTION = 'subcommand';

/**
 * name → value of the options Discord sent. A subcommand's options sit beside the others, with the
 * subcommand's name under `subcommand`; a channel option's value is the channel's id.
 */
export function optionValues(data: readonly CommandInteractionOption[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const option of data) {
    if (
      option.type === ApplicationCommandOptionType.Subcommand ||
      option.type === ApplicationCommandOptionType.SubcommandGroup
    ) {
      const nested = optionValues(option.options ?? []);
      // A group's subcommand is named with its group: "group subcommand".
      const inner = nested[SUBCOMMAND_OPTION];
      const name = typeof inner === 'string' ? `${option.name} ${inner}` : option.name;
      Object.assign(values, nested, { [SUBCOMMAND_OPTION]: name });
    } else {
      values[option.name] = option.value;
    }
  }
  return values;
}

/** The channels Discord resolved for the channel options, by id. */
export function resolvedChannels(
  data: readonly CommandInteractionOption[],
): Map<string, ResolvedChannel> {
  const channels = new Map<string, ResolvedChannel>();
  for (const option of data) {
    for (const [id, channel] of resolvedChannels(option.options ?? [])) channels.set(id, channel);
    const channel = option.channel;
    if (channel !== undefined && channel !== null) {
      channels.set(channel.id, {
        id: channel.id,
        name: 'name' in channel && typeof channel.name === 'string' ? channel.name : '',
        type: channel.type,
      });
    }
  }
  return channels;
}

/** Where in a server the command ran, or undefined in a DM. */
export function serverPlaceOf(interaction: ChatInputCommandInteraction): ServerPlace | undefined {
  if (!interaction.inGuild()) return undefined;
  return {
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    memberPermissions: interaction.memberPermissions.bitfield,
    appPermissions: interaction.appPermissions.bitfield,
  };
}
