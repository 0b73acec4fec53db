/**
 * Ingest throughput on the timeline corpus (2,481 events), once as is and scaled ×10.
 * Run with `npm run bench -- ingest`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDataset, parseJsonLines, type RawDocument } from '../src/ingest/index.js';

export const CORPUS_PATH = path.resolve(
  import.meta.dirname,
  '../../shared/corpora/trump-presidency-timeline.jsonl',
);

/**
 * Copies are 2,922 days (about 8 years) apart: more than the corpus's 4-year span, so copies do not
 * overlap, and counted in days so every shifted date is a real one (2100 has no 29 February).
 */
const DAYS_BETWEEN_COPIES = 2922;
const DAY_MS = 86_400_000;

/**
 * The corpus documents `scale` times. Copy k (from 0) has every date moved k × 2,922 days later,
 * so each copy's events get their own ids (ids hash the date with the text).
 */
export async function scaledCorpusDocuments(scale: number): Promise<RawDocument[]> {
  const documents = parseJsonLines(await readFile(CORPUS_PATH, 'utf8'), CORPUS_PATH);
  const copies: RawDocument[] = [];
  for (let copy = 0; copy < scale; copy += 1) {
    for (const document of documents) {
      const shifted =
        Date.parse(`${document.date}T00:00:00Z`) + copy * DAYS_BETWEEN_COPIES * DAY_MS;
      copies.push({ ...document, date: new Date(shifted).toISOString().slice(0, 10) });
    }
  }
  return copies;
}

export async function run(): Promise<void> {
  for (const scale of [1, 10]) {
    const documents = await scaledCorpusDocuments(scale);
    const started = performance.now();
    const dataset = buildDataset(documents, [CORPUS_PATH]);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `ingest ×${String(scale)}: ${String(dataset.events.length)} events in ${seconds.toFixed(2)} s ` +
        `= ${Math.round(dataset.events.length / seconds).toLocaleString('en-US')} events/s ` +
        `(${String(dataset.quotes.length)} quotes, ${String(dataset.people.length)} people, ` +
        `${String(dataset.facts.length)} facts)`,
    );
  }
}
