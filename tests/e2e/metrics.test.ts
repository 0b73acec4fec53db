/**
 * Health and metrics as an operator's probe and Prometheus see them: the real bot started with
 * METRICS_PORT, `/healthz` answering 503 until the gateway is ready and while it is down, 200
 * otherwise, and `/metrics` counting the commands users run.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '../emulator/discord-emulator.js';
import { repoRoot, startBot } from './harness.js';
import type { BotProcess } from './harness.js';
import {
  HEARTBEAT_MS,
  deployToGuild,
  discordEnv,
  isConnected,
  newUserId,
  unknownRoutes,
} from './fixtures/bot-session.js';

async function listenOn(port: number): Promise<Server | undefined> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => {
      resolve(undefined);
    });
    server.listen(port, '127.0.0.1', () => {
      resolve(server);
    });
  });
}

/** The first of `count` consecutive ports nobody listens on now (held only while checking). */
async function freePorts(count: number): Promise<number> {
  for (;;) {
    const first = await listenOn(0);
    const address = first?.address();
    if (first === undefined || typeof address !== 'object' || address === null) {
      throw new Error('no free port');
    }
    const rest = await Promise.all(
      Array.from({ length: count - 1 }, (_, index) => listenOn(address.port + index + 1)),
    );
    const held = [first, ...rest].filter((server) => server !== undefined);
    await Promise.all(held.map((server) => promisify(server.close.bind(server))()));
    if (rest.every((server) => server !== undefined)) return address.port;
  }
}

interface Health {
  status: number;
  body: Record<string, unknown>;
}

