import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { HealthReport } from '../../src/bot/health.js';
import { startHealthServer, type HealthServer } from '../../src/bot/health-server.js';

const HEALTHY: HealthReport = {
  healthy: true,
  body: { discord: 'ready', dataset: 'loaded', events: 12, shards: { '0': 'ready' } },
};
const RECONNECTING: HealthReport = {
  healthy: false,
  body: { discord: 'connecting', dataset: 'loaded', events: 12, shards: { '0': 'connecting' } },
};
const METRICS_TEXT = '# HELP up_total A test series.\n# TYPE up_total counter\nup_total 3\n';

let server: HealthServer | undefined;
let report: HealthReport;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(
  metrics: () => Promise<{ contentType: string; text: string }> = () =>
    Promise.resolve({
      contentType: 'text/plain; version=0.0.4; charset=utf-8',
      text: METRICS_TEXT,
    }),
): Promise<HealthServer> {
  report = HEALTHY;
  server = await startHealthServer({ host: '127.0.0.1', port: 0, health: () => report, metrics });
  return server;
}

describe('startHealthServer', () => {
  it('listens on loopback on the port the system chose', async () => {
    const { port, url } = await start();
    expect(port).toBeGreaterThan(0);
    expect(url).toBe(`http://127.0.0.1:${String(port)}`);
  });

  it('answers /healthz 200 while healthy and 503 while not, with what is missing', async () => {
    const { url } = await start();
    let response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual(HEALTHY.body);

    report = RECONNECTING;
    response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ discord: 'connecting', dataset: 'loaded' });

    report = HEALTHY;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('serves /metrics as Prometheus text, asked afresh at each scrape', async () => {
    let scrapes = 0;
    const { url } = await start(() => {
      scrapes += 1;
      return Promise.resolve({
        contentType: 'text/plain; version=0.0.4; charset=utf-8',
        text: `${METRICS_TEXT}scrapes ${String(scrapes)}\n`,
      });
    });
    const response = await fetch(`${url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(await response.text()).toBe(`${METRICS_TEXT}scrapes 1\n`);
    expect(await (await fetch(`${url}/metrics?x=1`)).text()).toContain('scrapes 2');
  });

  it('answers HEAD like GET, without a body', async () => {
    const { url } = await start();
    const response = await fetch(`${url}/healthz`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('answers 404 for any other path', async () => {
    const { url } = await start();
    for (const path of ['/', '/health', '/metrics/x', '/favicon.ico']) {
      const response = await fetch(`${url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.json()).toMatchObject({ error: 'not found' });
    }
  });

  it('answers 405 with the allowed methods to any other method', async () => {
    const { url } = await start();
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await fetch(`${url}/healthz`, { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    }
    expect((await fetch(`${url}/metrics`, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('answers 500 when the metrics cannot be gathered, and keeps serving', async () => {
    const { url } = await start(() => Promise.reject(new Error('collector failed')));
    const response = await fetch(`${url}/metrics`);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'collector failed' });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('closes at once even with a scrape still in progress', async () => {
    let scrapeStarted!: () => void;
    const started = new Promise<void>((resolve) => (scrapeStarted = resolve));
    const { port } = await start(() => {
      scrapeStarted();
      return new Promise(() => undefined);
    });
    const scrape = new Promise<string>((resolve) => {
      const request = httpRequest({ port, path: '/metrics' });
      request.on('error', (error) => {
        resolve(error.message);
      });
      request.end();
    });
    await started;

    await server?.close();
    server = undefined;
    expect(await scrape).toBe('socket hang up');
    await expect(fetch(`http://127.0.0.1:${String(port)}/healthz`)).rejects.toThrow();
  });

  it('rejects with the system error when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      await expect(
        startHealthServer({
          host: '127.0.0.1',
          port,
          health: () => HEALTHY,
          metrics: () => Promise.resolve({ contentType: 'text/plain', text: '' }),
        }),
      ).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
