/**
 * The discord.js client, configured once for everything the bot needs and nothing more:
 * slash commands and DMs (no privileged intents), no mentions anywhere by default, and bounded
 * caches.
 */
import {
  Client,
  GatewayIntentBits,
  Options,
  Partials,
  type ClientOptions,
  type GuildMember,
  type User,
} from 'discord.js';
import type { RESTOptions } from 'discord.js';

/** Quoted text must never ping anyone: no @everyone, roles, users, or reply pings. */
export const NO_MENTIONS = {
  parse: [],
  repliedUser: false,
} satisfies ClientOptions['allowedMentions'];

/**
 * discord.js caches every user and member an interaction brings, and never drops them; the bot
 * reads them only while answering. Past these sizes the oldest go, and every hour all go, except
 * the bot's own user and member, which discord.js needs (`client.user`, `guild.members.me`).
 */
export const CACHE_LIMITS = {
  users: 1_000,
  /** Per server. */
  membersPerGuild: 100,
  sweepIntervalSeconds: 3_600,
} as const;

function isBotItself(item: User | GuildMember): boolean {
  // Typed as logged in, but caches can fill before READY has set `client.user`.
  const client: Client = item.client;
  return item.id === client.user?.id;
}

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
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      UserManager: { maxSize: CACHE_LIMITS.users, keepOverLimit: isBotItself },
      GuildMemberManager: { maxSize: CACHE_LIMITS.membersPerGuild, keepOverLimit: isBotItself },
      // Messages are read once, when they arrive; caching them would keep people's DMs in memory.
      MessageManager: 0,
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      users: {
        interval: CACHE_LIMITS.sweepIntervalSeconds,
        filter: () => (user) => !isBotItself(user),
      },
      guildMembers: {
        interval: CACHE_LIMITS.sweepIntervalSeconds,
        filter: () => (member) => !isBotItself(member),
      },
    },
    rest,
  });
}
