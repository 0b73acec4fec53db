/**
 * Connects the running bot to health and metrics: the Discord client's shards, the dataset store
 * and the work tracker feed the report and the gauges, finished reloads the reload counter, and
 * the HTTP server serves both. main.ts starts it when METRICS_PORT is set.
 *
 * Under `npm run start:sharded` every shard is a process of its own with its own figures, so each
 * serves on METRICS_PORT plus its shard id (discord.js tells the process which shards it runs).
 */
import type { Client } from 'discord.js';
import type { DatasetStore } from './dataset-store.js';
import { assessHealth, gatewayShards, type DatasetFigures } from './health.js';
import { startHealthServer, type HealthServer } from './health-server.js';
import { createBotMetrics, type BotMetrics } from './metrics.js';
import type { WorkTracker } from './shutdown.js';

export interface HealthMonitorOptions {
  client: Client;
  store: Pick<DatasetStore, 'answerer' | 'loadMs' | 'onReload'>;
  tracker: Pick<WorkTracker, 'accepting'>;
  commands: Iterable<string>;
  host: string;
  /** METRICS_PORT: the port of shard 0, or of the only process. */
  basePort: number;
}

export interface HealthMonitor {
  readonly metrics: BotMetrics;
  readonly server: HealthServer;
}

export class MetricsPortError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MetricsPortError';
  }
}

/**
 * The port this process serves on: METRICS_PORT plus its lowest shard id, so the shards of a
 * sharded start never collide. `shards` is discord.js's `client.options.shards`.
 */
export function metricsPortFor(
  basePort: number,
  shards: number | readonly number[] | 'auto' | undefined,
): number {
  const ids = shards === undefined || shards === 'auto' ? [] : [shards].flat();
  const firstShard = ids.length === 0 ? 0 : Math.min(...ids);
  const port = basePort + firstShard;
  if (port > 65_535) {
    throw new MetricsPortError(
      `METRICS_PORT ${String(basePort)} plus shard id ${String(firstShard)} is past 65535; ` +
        `choose a METRICS_PORT of at most ${String(65_535 - firstShard)}`,
    );
  }
  return port;
}

/** The dataset's sizes and load time, as health and metrics report them. */
export function datasetFigures(store: HealthMonitorOptions['store']): DatasetFigures {
  const { dataset } = store.answerer;
  return {
    events: dataset.events.length,
    quotes: dataset.quotes.length,
    people: dataset.people.length,
    loadMs: store.loadMs,
  };
}

/** Starts the server; rejects when the port is taken or not allowed, naming METRICS_PORT. */
export async function startHealthMonitor(options: HealthMonitorOptions): Promise<HealthMonitor> {
  const { client, store, tracker } = options;
  const shards = () => gatewayShards(client);
  const dataset = () => datasetFigures(store);
  const metrics = createBotMetrics({ shards, dataset, commands: options.commands });
  store.onReload((report) => {
    metrics.recordReload(report);
  });
  const port = metricsPortFor(options.basePort, client.options.shards);
  try {
    const server = await startHealthServer({
      host: options.host,
      port,
      health: () =>
        assessHealth({
          clientReady: () => client.isReady(),
          shards,
          dataset,
          accepting: () => tracker.accepting,
        }),
      metrics: () => metrics.render(),
    });
    return { metrics, server };
  } catch (error) {
    throw new MetricsPortError(
      `cannot serve health and metrics on ${options.host}:${String(port)} (METRICS_PORT, ` +
        `METRICS_HOST): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
