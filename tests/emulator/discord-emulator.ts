/**
 * A local stand-in for Discord (REST API v10 + gateway) that the unmodified discord.js client can
 * log in to. Tests point a bot at `apiUrl`, dispatch slash commands, autocomplete, button clicks,
 * form submits and DMs, then await what the bot sent back. Discord's rules that bite in production are enforced:
 * one response per interaction, the 3-second window, payload limits, bot-token auth, and every
 * request held to Discord's OpenAPI spec (discord-spec.ts): a request the spec refuses is recorded
 * as a violation and, when its route exists, answered 400 with Discord's 50035 body.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  GatewayDispatchEvents,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  Locale,
  MessageFlags,
  MessageReferenceType,
  MessageType,
} from 'discord.js';
import type {
  APIApplicationCommandInteractionDataBasicOption,
  APIMessage,
  APIUser,
} from 'discord.js';
import { AttachmentStore, resolveAttachmentImages, uploadsIn, uploadsOf } from './attachments.js';
import type { Upload } from './attachments.js';
import { discordSpec } from './discord-spec.js';
import type { DiscordSpec, SpecViolation } from './discord-spec.js';
import { GatewayServer } from './gateway.js';
import type { GatewayEvent, IdentifyData } from './gateway.js';
import {
  autocompleteChoicesSchema,
  checkMessageBody,
  commandDefinitionSchema,
  commandListSchema,
  emptyMessageError,
  invalidFormBody,
  isEmptyMessage,
  pingsOf,
} from './message-limits.js';
import type { CommandDefinition, DiscordErrorBody, MessageBody, Pings } from './message-limits.js';
import {
  attachmentSizeLimit,
  commandOptions,
  contextOf,
  defaultAppPermissions,
  dmChannelPayload,
  guildCreatePayload,
  guildTextChannelPayload,
  interactionMemberPayload,
  interactionToken,
  messagePayload,
  snowflake,
  userPayload,
} from './payloads.js';
import type { InteractionPlace, OptionValue } from './payloads.js';

export type { OptionValue } from './payloads.js';
export type { Pings } from './message-limits.js';
export type { SpecViolation } from './discord-spec.js';

/** Discord refuses the initial response after this long. */
export const interactionResponseWindowMs = 3_000;
/** How long Discord remembers a message's nonce for `enforce_nonce` ("the past few minutes"). */
export const nonceWindowMs = 5 * 60_000;
/** Follow-ups and edits use the interaction token, valid this long. */
export const interactionTokenLifetimeMs = 15 * 60_000;

export interface EmulatorOptions {
  applicationId?: string;
  botUserId?: string;
  token?: string;
  /** Short in tests so discord.js' heartbeat timers do not dominate run time. */
  heartbeatIntervalMs?: number;
  /** Discord's 3 s window for the first response; shorter only to test late answers quickly. */
  responseWindowMs?: number;
  /** The shard count `GET /gateway/bot` recommends (a sharded start runs that many); default 1. */
  recommendedShards?: number;
  /** The OpenAPI spec requests are held to; by default Discord's, from `shared/`. */
  spec?: DiscordSpec;
}

/** Emulators of this process whose violations `takeUnreportedViolations` has not yet seen. */
const watched = new Set<DiscordEmulator>();

/**
 * The spec violations recorded since the last call, by every emulator started in this process:
 * what a test harness checks after each test so the test that caused one fails.
 */
export function takeUnreportedViolations(): SpecViolation[] {
  const found: SpecViolation[] = [];
  for (const emulator of watched) {
    found.push(...emulator.takeUnreportedViolations());
    if (emulator.stopped) watched.delete(emulator);
  }
  return found;
}

export interface RecordedRequest {
  method: string;
  /** The route below `/api/v10`, e.g. `/interactions/1/tok/callback`. */
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  status: number;
  response: unknown;
  at: number;
  /** Set when the route belongs to a dispatched interaction (callback, webhook edit, follow-up). */
  interactionId?: string;
  sinceDispatchMs?: number;
  /** A callback the bot gave as its HTTP response to an interaction POSTed to its endpoint. */
  via?: 'http-response';
}

export interface InteractionCallback {
  type: InteractionResponseType;
  data: Record<string, unknown> | undefined;
  at: number;
  latencyMs: number;
}

export interface InteractionRecord {
  id: string;
  token: string;
  type: InteractionType;
  payload: Record<string, unknown>;
  channelId: string;
  guildId: string | undefined;
  user: APIUser;
  dispatchedAt: number;
  commandName: string | undefined;
  callback: InteractionCallback | undefined;
  /** Rejected callbacks (second response, late response, invalid body) with Discord's error. */
  rejected: { status: number; error: DiscordErrorBody; at: number }[];
  /** The message @original refers to, in its current state. */
  original: APIMessage | undefined;
  edits: { body: MessageBody; at: number }[];
  followUps: APIMessage[];
  /** Set when the interaction was POSTed to an Interactions Endpoint URL instead of the gateway. */
  delivery?: HttpDelivery;
}

/** An interaction POSTed to the bot's Interactions Endpoint URL, and what came back. */
export interface HttpDelivery {
  endpoint: string;
  /** The response's status once it came: 200 (the answer in it), 202 (answered by callback)… */
  status?: number;
  /** Why no response came (the connection failed). */
  error?: string;
}

/** A request signed as Discord signs what it sends to an Interactions Endpoint URL. */
export interface SignedPostOptions {
  /** When it claims to be signed; now by default. */
  timestampMs?: number;
  /** Signs with this key instead of the application's (a forgery). */
  key?: KeyObject;
  /** Sends this body instead of the one signed (tampered with on the way). */
  sentBody?: string;
}

export interface HttpReply {
  status: number;
  contentType: string | undefined;
  body: Buffer;
}

export interface InteractionResponse {
  interactionId: string;
  callbackType: InteractionResponseType;
  /** The callback's `data` as the bot sent it. */
  data: Record<string, unknown> | undefined;
  latencyMs: number;
  /** The @original message after the callback (and, with `final`, after the edit). */
  message: APIMessage | undefined;
  edits: { body: MessageBody; at: number }[];
  followUps: APIMessage[];
  /** Autocomplete choices, for callback type 8. */
  choices: { name: string; value: string | number }[] | undefined;
}

export interface DispatchedInteraction {
  id: string;
  token: string;
  payload: Record<string, unknown>;
  dispatchedAt: number;
}

interface PlaceOptions {
  userId?: string;
  guildId?: string;
  /** Sent in the bot's DM (context 1) instead of the test guild. */
  dm?: true;
  /** Sent as a user-installed command in someone else's DM (context 2). */
  privateChannel?: true;
  channelId?: string;
  locale?: Locale;
  /** The member's permissions in a server, as Discord sends them; by default @everyone's. */
  memberPermissions?: string;
  /** The bot's permissions in the channel; by default `defaultAppPermissions`. */
  appPermissions?: string;
  /** With Interactions Endpoint URLs set: POST it to this one rather than the next in turn. */
  endpoint?: string;
  /** Discord created it this long ago (it reaches the bot late); its 3 s window started then. */
  ageMs?: number;
}

/** What a member of the test server may do unless a test says otherwise: no Manage Server. */
export const everyonePermissions = '2222085186637376';

export interface SlashCommandOptions extends PlaceOptions {
  name: string;
  /** The subcommand run (`/settings show`); `options` are then that subcommand's. */
  subcommand?: string;
  /** A channel option's value is a channel id; the emulator resolves it as Discord does. */
  options?: Record<string, OptionValue>;
}

export interface MessageCommandOptions extends PlaceOptions {
  /** The message command's name, as registered: "Verify quotes". */
  name: string;
  /**
   * The message right-clicked: one the emulator holds (a bot reply, as a waiter returns it), or
   * the text of a message another user posts in the channel first.
   */
  target: APIMessage | { content: string; authorId?: string; authorName?: string };
}

export interface AutocompleteOptions extends SlashCommandOptions {
  /** The option the user is typing in. */
  focused: string;
}

