/**
 * The ids Discord gave the registered commands, by name. `/help` needs them to show a command as
 * a mention the user can click (`</who:123>`), and Discord only tells them at run time.
 */
import type { FetchApplicationCommandOptions } from 'discord.js';
import type { Logger } from '../log.js';

/** The part of discord.js' `client.application.commands` this needs. */
export interface CommandLister {
  fetch(
    options: FetchApplicationCommandOptions,
  ): Promise<ReadonlyMap<string, { id: string; name: string }>>;
}

/**
 * The global commands, then those of the development guild (DISCORD_GUILD_ID, where `deploy`
 * registers them), which win a name both have. Never fails: on an error it logs a warning and
 * returns what it has, and help falls back to plain `/name`.
 */
export async function fetchCommandIds(
  commands: CommandLister,
  options: { guildId?: string | undefined; logger: Logger },
): Promise<ReadonlyMap<string, string>> {
  const ids = new Map<string, string>();
  const scopes: FetchApplicationCommandOptions[] = [
    {},
    ...(options.guildId === undefined ? [] : [{ guildId: options.guildId }]),
  ];
  for (const scope of scopes) {
    try {
      for (const command of (await commands.fetch(scope)).values()) {
        ids.set(command.name, command.id);
      }
    } catch (error) {
      options.logger.warn(
        { err: error, guildId: scope.guildId ?? null },
        'could not fetch the registered commands; /help shows them without links',
      );
    }
  }
  options.logger.info({ commands: ids.size }, 'registered command ids fetched');
  return ids;
}
