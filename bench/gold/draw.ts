/**
 * Draws the lines of the timeline corpus that the extraction gold set labels, with a fixed seed,
 * so anyone can see which lines were chosen and why: `npx tsx bench/gold/draw.ts quotes|times|people`.
 * The corpus itself stays in ../shared; the gold files hold only line numbers and labels.
 */
import { readFileSync } from 'node:fs';
import { CORPUS_PATH } from '../ingest.js';
import { seededRandom } from '../random.js';

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
/** What makes a line a candidate for each set; the labeller then labels everything in the line. */
const FILTERS = {
  quotes: { seed: 8, count: 150, test: /["“”]|(?:^|[\s(])['‘]\p{L}/u },
  times: {
    seed: 9,
    count: 70,
    test: new RegExp(
      `\\b(?:${MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|ago|last (?:week|month|year)|next (?:week|month|year)|\\d{4})\\b`,
    ),
  },
  people: { seed: 10, count: 45, test: /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u },
} as const;

export type GoldSet = keyof typeof FILTERS;

export interface DrawnLine {
  /** 1-based line number in the corpus file. */
  line: number;
  date: string;
  text: string;
}

export function drawLines(set: GoldSet, corpusText: string): DrawnLine[] {
  const { seed, count, test } = FILTERS[set];
  const lines = corpusText
    .split('\n')
    .map((raw, index) => ({ raw, line: index + 1 }))
    .filter(({ raw }) => raw.trim() !== '')
    .map(({ raw, line }) => {
      const row = JSON.parse(raw) as { date: string; text: string };
      return { line, date: row.date, text: row.text };
    })
    .filter(({ text }) => test.test(text));
  return shuffled(lines, seed)
    .slice(0, count)
    .sort((a, b) => a.line - b.line);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const set = process.argv[2];
  if (set !== 'quotes' && set !== 'times' && set !== 'people') {
    console.error('usage: tsx bench/gold/draw.ts quotes|times|people');
    process.exit(2);
  }
  for (const drawn of drawLines(set, readFileSync(CORPUS_PATH, 'utf8'))) {
    console.log(JSON.stringify(drawn));
  }
}
