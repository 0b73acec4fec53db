/**
 * Starting and stopping a plain HTTP server (the health and metrics server, the HTTP
 * interactions endpoint): listen, report the port and URL actually bound, close for good.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  port: number;
  url: string;
  /** Stops accepting, then drops the idle keep-alive connections left open. */
  close(): Promise<void>;
}

/** Listens on `host`:`port` (0 picks a free port); rejects with the error if it cannot. */
export async function listen(server: Server, port: number, host: string): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    port: bound,
    url: `http://${shownHost}:${String(bound)}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
