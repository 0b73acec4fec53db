import type { AddressInfo } from 'node:net';
import {
  ClientUser,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
  IntentsBitField,
  Partials,
  type APIUser,
  type Client,
  type Guild,
  type GuildMember,
  type User,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { CACHE_LIMITS, createClient } from '../../src/bot/client.js';
import { APPLICATION_ID, BOT_TOKEN, BOT_USER_ID, GUILD_ID, userPayload } from './fake-discord.js';

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

  describe('caches, which interactions from ever more users would grow without bound', () => {
    // discord.js's own entry points for data from the gateway (internal, hence the casts).
    const addUser = (into: Client, id: string): User =>
      (into.users as unknown as { _add(data: APIUser): User })._add(userPayload(id));
    const addMember = (guild: Guild, id: string): GuildMember =>
      (guild.members as unknown as { _add(data: unknown): GuildMember })._add({
        user: userPayload(id),
        roles: [],
        joined_at: '2020-01-01T00:00:00.000Z',
        deaf: false,
        mute: false,
        flags: 0,
      });
    const userId = (i: number): string => String(810_000_000_000_000_000n + BigInt(i));

    /** A client as READY leaves it: its own user set and cached. */
    function readyClient(): Client {
      const created = createClient();
      created.user = new (ClientUser as unknown as new (c: Client, data: APIUser) => ClientUser)(
        created,
        userPayload(BOT_USER_ID, { bot: true }),
      );
      created.users.cache.set(BOT_USER_ID, created.user);
      return created;
    }

    it(`keeps at most ${String(CACHE_LIMITS.users)} users after many more, always the bot itself`, () => {
      client = readyClient();
      for (let i = 0; i < CACHE_LIMITS.users * 3; i++) addUser(client, userId(i));
      expect(client.users.cache.size).toBe(CACHE_LIMITS.users);
      expect(client.users.cache.has(BOT_USER_ID)).toBe(true);
      expect(client.users.cache.has(userId(CACHE_LIMITS.users * 3 - 1))).toBe(true);
    });

    it(`keeps at most ${String(CACHE_LIMITS.membersPerGuild)} members per server, always the bot's own`, () => {
      client = readyClient();
      const guild = (client.guilds as unknown as { _add(data: unknown): Guild })._add({
        id: GUILD_ID,
        name: 'Test guild',
        owner_id: userId(0),
        roles: [],
        emojis: [],
        features: [],
        members: [],
        channels: [],
      });
      addMember(guild, BOT_USER_ID);
      for (let i = 0; i < CACHE_LIMITS.membersPerGuild * 3; i++) addMember(guild, userId(i));
      expect(guild.members.cache.size).toBe(CACHE_LIMITS.membersPerGuild);
      expect(guild.members.me?.id).toBe(BOT_USER_ID);
    });

    it('keeps no messages, so DM questions are not held in memory after they are answered', () => {
      client = readyClient();
      const channel = (
        client.channels as unknown as {
          _add(data: unknown): {
            messages: { cache: Map<string, unknown>; _add(data: unknown): unknown };
          };
        }
      )._add({
        id: '820000000000000001',
        type: 1,
        recipients: [userPayload(userId(1))],
      });
      channel.messages._add({
        id: '830000000000000001',
        channel_id: '820000000000000001',
        author: userPayload(userId(1)),
        content: 'When did Sessions recuse himself?',
        timestamp: new Date().toISOString(),
        type: 0,
        attachments: [],
        embeds: [],
        mentions: [],
        mention_roles: [],
        pinned: false,
        tts: false,
        mention_everyone: false,
      });
      expect(channel.messages.cache.size).toBe(0);
    });

    it('sweeps every user and member but the bot itself every hour', () => {
      client = readyClient();
      for (let i = 0; i < 10; i++) addUser(client, userId(i));
      const { users, guildMembers } = client.options.sweepers ?? {};
      expect(users?.interval).toBe(CACHE_LIMITS.sweepIntervalSeconds);
      expect(guildMembers?.interval).toBe(CACHE_LIMITS.sweepIntervalSeconds);
      const sweep = users && 'filter' in users ? users.filter() : null;
      if (sweep === null) throw new Error('expected a user sweep filter');
      expect(client.sweepers.sweepUsers(sweep)).toBe(10);
      expect([...client.users.cache.keys()]).toEqual([BOT_USER_ID]);
    });
  });
});
