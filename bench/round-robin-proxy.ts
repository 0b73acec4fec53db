/**
 * A load balancer in a few lines of node:http, for `npm run bench -- load`: each request goes to
 * the next target in turn, streamed both ways over kept-alive connections. The benchmark runs it
 * as a process of its own, as a real balancer would be, so that its work is not counted against
 * the emulator that plays Discord:
 *
 *   tsx bench/round-robin-proxy.ts http://127.0.0.1:8081 http://127.0.0.1:8082
 *
 * prints one JSON line with the URL it listens on, and serves until it is signalled.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';

export interface RoundRobinProxy {
  url: string;
  close(): Promise<void>;
}

export async function startRoundRobinProxy(targets: readonly string[]): Promise<RoundRobinProxy> {
  if (targets.length === 0) throw new Error('usage: round-robin-proxy.ts TARGET_URL…');
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  let next = 0;
  const server = http.createServer((request, response) => {
    const target = new URL(request.url ?? '/', targets[next++ % targets.length]);
    const upstream = http.request(
      target,
      { method: request.method, headers: request.headers, agent },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      agent.destroy();
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const proxy = await startRoundRobinProxy(process.argv.slice(2));
  process.stdout.write(`${JSON.stringify({ msg: 'proxy listening', url: proxy.url })}\n`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void proxy.close().then(() => process.exit(0));
    });
  }
}
