/**
 * Turns the interaction callback the router makes into the answer to Discord's HTTP request.
 *
 * The router answers through discord.js, which posts its first answer to
 * `POST /interactions/{id}/{token}/callback`. Over HTTP, Discord takes that answer as the response
 * to its own request instead, so the bridge sits where discord.js makes its HTTP calls
 * (`rest.makeRequest`): the first callback of an interaction received here is held back from the
 * network and becomes the response body, and discord.js is told it went through once the
 * response is on the wire. Everything else (edits, follow-ups) goes to Discord's REST API as usual.
 *
 * Two exceptions:
 * - A callback with files (the timeline picture) goes to the callback endpoint itself, and the
 *   HTTP request is answered `202` with no body, as Discord documents for an interaction answered
 *   that way. Discord's multipart handling of HTTP responses has known faults (larger files and
 *   message commands fail: discord/discord-api-docs#5250, #5925, #5933); the endpoint has none.
 * - An answer not ready within `deferAfterMs` of receipt would miss Discord's 3-second window, so
 *   the bridge answers the request with a deferral of its own (a "thinking…" message, or a
 *   silent acknowledgement of a button) and turns the router's late callback into the webhook
 *   call that completes it: the message edited, or a follow-up sent.
 */
import {
  DefaultRestOptions,
  InteractionResponseType,
  MessageFlags,
  RESTJSONErrorCodes,
  Routes,
  type APIInteractionResponse,
  type RawFile,
  type REST,
  type RESTOptions,
} from 'discord.js';
import type { Logger } from '../log.js';

type MakeRequest = RESTOptions['makeRequest'];
type RequestInit = Parameters<MakeRequest>[1];
type ResponseLike = Awaited<ReturnType<MakeRequest>>;

/**
 * Discord's window is 3 s from when it sent the interaction; this leaves half a second for the
 * response to travel back through a load balancer.
 */
export const DEFER_AFTER_MS = 2_500;

/** What to answer Discord's HTTP request with. */
export interface HttpAnswer {
  status: number;
  /** JSON text; absent for an empty body. */
  json?: string;
}

export interface ExchangeMeta {
  id: string;
  token: string;
  applicationId: string;
}

/** One interaction received over HTTP, from its request to the end of the router's work. */
export interface Exchange {
  /** Resolves with the response to write: the answer, a deferral, 202, or a failure. */
  readonly answer: Promise<HttpAnswer>;
  /** The server wrote the response (`true`), or the connection closed before it could. */
  written(onTheWire: boolean): void;
  /** The router is done with the interaction; an interaction it left unanswered fails. */
  finish(): void;
}

export interface CallbackBridge {
  /** For the discord.js client's REST options. */
  readonly makeRequest: MakeRequest;
  /** The client's REST, for the webhook calls that complete a deferral. */
  use(rest: REST): void;
  /**
   * Starts an exchange before the router sees the interaction. `deferral` gives the response for
   * an answer that is late (null: none, the interaction fails); asked only then.
   */
  open(meta: ExchangeMeta, deferral: () => APIInteractionResponse | null): Exchange;
}

