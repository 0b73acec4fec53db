/**
 * Routes Discord interactions to the command modules. Everything Discord-specific about
 * answering lives here: acknowledging in time, validating options, cooldowns, paging buttons,
 * apologising when a handler fails, and one log line per interaction. Commands stay pure.
 */
import {
  DiscordAPIError,
  Events,
  InteractionContextType,
  MessageFlags,
  RESTJSONErrorCodes,
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
import type { Command, Reply } from './command.js';
import {
  AUTOCOMPLETE_COOLDOWN,
  cooldownMessage,
  createCooldown,
  type Cooldown,
} from './cooldown.js';
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
const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

/**
 * Validates options against the command's schema and runs it. `private` is the router's own
 * option (every command has it), so it is taken out before the command sees the options.
 * Throws only what the command itself throws.
 */
export function runCommand(
  command: Command,
  rawOptions: Record<string, unknown>,
  context: { answerer: Answerer; userId: string; page: number; now: Date },
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
}

export type InteractionRouter = (interaction: Interaction) => Promise<void>;

export function createInteractionRouter(options: RouterOptions): InteractionRouter {
  const { commands, cooldown, tracker, logger, resolveButton } = options;
  const autocompleteCooldown =
    options.autocompleteCooldown ?? createCooldown(AUTOCOMPLETE_COOLDOWN);
  const now = options.now ?? (() => new Date());

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
    // Acknowledge first: Discord allows 3 seconds, and a large dataset can make answers slower.
    await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
    const run = runCommand(command, rawOptions, {
      answerer: options.answerer(),
      userId: interaction.user.id,
      page: 0,
      now: now(),
    });
    if (!run.ok) {
      // The option problem is for the asker alone, even when the deferral was public.
      await replaceWithNotice(interaction, run.problem);
      return 'invalid-options';
    }
    await interaction.editReply(toEditPayload(run.reply));
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
    const run = runCommand(command, resolution.options, {
      answerer: options.answerer(),
      userId: interaction.user.id,
      page: resolution.page,
      now: now(),
    });
    if (!run.ok) {
      await interaction.reply(notice(run.problem));
      return 'invalid-options';
    }
    await interaction.update(toEditPayload(run.reply));
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
    const context = {
      kind,
      command:
        interaction.isChatInputCommand() || interaction.isAutocomplete()
          ? interaction.commandName
          : null,
      userId: interaction.user.id,
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
  };

  return async (interaction) => {
    try {
      // During shutdown new interactions are left alone: Discord tells the user it timed out.
      const accepted = await tracker.run(() => route(interaction));
      if (!accepted) {
        logger.info(
          { kind: 'ignored', interactionId: interaction.id, userId: interaction.user.id },
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

/** Replaces a deferred reply with a private notice: edit it if private, else swap it out. */
async function replaceWithNotice(
  interaction: RepliableInteraction,
  content: string,
): Promise<void> {
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(notice(content));
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