export interface ButtonClickOptions {
  customId: string;
  /** The message carrying the button (as returned by a waiter) or its id. */
  message: APIMessage | string;
  userId?: string;
  /** The clicker's Discord language (`locale`); en-US unless a test names another. */
  locale?: Locale;
  /** With Interactions Endpoint URLs set: POST it to this one rather than the next in turn. */
  endpoint?: string;
}

export interface ModalSubmitOptions {
  /** The interaction whose callback opened the form (a MODAL, type 9). */
  interactionId: string;
  /** With Interactions Endpoint URLs set: POST it to this one rather than the next in turn. */
  endpoint?: string;
  /** What is typed into each text input, by its custom_id; an input left out is left empty. */
  values: Record<string, string>;
}

export interface DirectMessageOptions {
  content: string;
  userId?: string;
  channelId?: string;
}

/** A component of a form (modal) as the bot sent it. */
interface FormComponent {
  type: ComponentType;
  id?: number;
  custom_id?: string;
  required?: boolean;
  min_length?: number;
  max_length?: number;
  component?: FormComponent;
  components?: FormComponent[];
}

interface StoredCommand extends CommandDefinition {
  id: string;
  application_id: string;
  guild_id?: string;
  version: string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: DiscordErrorBody,
  ) {
    super(body.message);
  }
}

const errors = {
  unauthorized: () => new HttpError(401, { code: 0, message: '401: Unauthorized' }),
  notFound: () => new HttpError(404, { code: 0, message: '404: Not Found' }),
  unknownInteraction: () => new HttpError(404, { code: 10062, message: 'Unknown interaction' }),
  alreadyAcknowledged: () =>
    new HttpError(400, { code: 40060, message: 'Interaction has already been acknowledged.' }),
  unknownWebhook: () => new HttpError(404, { code: 10015, message: 'Unknown Webhook' }),
  invalidWebhookToken: () => new HttpError(401, { code: 50027, message: 'Invalid Webhook Token' }),
  unknownMessage: () => new HttpError(404, { code: 10008, message: 'Unknown Message' }),
  unknownChannel: () => new HttpError(404, { code: 10003, message: 'Unknown Channel' }),
  unknownCommand: () => new HttpError(404, { code: 10063, message: 'Unknown application command' }),
  missingAccess: () => new HttpError(403, { code: 50001, message: 'Missing Access' }),
  notYourApplication: () =>
    new HttpError(403, {
      code: 20012,
      message: 'You are not authorized to perform this action on this application',
    }),
  invalid: (body: DiscordErrorBody) => new HttpError(400, body),
};

/** Callback types Discord accepts for each interaction type. */
const allowedCallbacks: Record<InteractionType, readonly InteractionResponseType[]> = {
  [InteractionType.Ping]: [InteractionResponseType.Pong],
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
    InteractionResponseType.LaunchActivity,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [
    InteractionResponseType.ApplicationCommandAutocompleteResult,
  ],
  [InteractionType.ModalSubmit]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
  ],
};

function isCallbackType(value: unknown): value is InteractionResponseType {
  return typeof value === 'number' && value in InteractionResponseType;
}

type RouteHandler = (request: ParsedRequest, params: Record<string, string>) => RouteResult;
type RouteResult = { status: number; body?: unknown } | Promise<{ status: number; body?: unknown }>;

interface ParsedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

interface Route {
  method: string;
  pattern: RegExp;
  /** Bot routes need `Authorization: Bot <token>`; interaction routes authenticate by token. */
  auth: boolean;
  handler: RouteHandler;
}

export class DiscordEmulator {
  readonly applicationId: string;
  readonly botUserId: string;
  readonly token: string;
  readonly guildId = snowflake();
  readonly guildChannelId = snowflake();
  /** The user who sends commands and DMs unless a test names another. */
  readonly defaultUserId = snowflake();
  readonly botUser: APIUser;

  private readonly events = new EventEmitter();
  private readonly server: http.Server;
  private readonly gateway: GatewayServer;
  private readonly requests: RecordedRequest[] = [];
  private readonly unknown: RecordedRequest[] = [];
  private readonly violations: SpecViolation[] = [];
  private reportedViolations = 0;
  private readonly spec: DiscordSpec;
  private isStopped = false;
  private readonly interactions = new Map<string, InteractionRecord>();
  private readonly interactionsByToken = new Map<string, InteractionRecord>();
  private readonly messages = new Map<string, APIMessage>();
  private readonly attachments = new AttachmentStore();
  private readonly channels = new Map<string, Record<string, unknown>>();
  private readonly dmChannelByUser = new Map<string, string>();
  private readonly channelMessages = new Map<string, APIMessage[]>();
  /** Channel messages sent with `enforce_nonce`, by channel and nonce, for Discord's duplicate check. */
  private readonly noncedMessages = new Map<string, { message: APIMessage; at: number }>();
  private readonly commands = new Map<string, StoredCommand>();
  private readonly users = new Map<string, APIUser>();
  private readonly gatewayLog: (GatewayEvent & { at: number })[] = [];
  private readonly joinedAt = new Date(Date.now() - 86_400_000).toISOString();
  private readonly routes: Route[];
  private port = 0;
  private readonly responseWindowMs: number;
  private readonly recommendedShards: number;
  /** The application's Ed25519 key pair: Discord signs what it POSTs to the endpoint with it. */
  private readonly signingKey: KeyObject;
  /** The application's public key as the Developer Portal shows it (hex): DISCORD_PUBLIC_KEY. */
  readonly publicKey: string;
  private endpoints: string[] = [];
  private nextEndpoint = 0;
  private readonly endpointAgent = new http.Agent({ keepAlive: true });

  private constructor(options: EmulatorOptions) {
    this.applicationId = options.applicationId ?? snowflake();
    this.botUserId = options.botUserId ?? this.applicationId;
    this.token = options.token ?? `emulated.${Buffer.from(this.botUserId).toString('base64url')}`;
    this.responseWindowMs = options.responseWindowMs ?? interactionResponseWindowMs;
    this.recommendedShards = options.recommendedShards ?? 1;
    const keys = generateKeyPairSync('ed25519');
    this.signingKey = keys.privateKey;
    this.publicKey = Buffer.from(
      keys.publicKey.export({ format: 'jwk' }).x ?? '',
      'base64url',
    ).toString('hex');
    this.spec = options.spec ?? discordSpec();
    this.botUser = userPayload(this.botUserId, { bot: true, username: 'EmulatedBot' });
    this.users.set(this.botUserId, this.botUser);
    this.events.setMaxListeners(0);
    this.channels.set(
      this.guildChannelId,
      guildTextChannelPayload(this.guildChannelId, this.guildId) as unknown as Record<
        string,
        unknown
      >,
    );
    this.gateway = new GatewayServer({
      token: this.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1_000,
      readyData: (sessionId) => this.readyData(sessionId),
      afterReady: () => [
        {
          t: GatewayDispatchEvents.GuildCreate,
          d: guildCreatePayload({
            guildId: this.guildId,
            channelId: this.guildChannelId,
            ownerId: this.defaultUserId,
            bot: this.botUser,
            joinedAt: this.joinedAt,
          }),
        },
      ],
    });
    this.gateway.events.on('event', (event: GatewayEvent) => {
      this.gatewayLog.push({ ...event, at: Date.now() });
      this.changed();
    });
    this.routes = this.buildRoutes();
    this.server = http.createServer((req, res) => {
      void this.onRequest(req, res);
    });
    this.server.on('upgrade', (req, socket, head) => {
      this.gateway.handleUpgrade(req, socket, head);
    });
  }

  static async start(options: EmulatorOptions = {}): Promise<DiscordEmulator> {
    const emulator = new DiscordEmulator(options);
    await new Promise<void>((resolve, reject) => {
      emulator.server.once('error', reject);
      emulator.server.listen(0, '127.0.0.1', () => {
        resolve();
      });
    });
    emulator.port = (emulator.server.address() as AddressInfo).port;
    watched.add(emulator);
    return emulator;
  }

  /** What discord.js takes as `rest.api` (it appends `/v10`): the bot's DISCORD_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    this.isStopped = true;
    await this.gateway.close();
    this.server.closeAllConnections();
    this.endpointAgent.destroy();
    await new Promise<void>((resolve) => {
      this.server.close(() => {
        resolve();
      });
    });
    this.events.removeAllListeners();
  }

  // ---------------------------------------------------------------- observations

  /** Every REST call the bot made, in order. */
  get receivedRequests(): readonly RecordedRequest[] {
    return this.requests;
  }

