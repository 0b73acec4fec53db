import type { AddressInfo } from 'node:net';
import {
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  IntentsBitField,
  Partials,
  type Client,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { createClient } from '../../src/bot/client.js';
import { APPLICATION_ID, BOT_TOKEN, userPayload } from './fake-discord.js';

let client: Client | undefined;
let server: WebSocketServer | undefined;

afterEach(async () => {
  await client?.destroy();
  client = undefined;
  await new Promise<void>((resolve) => {
    if (server === undefined) resolve();
    else
      server.close(() => {
        resolve();
      });
  });
  server = undefined;
});

describe('createClient', () => {
  it('asks only for the non-privileged intents the bot needs: Guilds and DirectMessages', () => {
    client = createClient();
    const intents = new IntentsBitField(client.options.intents);
    expect(intents.toArray().sort()).toEqual(['DirectMessages', 'Guilds']);
    expect(intents.has(GatewayIntentBits.MessageContent)).toBe(false);
  });

  it('enables the Channel partial so DMs in uncached channels are delivered', () => {
    client = createClient();
    expect(client.options.partials).toEqual([Partials.Channel]);
  });

  it('allows no mentions by default, including reply pings', () => {
    client = createClient();
    expect(client.options.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it("keeps discord.js's REST base unless one is given", () => {
    client = createClient();
    expect(client.rest.options.api).toBe('https://discord.com/api');
    void client.destroy();
    client = createClient({ apiUrl: 'http://127.0.0.1:9/api' });
    expect(client.rest.options.api).toBe('http://127.0.0.1:9/api');
  });

  it('logs in through the given API, takes the gateway URL from it, and emits clientReady without warnings', async () => {
    server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((resolve) => server?.once('listening', resolve));
    const gatewayUrl = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const identified = new Promise<Record<string, unknown>>((resolve) => {
      server?.on('connection', (socket: WebSocket) => {
        socket.send(
          JSON.stringify({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: 45_000 } }),
        );
        socket.on('message', (raw: Buffer) => {
          const packet = JSON.parse(raw.toString()) as {
            op: GatewayOpcodes;
            d: Record<string, unknown>;
          };
          if (packet.op === GatewayOpcodes.Heartbeat) {
            socket.send(JSON.stringify({ op: GatewayOpcodes.HeartbeatAck }));
          }
          if (packet.op !== GatewayOpcodes.Identify) return;
          resolve(packet.d);
          socket.send(
            JSON.stringify({
              op: GatewayOpcodes.Dispatch,
              t: GatewayDispatchEvents.Ready,
              s: 1,
              d: {
                v: 10,
                user: userPayload(APPLICATION_ID, { bot: true }),
                guilds: [],
                session_id: 'session-1',
                resume_gateway_url: gatewayUrl,
                shard: [0, 1],
                application: { id: APPLICATION_ID, flags: 0 },
              },
            }),
          );
        });
      });
    });

    const requested: string[] = [];
    const makeRequest = (url: string): Promise<Response> => {
      requested.push(url);
      const body = {
        url: gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      };
      return Promise.resolve(
        new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
      );
    };
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => {
      warnings.push(warning.message);
    };
    process.on('warning', onWarning);
    try {
      client = createClient({
        apiUrl: 'http://127.0.0.1:9/api',
        makeRequest: makeRequest,
      });
      const ready = new Promise((resolve) => client?.once('clientReady', resolve));
      await client.login(BOT_TOKEN);
      const identify = await identified;
      await ready;

      expect(requested[0]).toBe('http://127.0.0.1:9/api/v10/gateway/bot');
      expect(identify.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.DirectMessages);
      expect(client.user?.id).toBe(APPLICATION_ID);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});
