/** Datasets shared by the answering tests: the bundled seed dataset and the timeline corpus. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/schema.js';
import { buildDataset, type RawDocument } from '../../src/ingest/index.js';
import { ingestPaths } from '../../src/ingest/index.js';
import { createAnswerer } from '../../src/answer/answerer.js';
import type { Answer, Answerer, AskResult } from '../../src/answer/types.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const seedFile = path.join(repoRoot, 'data/events.json');
export const corpusFile = path.resolve(
  repoRoot,
  '../shared/corpora/trump-presidency-timeline.jsonl',
);
export const corpusAvailable = existsSync(corpusFile);
if (!corpusAvailable) console.warn(`corpus tests skipped: ${corpusFile} not found`);

/** "Today" for every test: the day of the seed event. */
export const REFERENCE = new Date(Date.UTC(2017, 2, 2, 12));

export function loadSeed(): Promise<Dataset> {
  return loadDataset(seedFile);
}

let corpus: Promise<Dataset> | undefined;
export function loadCorpus(): Promise<Dataset> {
  corpus ??= ingestPaths([corpusFile]);
  return corpus;
}

/** A dataset built by the real ingest from one-line news texts, one event a day from 2018-01-01. */
export function syntheticDatasetOf(texts: readonly string[]): Dataset {
  return syntheticDatasetOfDated(
    texts.map((text, index) => [
      new Date(Date.UTC(2018, 0, 1 + index)).toISOString().slice(0, 10),
      text,
    ]),
  );
}

/** One question asked over `syntheticDatasetOf(texts)` on the REFERENCE date: its verdict and answers. */
export function askOver(texts: readonly string[], question: string): AskResult {
  return createAnswerer(syntheticDatasetOf(texts), { referenceDate: REFERENCE }).ask(question);
}

/** The answers to one question over `syntheticDatasetOf(texts)`, asked on the REFERENCE date. */
export function answersOver(texts: readonly string[], question: string): Answer[] {
  return askOver(texts, question).answers;
}

/** An answerer over one event per [date, text], asked the day the corpus ends (20 January 2021). */
export function answererOverDated(events: readonly (readonly [string, string])[]): Answerer {
  return createAnswerer(syntheticDatasetOfDated(events), {
    referenceDate: new Date('2021-01-20T12:00:00Z'),
  });
}

/** One event per [date, text], in that order. */
export function syntheticDatasetOfDated(events: readonly (readonly [string, string])[]): Dataset {
  const documents: RawDocument[] = events.map(([date, text], index) => ({
    date,
    file: 'synthetic.jsonl',
    line: index + 1,
    paragraphs: [{ text, line: index + 1 }],
  }));
  return buildDataset(documents, ['synthetic.jsonl']);
}
