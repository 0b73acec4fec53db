/**
 * Start-up: from the dataset file to the first answer, as the bot opens it (DatasetStore, with its
 * loader process), at ×1 and ×30 copies of the timeline corpus. Before: the store as it was before
 * index snapshots (one start). Cold: no snapshot yet (the loader validates, the bot indexes, and
 * the loader then saves the snapshot in the background). Warm: the snapshot the cold start saved.
 * Each start runs in a fresh process; memory is measured there after a collection. Then where the
 * time goes, step by step in one process. Run with `npm run bench -- startup`
 * (`BENCH_STARTUP_SCALES=1` for a quick run).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildDataset, serializeDataset, type RawDocument } from '../src/ingest/index.js';
import { CORPUS_PATH, scaledCorpusDocuments } from './ingest.js';

const SCALES = (process.env.BENCH_STARTUP_SCALES ?? '1,30').split(',').map(Number);
const COLD_RUNS = 2;
const WARM_RUNS = 3;
const ROOT = path.resolve(import.meta.dirname, '..');
const PROBE = path.join(ROOT, 'bench/startup-probe.ts');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
const run$ = promisify(execFile);

/** How to start the probe: compiled, as `npm start` runs the bot, or through tsx. */
interface Probe {
  args: string[];
  label: string;
}

/**
 * The probe and the modules it starts compiled as `npm run build` compiles the bot (emit only), in
 * a folder of their own: the starts measured are those of the compiled bot `npm start` runs, whose
 * loader process starts in a fraction of the time one under tsx takes. Falls back to tsx.
 */
async function compiledProbe(): Promise<{ probe: Probe; cleanUp: () => Promise<void> }> {
  const out = await mkdtemp(path.join(tmpdir(), 'bench-startup-build-'));
  const cleanUp = (): Promise<void> => rm(out, { recursive: true, force: true });
  try {
    await writeFile(
      path.join(out, 'tsconfig.json'),
      JSON.stringify({
        extends: path.join(ROOT, 'tsconfig.json'),
        compilerOptions: { noEmit: false, rootDir: ROOT, outDir: out },
        files: [PROBE, path.join(ROOT, 'src/bot/dataset-loader-process.ts')],
        include: [],
      }),
    );
    await writeFile(path.join(out, 'package.json'), '{ "type": "module" }\n');
    await symlink(path.join(ROOT, 'node_modules'), path.join(out, 'node_modules'));
    await run$(process.execPath, [TSC, '-p', path.join(out, 'tsconfig.json'), '--noCheck']);
    const compiled = path.join(out, 'bench/startup-probe.js');
    return { probe: { args: [compiled], label: 'compiled' }, cleanUp };
  } catch (error) {
    console.log(`could not compile the probe (${String(error)}); measuring through tsx`);
    await cleanUp();
    return {
      probe: { args: ['--import', import.meta.resolve('tsx'), PROBE], label: 'tsx' },
      cleanUp: () => Promise.resolve(),
    };
  }
}

interface StoreRun {
  readyMs: number;
  answeredMs: number;
  cpuMs: number;
  rssMb: number;
  heapMb: number;
  fromSnapshot: boolean;
  savedMs: number | null;
}

async function probe<T>(how: Probe, ...args: string[]): Promise<T> {
  const { stdout } = await run$(process.execPath, [...how.args, ...args], {
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as T;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

const ms = (value: number): string => `${Math.round(value).toLocaleString('en-US')} ms`;
const mb = (value: number): string => `${Math.round(value)} MB`;

function line(label: string, runs: StoreRun[]): string {
  const of = (key: keyof StoreRun): number => median(runs.map((run) => Number(run[key])));
  return (
    `  ${label.padEnd(22)} ready ${ms(of('readyMs')).padStart(9)}, first answer ${ms(of('answeredMs')).padStart(9)} ` +
    `(bot CPU ${ms(of('cpuMs'))}); RSS ${mb(of('rssMb'))}, heap ${mb(of('heapMb'))}`
  );
}

function steps(times: Record<string, number>): string {
  return Object.entries(times)
    .map(([name, value]) => `${name} ${ms(value)}`)
    .join(', ');
}

export async function run(): Promise<void> {
  try {
    await stat(CORPUS_PATH);
  } catch {
    console.log(`start-up benchmark skipped: ${CORPUS_PATH} not found`);
    return;
  }
  const { probe: how, cleanUp } = await compiledProbe();
  try {
    console.log(
      `one start before snapshots, medians of ${COLD_RUNS} cold and ${WARM_RUNS} warm; each a fresh ` +
        `process (${how.label}); ready = DatasetStore.open resolved; first answer = ready + one /ask`,
    );
    for (const scale of SCALES) {
      await measure(how, scale, false);
      if (scale > 1) await measure(how, scale, true);
    }
  } finally {
    await cleanUp();
  }
}

/**
 * The copies of the corpus with texts of their own: a word added to every paragraph of each copy.
 * A snapshot stores a repeated string once, and plain copies repeat every text `scale` times; a
 * dataset of as many distinct events does not.
 */
function distinct(documents: RawDocument[], scale: number): RawDocument[] {
  const perCopy = documents.length / scale;
  return documents.map((document, i) => ({
    ...document,
    paragraphs: document.paragraphs.map((paragraph) => ({
      ...paragraph,
      text: `${paragraph.text} Copy ${String(Math.floor(i / perCopy))}.`,
    })),
  }));
}

async function measure(how: Probe, scale: number, distinctTexts: boolean): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-startup-'));
  try {
    const documents = await scaledCorpusDocuments(scale);
    const dataset = buildDataset(distinctTexts ? distinct(documents, scale) : documents, [
      CORPUS_PATH,
    ]);
    const file = path.join(dir, 'events.json');
    await writeFile(file, serializeDataset(dataset));
    const before = [await probe<StoreRun>(how, 'before', file, '-')];
    const cold: StoreRun[] = [];
    let cache = '';
    for (let i = 0; i < COLD_RUNS; i++) {
      cache = path.join(dir, `cache-${String(i)}`);
      cold.push(await probe<StoreRun>(how, 'store', file, cache));
    }
    const warm: StoreRun[] = [];
    for (let i = 0; i < WARM_RUNS; i++) warm.push(await probe<StoreRun>(how, 'store', file, cache));
    if (warm.some((run) => !run.fromSnapshot) || cold.some((run) => run.fromSnapshot)) {
      throw new Error('a warm start did not load the snapshot, or a cold one did');
    }
    const [snapshotName = ''] = (await readdir(cache)).filter((name) => name.endsWith('.snapshot'));
    const snapshot = path.join(cache, snapshotName);
    const fileMb = (await stat(file)).size / 1_048_576;
    const snapshotMb = (await stat(snapshot)).size / 1_048_576;
    console.log(
      `\n×${String(scale)}${distinctTexts ? ', every copy with texts of its own' : ''}: ` +
        `${dataset.events.length.toLocaleString('en-US')} events, ` +
        `dataset file ${fileMb.toFixed(1)} MB, index snapshot ${snapshotMb.toFixed(1)} MB`,
    );
    console.log(line('before snapshots', before));
    console.log(line('cold (no snapshot)', cold));
    console.log(line('warm (index snapshot)', warm));
    const saved = median(cold.map((run) => run.savedMs ?? 0));
    console.log(`  snapshot saved by the loader process in the background: ${ms(saved)}`);
    console.log(`  where the time goes, cold: ${steps(await probe(how, 'cold', file, '-'))}`);
    console.log(`  where the time goes, warm: ${steps(await probe(how, 'warm', file, snapshot))}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
