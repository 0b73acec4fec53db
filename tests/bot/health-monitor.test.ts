import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/types.js';
import { createClient } from '../../src/bot/client.js';
import type { ReloadReport } from '../../src/bot/dataset-store.js';
import {
  MetricsPortError,
  metricsPortFor,
  startHealthMonitor,
  type HealthMonitor,
  type HealthMonitorOptions,
} from '../../src/bot/health-monitor.js';

describe('metricsPortFor', () => {
  it('is METRICS_PORT itself for the only process (shard 0) and for an unsharded client', () => {
    expect(metricsPortFor(9100, [0])).toBe(9100);
    expect(metricsPortFor(9100, 'auto')).toBe(9100);
    expect(metricsPortFor(9100, undefined)).toBe(9100);
  });

  it("is METRICS_PORT plus the shard id in a sharded start's process", () => {
    expect(metricsPortFor(9100, [3])).toBe(9103);
    expect(metricsPortFor(9100, 2)).toBe(9102);
    expect(metricsPortFor(9100, [5, 4])).toBe(9104);
  });

  it('refuses a port past 65535, naming METRICS_PORT and the largest that fits', () => {
    expect(() => metricsPortFor(65_535, [2])).toThrow(MetricsPortError);
    expect(() => metricsPortFor(65_535, [2])).toThrow(
      /METRICS_PORT 65535 plus shard id 2 is past 65535; choose a METRICS_PORT of at most 65533/,
    );
  });
});

function fakeStore() {
  const listeners: ((report: ReloadReport) => void)[] = [];
  const dataset = { events: [{}, {}, {}], quotes: [{}], people: [{}, {}] };
  return {
    store: {
      answerer: { dataset } as unknown as Answerer,
      loadMs: 1_250,
      onReload: (listener: (report: ReloadReport) => void) => {
        listeners.push(listener);
      },
    } satisfies HealthMonitorOptions['store'],
    reload: (report: ReloadReport) => {
      for (const listener of listeners) listener(report);
    },
  };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

let monitor: HealthMonitor | undefined;
afterEach(async () => {
  await monitor?.server.close();
  monitor = undefined;
});

describe('startHealthMonitor', () => {
  it('reports a bot not yet logged in as connecting, and its dataset and reloads in /metrics', async () => {
    const { store, reload } = fakeStore();
    const client = createClient();
    try {
      monitor = await startHealthMonitor({
        client,
        store,
        tracker: { accepting: true },
        commands: ['ask'],
        host: '127.0.0.1',
        basePort: await freePort(),
      });
      const health = await fetch(`${monitor.server.url}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({
        discord: 'connecting',
        dataset: 'loaded',
        events: 3,
        shards: {},
      });

      reload({ outcome: 'rejected', durationMs: 20 });
      const text = await (await fetch(`${monitor.server.url}/metrics`)).text();
      expect(text).toContain('event_qa_dataset_events 3\n');
      expect(text).toContain('event_qa_dataset_quotes 1\n');
      expect(text).toContain('event_qa_dataset_people 2\n');
      expect(text).toContain('event_qa_dataset_load_seconds 1.25\n');
      expect(text).toContain('event_qa_dataset_reloads_total{outcome="rejected"} 1\n');
      expect(text).toContain('process_cpu_seconds_total');
    } finally {
      await client.destroy();
    }
  });

  it('fails naming METRICS_PORT and METRICS_HOST when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const client = createClient();
    try {
      const starting = startHealthMonitor({
        client,
        store: fakeStore().store,
        tracker: { accepting: true },
        commands: [],
        host: '127.0.0.1',
        basePort: port,
      });
      await expect(starting).rejects.toThrow(MetricsPortError);
      await expect(starting).rejects.toThrow(
        new RegExp(
          `^cannot serve health and metrics on 127\\.0\\.0\\.1:${String(port)} \\(METRICS_PORT, METRICS_HOST\\): .*EADDRINUSE`,
        ),
      );
    } finally {
      await client.destroy();
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