  /** Calls to routes Discord does not have (or the emulator does not know): should be empty. */
  get unknownRoutes(): readonly RecordedRequest[] {
    return this.unknown;
  }

  get stopped(): boolean {
    return this.isStopped;
  }

  /** Requests Discord's OpenAPI spec refuses (unknown route, parameter or body): should be empty. */
  get specViolations(): readonly SpecViolation[] {
    return this.violations;
  }

  /**
   * The violations recorded since the last call (see the module's `takeUnreportedViolations`): a
   * test that provokes one on purpose takes it here, so the harness does not fail the test.
   */
  takeUnreportedViolations(): SpecViolation[] {
    const fresh = this.violations.slice(this.reportedViolations);
    this.reportedViolations = this.violations.length;
    return fresh;
  }

  get gatewayEvents(): readonly (GatewayEvent & { at: number })[] {
    return this.gatewayLog;
  }

  interaction(id: string): InteractionRecord | undefined {
    return this.interactions.get(id);
  }

  allInteractions(): InteractionRecord[] {
    return [...this.interactions.values()];
  }

  /** Commands as stored after PUT/POST: global ones, or those of `guildId`. */
  registeredCommands(guildId?: string): StoredCommand[] {
    return [...this.commands.values()].filter((command) => command.guild_id === guildId);
  }

  /** Messages the bot made visible in a channel (channel messages, replies, follow-ups). */
  messagesIn(channelId: string): readonly APIMessage[] {
    return this.channelMessages.get(channelId) ?? [];
  }

  /** Who a stored message pings, as Discord computed it from content and allowed_mentions. */
  pingsOf(message: APIMessage): Pings {
    return {
      everyone: message.mention_everyone,
      users: message.mentions.map((user) => user.id),
      roles: message.mention_roles,
    };
  }

  /** Resolves once the bot responded to the interaction; `final` also waits for a defer's edit. */
  waitForInteractionResponse(
    interactionId: string,
    options: { final?: boolean; timeoutMs?: number } = {},
  ): Promise<InteractionResponse> {
    return this.until(
      () => {
        const record = this.interactions.get(interactionId);
        const callback = record?.callback;
        if (!record || !callback) return undefined;
        const deferred =
          callback.type === InteractionResponseType.DeferredChannelMessageWithSource ||
          callback.type === InteractionResponseType.DeferredMessageUpdate;
        if (options.final && deferred && record.edits.length + record.followUps.length === 0) {
          return undefined;
        }
        return this.responseOf(record, callback);
      },
      options.timeoutMs ?? 5_000,
      `a response to interaction ${interactionId}`,
    );
  }

  /** The first message in the channel that matches, already posted or still to come. */
  waitForChannelMessage(
    channelId: string,
    options: { timeoutMs?: number; predicate?: (message: APIMessage) => boolean } = {},
  ): Promise<APIMessage> {
    return this.until(
      () => this.messagesIn(channelId).find((message) => options.predicate?.(message) ?? true),
      options.timeoutMs ?? 5_000,
      `a message in channel ${channelId}`,
    );
  }

  /** Resolves on the next gateway event of that kind after this call. */
  nextGatewayEvent<K extends GatewayEvent['kind']>(
    kind: K,
    timeoutMs = 10_000,
  ): Promise<Extract<GatewayEvent, { kind: K }>> {
    const seen = this.gatewayLog.length;
    return this.until(
      () =>
        this.gatewayLog.slice(seen).find((event) => event.kind === kind) as
          Extract<GatewayEvent, { kind: K }> | undefined,
      timeoutMs,
      `gateway event ${kind}`,
    );
  }

  /** The IDENTIFY payloads received (token redacted): intents, properties, shard. */
  identifies(): Omit<IdentifyData, 'token'>[] {
    return this.gatewayLog.flatMap((event) => {
      if (event.kind !== 'identify') return [];
      const { token: _token, ...rest } = event.data;
      return [rest];
    });
  }

  // ---------------------------------------------------------------- faults

  /** Drops the bot's gateway socket (close 4000 by default); the session stays resumable. */
  dropConnection(
    options: { code?: number; terminate?: boolean; resumable?: boolean } = {},
  ): Promise<void> {
    return this.gateway.dropConnection(options);
  }

  invalidateSession(resumable: boolean): Promise<void> {
    return this.gateway.invalidateSession(resumable);
  }

  requestReconnect(): Promise<void> {
    return this.gateway.requestReconnect();
  }

  /** New gateway connections get no HELLO until the returned function is called. */
  holdGatewayConnections(): () => void {
    return this.gateway.holdConnections();
  }

  // ---------------------------------------------------------------- dispatch helpers

  async sendSlashCommand(options: SlashCommandOptions): Promise<DispatchedInteraction> {
    return this.dispatchInteraction(InteractionType.ApplicationCommand, options, {
      ...this.commandData(options.name, options.options ?? {}, options.guildId, undefined, options),
    });
  }

  async sendAutocomplete(options: AutocompleteOptions): Promise<DispatchedInteraction> {
    if (!(options.focused in (options.options ?? {}))) {
      throw new Error(`Autocomplete: focused option "${options.focused}" has no value in options`);
    }
    return this.dispatchInteraction(InteractionType.ApplicationCommandAutocomplete, options, {
      ...this.commandData(
        options.name,
        options.options ?? {},
        options.guildId,
        options.focused,
        options,
      ),
    });
  }

  /**
   * A message command (right-click a message → Apps), as Discord sends it: an application
   * command interaction with `data.type` 3 (Message), `target_id`, and the message in
   * `resolved.messages`.
   */
  async sendMessageCommand(options: MessageCommandOptions): Promise<DispatchedInteraction> {
    const place = this.placeOf(options, this.user(options.userId ?? this.defaultUserId));
    const target = 'id' in options.target ? options.target : this.postAsUser(place, options.target);
    const guildId = place.kind === 'guild' ? place.guildId : undefined;
    const registered = [...this.commands.values()]
      .filter((command) => command.name === options.name && command.type === 3)
      .sort((a, b) => Number(b.guild_id === guildId) - Number(a.guild_id === guildId))[0];
    return this.dispatchInteraction(
      InteractionType.ApplicationCommand,
      { ...options, channelId: place.channelId },
      {
        id: registered?.id ?? snowflake(),
        name: options.name,
        type: ApplicationCommandType.Message,
        target_id: target.id,
        resolved: { messages: { [target.id]: target } },
        ...(registered?.guild_id ? { guild_id: registered.guild_id } : {}),
      },
    );
  }

  /**
   * A message another user posts where an interaction will happen; no gateway event, as the bot
   * asks for no message intents.
   */
  private postAsUser(
    place: InteractionPlace,
    message: { content: string; authorId?: string; authorName?: string },
  ): APIMessage {
    const author = {
      ...this.user(message.authorId ?? snowflake()),
      ...(message.authorName === undefined ? {} : { global_name: message.authorName }),
    };
    const posted = messagePayload({
      id: snowflake(),
      channelId: place.channelId,
      author,
      body: { content: message.content },
      ...(place.kind === 'guild' ? { guildId: place.guildId } : {}),
      mentions: { everyone: false, users: [], roles: [] },
    });
    this.messages.set(posted.id, posted);
    this.changed();
    return posted;
  }

  /** Adds a channel to the test server (a second text channel, a voice channel…); its id. */
  addGuildChannel(options: { name: string; type?: ChannelType }): string {
    const id = snowflake();
    this.channels.set(id, {
      ...(guildTextChannelPayload(id, this.guildId) as unknown as Record<string, unknown>),
      name: options.name,
      type: options.type ?? ChannelType.GuildText,
    });
    return id;
  }

