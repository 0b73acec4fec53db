/**
 * Routes Discord interactions to the command modules. Everything Discord-specific about
 * answering lives here: answering in time, validating options, cooldowns, paging buttons,
 * apologising when a handler fails, and one log line per interaction. Commands stay pure.
 *
 * An answer goes in the interaction callback itself (a page in an update-message callback):
 * Discord does not count callbacks against the bot's global rate limit, while the webhook edit a
 * deferral needs is held to 50 per second by discord.js, so deferred answers queue under a burst.
 * Only work that may miss the 3-second window is deferred first (defer-policy.ts).
 */
import {
  ComponentType,
  DiscordAPIError,
  Events,
  InteractionContextType,
  MessageFlags,
  RESTJSONErrorCodes,
  ShardClientUtil,
  messageLink,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type Interaction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type MessageContextMenuCommandInteraction,
  type APIModalInteractionResponseCallbackData,
  type ModalMessageModalSubmitInteraction,
  type ModalSubmitInteraction,
  type RepliableInteraction,
} from 'discord.js';
import type { Answerer } from '../answer/types.js';
import type { Logger } from '../log.js';
import { drawAttachments, forPageTurn, toFilePayloads } from './attachments.js';
import { NO_MENTIONS } from './client.js';
import type { SettingsStore } from '../settings/store.js';
import type {
  Command,
  CommandContext,
  DrawnAttachment,
  MessageCommand,
  Reply,
  TargetMessage,
} from './command.js';
import { isServerCommand } from './command.js';
import { optionValues, resolvedChannels, serverPlaceOf } from './command-options.js';
import {
  AUTOCOMPLETE_COOLDOWN,
  cooldownMessage,
  createCooldown,
  type Cooldown,
} from './cooldown.js';
import { createDeferPolicy, type DeferPolicy } from './defer-policy.js';
import { optionName } from './i18n/commands.js';
import { en } from './i18n/en.js';
import { textOf } from './i18n/index.js';
import { describeOptionProblem } from './i18n/options.js';
import type { WorkTracker } from './shutdown.js';

/**
 * What a page button asks for, decoded from its custom id and the message it sits on: a page (or
 * the page holding a date) of the command run again, a form to open (Go to…), or a refusal.
 */
export type ButtonResolution =
  | {
      ok: true;
      command: string;
      options: Record<string, unknown>;
      page: number;
      pageDate?: CommandContext['pageDate'];
    }
  | { ok: true; command: string; form: APIModalInteractionResponseCallbackData }
  | { ok: false; message: string };

export type ResolveButton = (press: {
  customId: string;
  /** The footer text of the message's first embed, where page state may be kept. */
  footer: string | null;
  /** Who pressed. */
  userId: string;
  /**
   * Who ran the command the message answers, as Discord reports it (never read from the
   * custom id, which a client can forge); null when Discord names nobody.
   */
  ownerId: string | null;
  now: Date;
  /** For the submit of a form a button opened: what was typed into its text input. */
  input?: string;
  /** The presser's Discord locale: refusals and forms are in their language. */
  locale?: string;
}) => ButtonResolution;

export type CommandRun =
  | { ok: true; reply: Reply; private: boolean }
  | {
      ok: false;
      /** Names the option at fault, for someone who typed the command. */
      problem: string;
      /** What is wrong, without the option's name, for someone who just typed text (a DM). */
      reason: string;
      private: boolean;
    };

/** The apology for a failed answer, in English; the asker gets it in their language. */
export const APOLOGY = en.router.apology;

/** Discord's limits on autocomplete: at most 25 choices, names and values of 1 to 100 chars. */
export const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

/**
 * Validates options against the command's schema and runs it. `private` is the router's own
 * option (every command has it), so it is taken out before the command sees the options.
 * Throws only what the command itself throws.
 */