async function health(base: string): Promise<Health> {
  const response = await fetch(`${base}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function scrape(base: string): Promise<string> {
  const response = await fetch(`${base}/metrics`);
  expect(response.status).toBe(200);
  return response.text();
}

/** The value of one series in Prometheus text, e.g. `event_qa_gateway_up{shard="0"}`. */
function series(text: string, name: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

/** Asks until `check` passes (a probe polls too); fails with the last answer after `timeoutMs`. */
async function eventually<T>(
  ask: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await ask();
    if (check(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(`still not as expected after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('health and metrics of the running bot', () => {
  let emulator: DiscordEmulator;
  let bot: BotProcess;
  let base: string;
  let releaseGateway: () => void;

  beforeAll(async () => {
    emulator = await DiscordEmulator.start({ heartbeatIntervalMs: HEARTBEAT_MS });
    // Held until the first test has seen the bot not yet connected.
    releaseGateway = emulator.holdGatewayConnections();
    const port = await freePorts(1);
    base = `http://127.0.0.1:${String(port)}`;
    const deployed = deployToGuild(emulator);
    bot = await startBot({ env: discordEnv(emulator, { METRICS_PORT: String(port) }) });
    await deployed;
  });

  afterAll(async () => {
    releaseGateway();
    await bot.stop(5_000);
    await emulator.stop();
  });

  it('answers 503 while connecting to Discord and 200 once connected', async () => {
    const listening = await bot.waitForLog(
      (line) => line.json?.msg === 'health and metrics server listening',
      30_000,
    );
    expect(listening.json?.url).toBe(base);
    expect(await health(base)).toMatchObject({
      status: 503,
      body: { discord: 'connecting', dataset: 'loaded' },
    });

    releaseGateway();
    await bot.waitForLog(isConnected, 30_000);
    const dataset = JSON.parse(await readFile(path.join(repoRoot, 'data/events.json'), 'utf8')) as {
      events: unknown[];
    };
    expect(await health(base)).toEqual({
      status: 200,
      body: {
        discord: 'ready',
        dataset: 'loaded',
        events: dataset.events.length,
        shards: { '0': 'ready' },
      },
    });
  });

  it('counts a command users ran, with its latency', async () => {
    const counted = 'event_qa_interactions_total{kind="command",command="who",outcome="answered"}';
    const before = series(await scrape(base), counted) ?? 0;
    const sent = await emulator.sendSlashCommand({
      name: 'who',
      options: { name: 'sessions' },
      userId: newUserId(),
    });
    await emulator.waitForInteractionResponse(sent.id, { final: true, timeoutMs: 15_000 });

    const text = await eventually(
      () => scrape(base),
      (scraped) => series(scraped, counted) === before + 1,
    );
    expect(
      series(text, 'event_qa_answer_latency_seconds_count{kind="command",command="who"}'),
    ).toBeGreaterThanOrEqual(1);
  });

  it('reports the gateway up with its ping, the dataset and the process in /metrics', async () => {
    // The ping is known after the first heartbeat is acknowledged.
    const text = await eventually(
      () => scrape(base),
      (scraped) => series(scraped, 'event_qa_gateway_ping_seconds{shard="0"}') !== undefined,
    );
    expect(series(text, 'event_qa_gateway_up{shard="0"}')).toBe(1);
    expect(series(text, 'event_qa_gateway_ping_seconds{shard="0"}')).toBeLessThan(1);
    expect(series(text, 'event_qa_dataset_events')).toBeGreaterThan(0);
    expect(series(text, 'event_qa_dataset_quotes')).toBeGreaterThan(0);
    expect(series(text, 'event_qa_dataset_people')).toBeGreaterThan(0);
    expect(series(text, 'event_qa_dataset_load_seconds')).toBeGreaterThan(0);
    expect(series(text, 'event_qa_dataset_reloads_total{outcome="swapped"}')).toBe(0);
    expect(series(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('answers 503 while the gateway connection is down, and 200 once it is resumed', async () => {
    releaseGateway = emulator.holdGatewayConnections();
    const resumed = emulator.nextGatewayEvent('resumed', 30_000);
    await emulator.dropConnection();

    const down = await eventually(
      () => health(base),
      (answer) => answer.status === 503,
    );
    expect(down.body).toMatchObject({ dataset: 'loaded' });
    expect(down.body.discord).not.toBe('ready');
    expect(series(await scrape(base), 'event_qa_gateway_up{shard="0"}')).toBe(0);

    releaseGateway();
    await resumed;
    await eventually(
      () => health(base),
      (answer) => answer.status === 200,
    );
    expect(series(await scrape(base), 'event_qa_gateway_up{shard="0"}')).toBe(1);
  });

  it('answers 404 elsewhere and 405 to other methods, and hit no unknown Discord route', async () => {
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(405);
    expect(unknownRoutes(emulator)).toEqual([]);
  });

  it('stops serving when the bot shuts down, and still exits 0', async () => {
    const exit = await bot.stop(10_000);
    expect(exit).toEqual({ code: 0, signal: null });
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});

describe('health and metrics under a sharded start', () => {
  let emulator: DiscordEmulator;
  let manager: BotProcess;
  let basePort: number;

  beforeAll(async () => {
    emulator = await DiscordEmulator.start({
      heartbeatIntervalMs: HEARTBEAT_MS,
      recommendedShards: 2,
    });
    basePort = await freePorts(2);
    manager = await startBot({
      entry: 'src/bot/sharded.ts',
      env: discordEnv(emulator, { METRICS_PORT: String(basePort) }),
    });
  });

  afterAll(async () => {
    await manager.stop(20_000);
    await emulator.stop();
  });

  it('serves each shard on METRICS_PORT plus its shard id, with its own shard', async () => {
    // discord.js's ShardingManager starts the second shard 5.5 s after the first.
    for (const shard of [0, 1]) {
      const answer = await eventually(
        () => health(`http://127.0.0.1:${String(basePort + shard)}`).catch(() => undefined),
        (value) => value?.status === 200,
        45_000,
      );
      expect(answer?.body.shards).toEqual({ [String(shard)]: 'ready' });
      const text = await scrape(`http://127.0.0.1:${String(basePort + shard)}`);
      expect(series(text, `event_qa_gateway_up{shard="${String(shard)}"}`)).toBe(1);
    }
  });

  it('stops every shard server when the manager is stopped, and exits 0', async () => {
    expect(await manager.stop(20_000)).toEqual({ code: 0, signal: null });
    for (const shard of [0, 1]) {
      await expect(fetch(`http://127.0.0.1:${String(basePort + shard)}/healthz`)).rejects.toThrow();
    }
  });
});

describe('a METRICS_PORT already taken', () => {
  it('stops start-up with a message naming METRICS_PORT and the address', async () => {
    const emulator = await DiscordEmulator.start({ heartbeatIntervalMs: HEARTBEAT_MS });
    const blocker = await listenOn(0);
    const address = blocker?.address();
    if (blocker === undefined || typeof address !== 'object' || address === null) {
      throw new Error('no free port');
    }
    try {
      const bot = await startBot({
        env: discordEnv(emulator, { METRICS_PORT: String(address.port) }),
      });
      expect(await bot.exited).toEqual({ code: 1, signal: null });
      expect(bot.output()).toContain(
        `Cannot start: cannot serve health and metrics on 127.0.0.1:${String(address.port)} (METRICS_PORT, METRICS_HOST): listen EADDRINUSE`,
      );
      expect(emulator.identifies()).toEqual([]);
    } finally {
      await promisify(blocker.close.bind(blocker))();
      await emulator.stop();
    }
  });
});
