/**
 * The shape of one command module in `commands/`. A command is data plus pure functions:
 * its slash-command definition, a schema for its options, and a handler that calls the answering
 * core and renders a reply. Discord, the offline console and pagination buttons all run commands
 * through this one shape, so every reply can be tested without a network.
 */
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  SlashCommandBuilder,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type ApplicationCommandOptionChoiceData,
  type SharedSlashCommand,
  type SlashCommandBooleanOption,
  type SlashCommandStringOption,
} from 'discord.js';
import { z } from 'zod';
import type { Answerer } from '../answer/types.js';
import type { SettingsStore } from '../settings/store.js';
import { en } from './i18n/en.js';

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
  /**
   * Files sent with the reply (the timeline picture), which an embed shows with
   * `attachment://<name>`. Drawn only when the reply is sent as a new message
   * (src/bot/attachments.ts): a page turn keeps the picture already on the message.
   */
  attachments?: ReplyAttachment[];
}

/** A file a reply carries, drawn when it is sent. */
export interface ReplyAttachment {
  /** The file name, as `attachment://<name>` refers to it: letters, digits, dots, dashes. */
  name: string;
  /** Its bytes and alt text; null when there is nothing to draw after all. */
  draw(): Promise<DrawnAttachment | null>;
}

export interface DrawnAttachment {
  name: string;
  bytes: Uint8Array;
  /** Alt text, read out by screen readers (Discord allows 1,024 characters). */
  description: string;
}

export interface CommandContext {
  answerer: Answerer;
  /** The Discord user who asked: page buttons only work for them. */
  userId: string;
  /** Zero-based page of results to show (set by the page buttons). */
  page: number;
  /**
   * Show the page holding this date instead (ISO days, from Go to…); lists without dates keep
   * `page` and say why.
   */
  pageDate?: { from: string; to: string } | undefined;
  now: Date;
  /**
   * Registered command ids by name, known once connected to Discord: `/help` shows a command with
   * an id as a mention the user can click (`</who:123>`), and as plain `/who` without one.
   */
  commandIds?: ReadonlyMap<string, string>;
  /** Set when the command ran in a server (not in a DM, not in the offline console). */
  server?: ServerPlace;
  /** Channels picked in channel options, as Discord resolved them, by id. */
  resolvedChannels?: ReadonlyMap<string, ResolvedChannel>;
  /** Server settings, where the bot keeps them (not in the offline console). */
  settings?: SettingsStore;
  /** The asker's Discord language (e.g. "en-US"), when Discord says it. */
  locale?: string;
}

/** Where in a server a command ran, and what its asker and the bot may do there. */
export interface ServerPlace {
  guildId: string;
  /** The channel the command was run in. */
  channelId: string;
  /** The asker's permissions in that channel, as Discord computed them (overwrites included). */
  memberPermissions: bigint;
  /** The bot's permissions in that channel. */
  appPermissions: bigint;
}

/** A channel Discord resolved for a channel option: id, name and type only. */
export interface ResolvedChannel {
  id: string;
  name: string;
  /** Discord's channel type (0 text, 2 voice, 4 category, 5 announcement, …). */
  type: number;
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

/** The message a message command was run on (right-click a message → Apps), as Discord sent it. */
export interface TargetMessage {
  content: string;
  /** The author's display name, when Discord gives it. */
  authorName?: string;
  /** A link to the message. */
  url?: string;
}

/**
 * A message command: an entry in a message's context menu (Apps → "Verify quotes"). It takes no
 * options, only the message, and its reply is for the one who asked alone: it acts on someone
 * else's words, which the rest of the channel did not ask to see checked.
 */
export interface MessageCommand {
  /** The definition registered with Discord: a context-menu command of type Message. */
  data: ContextMenuCommandBuilder;
  execute(message: TargetMessage, context: CommandContext): Reply;
}

export function defineMessageCommand(command: MessageCommand): MessageCommand {
  return command;
}

/** A message command's definition, with the contexts and install types every command shares. */
export function messageCommand(name: string): ContextMenuCommandBuilder {
  return new ContextMenuCommandBuilder()
    .setName(name)
    .setType(ApplicationCommandType.Message)
    .setContexts(...COMMAND_CONTEXTS)
    .setIntegrationTypes(...COMMAND_INTEGRATION_TYPES);
}

/**
 * The module file a message command lives in, named after it: "Verify quotes" →
 * `verify-quotes`. The console runs it by the same word.
 */
export function messageCommandFileName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, '-');
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

/** Where a server-settings command works: in servers only, installed to the server. */
export const SERVER_COMMAND_CONTEXTS = [InteractionContextType.Guild] as const;
export const SERVER_COMMAND_INTEGRATION_TYPES = [ApplicationIntegrationType.GuildInstall] as const;

/**
 * A definition for a server-settings command: servers only, and hidden from members without
 * `permission` unless a server admin grants it to them (so the command checks again at run time).
 */
export function serverCommand(
  name: string,
  description: string,
  permission: bigint,
): SlashCommandBuilder {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription(description)
    .setContexts(...SERVER_COMMAND_CONTEXTS)
    .setIntegrationTypes(...SERVER_COMMAND_INTEGRATION_TYPES)
    .setDefaultMemberPermissions(permission);
}

/** What a DM or the offline console answers to a server-settings command (in English). */
export const SERVER_ONLY = en.router.serverOnly;

/** Whether a command works only in servers (the offline console and DMs cannot run it). */
export function isServerCommand(command: Command): boolean {
  // Asked on every interaction; building the definition's JSON each time cost ~5% of CPU.
  let serverOnly = SERVER_ONLY_BY_COMMAND.get(command);
  if (serverOnly === undefined) {
    const contexts = command.data.toJSON().contexts;
    serverOnly = contexts?.length === 1 && contexts[0] === InteractionContextType.Guild;
    SERVER_ONLY_BY_COMMAND.set(command, serverOnly);
  }
  return serverOnly;
}

const SERVER_ONLY_BY_COMMAND = new WeakMap<Command, boolean>();

/** The option every command ends with; the router reads it to make the reply ephemeral. */
export const PRIVATE_OPTION = 'private';

export function privateOption(option: SlashCommandBooleanOption): SlashCommandBooleanOption {
  return option.setName(PRIVATE_OPTION).setDescription(en.privateOption.description);
}

/** The longest speaker name `speaker:` takes. */
const SPEAKER_MAX = 100;

/** `speaker:` of /quote and /verify: optional, autocompleted from the dataset's people. */
export function speakerOption(
  description: string,
): (option: SlashCommandStringOption) => SlashCommandStringOption {
  return (option) =>
    option
      .setName('speaker')
      .setDescription(description)
      .setAutocomplete(true)
      .setMaxLength(SPEAKER_MAX);
}

/** The schema of `speaker:`, as `speakerOption` defines it. */
export function speakerSchema(): z.ZodOptional<z.ZodString> {
  return textOption(SPEAKER_MAX, en.options.hints.nameSpeaker).optional();
}

/**
 * The schema of a free-text option: trimmed, not empty, at most `maxLength` characters (the same
 * limit the definition gives Discord with `setMaxLength`, checked again for the console). Its
 * messages are the English texts of src/bot/i18n/en.ts, which the router translates.
 */
export function textOption(maxLength: number, whenEmpty: string): z.ZodString {
  return z.string().trim().min(1, whenEmpty).max(maxLength, en.options.tooLong(maxLength));
}
