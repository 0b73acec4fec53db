/**
 * The HTTP side of health and metrics (node:http, nothing else): `GET /healthz` answers 200 or
 * 503 with a small JSON body saying what is missing, `GET /metrics` the Prometheus text. Any
 * other path is 404, any other method 405. What the answers say comes from the caller.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { HealthReport } from './health.js';
import { listen } from './listen.js';

export interface HealthServerOptions {
  host: string;
  /** 0 lets the system choose a free port (tests); `port` on the result says which. */
  port: number;
  health: () => HealthReport;
  metrics: () => Promise<{ contentType: string; text: string }>;
}

export interface HealthServer {
  readonly host: string;
  readonly port: number;
  /** e.g. `http://127.0.0.1:9100` */
  readonly url: string;
  /** Stops listening and ends open connections (a scraper's keep-alive would hold it open). */
  close(): Promise<void>;
}

const ALLOWED_METHODS = ['GET', 'HEAD'];

function send(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function sendJson(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  value: unknown,
  headers?: Record<string, string>,
): void {
  send(request, response, status, 'application/json', `${JSON.stringify(value)}\n`, headers);
}

async function route(
  options: HealthServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://health').pathname;
  if (path !== '/healthz' && path !== '/metrics') {
    sendJson(request, response, 404, { error: 'not found', paths: ['/healthz', '/metrics'] });
    return;
  }
  if (!ALLOWED_METHODS.includes(request.method ?? '')) {
    sendJson(
      request,
      response,
      405,
      { error: 'method not allowed', allowed: ALLOWED_METHODS },
      { Allow: ALLOWED_METHODS.join(', ') },
    );
    return;
  }
  if (path === '/healthz') {
    const report = options.health();
    sendJson(request, response, report.healthy ? 200 : 503, report.body);
    return;
  }
  const { contentType, text } = await options.metrics();
  send(request, response, 200, contentType, text);
}

/** Listens on `host:port`; rejects with the system's error (EADDRINUSE, EACCES) if it cannot. */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const server = createServer((request, response) => {
    route(options, request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      sendJson(request, response, 500, {
        error: error instanceof Error ? error.message : String(error),
      });
    });
  });
  return { host: options.host, ...(await listen(server, options.port, options.host)) };
}