export function runCommand(
  command: Command,
  rawOptions: Record<string, unknown>,
  context: CommandContext,
): CommandRun {
  const { private: privateOption, ...options } = rawOptions;
  const isPrivate = privateOption === true;
  const parsed = command.options.safeParse(options);
  if (!parsed.success) {
    const name = command.data.name;
    const { problem, reason } = describeOptionProblem(
      parsed.error.issues,
      options,
      (option) => optionName(name, option, context.locale),
      context.locale,
    );
    return { ok: false, problem, reason, private: true };
  }
  return { ok: true, reply: command.execute(parsed.data, context), private: isPrivate };
}

/**
 * Whether a slash command's answer, and the "thinking…" of a deferral before it, is for the asker
 * alone: asked with `private:true`, or a server command (settings are for the admin alone). Known
 * before the command runs; a reply may still ask to be private (`onlyForAsker`).
 */
export function isPrivateRun(
  command: Command | undefined,
  rawOptions: Record<string, unknown>,
): boolean {
  return rawOptions.private === true || (command !== undefined && isServerCommand(command));
}

/**
 * A reply as a message payload for editing or updating: every field is set, mentions are off.
 * Without `files` the message keeps the attachments it has (see attachments.ts).
 */
export function toEditPayload(
  reply: Reply,
  files: readonly DrawnAttachment[] = [],
): InteractionEditReplyOptions {
  return {
    content: reply.content ?? '',
    embeds: reply.embeds,
    components: reply.components,
    allowedMentions: NO_MENTIONS,
    ...(files.length === 0 ? {} : { files: toFilePayloads(files) }),
  };
}

/** A reply as the interaction callback's message: mentions off, ephemeral when asked. */
export function toCallbackPayload(
  reply: Reply,
  ephemeral: boolean,
  files: readonly DrawnAttachment[] = [],
): InteractionReplyOptions {
  const payload: InteractionReplyOptions = {
    embeds: reply.embeds,
    components: reply.components,
    allowedMentions: NO_MENTIONS,
  };
  if (reply.content !== undefined) payload.content = reply.content;
  if (ephemeral) payload.flags = MessageFlags.Ephemeral;
  if (files.length > 0) payload.files = toFilePayloads(files);
  return payload;
}

/** An ephemeral text reply (refusals, option problems, apologies). */
function notice(content: string): InteractionReplyOptions & { flags: MessageFlags.Ephemeral } {
  return { content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS };
}

/** Discord refusing because the interaction expired (10062) or was already answered (40060). */
export function isStaleInteractionError(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    (error.code === RESTJSONErrorCodes.UnknownInteraction ||
      error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged)
  );
}

export type Outcome =
  | 'answered'
  | 'invalid-options'
  | 'rate-limited'
  | 'unknown-command'
  | 'refused'
  | 'stale-interaction'
  | 'error';

/** What the router did with one interaction (or the DM handler with one message), for metrics. */
export interface InteractionObservation {
  kind: 'command' | 'autocomplete' | 'button' | 'other' | 'dm';
  command: string | null;
  outcome: Outcome;
  /** From the handler receiving it to its last request to Discord answered. */
  latencyMs: number;
}

export type Observer = (event: InteractionObservation) => void;

/**
 * The gateway shard that delivers a server's events: the cached guild knows it; a server the bot
 * is not in (a user-installed command) gets Discord's formula; DMs only ever reach shard 0.
 */
export function shardIdFor(client: Client, guildId: string | null): number {
  if (guildId === null) return 0;
  const guild = client.guilds.cache.get(guildId);
  if (guild !== undefined) return guild.shardId;
  return ShardClientUtil.shardIdForGuildId(guildId, client.options.shardCount ?? 1);
}

/** Passes an observation on; a failing observer is logged and never affects the user. */
export function notify(
  observe: Observer | undefined,
  event: InteractionObservation,
  logger: Logger,
): void {
  if (observe === undefined) return;
  try {
    observe(event);
  } catch (error) {
    logger.warn({ err: error, kind: event.kind }, 'interaction observer failed');
  }
}