export interface CallbackBridgeOptions {
  logger: Logger;
  /** The real HTTP call; discord.js's default. */
  send?: MakeRequest;
  deferAfterMs?: number;
  /** Timers, injected so tests need not wait. */
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** `/interactions/{id}/{token}/callback` under any API base and version. */
const CALLBACK_PATH = /\/interactions\/(\d+)\/([^/]+)\/callback$/;

type State =
  | { kind: 'waiting' }
  /** A callback with files is on its way to the callback endpoint. */
  | { kind: 'forwarding' }
  /** The response carried the answer (or said 202 for one sent to the endpoint). */
  | { kind: 'answered' }
  /** The response was the bridge's own deferral; the router's answer completes it by webhook. */
  | { kind: 'deferred'; response: APIInteractionResponse }
  /** The request went away unanswered: Discord has given up on the interaction. */
  | { kind: 'gone' };

function emptyResponse(status: number): ResponseLike {
  return new Response(null, { status });
}

function discordError(status: number, code: number, message: string): ResponseLike {
  return new Response(JSON.stringify({ code, message }), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

const unknownInteraction = (): ResponseLike =>
  discordError(404, RESTJSONErrorCodes.UnknownInteraction, 'Unknown interaction');
const alreadyAcknowledged = (): ResponseLike =>
  discordError(
    400,
    RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
    'Interaction has already been acknowledged.',
  );

interface CallbackBody {
  type: InteractionResponseType;
  data: Record<string, unknown>;
  files: RawFile[];
}

/**
 * A multipart body as @discordjs/rest builds it. Its FormData is undici's own class, not Node's
 * global one, so it is recognised by shape.
 */
interface FormLike {
  get(name: string): unknown;
  entries(): Iterable<[string, unknown]>;
}

interface FileLike {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

function isForm(body: unknown): body is FormLike {
  return typeof body === 'object' && body !== null && 'get' in body && 'entries' in body;
}

function isFile(value: unknown): value is FileLike {
  return typeof value === 'object' && value !== null && 'arrayBuffer' in value && 'name' in value;
}

/** A callback's body as discord.js sent it: JSON text, or a form with `payload_json` and files. */
async function readCallback(body: RequestInit['body']): Promise<CallbackBody | null> {
  if (typeof body === 'string') {
    const parsed = JSON.parse(body) as { type: InteractionResponseType; data?: object };
    return { type: parsed.type, data: { ...parsed.data }, files: [] };
  }
  if (!isForm(body)) return null;
  const json = body.get('payload_json');
  if (typeof json !== 'string') return null;
  const parsed = JSON.parse(json) as { type: InteractionResponseType; data?: object };
  const files: RawFile[] = [];
  for (const [key, value] of body.entries()) {
    if (!key.startsWith('files[') || !isFile(value)) continue;
    files.push({ key, name: value.name, data: Buffer.from(await value.arrayBuffer()) });
  }
  return { type: parsed.type, data: { ...parsed.data }, files };
}

/** The fields of a callback's message that an edit of the message takes. */
function asEdit(data: Record<string, unknown>): Record<string, unknown> {
  const { content, embeds, components, allowed_mentions, attachments, flags } = data;
  const kept = typeof flags === 'number' ? flags & ~MessageFlags.Ephemeral : undefined;
  return Object.fromEntries(
    Object.entries({ content, embeds, components, allowed_mentions, attachments, flags: kept })
      // An edit leaves out what it does not change, and a flag-less edit changes no flags.
      .filter(([key, value]) => value !== undefined && !(key === 'flags' && value === 0)),
  );
}

/** The fields of a callback's message that a follow-up message takes. */
function asFollowUp(data: Record<string, unknown>): Record<string, unknown> {
  const { content, embeds, components, allowed_mentions, attachments, flags, tts } = data;
  return Object.fromEntries(
    Object.entries({
      content,
      embeds,
      components,
      allowed_mentions,
      attachments,
      flags,
      tts,
    }).filter(([, value]) => value !== undefined),
  );
}

export function createCallbackBridge(options: CallbackBridgeOptions): CallbackBridge {
  const send = options.send ?? DefaultRestOptions.makeRequest;
  const deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
  const setTimer =
    options.setTimer ?? ((callback: () => void, ms: number) => setTimeout(callback, ms).unref());
  const clearTimer =
    options.clearTimer ??
    ((timer: unknown) => {
      clearTimeout(timer as NodeJS.Timeout);
    });
  const exchanges = new Map<string, ExchangeImpl>();
  let rest: REST | undefined;

  class ExchangeImpl implements Exchange {
    readonly answer: Promise<HttpAnswer>;
    state: State = { kind: 'waiting' };
    #resolveAnswer!: (answer: HttpAnswer) => void;
    readonly #onTheWire: Promise<boolean>;
    #resolveOnTheWire!: (written: boolean) => void;
    #timer: unknown;
    readonly #deadline: number;

    constructor(
      readonly meta: ExchangeMeta,
      readonly deferral: () => APIInteractionResponse | null,
    ) {
      this.answer = new Promise((resolve) => (this.#resolveAnswer = resolve));
      this.#onTheWire = new Promise((resolve) => (this.#resolveOnTheWire = resolve));
      this.#deadline = Date.now() + deferAfterMs;
      this.#arm(deferAfterMs);
    }

    written(onTheWire: boolean): void {
      if (!onTheWire) {
        this.#settle({ kind: 'gone' });
        this.#resolveAnswer({ status: 504 });
      }
      this.#resolveOnTheWire(onTheWire);
    }

    finish(): void {
      clearTimer(this.#timer);
      exchanges.delete(this.meta.id);
      if (this.state.kind !== 'waiting') return;
      options.logger.warn(
        { interactionId: this.meta.id },
        'interaction left unanswered; its HTTP request fails',
      );
      this.#respond({ kind: 'answered' }, { status: 503, json: '{"error":"not answered"}' });
    }

    /** The router's callback for this interaction, as discord.js would send it. */
    async callback(url: string, init: RequestInit): Promise<ResponseLike> {
      switch (this.state.kind) {
        case 'waiting': {
          const wantsResult = new URL(url).searchParams.get('with_response') === 'true';
          if (typeof init.body === 'string' && !wantsResult) {
            this.#respond({ kind: 'answered' }, { status: 200, json: init.body });
            return (await this.#onTheWire) ? emptyResponse(204) : unknownInteraction();
          }
          // Files, or a result only the endpoint can give: sent there, and the request gets 202.
          this.#settle({ kind: 'forwarding' });
          const response = await send(url, init);
          // The request may have gone away meanwhile.
          if (this.#kind() !== 'forwarding') return response;
          if (response.ok) this.#respond({ kind: 'answered' }, { status: 202 });
          else this.#settle({ kind: 'waiting' });
          return response;
        }
        case 'deferred':
          return this.#complete(this.state.response, init);
        case 'gone':
          return unknownInteraction();
        default:
          // A second answer: Discord itself refuses it, as over the gateway.
          return send(url, init);
      }
    }

    /** The state now: read after an await, where it may have changed. */
    #kind(): State['kind'] {
      return this.state.kind;
    }

    #settle(state: State): void {
      clearTimer(this.#timer);
      this.state = state;
      // Waiting again after a failed forward: the deadline still holds, and may have passed.
      if (state.kind === 'waiting') this.#arm(Math.max(0, this.#deadline - Date.now()));
    }

    #arm(ms: number): void {
      this.#timer = setTimer(() => {
        this.#deferIfWaiting();
      }, ms);
    }

    #respond(state: State, answer: HttpAnswer): void {
      this.#settle(state);
      this.#resolveAnswer(answer);
    }

    #deferIfWaiting(): void {
      if (this.state.kind !== 'waiting') return;
      const deferral = this.deferral();
      if (deferral === null) return;
      options.logger.info(
        { interactionId: this.meta.id, callbackType: deferral.type },
        'answer not ready in time; deferred it',
      );
      const deferred =
        deferral.type === InteractionResponseType.ApplicationCommandAutocompleteResult
          ? ({ kind: 'answered' } as const)
          : ({ kind: 'deferred', response: deferral } as const);
      this.#respond(deferred, { status: 200, json: JSON.stringify(deferral) });
    }

    /** The router's late answer to an interaction the bridge deferred, sent as a webhook call. */
    async #complete(deferral: APIInteractionResponse, init: RequestInit): Promise<ResponseLike> {
      if (rest === undefined) throw new Error('the callback bridge has no REST client');
      // Discord must have the deferral before it takes an edit of the message it makes.
      if (!(await this.#onTheWire)) return unknownInteraction();
      const callback = await readCallback(init.body);
      if (callback === null) return alreadyAcknowledged();
      const { applicationId, token } = this.meta;
      const original = Routes.webhookMessage(applicationId, token, '@original');
      const followUp = Routes.webhook(applicationId, token);
      const { type, data, files } = callback;
      const deferredMessage =
        deferral.type === InteractionResponseType.DeferredChannelMessageWithSource;
      const deferredUpdate = deferral.type === InteractionResponseType.DeferredMessageUpdate;
      if (
        type === InteractionResponseType.DeferredChannelMessageWithSource ||
        type === InteractionResponseType.DeferredMessageUpdate
      ) {
        // Already acknowledged, as asked.
        return emptyResponse(204);
      }
      if (deferredMessage && type === InteractionResponseType.ChannelMessageWithSource) {
        const deferredFlags = deferral.data?.flags ?? 0;
        const wantsPrivate = ((data.flags as number | undefined) ?? 0) & MessageFlags.Ephemeral;
        if (wantsPrivate !== 0 && (deferredFlags & MessageFlags.Ephemeral) === 0) {
          // The placeholder is public and cannot become private: swap it for a private message.
          await rest.delete(original, { auth: false });
          await rest.post(followUp, { body: asFollowUp(data), files, auth: false });
        } else {
          await rest.patch(original, { body: asEdit(data), files, auth: false });
        }
        return emptyResponse(204);
      }
      if (deferredUpdate && type === InteractionResponseType.ChannelMessageWithSource) {
        // A reply to a press is a message of its own, not an edit of the pressed message.
        await rest.post(followUp, { body: asFollowUp(data), files, auth: false });
        return emptyResponse(204);
      }
      if (deferredUpdate && type === InteractionResponseType.UpdateMessage) {
        await rest.patch(original, { body: asEdit(data), files, auth: false });
        return emptyResponse(204);
      }
      // A form or choices cannot follow a deferral.
      return alreadyAcknowledged();
    }
  }

  const makeRequest: MakeRequest = async (url, init) => {
    const match = CALLBACK_PATH.exec(new URL(url).pathname);
    const exchange = match === null ? undefined : exchanges.get(match[1] ?? '');
    if (
      exchange === undefined ||
      match?.[2] !== exchange.meta.token ||
      (init.method ?? 'GET').toUpperCase() !== 'POST'
    ) {
      return send(url, init);
    }
    return exchange.callback(url, init);
  };

  return {
    makeRequest,
    use(client) {
      rest = client;
    },
    open(meta, deferral) {
      const exchange = new ExchangeImpl(meta, deferral);
      exchanges.set(meta.id, exchange);
      return exchange;
    },
  };
}