  async clickButton(options: ButtonClickOptions): Promise<DispatchedInteraction> {
    const id = typeof options.message === 'string' ? options.message : options.message.id;
    const message = this.messages.get(id);
    if (!message) throw new Error(`clickButton: message ${id} was never sent by the bot`);
    const rows = (message.components ?? []) as {
      components?: { type: ComponentType; custom_id?: string; disabled?: boolean }[];
    }[];
    const button = rows
      .flatMap((row) => row.components ?? [])
      .find(
        (component) =>
          component.type === ComponentType.Button && component.custom_id === options.customId,
      );
    if (!button) {
      throw new Error(
        `clickButton: message ${id} has no button with custom_id ${options.customId}`,
      );
    }
    if (button.disabled) throw new Error(`clickButton: button ${options.customId} is disabled`);
    const guildId = (message as { guild_id?: string }).guild_id;
    const channel = this.channels.get(message.channel_id);
    const place: PlaceOptions = {
      channelId: message.channel_id,
      ...(guildId ? { guildId } : channel?.type === ChannelType.DM ? { dm: true } : {}),
      ...(options.userId ? { userId: options.userId } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    };
    return this.dispatchInteraction(
      InteractionType.MessageComponent,
      place,
      { custom_id: options.customId, component_type: ComponentType.Button },
      message,
    );
  }

  /**
   * Submits the form (modal) an interaction's callback opened, as the user it was shown to, with
   * `values` typed in: a MODAL_SUBMIT whose components mirror the form's, and, for a form opened
   * from a message's button, that message as it is now. Refuses what a Discord client would not
   * send (an empty required input, a value outside the input's lengths).
   */
  async submitModal(options: ModalSubmitOptions): Promise<DispatchedInteraction> {
    const opener = this.interactions.get(options.interactionId);
    if (!opener) throw new Error(`submitModal: no interaction ${options.interactionId}`);
    if (opener.callback?.type !== InteractionResponseType.Modal) {
      throw new Error(`submitModal: interaction ${opener.id} did not open a form`);
    }
    const form = (opener.callback.data ?? {}) as { custom_id?: unknown; components?: unknown };
    let nextId = 1;
    const submitted = (component: FormComponent): Record<string, unknown> => {
      const id = component.id ?? nextId;
      nextId = Math.max(nextId, id) + 1;
      if (component.type === ComponentType.TextInput) {
        const value = options.values[component.custom_id ?? ''] ?? '';
        const min = component.min_length ?? (component.required === false ? 0 : 1);
        const max = component.max_length ?? 4000;
        if (value.length < min || value.length > max) {
          throw new Error(
            `submitModal: a Discord client only submits ${String(component.custom_id)} with ${min} to ${max} characters`,
          );
        }
        return { type: component.type, id, custom_id: component.custom_id, value };
      }
      if (component.type === ComponentType.Label && component.component) {
        return { type: component.type, id, component: submitted(component.component) };
      }
      if (component.type === ComponentType.ActionRow) {
        return {
          type: component.type,
          id,
          components: (component.components ?? []).map(submitted),
        };
      }
      return { type: component.type, id };
    };
    const components = ((form.components ?? []) as FormComponent[]).map(submitted);
    const source =
      opener.type === InteractionType.MessageComponent && opener.original
        ? this.messages.get(opener.original.id)
        : undefined;
    const context = opener.payload.context;
    const locale = Object.values(Locale).find((value) => value === opener.payload.locale);
    const place: PlaceOptions = {
      userId: opener.user.id,
      channelId: opener.channelId,
      ...(opener.guildId
        ? { guildId: opener.guildId }
        : context === InteractionContextType.BotDM
          ? { dm: true }
          : { privateChannel: true }),
      // The same client submits the form it was shown: in the same language.
      ...(locale === undefined ? {} : { locale }),
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    };
    return this.dispatchInteraction(
      InteractionType.ModalSubmit,
      place,
      { custom_id: form.custom_id, components },
      source,
    );
  }

  /** A DM from a user in a channel the bot has never been told about (no CHANNEL_CREATE). */
  async sendDirectMessage(options: DirectMessageOptions): Promise<APIMessage> {
    const user = this.user(options.userId ?? this.defaultUserId);
    const channelId = options.channelId ?? this.dmChannelFor(user);
    if (!this.channels.has(channelId)) {
      this.channels.set(
        channelId,
        dmChannelPayload(channelId, user) as unknown as Record<string, unknown>,
      );
      this.dmChannelByUser.set(user.id, channelId);
    }
    const message = {
      ...messagePayload({
        id: snowflake(),
        channelId,
        author: user,
        body: { content: options.content },
        mentions: { everyone: false, users: [], roles: [] },
      }),
      channel_type: ChannelType.DM,
    };
    this.messages.set(message.id, message);
    await this.gateway.dispatch(GatewayDispatchEvents.MessageCreate, message);
    return message;
  }

  // ---------------------------------------------------------------- interactions endpoint

  /**
   * Saves Interactions Endpoint URLs, as the Developer Portal does (several: a round-robin load
   * balancer in front of that many instances). From then on every interaction is POSTed, signed
   * with the application's key, to the next URL in turn (or the one a dispatch names) instead of
   * being sent over the gateway, and the response is taken as the interaction's callback, held to
   * the spec like any callback. An empty list goes back to the gateway.
   */
  useInteractionsEndpoints(urls: readonly string[]): void {
    this.endpoints = [...urls];
    this.nextEndpoint = 0;
  }

  /** POSTs `body` to `url` with Discord's signature headers (or a forgery of them) and reads the reply. */
  async signedPost(url: string, body: string, options: SignedPostOptions = {}): Promise<HttpReply> {
    const timestamp = String(Math.floor((options.timestampMs ?? Date.now()) / 1000));
    const signature = sign(
      null,
      Buffer.from(timestamp + body),
      options.key ?? this.signingKey,
    ).toString('hex');
    const sent = Buffer.from(options.sentBody ?? body);
    // node:http with kept-alive connections: fetch costs the load benchmark several times more.
    return new Promise<HttpReply>((resolve, reject) => {
      const request = http.request(
        url,
        {
          method: 'POST',
          agent: this.endpointAgent,
          headers: {
            'content-type': 'application/json',
            'content-length': sent.length,
            'user-agent': 'Discord-Interactions/1.0 (+https://discord.com)',
            'x-signature-ed25519': signature,
            'x-signature-timestamp': timestamp,
          },
        },
        (response) => {
          readBody(response).then((received) => {
            resolve({
              status: response.statusCode ?? 0,
              contentType: response.headers['content-type'],
              body: received,
            });
          }, reject);
        },
      );
      request.on('error', reject);
      request.end(sent);
    });
  }

  /** The PING Discord sends when the URL is saved (and now and then): its reply. */
  ping(url: string, options: SignedPostOptions = {}): Promise<HttpReply> {
    const body = JSON.stringify({
      id: snowflake(),
      application_id: this.applicationId,
      type: InteractionType.Ping,
      token: interactionToken(),
      version: 1,
    });
    return this.signedPost(url, body, options);
  }

  private deliverOverHttp(record: InteractionRecord, endpoint: string | undefined): void {
    const url = endpoint ?? this.endpoints[this.nextEndpoint++ % this.endpoints.length] ?? '';
    const delivery: HttpDelivery = { endpoint: url };
    record.delivery = delivery;
    void this.signedPost(url, JSON.stringify(record.payload))
      .then(async (reply) => {
        delivery.status = reply.status;
        await this.takeHttpResponse(record, reply);
      })
      .catch((error: unknown) => {
        delivery.error = error instanceof Error ? error.message : String(error);
      })
      .finally(() => {
        this.changed();
      });
  }

  /**
   * The endpoint's reply as Discord reads it: a 200 carries the callback (JSON, or multipart with
   * files), taken exactly as if POSTed to the callback route; a 202 says the bot answered through
   * that route already; anything else fails the interaction.
   */
  private async takeHttpResponse(record: InteractionRecord, reply: HttpReply): Promise<void> {
    const path = `/interactions/${record.id}/${record.token}/callback`;
    const now = Date.now();
    const refuse = (message: string): void => {
      record.rejected.push({ status: reply.status, error: { code: 0, message }, at: now });
    };
    if (reply.status === 202) {
      if (!record.callback) refuse('202 from the endpoint, but no callback was made');
      return;
    }
    if (reply.status !== 200) return;
    const type = reply.contentType ?? '';
    if (!type.startsWith('application/json') && !type.startsWith('multipart/form-data')) {
      refuse(`the endpoint answered with Content-Type ${type || '(none)'}`);
      return;
    }
    const query = new URLSearchParams();
    let parsed: { body: unknown; payload: unknown };
    try {
      parsed = await parseBody(reply.body, type);
    } catch {
      this.recordUnreadableBody('POST', path);
      refuse('the endpoint answered with a body that is not JSON');
      return;
    }
    const specCheck = this.spec.check({ method: 'POST', path, query, body: parsed.payload });
    if (!specCheck.ok) this.violations.push(specCheck.violation);
    let status = 204;
    let response: unknown;
    try {
      if (!specCheck.ok && specCheck.error) {
        record.rejected.push({ status: 400, error: specCheck.error, at: now });
        throw errors.invalid(specCheck.error);
      }
      this.interactionCallback(
        { method: 'POST', path, query, headers: {}, body: parsed.body },
        { interactionId: record.id, token: record.token },
      );
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      status = error.status;
      response = error.body;
    }
    this.requests.push({
      method: 'POST',
      path,
      query: {},
      headers: {},
      body: parsed.body,
      status,
      response,
      at: now,
      interactionId: record.id,
      sinceDispatchMs: now - record.dispatchedAt,
      via: 'http-response',
    });
  }

  // ---------------------------------------------------------------- internals

  private until<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const now = check();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise<T>((resolve, reject) => {
      const onChange = (): void => {
        const value = check();
        if (value === undefined) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.events.off('change', onChange);
      };
      this.events.on('change', onChange);
    });
  }

