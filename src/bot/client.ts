/**
 * The discord.js client, configured once for everything the bot needs and nothing more:
 * slash commands and DMs (no privileged intents), and no mentions anywhere by default.
 */
import { Client, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import type { RESTOptions } from 'discord.js';

/** Quoted text must never ping anyone: no @everyone, roles, users, or reply pings. */
export const NO_MENTIONS = {
  parse: [],
  repliedUser: false,
} satisfies ClientOptions['allowedMentions'];

export interface ClientFactoryOptions {
  /** REST base without the version (e.g. a local emulator); the gateway URL is asked from it. */
  apiUrl?: string | undefined;
  /** Replaces the HTTP call itself; tests use it to answer as Discord would. */
  makeRequest?: RESTOptions['makeRequest'];
}

export function createClient(options: ClientFactoryOptions = {}): Client {
  // Only pass what is set: an explicit `undefined` would replace discord.js's defaults.
  const rest: Partial<RESTOptions> = {};
  if (options.apiUrl !== undefined) rest.api = options.apiUrl;
  if (options.makeRequest !== undefined) rest.makeRequest = options.makeRequest;
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    // A DM in a channel the bot has not cached (the first one after a restart) arrives without
    // its channel object; without this partial discord.js drops the message silently.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest,
  });
}
