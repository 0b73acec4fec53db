import { Status, type Client } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  assessHealth,
  gatewayShards,
  type HealthSources,
  type ShardView,
} from '../../src/bot/health.js';

const READY: ShardView = { id: 0, state: 'ready', pingMs: 40 };
const FIGURES = { events: 12, quotes: 3, people: 4, loadMs: 80 };

function sources(overrides: Partial<HealthSources> = {}): HealthSources {
  return {
    clientReady: () => true,
    shards: () => [READY],
    dataset: () => FIGURES,
    accepting: () => true,
    ...overrides,
  };
}

describe('assessHealth', () => {
  it('is healthy with every shard ready and a dataset loaded', () => {
    expect(assessHealth(sources())).toEqual({
      healthy: true,
      body: { discord: 'ready', dataset: 'loaded', events: 12, shards: { '0': 'ready' } },
    });
  });

  it('says Discord is connecting before login, when there is no shard yet', () => {
    const report = assessHealth(sources({ clientReady: () => false, shards: () => [] }));
    expect(report.healthy).toBe(false);
    expect(report.body).toMatchObject({ discord: 'connecting', dataset: 'loaded' });
  });

  it('waits for the client to be ready, not only the shards seen so far', () => {
    const report = assessHealth(sources({ clientReady: () => false }));
    expect(report).toMatchObject({ healthy: false, body: { discord: 'connecting' } });
  });

  it('names the state of a shard that is not ready, with every shard listed', () => {
    const report = assessHealth(
      sources({ shards: () => [READY, { id: 1, state: 'resuming', pingMs: null }] }),
    );
    expect(report).toEqual({
      healthy: false,
      body: {
        discord: 'resuming',
        dataset: 'loaded',
        events: 12,
        shards: { '0': 'ready', '1': 'resuming' },
      },
    });
  });

  it('is unhealthy without a dataset', () => {
    const report = assessHealth(sources({ dataset: () => undefined }));
    expect(report).toMatchObject({
      healthy: false,
      body: { discord: 'ready', dataset: 'missing', events: 0 },
    });
  });

  it('is unhealthy once shutting down, saying so', () => {
    const report = assessHealth(sources({ accepting: () => false }));
    expect(report).toMatchObject({ healthy: false, body: { discord: 'ready', stopping: true } });
  });
});

describe('gatewayShards', () => {
  it("reads discord.js's shard states in words, and no ping before the first heartbeat", () => {
    const client = {
      ws: {
        shards: new Map([
          [0, { id: 0, status: Status.Ready, ping: 35 }],
          [1, { id: 1, status: Status.WaitingForGuilds, ping: -1 }],
          [2, { id: 2, status: Status.Disconnected, ping: 80 }],
        ]),
      },
    } as unknown as Client;
    expect(gatewayShards(client)).toEqual([
      { id: 0, state: 'ready', pingMs: 35 },
      { id: 1, state: 'waiting-for-guilds', pingMs: null },
      { id: 2, state: 'disconnected', pingMs: 80 },
    ]);
  });
});