  private changed(): void {
    this.events.emit('change');
  }

  private user(id: string): APIUser {
    let user = this.users.get(id);
    if (!user) {
      user = userPayload(id);
      this.users.set(id, user);
    }
    return user;
  }

  private dmChannelFor(user: APIUser): string {
    const existing = this.dmChannelByUser.get(user.id);
    if (existing) return existing;
    const id = snowflake();
    this.channels.set(id, dmChannelPayload(id, user) as unknown as Record<string, unknown>);
    this.dmChannelByUser.set(user.id, id);
    return id;
  }

  private readyData(sessionId: string): Record<string, unknown> {
    return {
      v: 10,
      user_settings: {},
      user: { ...this.botUser, verified: true, mfa_enabled: false, email: null },
      guilds: [{ id: this.guildId, unavailable: true }],
      session_id: sessionId,
      session_type: 'normal',
      resume_gateway_url: this.gatewayUrl,
      shard: [0, 1],
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['local'],
      auth: {},
      _trace: ['["discord-emulator",{"micros":0}]'],
    };
  }

  private commandData(
    name: string,
    values: Record<string, OptionValue>,
    guildId: string | undefined,
    focused?: string,
    extra: Pick<SlashCommandOptions, 'subcommand' | 'memberPermissions'> = {},
  ): Record<string, unknown> {
    const registered =
      [...this.commands.values()].find(
        (command) => command.name === name && command.guild_id === guildId,
      ) ?? [...this.commands.values()].find((command) => command.name === name);
    const { subcommand } = extra;
    const declared =
      subcommand === undefined
        ? (registered?.options ?? [])
        : (registered?.options?.find((option) => option.name === subcommand)?.options ?? []);
    const types = new Map<string, number>(declared.map((option) => [option.name, option.type]));
    const options = commandOptions(values, types, focused);
    const resolved = this.resolvedChannels(options, extra.memberPermissions);
    return {
      id: registered?.id ?? snowflake(),
      name,
      type: 1,
      options:
        subcommand === undefined
          ? options
          : [{ type: ApplicationCommandOptionType.Subcommand, name: subcommand, options }],
      ...(resolved === undefined ? {} : { resolved }),
      ...(registered?.guild_id ? { guild_id: registered.guild_id } : {}),
    };
  }

  /**
   * Discord's `resolved.channels` for the channel options: a partial channel (id, name, type and
   * the asker's permissions in it) for each, as a slash command interaction carries them.
   */
  private resolvedChannels(
    options: readonly APIApplicationCommandInteractionDataBasicOption[],
    memberPermissions: string | undefined,
  ): { channels: Record<string, Record<string, unknown>> } | undefined {
    const picked = options.filter((option) => option.type === ApplicationCommandOptionType.Channel);
    if (picked.length === 0) return undefined;
    const channels: Record<string, Record<string, unknown>> = {};
    for (const option of picked) {
      const id = option.value;
      const channel = this.channels.get(id);
      if (!channel) throw new Error(`sendSlashCommand: channel ${id} is not in the emulator`);
      channels[id] = {
        id,
        name: channel.name,
        type: channel.type,
        permissions: memberPermissions ?? everyonePermissions,
        flags: 0,
      };
    }
    return { channels };
  }

  private placeOf(options: PlaceOptions, user: APIUser): InteractionPlace {
    if (options.dm)
      return { kind: 'botDm', channelId: options.channelId ?? this.dmChannelFor(user) };
    if (options.privateChannel) {
      const channelId = options.channelId ?? snowflake();
      if (!this.channels.has(channelId)) {
        // Someone else's DM: the recipient is another user; the bot is not in it.
        const friend = this.user(snowflake());
        this.channels.set(
          channelId,
          dmChannelPayload(channelId, friend) as unknown as Record<string, unknown>,
        );
      }
      return { kind: 'privateChannel', channelId };
    }
    return {
      kind: 'guild',
      guildId: options.guildId ?? this.guildId,
      channelId: options.channelId ?? this.guildChannelId,
    };
  }

  private async dispatchInteraction(
    type: InteractionType,
    options: PlaceOptions,
    data: Record<string, unknown>,
    message?: APIMessage,
  ): Promise<DispatchedInteraction> {
    const user = this.user(options.userId ?? this.defaultUserId);
    const place = this.placeOf(options, user);
    const createdAt = Date.now() - (options.ageMs ?? 0);
    const id = snowflake(createdAt);
    const token = interactionToken();
    const channel = this.channels.get(place.channelId) ?? { id: place.channelId };
    const common = {
      id,
      application_id: this.applicationId,
      type,
      data,
      channel,
      channel_id: place.channelId,
      token,
      version: 1,
      app_permissions: options.appPermissions ?? defaultAppPermissions,
      locale: options.locale ?? Locale.EnglishUS,
      entitlements: [],
      context: contextOf(place),
      attachment_size_limit: attachmentSizeLimit,
      ...(message ? { message } : {}),
    };
    const payload: Record<string, unknown> =
      place.kind === 'guild'
        ? {
            ...common,
            guild: { id: place.guildId, locale: Locale.EnglishUS, features: [] },
            guild_id: place.guildId,
            guild_locale: Locale.EnglishUS,
            member: interactionMemberPayload(
              user,
              this.joinedAt,
              options.memberPermissions ?? everyonePermissions,
            ),
            authorizing_integration_owners: { '0': place.guildId },
          }
        : {
            ...common,
            user,
            authorizing_integration_owners:
              place.kind === 'botDm' ? { '0': '0', '1': user.id } : { '1': user.id },
          };
    const record: InteractionRecord = {
      id,
      token,
      type,
      payload,
      channelId: place.channelId,
      guildId: place.kind === 'guild' ? place.guildId : undefined,
      user,
      dispatchedAt: createdAt,
      commandName: typeof data.name === 'string' ? data.name : undefined,
      callback: undefined,
      rejected: [],
      // A button's message, or the message whose button opened the submitted form.
      original:
        type === InteractionType.MessageComponent || type === InteractionType.ModalSubmit
          ? message
          : undefined,
      edits: [],
      followUps: [],
    };
    this.interactions.set(id, record);
    this.interactionsByToken.set(token, record);
    // As on Discord, an application with an Interactions Endpoint URL gets none over the gateway.
    if (this.endpoints.length > 0) this.deliverOverHttp(record, options.endpoint);
    else await this.gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
    return { id, token, payload, dispatchedAt: record.dispatchedAt };
  }