export interface RouterOptions {
  commands: ReadonlyMap<string, Command>;
  /** Message commands (right-click a message → Apps) by name. */
  messageCommands?: ReadonlyMap<string, MessageCommand>;
  /** The current answerer: read per interaction, because the dataset can be reloaded. */
  answerer: () => Answerer;
  cooldown: Cooldown;
  /** Keystroke budget per user for autocomplete; past it the choices are empty, uncomputed. */
  autocompleteCooldown?: Cooldown;
  tracker: WorkTracker;
  logger: Logger;
  resolveButton: ResolveButton;
  now?: () => Date;
  /** Called once per handled interaction, after its log line (metrics). */
  observe?: Observer;
  /** When to acknowledge before answering; by default only when the answer might be late. */
  deferPolicy?: DeferPolicy;
  /** Registered command ids by name, for /help's clickable mentions; read per interaction. */
  commandIds?: () => ReadonlyMap<string, string>;
  /** Server settings (`/settings`); absent, commands that need them say so. */
  settings?: SettingsStore;
}

export type InteractionRouter = (interaction: Interaction) => Promise<void>;

export function createInteractionRouter(options: RouterOptions): InteractionRouter {
  const { commands, cooldown, tracker, logger, resolveButton } = options;
  const autocompleteCooldown =
    options.autocompleteCooldown ?? createCooldown(AUTOCOMPLETE_COOLDOWN);
  const now = options.now ?? (() => new Date());
  const deferPolicy = options.deferPolicy ?? createDeferPolicy();

  /** Runs a command, timing it for the defer policy (commands are synchronous). */
  const timedRun = (
    name: string,
    command: Command,
    rawOptions: Record<string, unknown>,
    context: Pick<
      CommandContext,
      'userId' | 'page' | 'pageDate' | 'server' | 'resolvedChannels' | 'locale'
    >,
  ): CommandRun => {
    const startedAt = performance.now();
    try {
      return runCommand(command, rawOptions, {
        answerer: options.answerer(),
        ...context,
        now: now(),
        commandIds: options.commandIds?.(),
        settings: options.settings,
      });
    } finally {
      deferPolicy.record(name, performance.now() - startedAt);
    }
  };

  const mayBeLate = (name: string, interaction: Interaction): boolean =>
    deferPolicy.shouldDefer(name, Date.now() - interaction.createdTimestamp);

  const handleCommand = async (interaction: ChatInputCommandInteraction): Promise<Outcome> => {
    const command = commands.get(interaction.commandName);
    if (command === undefined) {
      const text = textOf(interaction.locale).router;
      await interaction.reply(notice(text.unknownCommand(interaction.commandName)));
      return 'unknown-command';
    }
    const limit = cooldown.take(interaction.user.id);
    if (!limit.allowed) {
      await interaction.reply(notice(cooldownMessage(limit.retryAfterMs, interaction.locale)));
      return 'rate-limited';
    }
    const rawOptions = optionValues(interaction.options.data);
    const isPrivate = isPrivateRun(command, rawOptions);
    if (mayBeLate(interaction.commandName, interaction)) {
      await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
    }
    const run = timedRun(interaction.commandName, command, rawOptions, {
      userId: interaction.user.id,
      page: 0,
      server: serverPlaceOf(interaction),
      resolvedChannels: resolvedChannels(interaction.options.data),
      locale: interaction.locale,
    });
    if (!run.ok) {
      // The option problem is for the asker alone, even when the command was public.
      await replaceWithNotice(interaction, run.problem);
      return 'invalid-options';
    }
    const ephemeral = isPrivate || run.reply.onlyForAsker === true;
    const drawStartedAt = performance.now();
    const { reply, files } = await drawAttachments(run.reply, (file, error) => {
      logger.error({ err: error, command: interaction.commandName, file }, 'could not draw a file');
    });
    // Drawing is part of the command's work when deciding whether to defer its next run.
    if (files.length > 0) {
      deferPolicy.record(interaction.commandName, performance.now() - drawStartedAt);
    }
    if (!interaction.deferred) {
      await interaction.reply(toCallbackPayload(reply, ephemeral, files));
    } else if (ephemeral && interaction.ephemeral !== true) {
      // Deferred in public, but the answer is for the asker alone: swap the placeholder out.
      await interaction.deleteReply();
      await interaction.followUp(toCallbackPayload(reply, true, files));
    } else {
      await interaction.editReply(toEditPayload(reply, files));
    }
    return 'answered';
  };

  const handleButton = async (
    interaction: ButtonInteraction,
    context: { command: string | null },
  ): Promise<Outcome> => {
    const resolution = resolveButton({
      customId: interaction.customId,
      footer: interaction.message.embeds[0]?.footer?.text ?? null,
      userId: interaction.user.id,
      ownerId: commandUserOf(interaction),
      now: now(),
      locale: interaction.locale,
    });
    if (!resolution.ok) {
      await interaction.reply(notice(resolution.message));
      return 'refused';
    }
    context.command = resolution.command;
    if ('form' in resolution) {
      await interaction.showModal(resolution.form);
      return 'answered';
    }
    return showPage(interaction, resolution);
  };

  /** The submit of a form a page button opened (Go to…): the page asked for, or why not. */
  const handleForm = async (
    interaction: ModalSubmitInteraction,
    context: { command: string | null },
  ): Promise<Outcome> => {
    const input = interaction.fields.fields.find((field) => field.type === ComponentType.TextInput);
    const resolution = resolveButton({
      customId: interaction.customId,
      footer: interaction.message?.embeds[0]?.footer?.text ?? null,
      userId: interaction.user.id,
      ownerId: commandUserOf(interaction),
      now: now(),
      input: input !== undefined && 'value' in input ? input.value : '',
      locale: interaction.locale,
    });
    if (!resolution.ok) {
      await interaction.reply(notice(resolution.message));
      return 'refused';
    }
    // Page forms are only opened from a message, and a submit never opens another form.
    if ('form' in resolution || !interaction.isFromMessage()) {
      await interaction.reply(notice(textOf(interaction.locale).router.strayForm));
      return 'refused';
    }
    context.command = resolution.command;
    return showPage(interaction, resolution);
  };

  /** Runs the command again for the page asked from a message, and puts it in that message. */
  const showPage = async (
    interaction: ButtonInteraction | ModalMessageModalSubmitInteraction,
    page: Extract<ButtonResolution, { page: number }>,
  ): Promise<Outcome> => {
    const command = commands.get(page.command);
    if (command === undefined) {
      await interaction.reply(notice(textOf(interaction.locale).router.buttonOfGoneCommand));
      return 'unknown-command';
    }
    const limit = cooldown.take(interaction.user.id);
    if (!limit.allowed) {
      await interaction.reply(notice(cooldownMessage(limit.retryAfterMs, interaction.locale)));
      return 'rate-limited';
    }
    if (mayBeLate(page.command, interaction)) await interaction.deferUpdate();
    const run = timedRun(page.command, command, page.options, {
      userId: interaction.user.id,
      page: page.page,
      pageDate: page.pageDate,
      locale: interaction.locale,
    });
    if (!run.ok) {
      if (interaction.deferred) await interaction.followUp(notice(run.problem));
      else await interaction.reply(notice(run.problem));
      return 'invalid-options';
    }
    // The page replaces the message it was asked from, in the callback unless deferred; the
    // message keeps the picture it shows (attachments.ts).
    const shown = interaction.message.embeds.some((embed) => embed.image !== null);
    const pageReply = forPageTurn(run.reply, shown);
    if (interaction.deferred) await interaction.editReply(toEditPayload(pageReply));
    else await interaction.update(toEditPayload(pageReply));
    return 'answered';
  };

  /** A message command ("Verify quotes"): it acts on someone's message, so only the asker sees it. */
  const handleMessageCommand = async (
    interaction: MessageContextMenuCommandInteraction,
  ): Promise<Outcome> => {
    const name = interaction.commandName;
    const command = options.messageCommands?.get(name);
    if (command === undefined) {
      await interaction.reply(
        notice(textOf(interaction.locale).router.unknownMessageCommand(name)),
      );
      return 'unknown-command';
    }
    const limit = cooldown.take(interaction.user.id);
    if (!limit.allowed) {
      await interaction.reply(notice(cooldownMessage(limit.retryAfterMs, interaction.locale)));
      return 'rate-limited';
    }
    if (mayBeLate(name, interaction)) {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    }
    const target = interaction.targetMessage;
    const message: TargetMessage = {
      content: target.content,
      authorName: target.member?.displayName ?? target.author.displayName,
      // Discord's resolved message carries no guild id, so its own `url` points at DMs (@me).
      url:
        interaction.guildId === null
          ? messageLink(target.channelId, target.id)
          : messageLink(target.channelId, target.id, interaction.guildId),
    };
    const startedAt = performance.now();
    let reply: Reply;
    try {
      reply = command.execute(message, {
        answerer: options.answerer(),
        userId: interaction.user.id,
        page: 0,
        now: now(),
        commandIds: options.commandIds?.(),
        locale: interaction.locale,
      });
    } finally {
      deferPolicy.record(name, performance.now() - startedAt);
    }
    if (interaction.deferred) await interaction.editReply(toEditPayload(reply));
    else await interaction.reply(toCallbackPayload(reply, true));
    return 'answered';
  };

  const handleAutocomplete = async (interaction: AutocompleteInteraction): Promise<Outcome> => {
    if (!autocompleteCooldown.take(interaction.user.id).allowed) {
      await interaction.respond([]);
      return 'rate-limited';
    }
    const command = commands.get(interaction.commandName);
    let choices: { name: string; value: string }[] = [];
    let outcome: Outcome = 'answered';
    try {
      const focused = interaction.options.getFocused(true);
      const suggested =
        command?.autocomplete?.(
          { name: focused.name, value: focused.value },
          { answerer: options.answerer() },
        ) ?? [];
      choices = suggested
        .slice(0, MAX_CHOICES)
        .map((choice) => ({
          name: choice.name.slice(0, MAX_CHOICE_LENGTH),
          value: choice.value.slice(0, MAX_CHOICE_LENGTH),
        }))
        .filter((choice) => choice.name.length > 0 && choice.value.length > 0);
    } catch (error) {
      // A broken suggestion must not leave the user's input box spinning: answer with nothing.
      logger.error(
        { err: error, kind: 'autocomplete', command: interaction.commandName },
        'autocomplete failed',
      );
      outcome = 'error';
    }
    await interaction.respond(choices);
    return outcome;
  };

  const route = async (interaction: Interaction): Promise<void> => {
    const startedAt = performance.now();
    const kind =
      interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()
        ? 'command'
        : interaction.isAutocomplete()
          ? 'autocomplete'
          : interaction.isButton() || interaction.isModalSubmit()
            ? 'button' // the Go to… form a page button opens counts with the buttons
            : 'other';
    const context: { kind: typeof kind; command: string | null } & Record<string, unknown> = {
      kind,
      command:
        interaction.isChatInputCommand() ||
        interaction.isAutocomplete() ||
        interaction.isMessageContextMenuCommand()
          ? interaction.commandName
          : null,
      // The logger writes a keyed hash of it, not the id (PRIVACY.md).
      userId: interaction.user.id,
      guildId: interaction.guildId,
      shardId: shardIdFor(interaction.client, interaction.guildId),
      interactionId: interaction.id,
    };

    let outcome: Outcome;
    try {
      if (interaction.isChatInputCommand()) outcome = await handleCommand(interaction);
      else if (interaction.isMessageContextMenuCommand()) {
        outcome = await handleMessageCommand(interaction);
      } else if (interaction.isAutocomplete()) outcome = await handleAutocomplete(interaction);
      else if (interaction.isButton()) outcome = await handleButton(interaction, context);
      else if (interaction.isModalSubmit()) outcome = await handleForm(interaction, context);
      else return;
    } catch (error) {
      if (isStaleInteractionError(error)) {
        outcome = 'stale-interaction';
        logger.warn({ ...context, err: error }, 'interaction expired or already acknowledged');
      } else {
        outcome = 'error';
        logger.error({ ...context, err: error }, 'interaction handler failed');
        if (interaction.isRepliable()) await apologize(interaction, logger, context);
      }
    }
    const latencyMs = Math.round(performance.now() - startedAt);
    logger.info({ ...context, latencyMs, outcome }, 'interaction');
    notify(
      options.observe,
      { kind: context.kind, command: context.command, outcome, latencyMs },
      logger,
    );
  };

  return async (interaction) => {
    try {
      // During shutdown new interactions are left alone: Discord tells the user it timed out.
      const accepted = await tracker.run(() => route(interaction));
      if (!accepted) {
        logger.info(
          {
            kind: 'ignored',
            interactionId: interaction.id,
            userId: interaction.user.id,
            guildId: interaction.guildId,
            shardId: shardIdFor(interaction.client, interaction.guildId),
          },
          'shutting down; interaction ignored',
        );
      }
    } catch (error) {
      logger.error({ err: error, interactionId: interaction.id }, 'interaction routing failed');
    }
  };
}

