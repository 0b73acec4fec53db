/**
 * Discord's side of a unit test, without a network: the real discord.js client is built by the
 * product's factory, but its HTTP calls go to `makeRequest`, which records each request and
 * answers as Discord would. Interactions and messages enter through the same action handlers
 * the gateway's INTERACTION_CREATE and MESSAGE_CREATE packets use, so the code under test sees
 * genuine ChatInputCommandInteraction, AutocompleteInteraction, ButtonInteraction and Message
 * objects. Every request is held to Discord's OpenAPI spec, as the emulator does: one the spec
 * refuses gets Discord's 400/50035 answer and fails the test that sent it.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  type Client,
  ClientUser,
  ComponentType,
  InteractionType,
  MessageType,
  type APIEmbed,
  type APIUser,
} from 'discord.js';
import { createClient } from '../../src/bot/client.js';
import { discordSpec, formatViolation, type SpecViolation } from '../emulator/discord-spec.js';

/** Requests the spec refused since the last check, from every fake of this test file. */
const unreported: SpecViolation[] = [];

/** Throws when a fake recorded a request Discord's OpenAPI spec refuses since the last check. */
export function assertNoSpecViolations(): void {
  const violations = unreported.splice(0);
  if (violations.length === 0) return;
  throw new Error(
    `The bot sent ${violations.length} request(s) Discord would refuse:\n` +
      violations.map((violation) => `  ${formatViolation(violation)}`).join('\n'),
  );
}

// Every unit test that talks to Discord builds its client here, so the check runs after each
// of their tests and fails the one that caused a violation.
if (process.env.VITEST) {
  const { afterEach } = await import('vitest');
  afterEach(assertNoSpecViolations);
}

export const APPLICATION_ID = '900000000000000001';
export const BOT_USER_ID = APPLICATION_ID;
export const BOT_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GfakeX.unit-test-bot-token-do-not-log';
export const GUILD_ID = '900000000000000100';
export const GUILD_CHANNEL_ID = '900000000000000101';

export interface CapturedRequest {
  method: string;
  /** The path after `/api/v10`, e.g. `/interactions/1/tok/callback`. */
  path: string;
  query: URLSearchParams;
  body: unknown;
}

/** A Discord error response to give instead of the normal one. */
export interface InjectedError {
  status: number;
  code: number;
  message: string;
}

let sequence = 0n;
/** Unique snowflakes increasing with time, as Discord's are. */
export function snowflake(): string {
  sequence += 1n;
  return (((BigInt(Date.now()) - 1_420_070_400_000n) << 22n) | sequence).toString();
}

export function userPayload(id: string, options: { bot?: boolean } = {}): APIUser {
  return {
    id,
    username: options.bot === true ? 'eventbot' : `user${id.slice(-4)}`,
    global_name: null,
    discriminator: '0',
    avatar: null,
    ...(options.bot === true ? { bot: true } : {}),
  };
}

export interface FakeDiscord {
  client: Client;
  requests: CapturedRequest[];
  /** Makes the next request whose `METHOD path` matches fail with a Discord error. */
  failNext(pattern: RegExp, error: InjectedError): void;
  /** Resolves once `count` requests have been captured. */
  waitForRequests(count: number, timeoutMs?: number): Promise<CapturedRequest[]>;
  destroy(): Promise<void>;
}

export function createFakeDiscord(): FakeDiscord {
  const requests: CapturedRequest[] = [];
  const failures: { pattern: RegExp; error: InjectedError }[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];

  const makeRequest = (
    url: string,
    init: { method?: string; body?: unknown },
  ): Promise<Response> => {
    const parsed = new URL(url);
    const path = decodeURIComponent(parsed.pathname).replace(/^\/api\/v\d+/, '');
    const method = init.method ?? 'GET';
    const { body, payload } = requestBody(init.body);
    requests.push({ method, path, query: parsed.searchParams, body });
    for (const waiter of waiters.filter((w) => requests.length >= w.count)) waiter.resolve();

    const check = discordSpec().check({ method, path, query: parsed.searchParams, body: payload });
    if (!check.ok) {
      unreported.push(check.violation);
      if (check.error !== undefined) return Promise.resolve(json(400, check.error));
    }

    const failureIndex = failures.findIndex(({ pattern }) => pattern.test(`${method} ${path}`));
    const failure = failureIndex >= 0 ? failures.splice(failureIndex, 1)[0] : undefined;
    if (failure !== undefined) {
      return Promise.resolve(
        json(failure.error.status, { code: failure.error.code, message: failure.error.message }),
      );
    }
    return Promise.resolve(answer(method, path, body));
  };

  const client = createClient({ makeRequest: makeRequest });
  client.rest.setToken(BOT_TOKEN);
  // What READY would set: discord.js checks messages against its own user.
  client.user = new (ClientUser as unknown as new (client: Client, data: APIUser) => ClientUser)(
    client,
    userPayload(BOT_USER_ID, { bot: true }),
  );
  return {
    client,
    requests,
    failNext(pattern, error) {
      failures.push({ pattern, error });
    },
    waitForRequests(count, timeoutMs = 2_000) {
      if (requests.length >= count) return Promise.resolve(requests);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error(`expected ${count} requests, got ${requests.length}`));
        }, timeoutMs);
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(requests);
          },
        });
      });
    },
    async destroy() {
      await client.destroy();
    },
  };
}

