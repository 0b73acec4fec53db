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
  DiscordAPIError,
  Events,
  InteractionContextType,
  MessageFlags,
  RESTJSONErrorCodes,
  ShardClientUtil,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type Interaction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type RepliableInteraction,
} from 'discord.js';
import type { Answerer } from '../answer/types.js';
import type { Logger } from '../log.js';
import { NO_MENTIONS } from './client.js';
import type { Command, CommandContext, Reply } from './command.js';
import {
  AUTOCOMPLETE_COOLDOWN,
  cooldownMessage,
  createCooldown,
  type Cooldown,
} from './cooldown.js';
import { createDeferPolicy, type DeferPolicy } from './defer-policy.js';
import type { WorkTracker } from './shutdown.js';

/** What a page button asks for, decoded from its custom id and the message it sits on. */
export type ButtonResolution =
  | { ok: true; command: string; options: Record<string, unknown>; page: number }
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

export const APOLOGY = 'Sorry, something went wrong while answering. Please try again in a moment.';

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
    return {
      ok: false,
      problem: describeOptionProblem(parsed.error.issues, options),
      reason: parsed.error.issues[0]?.message ?? 'invalid input',
      private: true,
    };
  }
  return { ok: true, reply: command.execute(parsed.data, context), private: isPrivate };
}

function describeOptionProblem(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  options: Record<string, unknown>,
): string {
  const issue = issues[0];
  const name = issue?.path[0];
  if (issue === undefined || name === undefined) {
    return `Those options don't work together: ${issue?.message ?? 'invalid input'}.`;
  }
  const option = String(name);
  if (options[option] === undefined) return `The option \`${option}\` is required.`;
  return `The option \`${option}\` is not valid: ${issue.message}.`;
}

/** A reply as a message payload for editing or updating: every field is set, mentions are off. */
export function toEditPayload(reply: Reply): InteractionEditReplyOptions {
  return {
    content: reply.content ?? '',
    embeds: reply.embeds,
    components: reply.components,
    allowedMentions: NO_MENTIONS,
  };
}

/** A reply as the interaction callback's message: mentions off, ephemeral when asked. */
export function toCallbackPayload(reply: Reply, ephemeral: boolean): InteractionReplyOptions {
  const payload: InteractionReplyOptions = {
    embeds: reply.embeds,
    components: reply.components,
    allowedMentions: NO_MENTIONS,
  };
  if (reply.content !== undefined) payload.content = reply.content;
  if (ephemeral) payload.flags = MessageFlags.Ephemeral;
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
    context: { userId: string; page: number },
  ): CommandRun => {
    const startedAt = performance.now();
    try {
      return runCommand(command, rawOptions, {
        answerer: options.answerer(),
        ...context,
        now: now(),
        commandIds: options.commandIds?.(),
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
      await interaction.reply(notice(`I don't know the command \`/${interaction.commandName}\`.`));
      return 'unknown-command';
    }
    const limit = cooldown.take(interaction.user.id);
    if (!limit.allowed) {
      await interaction.reply(notice(cooldownMessage(limit.retryAfterMs)));
      return 'rate-limited';
    }
    const rawOptions = Object.fromEntries(
      interaction.options.data.map((option) => [option.name, option.value]),
    );
    const isPrivate = rawOptions.private === true;
    if (mayBeLate(interaction.commandName, interaction)) {
      await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
    }
    const run = timedRun(interaction.commandName, command, rawOptions, {
      userId: interaction.user.id,
      page: 0,
    });
    if (!run.ok) {
      // The option problem is for the asker alone, even when the command was public.
      await replaceWithNotice(interaction, run.problem);
      return 'invalid-options';
    }
    const ephemeral = isPrivate || run.reply.onlyForAsker === true;
    if (!interaction.deferred) {
      await interaction.reply(toCallbackPayload(run.reply, ephemeral));
    } else if (ephemeral && interaction.ephemeral !== true) {
      // Deferred in public, but the answer is for the asker alone: swap the placeholder out.
      await interaction.deleteReply();
      await interaction.followUp(toCallbackPayload(run.reply, true));
    } else {
      await interaction.editReply(toEditPayload(run.reply));
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
    });
    if (!resolution.ok) {
      await interaction.reply(notice(resolution.message));
      return 'refused';
    }
    context.command = resolution.command;
    const command = commands.get(resolution.command);
    if (command === undefined) {
      await interaction.reply(notice('This button belongs to a command that no longer exists.'));
      return 'unknown-command';
    }
    const limit = cooldown.take(interaction.user.id);
    if (!limit.allowed) {
      await interaction.reply(notice(cooldownMessage(limit.retryAfterMs)));
      return 'rate-limited';
    }
    if (mayBeLate(resolution.command, interaction)) await interaction.deferUpdate();
    const run = timedRun(resolution.command, command, resolution.options, {
      userId: interaction.user.id,
      page: resolution.page,
    });
    if (!run.ok) {
      if (interaction.deferred) await interaction.followUp(notice(run.problem));
      else await interaction.reply(notice(run.problem));
      return 'invalid-options';
    }
    // The page replaces the message it was asked from, in the callback unless deferred.
    if (interaction.deferred) await interaction.editReply(toEditPayload(run.reply));
    else await interaction.update(toEditPayload(run.reply));
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
    const kind = interaction.isChatInputCommand()
      ? 'command'
      : interaction.isAutocomplete()
        ? 'autocomplete'
        : interaction.isButton()
          ? 'button'
          : 'other';
    const context: { kind: typeof kind; command: string | null } & Record<string, unknown> = {
      kind,
      command:
        interaction.isChatInputCommand() || interaction.isAutocomplete()
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
      else if (interaction.isAutocomplete()) outcome = await handleAutocomplete(interaction);
      else if (interaction.isButton()) outcome = await handleButton(interaction, context);
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
 * Who ran the command whose reply carries the pressed button, as Discord reports it. A reply to a
 * plain DM has no interaction behind it; in the bot's own DM only its one user can press, so the
 * presser is the owner there.
 */
export function commandUserOf(interaction: ButtonInteraction): string | null {
  const { message } = interaction;
  const ranBy =
    message.interactionMetadata?.user.id ??
    // Messages from before interaction_metadata carry only the deprecated field.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    message.interaction?.user.id;
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
  } else if (interaction.isButton()) {
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
    await replaceWithNotice(interaction, APOLOGY);
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
