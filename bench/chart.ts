/**
 * Timeline picture benchmark: how long `/timeline` and `/who` take to draw their picture, on the
 * bundled seed and on the timeline corpus at ×1, ×10 and ×30 (`BENCH_SCALES`, e.g. `1,10`).
 * Each chart is drawn a few times after two untimed runs; the figures are the median and the
 * 95th percentile, wall clock and CPU (CPU is what the bot spends; wall clock also counts other
 * processes sharing the machine). "count" is the data: events per period, the busiest period and
 * the key events (answerer.activity), after the first count of the dataset, which weighs every
 * event once and is printed on its own; "draw" is Vega-Lite → Vega → SVG → resvg → PNG.
 */
import { createAnswerer } from '../src/answer/answerer.js';
import type { ActivityOptions, Answerer } from '../src/answer/types.js';
import { chartInput } from '../src/bot/render/timeline-picture.js';
import { renderTimelineChart } from '../src/chart/timeline-chart.js';
import { loadDataset } from '../src/dataset/load.js';
import type { Dataset } from '../src/dataset/schema.js';
import { buildDataset } from '../src/ingest/index.js';
import { CORPUS_PATH, scaledCorpusDocuments } from './ingest.js';

const SCALES = (process.env.BENCH_SCALES ?? '1,10,30').split(',').map(Number);
const RUNS = 12;
const WARM_UP = 2;
const SEED_PATH = new URL('../data/events.json', import.meta.url).pathname;

interface Timing {
  wall: number[];
  cpu: number[];
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function timed<T>(timing: Timing, work: () => Promise<T> | T): Promise<T> {
  const wallStart = performance.now();
  const cpuStart = cpuMs();
  const result = await work();
  timing.wall.push(performance.now() - wallStart);
  timing.cpu.push(cpuMs() - cpuStart);
  return result;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function figures(timing: Timing): string {
  const ms = (value: number) => value.toFixed(value < 10 ? 1 : 0).padStart(5);
  return (
    `median ${ms(quantile(timing.wall, 0.5))} ms, p95 ${ms(quantile(timing.wall, 0.95))} ms` +
    ` (CPU median ${ms(quantile(timing.cpu, 0.5))} ms)`
  );
}

/** Counts and draws one chart RUNS times; prints what it shows and how long it took. */
async function measure(label: string, answerer: Answerer, options: ActivityOptions, name?: string) {
  const count: Timing = { wall: [], cpu: [] };
  const draw: Timing = { wall: [], cpu: [] };
  let shown = '';
  let bytes = 0;
  for (let run = 0; run < WARM_UP + RUNS; run += 1) {
    const scratch: Timing = { wall: [], cpu: [] };
    const activity = await timed(run < WARM_UP ? scratch : count, () => answerer.activity(options));
    const input = chartInput(activity, name);
    if (input === null) throw new Error(`${label}: nothing to draw`);
    const png = await timed(run < WARM_UP ? scratch : draw, () => renderTimelineChart(input));
    bytes = png.length;
    shown = `${plural(activity.total, 'event')} in ${plural(activity.periods.length, activity.step)}, ${plural(activity.keyEvents.length, 'key event')}`;
  }
  const total: Timing = {
    wall: count.wall.map((value, i) => value + (draw.wall[i] ?? 0)),
    cpu: count.cpu.map((value, i) => value + (draw.cpu[i] ?? 0)),
  };
  console.log(`${label}: ${shown}, PNG ${String(Math.round(bytes / 1024))} KB`);
  console.log(`  count  ${figures(count)}`);
  console.log(`  draw   ${figures(draw)}`);
  console.log(`  total  ${figures(total)}`);
}

/** The person the most events name: the busiest /who card. */
function busiestPerson(dataset: Dataset): { id: string; name: string } {
  const person = [...dataset.people].sort((a, b) => b.eventIds.length - a.eventIds.length)[0];
  if (person === undefined) throw new Error('the dataset names nobody');
  return { id: person.id, name: person.name };
}

export async function run(): Promise<void> {
  const referenceDate = new Date(Date.UTC(2021, 0, 20));
  const seed = createAnswerer(await loadDataset(SEED_PATH), { referenceDate });
  await measure('seed, /timeline', seed, {});

  for (const scale of SCALES) {
    const started = performance.now();
    const dataset = buildDataset(await scaledCorpusDocuments(scale), [CORPUS_PATH]);
    const answerer = createAnswerer(dataset, { referenceDate });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    // The first picture of a dataset weighs every event once (answer/activity.ts); later ones reuse it.
    const first: Timing = { wall: [], cpu: [] };
    await timed(first, () => answerer.activity({}));
    console.log(
      `corpus ×${String(scale)}: ${String(dataset.events.length)} events (built in ${seconds} s); ` +
        `the first count weighs every event once: ${(first.wall[0] ?? 0).toFixed(0)} ms`,
    );
    await measure(`corpus ×${String(scale)}, /timeline (whole corpus)`, answerer, {});
    const person = busiestPerson(dataset);
    await measure(
      `corpus ×${String(scale)}, /who ${person.name}`,
      answerer,
      { personId: person.id },
      person.name,
    );
    await measure(`corpus ×${String(scale)}, /timeline from:2018 to:2018`, answerer, {
      from: '2018',
      to: '2018',
    });
  }
}
