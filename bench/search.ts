/**
 * Search benchmark: this project's answerer against three peers on the same generated queries, at
 * ×1, ×10 and ×30 copies of the timeline corpus. Figures only; targets are read by people.
 *
 * Query sets (fixed seed, drawn from the corpus itself):
 * - content: 3–5 content words of a random event, shuffled; right when that event's text is returned;
 * - content+typo: the same with one word misspelled (swap, drop, add or change a letter);
 * - surname / surname+typo: a person's surname; right when the returned event mentions it.
 * Copies of an event share its text, so "that event" means any event with the same text.
 *
 * Autocomplete (`/who name`, `/quote speaker`, `/timeline person`) runs on every keystroke: it is
 * timed on every prefix of people's names as typed (some misspelled) and on 100-character inputs.
 */
import { readFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createAnswerer } from '../src/answer/answerer.js';
import type { Answerer } from '../src/answer/types.js';
import type { Dataset } from '../src/dataset/schema.js';
import { parseDataset } from '../src/dataset/load.js';
import { buildDataset } from '../src/ingest/index.js';
import { CORPUS_PATH as CORPUS, scaledCorpusDocuments } from './ingest.js';
import { isStopword, words } from '../src/search/text.js';
import { seededRandom as random } from './random.js';

const SCALES = (process.env.BENCH_SCALES ?? '1,10,30').split(',').map(Number);
const QUERIES_PER_SET = 200;
const SEED = 20_170_302;
/** fuse.js scans every document per query: at scale it is measured on a few queries per set. */
const SLOW_PEER_QUERIES: Record<number, number> = { 1: 40, 10: 10, 30: 5 };

interface Query {
  text: string;
  /** Is this returned event text a right answer? */
  right: (eventText: string) => boolean;
}

interface Engine {
  name: string;
  slow: boolean;
  build: (dataset: Dataset) => (query: string) => string[];
}

setFlagsFromString('--expose_gc');
const collect = runInNewContext('gc') as () => void;

function heapMb(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed / 1_048_576;
}

