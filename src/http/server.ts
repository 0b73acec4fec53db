/**
 * The interactions endpoint over node:http: `POST /interactions` takes what Discord sends to the
 * Interactions Endpoint URL, `GET /healthz` tells a load balancer whether to send this instance
 * work. A request is read in full (up to a size limit, 413 past it), its signature checked before
 * anything in it is read (401), PING answered with PONG, and any other interaction handed on; the
 * handler's answer is the response. Other paths are 404, other methods 405.
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { KeyObject } from 'node:crypto';
import { listen } from '../bot/listen.js';
import type { Logger } from '../log.js';
import type { HttpAnswer } from './callback-bridge.js';
import { BodyTooLargeError, MAX_BODY_BYTES, parseInteraction, readBody } from './request.js';
import type { ParsedRequest } from './request.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyRequest } from './signature.js';

export const INTERACTIONS_PATH = '/interactions';
const REQUEST_TIMEOUT_MS = 10_000;
const KEEP_ALIVE_TIMEOUT_MS = 65_000;
export const HEALTH_PATH = '/healthz';

export type ReceivedInteraction = Extract<ParsedRequest, { kind: 'interaction' }>;

/** How the handler answers one interaction: the response to write, and word of its writing. */
export interface PendingAnswer {
  readonly answer: Promise<HttpAnswer>;
  written(onTheWire: boolean): void;
}

export interface InteractionsServerOptions {
  host: string;
  /** 0 lets the system choose a free port; `port` on the result says which. */
  port: number;
  publicKey: KeyObject;
  maxBodyBytes?: number;
  /** False once shutdown has begun: new interactions are refused (503), health says stopping. */
  accepting: () => boolean;
  handle: (interaction: ReceivedInteraction) => PendingAnswer;
  health: () => { healthy: boolean; body: unknown };
  logger: Logger;
  now?: () => number;
}

export interface InteractionsServer {
  readonly port: number;
  /** e.g. `http://127.0.0.1:8080` */
  readonly url: string;
  close(): Promise<void>;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' ? value : undefined;
}

function send(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  json: string | undefined,
  headers: Record<string, string> = {},
  onWritten?: () => void,
): void {
  response.writeHead(status, {
    'Cache-Control': 'no-store',
    ...(json === undefined
      ? {}
      : { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(json)) }),
    ...headers,
  });
  response.end(request.method === 'HEAD' ? undefined : json, onWritten);
}

const errorJson = (error: string): string => JSON.stringify({ error });

async function route(
  options: InteractionsServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://interactions').pathname;
  const method = request.method ?? '';
  if (path === HEALTH_PATH) {
    if (method !== 'GET' && method !== 'HEAD') {
      send(request, response, 405, errorJson('method not allowed'), { Allow: 'GET, HEAD' });
      return;
    }
    const report = options.health();
    send(request, response, report.healthy ? 200 : 503, JSON.stringify(report.body));
    return;
  }
  if (path !== INTERACTIONS_PATH) {
    send(request, response, 404, errorJson('not found'));
    return;
  }
  if (method !== 'POST') {
    send(request, response, 405, errorJson('method not allowed'), { Allow: 'POST' });
    return;
  }

  let body: Buffer;
  try {
    body = await readBody(request, options.maxBodyBytes ?? MAX_BODY_BYTES);
  } catch (error) {
    // The sender hung up mid-body: no one to answer.
    if (request.destroyed && !(error instanceof BodyTooLargeError)) return;
    if (!(error instanceof BodyTooLargeError)) throw error;
    // The rest of the body is not read: close the connection rather than drain it.
    send(request, response, 413, errorJson(error.message), { Connection: 'close' });
    return;
  }
  const check = verifyRequest(
    {
      signature: header(request.headers, SIGNATURE_HEADER),
      timestamp: header(request.headers, TIMESTAMP_HEADER),
      body,
    },
    options.publicKey,
    options.now?.() ?? Date.now(),
  );
  if (!check.ok) {
    // Discord itself sends bad signatures now and then, to check that they are refused.
    options.logger.info({ problem: check.problem }, 'interaction request refused');
    send(request, response, 401, errorJson('invalid request signature'));
    return;
  }
  const parsed = parseInteraction(body);
  if (!parsed.ok) {
    options.logger.warn({ problem: parsed.problem }, 'signed request is not an interaction');
    send(request, response, 400, errorJson(parsed.problem));
    return;
  }
  if (parsed.kind === 'ping') {
    send(request, response, 200, JSON.stringify({ type: 1 }));
    return;
  }
  if (!options.accepting()) {
    send(request, response, 503, errorJson('shutting down'));
    return;
  }
  const pending = options.handle(parsed);
  response.once('close', () => {
    if (!response.writableFinished) pending.written(false);
  });
  const answer = await pending.answer;
  if (response.destroyed) return;
  send(request, response, answer.status, answer.json, {}, () => {
    pending.written(true);
  });
}

/** Listens on `host:port`; rejects with the system's error (EADDRINUSE, EACCES) if it cannot. */
export async function startInteractionsServer(
  options: InteractionsServerOptions,
): Promise<InteractionsServer> {
  const server = createServer(
    // Discord sends a whole request at once: one that trickles in is not from Discord.
    { requestTimeout: REQUEST_TIMEOUT_MS },
    (request, response) => {
      route(options, request, response).catch((error: unknown) => {
        options.logger.error({ err: error }, 'interactions endpoint failed');
        if (response.headersSent) {
          response.destroy();
          return;
        }
        send(request, response, 500, errorJson('internal error'));
      });
    },
  );
  // Longer than load balancers keep idle connections (60 s on the common ones), so the balancer,
  // not this server, closes them: never while it is sending a request down one.
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  // Closed once the work in flight has drained: what is left open is idle keep-alive.
  return listen(server, options.port, options.host);
}
