/**
 * Plain messages sent to the bot in a DM are questions: they run through the same `/ask`
 * command as the slash command, with the same cooldown, and the answer is a reply in the DM.
 * A DM written as a slash command (`/who name:sessions`) runs that command instead.
 * Server messages are not read at all (the bot has no MessageContent intent).
 */
import { Events, type Client, type Message, type MessageReplyOptions } from 'discord.js';
import type { Answerer } from '../answer/types.js';
import type { Logger } from '../log.js';
import { NO_MENTIONS } from './client.js';
import { commandNameOf, resolveCommandLine } from './command-line.js';
import { drawAttachments, toFilePayloads } from './attachments.js';
import {
  isServerCommand,
  SERVER_ONLY,
  type Command,
  type DrawnAttachment,
  type Reply,
} from './command.js';
import { cooldownMessage, type Cooldown } from './cooldown.js';
import {
  APOLOGY,
  notify,
  runCommand,
  shardIdFor,
  type Observer,
  type Outcome,
} from './interactions.js';
import type { WorkTracker } from './shutdown.js';

export interface DmHandlerOptions {
  commands: ReadonlyMap<string, Command>;
  answerer: () => Answerer;
  cooldown: Cooldown;
  tracker: WorkTracker;
  logger: Logger;
  /** The command a DM is answered as, and the option its text goes into. */
  command?: { name: string; option: string };
  now?: () => Date;
  /** Called once per handled DM (kind `dm`), after its log line (metrics). */
  observe?: Observer;
  /** Registered command ids by name, for /help's clickable mentions; read per message. */
  commandIds?: () => ReadonlyMap<string, string>;
}

export type DmHandler = (message: Message) => Promise<void>;

/** A reply in the DM that quotes the question but pings no one, not even the asker. */
function toReplyPayload(reply: Reply, files: readonly DrawnAttachment[]): MessageReplyOptions {
  const payload: MessageReplyOptions = {
    embeds: reply.embeds,
    components: reply.components,
    allowedMentions: NO_MENTIONS,
    // The question may have been deleted meanwhile: answer anyway rather than fail.
    failIfNotExists: false,
  };
  if (reply.content !== undefined) payload.content = reply.content;
  if (files.length > 0) payload.files = toFilePayloads(files);
  return payload;
}

function textReply(content: string): MessageReplyOptions {
  return { content, allowedMentions: NO_MENTIONS, failIfNotExists: false };
}

export function createDmHandler(options: DmHandlerOptions): DmHandler {
  const { commands, cooldown, tracker, logger } = options;
  const target = options.command ?? { name: 'ask', option: 'question' };
  const now = options.now ?? (() => new Date());

  const answer = async (
    message: Message,
    context: { command: string | null },
  ): Promise<Outcome> => {
    let command = commands.get(target.name);
    if (command === undefined)
      throw new Error(`DMs are answered by /${target.name}, which is missing`);
    const limit = cooldown.take(message.author.id);
    if (!limit.allowed) {
      await message.reply(textReply(cooldownMessage(limit.retryAfterMs)));
      return 'rate-limited';
    }
    let rawOptions: Record<string, unknown> = { [target.option]: message.content };
    const written = commandNameOf(message.content);
    const serverOnly = written === null ? undefined : commands.get(written);
    if (serverOnly !== undefined && isServerCommand(serverOnly)) {
      // A DM has no server to set: say so rather than what its options lack.
      context.command = serverOnly.data.name;
      await message.reply(textReply(SERVER_ONLY(serverOnly.data.name)));
      return 'refused';
    }
    if (written !== null) {
      const line = resolveCommandLine(message.content, commands);
      // A name the bot lacks is not logged: it is whatever the user typed.
      context.command = commands.has(written) ? written : null;
      if (!line.ok) {
        await message.reply(textReply(line.error));
        return context.command === null ? 'unknown-command' : 'invalid-options';
      }
      command = line.command;
      rawOptions = line.options;
    }
    const run = runCommand(command, rawOptions, {
      answerer: options.answerer(),
      userId: message.author.id,
      page: 0,
      now: now(),
      commandIds: options.commandIds?.(),
    });
    if (!run.ok) {
      const problem =
        written === null ? `I can't answer that as it is: ${run.reason}.` : run.problem;
      await message.reply(textReply(problem));
      return 'invalid-options';
    }
    const { reply, files } = await drawAttachments(run.reply, (file, error) => {
      logger.error({ err: error, command: context.command, file }, 'could not draw a file');
    });
    await message.reply(toReplyPayload(reply, files));
    return 'answered';
  };

  const handle = async (message: Message): Promise<void> => {
    const startedAt = performance.now();
    // The question's text is never logged; the user id is written as a keyed hash (PRIVACY.md).
    const context = {
      kind: 'dm' as const,
      command: target.name as string | null,
      userId: message.author.id,
      guildId: null,
      shardId: shardIdFor(message.client, null),
      messageId: message.id,
    };
    let outcome: Outcome;
    try {
      outcome = await answer(message, context);
    } catch (error) {
      outcome = 'error';
      logger.error({ ...context, err: error }, 'DM handler failed');
      try {
        await message.reply(textReply(APOLOGY));
      } catch (replyError) {
        logger.warn({ ...context, err: replyError }, 'could not send the apology');
      }
    }
    const latencyMs = Math.round(performance.now() - startedAt);
    logger.info({ ...context, latencyMs, outcome }, 'interaction');
    notify(options.observe, { kind: 'dm', command: context.command, outcome, latencyMs }, logger);
  };

  return async (message) => {
    // Only direct messages from people: never the bot itself, other bots, server channels, or
    // Discord's own notices (a pin). An empty one (an image alone) gets the help card.
    if (message.author.bot || message.inGuild() || message.system) return;
    try {
      const accepted = await tracker.run(() => handle(message));
      if (!accepted) {
        logger.info(
          { kind: 'ignored', messageId: message.id, userId: message.author.id },
          'shutting down; DM ignored',
        );
      }
    } catch (error) {
      logger.error({ err: error, messageId: message.id }, 'DM routing failed');
    }
  };
}

export function attachDmHandler(client: Client, handler: DmHandler): void {
  client.on(Events.MessageCreate, (message) => {
    void handler(message);
  });
}