/** A file of a multipart request, as captured: its form field (`files[0]`), name and content. */
export interface CapturedFile {
  field: string;
  name: string;
  blob: Blob;
}

/**
 * A request body as captured and as the spec checks it. A multipart body (a message with files)
 * is checked by its `payload_json`, as Discord reads it; its files are captured under `__files`.
 */
function requestBody(raw: unknown): { body: unknown; payload: unknown } {
  if (typeof raw === 'string') {
    const payload = JSON.parse(raw) as unknown;
    return { body: payload, payload };
  }
  if (!(raw instanceof FormData)) return { body: raw, payload: raw };
  const json = raw.get('payload_json');
  const payload = typeof json === 'string' ? (JSON.parse(json) as Record<string, unknown>) : {};
  const files: CapturedFile[] = [];
  for (const [field, value] of raw.entries()) {
    if (field.startsWith('files[') && typeof value !== 'string') {
      files.push({ field, name: value.name, blob: value });
    }
  }
  return { body: { ...payload, __files: files }, payload };
}

function json(status: number, data: unknown): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** Discord's normal answers to the requests a bot makes while replying. */
function answer(method: string, path: string, body: unknown): Response {
  if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
    return new Response(null, { status: 204 });
  }
  if (method === 'DELETE') return new Response(null, { status: 204 });
  const webhook = /^\/webhooks\/\d+\/[^/]+(?:\/messages\/.+)?$/.test(path);
  const channelMessage = /^\/channels\/(\d+)\/messages$/.exec(path);
  if (webhook || channelMessage) {
    const sent = (body ?? {}) as Record<string, unknown>;
    return json(200, {
      id: snowflake(),
      type: MessageType.Default,
      channel_id: channelMessage?.[1] ?? GUILD_CHANNEL_ID,
      author: userPayload(BOT_USER_ID, { bot: true }),
      content: typeof sent.content === 'string' ? sent.content : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: Array.isArray(sent.embeds) ? sent.embeds : [],
      components: Array.isArray(sent.components) ? sent.components : [],
      pinned: false,
      flags: typeof sent.flags === 'number' ? sent.flags : 0,
    });
  }
  if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
    const definitions = Array.isArray(body) ? (body as Record<string, unknown>[]) : [];
    return json(
      200,
      definitions.map((definition) => ({
        ...definition,
        id: snowflake(),
        application_id: APPLICATION_ID,
        version: snowflake(),
      })),
    );
  }
  return json(404, { code: 0, message: `404: Not Found (${method} ${path})` });
}

// ---------------------------------------------------------------------------------------------
// Gateway payloads, shaped like API v10's.

export type Place = { kind: 'guild' } | { kind: 'dm'; channelId: string };

const IN_GUILD: Place = { kind: 'guild' };

/** Who sends an interaction, and from where (a server channel unless told otherwise). */
export interface Asker {
  userId?: string;
  place?: Place;
}

function placeFields(place: Place, user: APIUser): Record<string, unknown> {
  if (place.kind === 'guild') {
    return {
      guild_id: GUILD_ID,
      channel_id: GUILD_CHANNEL_ID,
      channel: { id: GUILD_CHANNEL_ID, type: ChannelType.GuildText, guild_id: GUILD_ID },
      member: {
        user,
        roles: [],
        joined_at: '2020-01-01T00:00:00.000Z',
        deaf: false,
        mute: false,
        flags: 0,
        permissions: '2248473465835073',
      },
      guild_locale: 'en-US',
      context: 0,
      authorizing_integration_owners: { '0': GUILD_ID },
    };
  }
  return {
    channel_id: place.channelId,
    channel: { id: place.channelId, type: ChannelType.DM, recipients: [user] },
    user,
    context: 1,
    authorizing_integration_owners: { '0': user.id },
  };
}

function baseInteraction(type: InteractionType, userId: string, place: Place) {
  const user = userPayload(userId);
  return {
    id: snowflake(),
    application_id: APPLICATION_ID,
    type,
    token: `aW50ZXJhY3Rpb246${snowflake()}${'x'.repeat(40)}`,
    version: 1,
    app_permissions: '2248473465835073',
    locale: 'en-US',
    entitlements: [],
    attachment_size_limit: 10_485_760,
    ...placeFields(place, user),
  };
}

export type OptionValue = string | number | boolean;

function options(values: Record<string, OptionValue>, focused?: string) {
  return Object.entries(values).map(([name, value]) => ({
    name,
    type:
      typeof value === 'boolean'
        ? ApplicationCommandOptionType.Boolean
        : typeof value === 'number'
          ? ApplicationCommandOptionType.Integer
          : ApplicationCommandOptionType.String,
    value,
    ...(name === focused ? { focused: true } : {}),
  }));
}

