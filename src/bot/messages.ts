/**
 * Plain messages sent to the bot in a DM are questions: they run through the same `/ask`
 * command as the slash command, with the same cooldown, and the answer is a reply in the DM.
 * Server messages are not read at all (the bot has no MessageContent intent).
 */
import { Events, type Client, type Message, type MessageReplyOptions } from 'discord.js';
import type { Answerer } from '../answer/types.js';
import type { Logger } from '../log.js';
import { NO_MENTIONS } from './client.js';
import type { Command, Reply } from './command.js';
import { cooldownMessage, type Cooldown } from './cooldown.js';
import { APOLOGY, runCommand, type Outcome } from './interactions.js';
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
}

export type DmHandler = (message: Message) => Promise<void>;

/** A reply in the DM that quotes the question but pings no one, not even the asker. */
function toReplyPayload(reply: Reply): MessageReplyOptions {
  const payload: MessageReplyOptions = {
    embeds: reply.embeds,
    components: reply.components,
    allowedMentions: NO_MENTIONS,
    // The question may have been deleted meanwhile: answer anyway rather than fail.
    failIfNotExists: false,
  };
  if (reply.content !== undefined) payload.content = reply.content;
  return payload;
}

function textReply(content: string): MessageReplyOptions {
  return { content, allowedMentions: NO_MENTIONS, failIfNotExists: false };
}

export function createDmHandler(options: DmHandlerOptions): DmHandler {
  const { commands, cooldown, tracker, logger } = options;
  const target = options.command ?? { name: 'ask', option: 'question' };
  const now = options.now ?? (() => new Date());

  const answer = async (message: Message): Promise<Outcome> => {
    const command = commands.get(target.name);
    if (command === undefined)
      throw new Error(`DMs are answered by /${target.name}, which is missing`);
    const limit = cooldown.take(message.author.id);
    if (!limit.allowed) {
      await message.reply(textReply(cooldownMessage(limit.retryAfterMs)));
      return 'rate-limited';
    }
    const run = runCommand(
      command,
      { [target.option]: message.content },
      { answerer: options.answerer(), userId: message.author.id, page: 0, now: now() },
    );
    if (!run.ok) {
      await message.reply(textReply(`I can't answer that as it is: ${run.reason}.`));
      return 'invalid-options';
    }
    await message.reply(toReplyPayload(run.reply));
    return 'answered';
  };

  const handle = async (message: Message): Promise<void> => {
    const startedAt = performance.now();
    const context = {
      kind: 'dm',
      command: target.name,
      userId: message.author.id,
      messageId: message.id,
    };
    let outcome: Outcome;
    try {
      outcome = await answer(message);
    } catch (error) {
      outcome = 'error';
      logger.error({ ...context, err: error }, 'DM handler failed');
      try {
        await message.reply(textReply(APOLOGY));
      } catch (replyError) {
        logger.warn({ ...context, err: replyError }, 'could not send the apology');
      }
    }
    logger.info(
      { ...context, latencyMs: Math.round(performance.now() - startedAt), outcome },
      'interaction',
    );
  };

  return async (message) => {
    // Only direct messages from people: never the bot itself, other bots, or server channels.
    if (message.author.bot || message.inGuild() || message.content.trim() === '') return;
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
