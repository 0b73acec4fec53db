/**
 * The extraction gold set (see README.md beside this file): its schemas, loading, and the texts
 * its `doc` fields name. Labels are validated once here; a label that is not a substring of its
 * text fails loudly, naming the file and the item.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CORPUS_PATH } from '../ingest.js';

export const GOLD_DIR = import.meta.dirname;
export const DOCUMENTS_DIR = path.join(GOLD_DIR, 'documents');
export const SEED_PATH = path.resolve(GOLD_DIR, '../../data/raw/000_da3281cc3e032231.txt');

const Day = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

const SpeakerLabel = z.object({
  name: z.string().min(1),
  kind: z.enum(['person', 'organisation', 'described']),
});

export const QuoteLabel = z.object({
  doc: z.string(),
  quote: z.string().min(1),
  speaker: SpeakerLabel.nullable(),
  said: Day,
  note: z.string().optional(),
});

export const TimeLabel = z.object({
  doc: z.string(),
  expression: z.string().min(1),
  date: Day.nullable(),
  clause: z.string().optional(),
  occurrence: z.number().int().positive().optional(),
  note: z.string().optional(),
});

export const PersonLabel = z.object({
  doc: z.string(),
  surface: z.string().min(1),
  person: z.string().nullable(),
  note: z.string().optional(),
});

export type QuoteLabel = z.infer<typeof QuoteLabel>;
export type TimeLabel = z.infer<typeof TimeLabel>;
export type PersonLabel = z.infer<typeof PersonLabel>;
export type Split = 'dev' | 'test';

/**
 * Development or test half: corpus lines with an even number and documents with an even number
 * (the seed is 000) are development, the rest test.
 */
export function splitOf(doc: string): Split {
  const number = /(?:^corpus:|^documents\/)(\d+)/.exec(doc)?.[1] ?? (doc === 'seed' ? '0' : null);
  if (number === null) throw new Error(`gold: unknown doc "${doc}"`);
  return Number(number) % 2 === 0 ? 'dev' : 'test';
}

/** The text a `doc` names, for checking that labels are substrings of it. */
export function goldTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  readFileSync(CORPUS_PATH, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      texts.set(`corpus:${index + 1}`, (JSON.parse(line) as { text: string }).text);
    });
  texts.set('seed', readFileSync(SEED_PATH, 'utf8'));
  for (const name of documentNames()) {
    texts.set(`documents/${name}`, readFileSync(path.join(DOCUMENTS_DIR, name), 'utf8'));
  }
  return texts;
}

export function documentNames(): string[] {
  try {
    return readdirSync(DOCUMENTS_DIR)
      .filter((name) => name.endsWith('.txt'))
      .sort();
  } catch {
    return [];
  }
}

function loadLabels<T extends { doc: string }>(
  prefix: string,
  schema: z.ZodType<T>,
  texts: Map<string, string>,
  substrings: (label: T) => (string | undefined)[],
): T[] {
  const files = readdirSync(GOLD_DIR)
    .filter((name) => name.startsWith(`${prefix}.`) && name.endsWith('.json'))
    .sort();
  const labels: T[] = [];
  for (const file of files) {
    const parsed = z
      .array(schema)
      .safeParse(JSON.parse(readFileSync(path.join(GOLD_DIR, file), 'utf8')));
    if (!parsed.success) {
      throw new Error(`bench/gold/${file}: ${z.prettifyError(parsed.error)}`);
    }
    parsed.data.forEach((label, index) => {
      const text = texts.get(label.doc);
      if (text === undefined)
        throw new Error(`bench/gold/${file} item ${index}: unknown doc ${label.doc}`);
      for (const part of substrings(label)) {
        if (part !== undefined && !text.includes(part)) {
          throw new Error(`bench/gold/${file} item ${index}: "${part}" is not in ${label.doc}`);
        }
      }
      labels.push(label);
    });
  }
  return labels;
}

export interface Gold {
  texts: Map<string, string>;
  quotes: QuoteLabel[];
  times: TimeLabel[];
  people: PersonLabel[];
}

export function loadGold(): Gold {
  const texts = goldTexts();
  return {
    texts,
    quotes: loadLabels('quotes', QuoteLabel, texts, (label) => [label.quote]),
    times: loadLabels('times', TimeLabel, texts, (label) => [label.expression, label.clause]),
    people: loadLabels('people', PersonLabel, texts, (label) => [label.surface]),
  };
}
