import { register as globalRegistry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import type { DatasetFigures, ShardView } from '../../src/bot/health.js';
import { createBotMetrics, type BotMetricsOptions } from '../../src/bot/metrics.js';

const FIGURES: DatasetFigures = { events: 120, quotes: 45, people: 30, loadMs: 250 };

function metrics(overrides: Partial<BotMetricsOptions> = {}) {
  return createBotMetrics({
    shards: () => [{ id: 0, state: 'ready', pingMs: 42 }],
    dataset: () => FIGURES,
    commands: ['ask', 'who'],
    defaultMetrics: false,
    ...overrides,
  });
}

/** The value of one series in Prometheus text, e.g. `event_qa_dataset_events` or `x{a="b"}`. */
function series(text: string, name: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

describe('createBotMetrics', () => {
  it('counts interactions by kind, command and outcome', async () => {
    const bot = metrics();
    bot.recordInteraction({ kind: 'command', command: 'ask', outcome: 'answered', latencyMs: 3 });
    bot.recordInteraction({ kind: 'command', command: 'ask', outcome: 'answered', latencyMs: 4 });
    bot.recordInteraction({
      kind: 'autocomplete',
      command: 'who',
      outcome: 'rate-limited',
      latencyMs: 1,
    });
    const { text } = await bot.render();

    expect(
      series(text, 'event_qa_interactions_total{kind="command",command="ask",outcome="answered"}'),
    ).toBe(2);
    expect(
      series(
        text,
        'event_qa_interactions_total{kind="autocomplete",command="who",outcome="rate-limited"}',
      ),
    ).toBe(1);
  });

  it('observes answer latency in seconds, in buckets from a millisecond to seconds', async () => {
    const bot = metrics();
    bot.recordInteraction({ kind: 'dm', command: null, outcome: 'answered', latencyMs: 7 });
    bot.recordInteraction({ kind: 'dm', command: null, outcome: 'answered', latencyMs: 1_800 });
    const { text } = await bot.render();
    const bucket = (le: string): number | undefined =>
      series(text, `event_qa_answer_latency_seconds_bucket{le="${le}",kind="dm",command="none"}`);

    expect(bucket('0.001')).toBe(0);
    expect(bucket('0.01')).toBe(1);
    expect(bucket('1')).toBe(1);
    expect(bucket('2.5')).toBe(2);
    expect(series(text, 'event_qa_answer_latency_seconds_sum{kind="dm",command="none"}')).toBe(
      1.807,
    );
    expect(series(text, 'event_qa_answer_latency_seconds_count{kind="dm",command="none"}')).toBe(2);
  });

  it('labels a command the bot does not have as unknown, so strangers cannot add series', async () => {
    const bot = metrics();
    bot.recordInteraction({
      kind: 'command',
      command: 'drop-table-x',
      outcome: 'unknown-command',
      latencyMs: 1,
    });
    const { text } = await bot.render();
    expect(text).not.toContain('drop-table-x');
    expect(
      series(
        text,
        'event_qa_interactions_total{kind="command",command="unknown",outcome="unknown-command"}',
      ),
    ).toBe(1);
  });

  it('reads gateway status and ping per shard at each scrape', async () => {
    let shards: ShardView[] = [
      { id: 0, state: 'ready', pingMs: 42 },
      { id: 1, state: 'resuming', pingMs: null },
    ];
    const bot = metrics({ shards: () => shards });
    let { text } = await bot.render();
    expect(series(text, 'event_qa_gateway_up{shard="0"}')).toBe(1);
    expect(series(text, 'event_qa_gateway_up{shard="1"}')).toBe(0);
    expect(series(text, 'event_qa_gateway_ping_seconds{shard="0"}')).toBe(0.042);
    // No heartbeat acknowledged yet: no ping rather than a made-up one.
    expect(series(text, 'event_qa_gateway_ping_seconds{shard="1"}')).toBeUndefined();

    shards = [{ id: 1, state: 'ready', pingMs: 10 }];
    ({ text } = await bot.render());
    expect(series(text, 'event_qa_gateway_up{shard="0"}')).toBeUndefined();
    expect(series(text, 'event_qa_gateway_up{shard="1"}')).toBe(1);
  });

  it('reads the dataset size and load time at each scrape, so a reload shows at once', async () => {
    let figures = FIGURES;
    const bot = metrics({ dataset: () => figures });
    let { text } = await bot.render();
    expect(series(text, 'event_qa_dataset_events')).toBe(120);
    expect(series(text, 'event_qa_dataset_quotes')).toBe(45);
    expect(series(text, 'event_qa_dataset_people')).toBe(30);
    expect(series(text, 'event_qa_dataset_load_seconds')).toBe(0.25);

    figures = { events: 7, quotes: 1, people: 2, loadMs: 1_500 };
    ({ text } = await bot.render());
    expect(series(text, 'event_qa_dataset_events')).toBe(7);
    expect(series(text, 'event_qa_dataset_load_seconds')).toBe(1.5);
  });

  it('counts reloads by outcome, both starting at zero', async () => {
    const bot = metrics();
    let { text } = await bot.render();
    expect(series(text, 'event_qa_dataset_reloads_total{outcome="swapped"}')).toBe(0);
    expect(series(text, 'event_qa_dataset_reloads_total{outcome="rejected"}')).toBe(0);

    bot.recordReload({ outcome: 'rejected', durationMs: 30 });
    bot.recordReload({ outcome: 'swapped', durationMs: 900 });
    bot.recordReload({ outcome: 'swapped', durationMs: 800 });
    ({ text } = await bot.render());
    expect(series(text, 'event_qa_dataset_reloads_total{outcome="swapped"}')).toBe(2);
    expect(series(text, 'event_qa_dataset_reloads_total{outcome="rejected"}')).toBe(1);
  });

  it("includes prom-client's process and Node.js metrics, in Prometheus's text format", async () => {
    const bot = metrics({ defaultMetrics: true });
    const { contentType, text } = await bot.render();
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(text).toContain('# TYPE event_qa_interactions_total counter');
    expect(text).toContain('# TYPE event_qa_answer_latency_seconds histogram');
    expect(series(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    expect(text).toContain('nodejs_heap_size_used_bytes');
  });

  it("keeps each bot's metrics on its own registry, never prom-client's global one", async () => {
    const first = metrics({ defaultMetrics: true });
    const second = metrics({ defaultMetrics: true });
    first.recordInteraction({ kind: 'button', command: null, outcome: 'answered', latencyMs: 2 });

    expect(await first.render()).toMatchObject({
      text: expect.stringContaining('kind="button"') as unknown,
    });
    expect((await second.render()).text).not.toContain('kind="button"');
    expect(await globalRegistry.metrics()).not.toContain('event_qa_');
  });
});