export function chatInputPayload(
  name: string,
  values: Record<string, OptionValue>,
  { userId = '800000000000000001', place = IN_GUILD }: Asker = {},
) {
  return {
    ...baseInteraction(InteractionType.ApplicationCommand, userId, place),
    data: {
      id: snowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      options: options(values),
    },
  };
}

export function autocompletePayload(
  name: string,
  values: Record<string, OptionValue>,
  focused: string,
  { userId = '800000000000000001', place = IN_GUILD }: Asker = {},
) {
  return {
    ...baseInteraction(InteractionType.ApplicationCommandAutocomplete, userId, place),
    data: {
      id: snowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      options: options(values, focused),
    },
  };
}

/** The message a pressed button sits on. */
export interface ButtonMessage {
  embeds: APIEmbed[];
  /** Who ran the command the message answers (default: the default asker). */
  commandUserId?: string;
  /**
   * How Discord reports that user: `interaction_metadata` (today), only the deprecated
   * `interaction` (older messages), or not at all (the bot's reply to a plain DM).
   */
  reportedAs?: 'metadata' | 'interaction' | 'none';
}

export function buttonPayload(
  customId: string,
  message: ButtonMessage,
  { userId = '800000000000000001', place = IN_GUILD }: Asker = {},
) {
  const base = baseInteraction(InteractionType.MessageComponent, userId, place);
  const commandUser = userPayload(message.commandUserId ?? '800000000000000001');
  const commandId = snowflake();
  const reportedAs = message.reportedAs ?? 'metadata';
  return {
    ...base,
    data: { custom_id: customId, component_type: ComponentType.Button },
    message: {
      id: snowflake(),
      type: reportedAs === 'none' ? MessageType.Reply : MessageType.ChatInputCommand,
      channel_id: place.kind === 'guild' ? GUILD_CHANNEL_ID : place.channelId,
      author: userPayload(BOT_USER_ID, { bot: true }),
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: message.embeds,
      components: [],
      pinned: false,
      flags: 0,
      ...(reportedAs === 'metadata'
        ? {
            interaction_metadata: {
              id: commandId,
              type: InteractionType.ApplicationCommand,
              user: commandUser,
              authorizing_integration_owners: {
                '0': place.kind === 'guild' ? GUILD_ID : commandUser.id,
              },
            },
          }
        : {}),
      ...(reportedAs === 'interaction'
        ? {
            interaction: {
              id: commandId,
              type: InteractionType.ApplicationCommand,
              name: 'ask',
              user: commandUser,
            },
          }
        : {}),
    },
  };
}

/**
 * The submit of a form (modal) opened by a button on `message`, with `values` typed into its text
 * inputs by custom id, each in a label as Discord sends them; `message: null` for a form opened
 * by a slash command, which carries no message.
 */
export function modalSubmitPayload(
  customId: string,
  values: Record<string, string>,
  message: ButtonMessage | null,
  asker: Asker = {},
) {
  const { message: source, ...pressed } = buttonPayload(customId, message ?? { embeds: [] }, asker);
  let id = 0;
  return {
    ...pressed,
    type: InteractionType.ModalSubmit,
    data: {
      custom_id: customId,
      components: Object.entries(values).map(([inputId, value]) => ({
        type: ComponentType.Label,
        id: ++id,
        component: { type: ComponentType.TextInput, id: ++id, custom_id: inputId, value },
      })),
    },
    ...(message === null ? {} : { message: source }),
  };
}

/** A MESSAGE_CREATE for a DM: no guild_id, and the channel is named only by its id. */
export function dmMessagePayload(
  content: string,
  { userId = '800000000000000001', channelId = '700000000000000001', bot = false } = {},
) {
  return {
    id: snowflake(),
    type: MessageType.Default,
    channel_id: channelId,
    channel_type: ChannelType.DM,
    author: userPayload(userId, { bot }),
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: 0,
  };
}

/** A MESSAGE_CREATE in a server text channel. */
export function guildMessagePayload(content: string, userId = '800000000000000001') {
  return {
    ...dmMessagePayload(content, { userId, channelId: GUILD_CHANNEL_ID }),
    channel_type: ChannelType.GuildText,
    guild_id: GUILD_ID,
  };
}

/** Feeds a packet to discord.js exactly as its INTERACTION_CREATE gateway handler does. */
export function dispatchInteraction(client: Client, payload: unknown): void {
  (client as unknown as ActionsClient).actions.InteractionCreate.handle(payload);
}

/** Feeds a packet to discord.js exactly as its MESSAGE_CREATE gateway handler does. */
export function dispatchMessage(client: Client, payload: unknown): void {
  (client as unknown as ActionsClient).actions.MessageCreate.handle(payload);
}

interface ActionsClient {
  actions: Record<'InteractionCreate' | 'MessageCreate', { handle(data: unknown): unknown }>;
}