  private responseOf(
    record: InteractionRecord,
    callback: InteractionCallback,
  ): InteractionResponse {
    const choices = callback.data?.choices as InteractionResponse['choices'];
    return {
      interactionId: record.id,
      callbackType: callback.type,
      data: callback.data,
      latencyMs: callback.latencyMs,
      message:
        callback.type === InteractionResponseType.ApplicationCommandAutocompleteResult
          ? undefined
          : record.original,
      edits: record.edits,
      followUps: record.followUps,
      choices,
    };
  }

  private createMessage(options: {
    channelId: string;
    body: MessageBody;
    interaction?: InteractionRecord;
    reference?: APIMessage['message_reference'];
    loading?: boolean;
    /** The files of a multipart request, for the body's `attachments`. */
    uploads?: readonly Upload[];
  }): APIMessage {
    const { interaction, body } = options;
    const pings = pingsOf(body);
    const guildId = this.channels.get(options.channelId)?.guild_id as string | undefined;
    const message = messagePayload({
      id: snowflake(),
      channelId: options.channelId,
      author: this.botUser,
      body: options.loading ? { ...body, flags: (body.flags ?? 0) | MessageFlags.Loading } : body,
      ...(guildId ? { guildId } : {}),
      ...(interaction
        ? {
            webhookId: this.applicationId,
            applicationId: this.applicationId,
            interaction,
          }
        : {}),
      ...(options.reference ? { reference: options.reference } : {}),
      mentions: {
        everyone: pings.everyone,
        users: pings.users.map((id) => this.user(id)),
        roles: pings.roles,
      },
    });
    if (interaction && message.type === MessageType.Default && interaction.commandName) {
      message.type = MessageType.ChatInputCommand;
    }
    this.showFiles(message, this.filesAfter(message, body, options.uploads ?? [], false));
    this.messages.set(message.id, message);
    if (((message.flags ?? 0) & MessageFlags.Ephemeral) === 0) {
      const list = this.channelMessages.get(options.channelId) ?? [];
      list.push(message);
      this.channelMessages.set(options.channelId, list);
    }
    return message;
  }

