/**
 * The bot's Prometheus metrics on a registry of their own (never prom-client's global one, so a
 * test can make as many as it likes): interactions and their latency as they are handled, dataset
 * reloads as they finish, and the gateway and dataset figures read at each scrape. No HTTP here:
 * health-server.ts serves `render()`.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ReloadReport } from './dataset-store.js';
import type { DatasetFigures, ShardView } from './health.js';
import type { InteractionObservation } from './interactions.js';

/** Every metric of the bot's own starts with this; prom-client's defaults keep their names. */
export const METRIC_PREFIX = 'event_qa_';

/**
 * Answers take about a millisecond; deferred edits and queued REST calls take up to seconds, and
 * Discord's window for the first response is 3 s.
 */
export const LATENCY_BUCKETS_SECONDS = [
  0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];

/** The label for a command name the bot does not have: anyone can send one, so it is not kept. */
export const UNKNOWN_COMMAND = 'unknown';
/** The label for an interaction with no command (a page button, a plain DM). */
export const NO_COMMAND = 'none';

export interface BotMetricsOptions {
  shards: () => readonly ShardView[];
  dataset: () => DatasetFigures | undefined;
  /** The bot's command names; any other is labelled `unknown`, so the series stay few. */
  commands: Iterable<string>;
  /** prom-client's process and Node.js metrics; on unless false. */
  defaultMetrics?: boolean;
}

export interface BotMetrics {
  readonly registry: Registry;
  /** One handled interaction or DM, as the router and the DM handler report it. */
  recordInteraction(observation: InteractionObservation): void;
  recordReload(report: ReloadReport): void;
  /** Every metric in Prometheus's text format, with the content type to serve it as. */
  render(): Promise<{ contentType: string; text: string }>;
}

export function createBotMetrics(options: BotMetricsOptions): BotMetrics {
  const registry = new Registry();
  const registers = [registry];
  const commands = new Set(options.commands);
  const name = (suffix: string): string => `${METRIC_PREFIX}${suffix}`;

  const interactions = new Counter({
    name: name('interactions_total'),
    help: 'Interactions and DMs handled, by kind, command and outcome.',
    labelNames: ['kind', 'command', 'outcome'] as const,
    registers,
  });
  const latency = new Histogram({
    name: name('answer_latency_seconds'),
    help: 'Time from receiving an interaction or DM to its answer being sent, by kind and command.',
    labelNames: ['kind', 'command'] as const,
    buckets: LATENCY_BUCKETS_SECONDS,
    registers,
  });
  const reloads = new Counter({
    name: name('dataset_reloads_total'),
    help: 'Dataset reloads by outcome: swapped in, or rejected and the last good one kept.',
    labelNames: ['outcome'] as const,
    registers,
  });
  // Both series exist from the start, so a first rejection shows as a rise rather than a new series.
  for (const outcome of ['swapped', 'rejected'] as const) reloads.inc({ outcome }, 0);

  new Gauge({
    name: name('gateway_up'),
    help: '1 while a gateway shard is ready, 0 while it is connecting, resuming or closed.',
    labelNames: ['shard'] as const,
    registers,
    collect() {
      this.reset();
      for (const shard of options.shards()) {
        this.set({ shard: String(shard.id) }, shard.state === 'ready' ? 1 : 0);
      }
    },
  });
  new Gauge({
    name: name('gateway_ping_seconds'),
    help: "Round trip of a gateway shard's last heartbeat.",
    labelNames: ['shard'] as const,
    registers,
    collect() {
      this.reset();
      for (const shard of options.shards()) {
        if (shard.pingMs !== null) this.set({ shard: String(shard.id) }, shard.pingMs / 1000);
      }
    },
  });
  const datasetGauge = (
    suffix: string,
    help: string,
    read: (figures: DatasetFigures) => number,
  ): void => {
    new Gauge({
      name: name(suffix),
      help,
      registers,
      collect() {
        const figures = options.dataset();
        if (figures !== undefined) this.set(read(figures));
      },
    });
  };
  datasetGauge('dataset_events', 'Events in the dataset answering now.', (f) => f.events);
  datasetGauge('dataset_quotes', 'Quotes in the dataset answering now.', (f) => f.quotes);
  datasetGauge('dataset_people', 'People in the dataset answering now.', (f) => f.people);
  datasetGauge(
    'dataset_load_seconds',
    'How long the dataset answering now took to read, validate and index.',
    (f) => f.loadMs / 1000,
  );

  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry });

  const commandLabel = (command: string | null): string =>
    command === null ? NO_COMMAND : commands.has(command) ? command : UNKNOWN_COMMAND;

  return {
    registry,
    recordInteraction(observation) {
      const command = commandLabel(observation.command);
      interactions.inc({ kind: observation.kind, command, outcome: observation.outcome });
      latency.observe({ kind: observation.kind, command }, observation.latencyMs / 1000);
    },
    recordReload(report) {
      reloads.inc({ outcome: report.outcome });
    },
    async render() {
      return { contentType: registry.contentType, text: await registry.metrics() };
    },
  };
}