/**
 * Who ran the command whose reply carries the pressed button (or the button that opened the
 * submitted form), as Discord reports it. A reply to a plain DM has no interaction behind it; in
 * the bot's own DM only its one user can press, so the presser is the owner there.
 */
export function commandUserOf(
  interaction: ButtonInteraction | ModalSubmitInteraction,
): string | null {
  const { message } = interaction;
  const ranBy =
    message?.interactionMetadata?.user.id ??
    // Messages from before interaction_metadata carry only the deprecated field.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    message?.interaction?.user.id;
  if (ranBy !== undefined) return ranBy;
  return interaction.context === InteractionContextType.BotDM ? interaction.user.id : null;
}

/**
 * Tells the asker alone: in the callback when nothing was sent yet; else edits a private
 * deferral, or swaps a public one out. A page button's message is an earlier answer, so a notice
 * about the press follows it rather than replacing it.
 */
async function replaceWithNotice(
  interaction: RepliableInteraction,
  content: string,
): Promise<void> {
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(notice(content));
  } else if (interaction.isButton() || interaction.isModalSubmit()) {
    await interaction.followUp(notice(content));
  } else if (interaction.ephemeral === true) {
    await interaction.editReply({
      content,
      embeds: [],
      components: [],
      allowedMentions: NO_MENTIONS,
    });
  } else {
    await interaction.deleteReply();
    await interaction.followUp(notice(content));
  }
}

/** Tells the user something failed; a failure to apologise is logged and goes no further. */
async function apologize(
  interaction: RepliableInteraction,
  logger: Logger,
  context: Record<string, unknown>,
): Promise<void> {
  try {
    await replaceWithNotice(interaction, textOf(interaction.locale).router.apology);
  } catch (error) {
    logger.warn({ ...context, err: error }, 'could not send the apology');
  }
}

/** Connects a router to a client. Every handler is awaited inside; nothing escapes unlogged. */
export function attachInteractionRouter(client: Client, router: InteractionRouter): void {
  client.on(Events.InteractionCreate, (interaction) => {
    void router(interaction);
  });
}