  private editMessage(
    message: APIMessage,
    body: MessageBody,
    uploads: readonly Upload[] = [],
  ): APIMessage {
    const wasLoading = ((message.flags ?? 0) & MessageFlags.Loading) !== 0;
    const merged: Record<string, unknown> = {
      content: message.content,
      embeds: message.embeds,
      components: message.components,
      ...Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)),
    };
    const mergedBody = checkMessageBody(merged);
    if (!mergedBody.ok) throw errors.invalid(mergedBody.error);
    if (isEmptyMessage(mergedBody.body)) throw errors.invalid(emptyMessageError);
    const pings = pingsOf(mergedBody.body);
    // Ephemerality is fixed at creation; an edit only clears the loading state.
    const keptFlags = (message.flags ?? 0) & MessageFlags.Ephemeral;
    const bodyFlags = (body.flags ?? 0) & ~MessageFlags.Ephemeral & ~MessageFlags.Loading;
    const files = this.filesAfter(message, body, uploads, true);
    Object.assign(message, {
      content: mergedBody.body.content ?? '',
      embeds: mergedBody.body.embeds ?? [],
      components: mergedBody.body.components ?? [],
      flags: keptFlags | bodyFlags,
      edited_timestamp: wasLoading ? null : new Date().toISOString(),
      mention_everyone: pings.everyone,
      mentions: pings.users.map((id) => this.user(id)),
      mention_roles: pings.roles,
    });
    this.showFiles(message, files);
    return message;
  }

  /** The attachments a message has after a create or an edit (see attachments.ts). */
  private filesAfter(
    message: APIMessage,
    body: MessageBody,
    uploads: readonly Upload[],
    editing: boolean,
  ): APIMessage['attachments'] {
    const applied = this.attachments.apply({
      channelId: message.channel_id,
      existing: editing ? message.attachments : [],
      listed: body.attachments,
      uploads,
      editing,
    });
    if (!applied.ok) throw errors.invalid(applied.error);
    return applied.attachments;
  }

  private showFiles(message: APIMessage, files: APIMessage['attachments']): void {
    message.attachments = files;
    message.embeds = resolveAttachmentImages(message.embeds, files);
  }

  /** The bytes of a file the bot sent, by the attachment's id (`message.attachments[n].id`). */
  attachmentBytes(attachmentId: string): Buffer | undefined {
    return this.attachments.bytesOf(attachmentId);
  }

  // ---------------------------------------------------------------- HTTP

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const raw = await readBody(req);
    const method = (req.method ?? 'GET').toUpperCase();
    const prefix = '/api/v10';
    // discord.js percent-encodes route segments (`%40original`); Discord routes on decoded paths.
    const pathname = safeDecode(url.pathname);
    const path = pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : null;
    let body: unknown = undefined;
    let status: number;
    let response: unknown;
    let interactionId: string | undefined;
    try {
      const parsed = await parseBody(raw, req.headers['content-type']).catch((error: unknown) => {
        if (error instanceof SyntaxError) this.recordUnreadableBody(method, path ?? url.pathname);
        throw error;
      });
      body = parsed.body;
      const specCheck = this.spec.check({
        method,
        path: path ?? url.pathname,
        query: url.searchParams,
        body: parsed.payload,
      });
      if (!specCheck.ok) this.violations.push(specCheck.violation);
      const match = path === null ? undefined : this.matchRoute(method, path);
      if (!match || path === null) {
        throw errors.notFound();
      }
      const { route, params } = match;
      const interaction = this.interactionOfParams(params);
      interactionId = interaction?.id;
      if (route.auth && req.headers.authorization !== `Bot ${this.token}`) {
        throw errors.unauthorized();
      }
      if (!specCheck.ok && specCheck.error) {
        if (params.interactionId !== undefined && interaction) {
          interaction.rejected.push({ status: 400, error: specCheck.error, at: Date.now() });
        }
        throw errors.invalid(specCheck.error);
      }
      const result = await route.handler(
        { method, path, query: url.searchParams, headers: req.headers, body },
        params,
      );
      status = result.status;
      response = result.body;
    } catch (error) {
      if (error instanceof HttpError) {
        status = error.status;
        response = error.body;
      } else if (error instanceof SyntaxError) {
        status = 400;
        response = { code: 50109, message: 'The request body contains invalid JSON.' };
      } else {
        status = 500;
        response = { code: 0, message: `Emulator error: ${String(error)}` };
      }
    }
    const record: RecordedRequest = {
      method,
      path: path ?? url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      status,
      response,
      at: Date.now(),
    };
    if (interactionId) {
      const interaction = this.interactions.get(interactionId);
      record.interactionId = interactionId;
      if (interaction) record.sinceDispatchMs = record.at - interaction.dispatchedAt;
    }
    this.requests.push(record);
    if (status === 404 && (response as DiscordErrorBody).code === 0) this.unknown.push(record);
    if (response === undefined) {
      res.writeHead(status);
      res.end();
    } else {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(response));
    }
    this.changed();
  }

  private recordUnreadableBody(method: string, path: string): void {
    this.violations.push({
      method,
      path,
      operation: this.spec.operationOf(method, path),
      problem: 'invalid body',
      fields: [{ at: [], code: 'JSON', message: 'The request body contains invalid JSON.' }],
      body: undefined,
    });
  }

  private matchRoute(
    method: string,
    path: string,
  ): { route: Route; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const match = route.pattern.exec(path);
      if (match) return { route, params: { ...match.groups } };
    }
    return undefined;
  }

  private interactionOfParams(params: Record<string, string>): InteractionRecord | undefined {
    if (params.interactionId) return this.interactions.get(params.interactionId);
    if (params.token) return this.interactionsByToken.get(params.token);
    return undefined;
  }

  private buildRoutes(): Route[] {
    const bot = (method: string, pattern: RegExp, handler: RouteHandler): Route => ({
      method,
      pattern,
      auth: true,
      handler,
    });
    const open = (method: string, pattern: RegExp, handler: RouteHandler): Route => ({
      method,
      pattern,
      auth: false,
      handler,
    });
    const app = '(?<applicationId>\\d+)';
    const guild = '(?<guildId>\\d+)';
    const command = '(?<commandId>\\d+)';
    const hook = `/webhooks/${app}/(?<token>[^/]+)`;
    const commands = (guildPart: string) =>
      new RegExp(`^/applications/${app}${guildPart}/commands$`);
    const oneCommand = (guildPart: string) =>
      new RegExp(`^/applications/${app}${guildPart}/commands/${command}$`);
    const guildPart = `/guilds/${guild}`;
    return [
      open('GET', /^\/gateway$/, () => ({ status: 200, body: { url: this.gatewayUrl } })),
      bot('GET', /^\/gateway\/bot$/, () => ({
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: this.recommendedShards,
          session_start_limit: {
            total: 1000,
            remaining: 999,
            reset_after: 14_400_000,
            max_concurrency: 1,
          },
        },
      })),
      bot('GET', /^\/users\/@me$/, () => ({ status: 200, body: this.botUser })),
      bot('GET', /^\/applications\/@me$/, () => ({ status: 200, body: this.applicationBody() })),
      bot('GET', commands(''), (_r, p) => this.listCommands(p)),
      bot('PUT', commands(''), (r, p) => this.overwriteCommands(r, p)),
      bot('POST', commands(''), (r, p) => this.createCommand(r, p)),
      bot('GET', oneCommand(''), (_r, p) => this.getCommand(p)),
      bot('DELETE', oneCommand(''), (_r, p) => this.deleteCommand(p)),
      bot('GET', commands(guildPart), (_r, p) => this.listCommands(p)),
      bot('PUT', commands(guildPart), (r, p) => this.overwriteCommands(r, p)),
      bot('POST', commands(guildPart), (r, p) => this.createCommand(r, p)),
      bot('GET', oneCommand(guildPart), (_r, p) => this.getCommand(p)),
      bot('DELETE', oneCommand(guildPart), (_r, p) => this.deleteCommand(p)),
      open('POST', /^\/interactions\/(?<interactionId>\d+)\/(?<token>[^/]+)\/callback$/, (r, p) =>
        this.interactionCallback(r, p),
      ),
      open('POST', new RegExp(`^${hook}$`), (r, p) => this.followUp(r, p)),
      open('GET', new RegExp(`^${hook}/messages/(?<messageId>@original|\\d+)$`), (_r, p) => ({
        status: 200,
        body: this.webhookMessage(p),
      })),
      open('PATCH', new RegExp(`^${hook}/messages/(?<messageId>@original|\\d+)$`), (r, p) =>
        this.editWebhookMessage(r, p),
      ),
      open('DELETE', new RegExp(`^${hook}/messages/(?<messageId>@original|\\d+)$`), (_r, p) =>
        this.deleteWebhookMessage(p),
      ),
      bot('POST', /^\/users\/@me\/channels$/, (r) => this.openDm(r)),
      bot('GET', /^\/channels\/(?<channelId>\d+)$/, (_r, p) => ({
        status: 200,
        body: this.channelOf(p.channelId ?? ''),
      })),
      bot('POST', /^\/channels\/(?<channelId>\d+)\/messages$/, (r, p) =>
        this.postChannelMessage(r, p),
      ),
      bot('POST', /^\/channels\/(?<channelId>\d+)\/typing$/, (_r, p) => {
        this.channelOf(p.channelId ?? '');
        return { status: 204 };
      }),
    ];
  }

  private applicationBody(): Record<string, unknown> {
    return {
      id: this.applicationId,
      name: this.botUser.username,
      icon: null,
      description: '',
      summary: '',
      type: null,
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: this.publicKey,
      flags: 0,
      owner: this.user(this.defaultUserId),
      team: null,
      bot: this.botUser,
      redirect_uris: [],
      interactions_endpoint_url: this.endpoints[0] ?? null,
      approximate_guild_count: 1,
      approximate_user_install_count: 0,
      integration_types_config: { '0': {}, '1': {} },
      hook: true,
      is_monetized: false,
    };
  }

  private checkCommandScope(params: Record<string, string>): void {
    if (params.applicationId !== this.applicationId) throw errors.notYourApplication();
    if (params.guildId !== undefined && params.guildId !== this.guildId) {
      throw errors.missingAccess();
    }
  }

  private listCommands(params: Record<string, string>): { status: number; body: unknown } {
    this.checkCommandScope(params);
    return { status: 200, body: this.registeredCommands(params.guildId) };
  }

  private storeCommand(definition: CommandDefinition, guildId: string | undefined): StoredCommand {
    const key = `${guildId ?? 'global'}:${String(definition.type ?? 1)}:${definition.name}`;
    const previous = this.commands.get(key);
    const stored: StoredCommand = {
      ...definition,
      type: definition.type ?? 1,
      id: previous?.id ?? snowflake(),
      application_id: this.applicationId,
      ...(guildId ? { guild_id: guildId } : {}),
      version: snowflake(),
      default_member_permissions: definition.default_member_permissions ?? null,
      nsfw: definition.nsfw ?? false,
    };
    this.commands.set(key, stored);
    return stored;
  }

  private overwriteCommands(
    request: ParsedRequest,
    params: Record<string, string>,
  ): { status: number; body: unknown } {
    this.checkCommandScope(params);
    const parsed = commandListSchema.safeParse(request.body, { reportInput: true });
    if (!parsed.success) throw errors.invalid(invalidFormBody(parsed.error.issues));
    for (const [key, command] of this.commands) {
      if (command.guild_id === params.guildId) this.commands.delete(key);
    }
    const stored = parsed.data.map((definition) => this.storeCommand(definition, params.guildId));
    return { status: 200, body: stored };
  }

  private createCommand(
    request: ParsedRequest,
    params: Record<string, string>,
  ): { status: number; body: unknown } {
    this.checkCommandScope(params);
    const parsed = commandDefinitionSchema.safeParse(request.body, { reportInput: true });
    if (!parsed.success) throw errors.invalid(invalidFormBody(parsed.error.issues));
    return { status: 201, body: this.storeCommand(parsed.data, params.guildId) };
  }

  private findCommand(params: Record<string, string>): [string, StoredCommand] {
    this.checkCommandScope(params);
    const entry = [...this.commands].find(
      ([, command]) => command.id === params.commandId && command.guild_id === params.guildId,
    );
    if (!entry) throw errors.unknownCommand();
    return entry;
  }

  private getCommand(params: Record<string, string>): { status: number; body: unknown } {
    return { status: 200, body: this.findCommand(params)[1] };
  }

  private deleteCommand(params: Record<string, string>): { status: number } {
    this.commands.delete(this.findCommand(params)[0]);
    return { status: 204 };
  }

  private interactionCallback(
    request: ParsedRequest,
    params: Record<string, string>,
  ): { status: number; body?: unknown } {
    const record = this.interactions.get(params.interactionId ?? '');
    if (!record || record.token !== params.token) throw errors.unknownInteraction();
    const now = Date.now();
    try {
      if (record.callback) throw errors.alreadyAcknowledged();
      if (now - record.dispatchedAt > this.responseWindowMs) {
        throw errors.unknownInteraction();
      }
      const body = (request.body ?? {}) as { type?: unknown; data?: Record<string, unknown> };
      const type = body.type;
      if (!isCallbackType(type) || !allowedCallbacks[record.type].includes(type)) {
        throw errors.invalid({
          code: 50035,
          message: 'Invalid Form Body',
          errors: {
            type: {
              _errors: [
                {
                  code: 'INTERACTION_CALLBACK_TYPE_INVALID',
                  message: 'Interaction callback type is not valid for this interaction',
                },
              ],
            },
          },
        });
      }
      this.applyCallback(record, type, body.data, uploadsIn(request.body));
      record.callback = {
        type,
        data: body.data,
        at: now,
        latencyMs: now - record.dispatchedAt,
      };
    } catch (error) {
      if (error instanceof HttpError)
        record.rejected.push({ status: error.status, error: error.body, at: now });
      throw error;
    }
    if (request.query.get('with_response') !== 'true') return { status: 204 };
    const autocomplete =
      record.callback.type === InteractionResponseType.ApplicationCommandAutocompleteResult;
    const message = autocomplete ? undefined : record.original;
    return {
      status: 200,
      body: {
        interaction: {
          id: record.id,
          type: record.type,
          ...(message
            ? {
                response_message_id: message.id,
                response_message_loading: ((message.flags ?? 0) & MessageFlags.Loading) !== 0,
                response_message_ephemeral: ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
              }
            : {}),
        },
        resource: { type: record.callback.type, ...(message ? { message } : {}) },
      },
    };
  }

  private applyCallback(
    record: InteractionRecord,
    type: InteractionResponseType,
    data: Record<string, unknown> | undefined,
    uploads: readonly Upload[] = [],
  ): void {
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource: {
        const checked = checkMessageBody(data ?? {}, ['data']);
        if (!checked.ok) throw errors.invalid(checked.error);
        if (isEmptyMessage(checked.body)) throw errors.invalid(emptyMessageError);
        record.original = this.createMessage({
          channelId: record.channelId,
          body: checked.body,
          interaction: record,
          uploads,
        });
        return;
      }
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const flags = typeof data?.flags === 'number' ? data.flags : 0;
        record.original = this.createMessage({
          channelId: record.channelId,
          body: { flags },
          interaction: record,
          loading: true,
        });
        return;
      }
      case InteractionResponseType.UpdateMessage: {
        const checked = checkMessageBody(data ?? {}, ['data']);
        if (!checked.ok) throw errors.invalid(checked.error);
        if (!record.original) throw errors.unknownMessage();
        this.editMessage(record.original, checked.body, uploads);
        return;
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        const parsed = autocompleteChoicesSchema.safeParse(data ?? {}, { reportInput: true });
        if (!parsed.success) throw errors.invalid(invalidFormBody(parsed.error.issues, ['data']));
        return;
      }
      default:
        // Deferred update (6), modal (9), activity (12): nothing to store beyond the callback.
        return;
    }
  }

  /** The interaction behind a webhook route, checked as Discord checks the token. */
  private webhookInteraction(params: Record<string, string>): InteractionRecord {
    if (params.applicationId !== this.applicationId) throw errors.unknownWebhook();
    const record = this.interactionsByToken.get(params.token ?? '');
    if (!record) throw errors.invalidWebhookToken();
    if (Date.now() - record.dispatchedAt > interactionTokenLifetimeMs) {
      throw errors.invalidWebhookToken();
    }
    if (!record.callback) throw errors.unknownWebhook();
    return record;
  }

  private webhookMessage(params: Record<string, string>): APIMessage {
    const record = this.webhookInteraction(params);
    const message =
      params.messageId === '@original'
        ? record.callback?.type === InteractionResponseType.ApplicationCommandAutocompleteResult
          ? undefined
          : record.original
        : record.followUps.find((followUp) => followUp.id === params.messageId);
    if (!message || !this.messages.has(message.id)) throw errors.unknownMessage();
    return message;
  }

  private editWebhookMessage(
    request: ParsedRequest,
    params: Record<string, string>,
  ): { status: number; body: unknown } {
    const message = this.webhookMessage(params);
    const checked = checkMessageBody(request.body ?? {});
    if (!checked.ok) throw errors.invalid(checked.error);
    this.editMessage(message, checked.body, uploadsIn(request.body));
    const record = this.webhookInteraction(params);
    record.edits.push({ body: checked.body, at: Date.now() });
    return { status: 200, body: message };
  }

  private deleteWebhookMessage(params: Record<string, string>): { status: number } {
    const message = this.webhookMessage(params);
    this.messages.delete(message.id);
    const list = this.channelMessages.get(message.channel_id);
    if (list) {
      this.channelMessages.set(
        message.channel_id,
        list.filter((entry) => entry.id !== message.id),
      );
    }
    return { status: 204 };
  }

  private followUp(
    request: ParsedRequest,
    params: Record<string, string>,
  ): { status: number; body?: unknown } {
    const record = this.webhookInteraction(params);
    const checked = checkMessageBody(request.body ?? {});
    if (!checked.ok) throw errors.invalid(checked.error);
    if (isEmptyMessage(checked.body)) throw errors.invalid(emptyMessageError);
    const message = this.createMessage({
      channelId: record.channelId,
      body: checked.body,
      interaction: record,
      uploads: uploadsIn(request.body),
    });
    record.followUps.push(message);
    return request.query.get('wait') === 'true' ? { status: 200, body: message } : { status: 204 };
  }

  private openDm(request: ParsedRequest): { status: number; body: unknown } {
    const recipient = (request.body as { recipient_id?: unknown } | undefined)?.recipient_id;
    if (typeof recipient !== 'string' || !/^\d{17,20}$/.test(recipient)) {
      throw errors.invalid(
        invalidFormBody([
          {
            code: 'custom',
            path: ['recipient_id'],
            message: 'This field is required',
            input: recipient,
            params: { discordCode: 'BASE_TYPE_REQUIRED' },
          },
        ]),
      );
    }
    const channelId = this.dmChannelFor(this.user(recipient));
    return { status: 200, body: this.channels.get(channelId) };
  }

  private channelOf(channelId: string): Record<string, unknown> {
    const channel = this.channels.get(channelId);
    if (!channel) throw errors.unknownChannel();
    return channel;
  }

  private postChannelMessage(
    request: ParsedRequest,
    params: Record<string, string>,
  ): { status: number; body: unknown } {
    const channelId = params.channelId ?? '';
    this.channelOf(channelId);
    const checked = checkMessageBody(request.body ?? {});
    if (!checked.ok) throw errors.invalid(checked.error);
    if (isEmptyMessage(checked.body)) throw errors.invalid(emptyMessageError);
    // With enforce_nonce, a message with the same nonce in the last few minutes is returned
    // instead of a new one.
    const { nonce, enforce_nonce: enforceNonce } = (request.body ?? {}) as {
      nonce?: unknown;
      enforce_nonce?: unknown;
    };
    const nonceKey =
      enforceNonce === true && (typeof nonce === 'string' || typeof nonce === 'number')
        ? `${channelId}:${String(nonce)}`
        : null;
    const earlier = nonceKey === null ? undefined : this.noncedMessages.get(nonceKey);
    if (earlier && Date.now() - earlier.at < nonceWindowMs) {
      return { status: 200, body: earlier.message };
    }
    const reference = (request.body as { message_reference?: APIMessage['message_reference'] })
      .message_reference;
    if (reference?.message_id && !this.messages.has(reference.message_id)) {
      if ((reference as { fail_if_not_exists?: boolean }).fail_if_not_exists !== false) {
        throw errors.invalid(
          invalidFormBody([
            {
              code: 'custom',
              path: ['message_reference'],
              message: 'Unknown message',
              input: reference,
              params: { discordCode: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE' },
            },
          ]),
        );
      }
    }
    const message = this.createMessage({
      channelId,
      body: checked.body,
      uploads: uploadsIn(request.body),
      ...(reference?.message_id
        ? {
            reference: {
              type: MessageReferenceType.Default,
              channel_id: channelId,
              message_id: reference.message_id,
            },
          }
        : {}),
    });
    if (nonceKey !== null) this.noncedMessages.set(nonceKey, { message, at: Date.now() });
    return { status: 200, body: message };
  }
}

function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

/**
 * JSON bodies, and multipart ones (messages with files) via their `payload_json` part. `payload`
 * is the JSON as sent, what the spec validates; `body` adds the names of the attached files and
 * the files themselves (`__uploads`, read by attachments.ts).
 */
async function parseBody(
  raw: Buffer,
  contentType: string | undefined,
): Promise<{ body: unknown; payload: unknown }> {
  if (raw.length === 0) return { body: undefined, payload: undefined };
  if (contentType?.startsWith('multipart/form-data')) {
    // The deprecation targets untrusted production uploads; these are small bodies from tests.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const json = form.get('payload_json');
    const files = [...form.keys()].filter((key) => key.startsWith('files['));
    const payload = typeof json === 'string' ? (JSON.parse(json) as Record<string, unknown>) : {};
    return { body: { ...payload, __files: files, __uploads: await uploadsOf(form) }, payload };
  }
  const payload = JSON.parse(raw.toString('utf8')) as unknown;
  return { body: payload, payload };
}