function pick<T>(items: readonly T[], next: () => number): T {
  const item = items[Math.floor(next() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function misspell(word: string, next: () => number): string {
  const letters = Array.from(word);
  const at = 1 + Math.floor(next() * (letters.length - 2));
  const operation = Math.floor(next() * 4);
  const letter = String.fromCharCode(97 + Math.floor(next() * 26));
  if (operation === 0) [letters[at], letters[at + 1]] = [letters[at + 1] ?? '', letters[at] ?? ''];
  else if (operation === 1) letters.splice(at, 1);
  else if (operation === 2) letters.splice(at, 0, letter);
  else letters[at] = letter === letters[at] ? 'z' : letter;
  const typo = letters.join('');
  return typo === word ? `${word}x` : typo;
}

function querySets(dataset: Dataset): Record<string, Query[]> {
  const next = random(SEED);
  const content: Query[] = [];
  const typo: Query[] = [];
  while (content.length < QUERIES_PER_SET) {
    const event = pick(dataset.events, next);
    const candidates = [...new Set(words(event.summary))].filter(
      (word) => word.length >= 3 && !isStopword(word) && /^[a-z]+$/.test(word),
    );
    if (candidates.length < 3) continue;
    const count = Math.min(candidates.length, 3 + Math.floor(next() * 3));
    const chosen: string[] = [];
    while (chosen.length < count) {
      const word = pick(candidates, next);
      if (!chosen.includes(word)) chosen.push(word);
    }
    const target = event.summary;
    const right = (text: string): boolean => text === target;
    content.push({ text: chosen.join(' '), right });
    const long = chosen.findIndex((word) => word.length >= 4);
    const typoWords = [...chosen];
    typoWords[long < 0 ? 0 : long] = misspell(typoWords[long < 0 ? 0 : long] ?? '', next);
    typo.push({ text: typoWords.join(' '), right });
  }
  const surnames = [
    ...new Set(
      dataset.people
        .filter((person) => person.eventIds.length > 0)
        .map((person) => person.name.split(/\s+/).pop() ?? '')
        .filter((name) => name.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(name)),
    ),
  ].sort();
  const surname: Query[] = [];
  const surnameTypo: Query[] = [];
  for (let i = 0; i < Math.min(QUERIES_PER_SET, surnames.length * 2); i++) {
    const name = pick(surnames, next);
    const pattern = new RegExp(`\\b${name}\\b`, 'i');
    const right = (text: string): boolean => pattern.test(text);
    surname.push({ text: name, right });
    surnameTypo.push({ text: misspell(name, next), right });
  }
  return { content, 'content+typo': typo, surname, 'surname+typo': surnameTypo };
}

const engines: Engine[] = [
  {
    name: 'this project',
    slow: false,
    build: (dataset) => {
      const answerer = createAnswerer(dataset, { referenceDate: new Date(Date.UTC(2021, 0, 20)) });
      const texts = new Map(dataset.events.map((event) => [event.id, event.summary]));
      return (query) => {
        const ids = answerer.ask(query, { limit: 5 }).answers.map((answer) => answer.eventId);
        return [...new Set(ids)].map((id) => (id === null ? '' : (texts.get(id) ?? '')));
      };
    },
  },
  {
    name: 'fuse.js plain',
    slow: true,
    build: (dataset) => {
      const fuse = new Fuse(dataset.events.map((event) => event.summary));
      return (query) => fuse.search(query, { limit: 5 }).map((result) => result.item);
    },
  },
  {
    name: 'fuse.js token',
    slow: true,
    build: (dataset) => {
      const fuse = new Fuse(
        dataset.events.map((event) => event.summary),
        { useTokenSearch: true },
      );
      return (query) => fuse.search(query, { limit: 5 }).map((result) => result.item);
    },
  },
  {
    name: 'MiniSearch',
    slow: false,
    build: (dataset) => {
      const mini = new MiniSearch<{ id: number; text: string }>({
        fields: ['text'],
        storeFields: ['text'],
        searchOptions: { fuzzy: 0.2, prefix: true },
      });
      mini.addAll(dataset.events.map((event, id) => ({ id, text: event.summary })));
      return (query) =>
        mini
          .search(query)
          .slice(0, 5)
          .map((result) => String(result.text));
    },
  },
];

interface Measured {
  build: number;
  heap: number;
  latencies: number[];
  recall: Record<string, { at1: number; at5: number; n: number }>;
}

function measure(
  engine: Engine,
  dataset: Dataset,
  sets: Record<string, Query[]>,
  scale: number,
): Measured {
  const before = heapMb();
  const started = performance.now();
  const search = engine.build(dataset);
  const build = performance.now() - started;
  const heap = heapMb() - before;
  search('warm up');
  const latencies: number[] = [];
  const recall: Measured['recall'] = {};
  for (const [name, queries] of Object.entries(sets)) {
    const used = engine.slow ? queries.slice(0, SLOW_PEER_QUERIES[scale] ?? 5) : queries;
    let at1 = 0;
    let at5 = 0;
    for (const query of used) {
      const t0 = performance.now();
      const results = search(query.text);
      latencies.push(performance.now() - t0);
      if (results[0] !== undefined && query.right(results[0])) at1++;
      if (results.slice(0, 5).some((text) => query.right(text))) at5++;
    }
    recall[name] = { at1: at1 / used.length, at5: at5 / used.length, n: used.length };
  }
  // Keep the engine alive until its heap was measured.
  if (typeof search !== 'function') throw new Error('unreachable');
  return { build, heap, latencies, recall };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

async function scaledDataset(scale: number): Promise<Dataset> {
  return buildDataset(await scaledCorpusDocuments(scale), [CORPUS]);
}

const AUTOCOMPLETE_NAMES = 100;
const AUTOCOMPLETE_LONG_INPUTS = 1_000;
const LONG_INPUT = 100;

/** What Discord sends while people type names: every prefix, and 100-character inputs. */
function autocompleteInputs(dataset: Dataset): { typing: string[]; long: string[] } {
  const next = random(SEED + 1);
  const names = dataset.people.filter((person) => person.eventIds.length > 0);
  const typing: string[] = [];
  for (let i = 0; i < AUTOCOMPLETE_NAMES; i++) {
    const name = pick(names, next).name;
    const typed = i % 2 === 0 ? name : misspell(name, next);
    for (let end = 1; end <= typed.length; end++) typing.push(typed.slice(0, end));
  }
  const long: string[] = [];
  const summaries = dataset.events.map((event) => event.summary).filter((text) => text.length > 0);
  for (let i = 0; i < AUTOCOMPLETE_LONG_INPUTS; i++) {
    // A name then pasted text, pasted text alone, or letters mashed at random.
    const letters = Array.from({ length: LONG_INPUT }, () =>
      String.fromCharCode(97 + Math.floor(next() * 26)),
    ).join('');
    const text = i % 3 === 2 ? letters : pick(summaries, next).repeat(2);
    const start = i % 3 === 0 ? `${pick(names, next).name} ` : '';
    long.push(`${start}${text}`.padEnd(LONG_INPUT, '.').slice(0, LONG_INPUT));
  }
  return { typing, long };
}

function timeAutocomplete(answerer: Answerer, inputs: readonly string[]): number[] {
  // A running bot is warm: one untimed pass compiles the code paths these inputs take. Then start
  // from a collected heap, so the collection owed to the ingest is not charged to a keystroke.
  for (const input of inputs) answerer.suggestPeople(input);
  collect();
  return inputs.map((input) => {
    const t0 = performance.now();
    answerer.suggestPeople(input);
    return performance.now() - t0;
  });
}

/** Start-up time from the dataset's JSON, and the autocomplete figures of the answerer it makes. */
function startUp(json: string, dataset: Dataset): { startup: number; autocomplete: string } {
  const startup0 = performance.now();
  const answerer = createAnswerer(parseDataset(json, 'bench'));
  const startup = performance.now() - startup0;
  const typed = autocompleteInputs(dataset);
  const typing = timeAutocomplete(answerer, typed.typing);
  const long = timeAutocomplete(answerer, typed.long);
  const figures = (times: number[]): string =>
    `p50 ${ms(quantile(times, 0.5)).trim()} ms, p99 ${ms(quantile(times, 0.99)).trim()} ms`;
  return {
    startup,
    autocomplete:
      `autocomplete (people): typing ${typing.length} keystrokes ${figures(typing)}; ` +
      `${LONG_INPUT}-character input ×${long.length} ${figures(long)}`,
  };
}

const pct = (value: number): string => `${Math.round(value * 100)}%`.padStart(5);
const ms = (value: number): string =>
  (value < 10 ? value.toFixed(2) : value.toFixed(0)).padStart(8);

export async function run(): Promise<void> {
  try {
    await readFile(CORPUS);
  } catch {
    console.log(`search benchmark skipped: ${CORPUS} not found`);
    return;
  }
  for (const scale of SCALES) {
    const t0 = performance.now();
    const dataset = await scaledDataset(scale);
    const ingestMs = performance.now() - t0;
    const sets = querySets(dataset);
    const json = JSON.stringify(dataset);
    const { startup, autocomplete } = startUp(json, dataset);
    console.log(
      `\n×${scale}: ${dataset.events.length} events, ${dataset.quotes.length} quotes, ${dataset.people.length} people ` +
        `(ingested in ${(ingestMs / 1000).toFixed(1)} s); start-up (parse + validate + index): ${startup.toFixed(0)} ms`,
    );
    console.log(
      `queries per set: ${Object.entries(sets)
        .map(([k, v]) => `${k} ${v.length}`)
        .join(', ')}; fuse.js peers: first ${SLOW_PEER_QUERIES[scale] ?? 5} of each set`,
    );
    console.log(autocomplete);
    const names = Object.keys(sets);
    console.log(
      `${'engine'.padEnd(14)} ${'build ms'.padStart(9)} ${'heap MB'.padStart(8)} ${'median'.padStart(8)} ${'p95'.padStart(8)}  ` +
        names.map((n) => `${n} @1/@5`.padStart(22)).join(''),
    );
    const results = new Map<string, Measured>();
    for (const engine of engines) {
      const measured = measure(engine, dataset, sets, scale);
      results.set(engine.name, measured);
      console.log(
        `${engine.name.padEnd(14)} ${measured.build.toFixed(0).padStart(9)} ${measured.heap.toFixed(0).padStart(8)} ` +
          `${ms(quantile(measured.latencies, 0.5))} ${ms(quantile(measured.latencies, 0.95))}  ` +
          names
            .map((n) => {
              const r = measured.recall[n];
              return r === undefined
                ? ''.padStart(22)
                : `${pct(r.at1)} /${pct(r.at5)}`.padStart(22);
            })
            .join(''),
      );
    }
    const ours = quantile(results.get('this project')?.latencies ?? [], 0.5) || Number.EPSILON;
    console.log(
      'median latency ratio (peer ÷ this project): ' +
        engines
          .slice(1)
          .map(
            (engine) =>
              `${engine.name} ${(quantile(results.get(engine.name)?.latencies ?? [], 0.5) / ours).toFixed(0)}×`,
          )
          .join(', '),
    );
    console.log(
      `heap used after ×${scale} (dataset + all engines released): ${heapMb().toFixed(0)} MB`,
    );
  }
}
