/**
 * The shape of one command module in `commands/`. A command is data plus pure functions:
 * its slash-command definition, a schema for its options, and a handler that calls the answering
 * core and renders a reply. Discord, the offline console and pagination buttons all run commands
 * through this one shape, so every reply can be tested without a network.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type ApplicationCommandOptionChoiceData,
  type SharedSlashCommand,
  type SlashCommandBooleanOption,
} from 'discord.js';
import { z } from 'zod';
import type { Answerer } from '../answer/types.js';

/** A reply as data: what Discord receives and what the console prints. */
export interface Reply {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /**
   * Shown to the asker alone, even when the command was public: a reply that found nothing or
   * could not read the input (an unknown name, an unreadable date) helps no one else in the
   * channel. The router makes such a reply ephemeral; in a DM only the asker sees it anyway.
   */
  onlyForAsker?: boolean;
}

export interface CommandContext {
  answerer: Answerer;
  /** The Discord user who asked: page buttons only work for them. */
  userId: string;
  /** Zero-based page of results to show (set by the page buttons). */
  page: number;
  now: Date;
  /**
   * Registered command ids by name, known once connected to Discord: `/help` shows a command with
   * an id as a mention the user can click (`</who:123>`), and as plain `/who` without one.
   */
  commandIds?: ReadonlyMap<string, string>;
}

export interface AutocompleteContext {
  answerer: Answerer;
}

export interface Command<Options extends Record<string, unknown> = Record<string, unknown>> {
  /** The definition registered with Discord (name, description, options, contexts). */
  data: SharedSlashCommand;
  /** Validates the options Discord (or the console) passes; `private` is handled by the router. */
  options: z.ZodType<Options>;
  execute(options: Options, context: CommandContext): Reply;
  /** Choices for the focused option, at most 25; must be fast (autocomplete cannot be deferred). */
  autocomplete?(
    focused: { name: string; value: string },
    context: AutocompleteContext,
  ): ApplicationCommandOptionChoiceData<string>[];
}

/** Keeps each command module's option type while checking it against the contract. */
export function defineCommand<Options extends Record<string, unknown>>(
  command: Command<Options>,
): Command<Options> {
  return command;
}

/** Everywhere a command must work: servers, the bot's DMs, and DMs or group DMs when user-installed. */
export const COMMAND_CONTEXTS = [
  InteractionContextType.Guild,
  InteractionContextType.BotDM,
  InteractionContextType.PrivateChannel,
] as const;

export const COMMAND_INTEGRATION_TYPES = [
  ApplicationIntegrationType.GuildInstall,
  ApplicationIntegrationType.UserInstall,
] as const;

/** A definition with the contexts and install types every command shares, set explicitly. */
export function slashCommand(name: string, description: string): SlashCommandBuilder {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription(description)
    .setContexts(...COMMAND_CONTEXTS)
    .setIntegrationTypes(...COMMAND_INTEGRATION_TYPES);
}

/** The option every command ends with; the router reads it to make the reply ephemeral. */
export const PRIVATE_OPTION = 'private';

export function privateOption(option: SlashCommandBooleanOption): SlashCommandBooleanOption {
  return option.setName(PRIVATE_OPTION).setDescription('Show the reply only to you');
}

/**
 * The schema of a free-text option: trimmed, not empty, at most `maxLength` characters (the same
 * limit the definition gives Discord with `setMaxLength`, checked again for the console).
 */
export function textOption(maxLength: number, whenEmpty: string): z.ZodString {
  return z.string().trim().min(1, whenEmpty).max(maxLength, `use at most ${maxLength} characters`);
}
