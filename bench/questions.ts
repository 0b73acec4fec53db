/**
 * Question benchmark: people's questions about the corpus and the seed (bench/questions/), written
 * from the data before anyone looked at the answers, each with its gold date, lines, speaker or
 * verdict. Prints top-1 and top-3 per category on the test half (and the development half) for
 * this project and for two peers, fuse.js token search and MiniSearch, on the same questions.
 * Then the same questions' latency at ×30 (BENCH_QUESTIONS_SCALE; 0 skips it): 30 copies of the
 * corpus, each shifted in time, so an answer has thirty times the candidates to rank.
 * Run with `npm run bench -- questions`. Figures, not asserts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { z } from 'zod';
import { createAnswerer } from '../src/answer/answerer.js';
import type { Answer, Verdict } from '../src/answer/types.js';
import type { Dataset } from '../src/dataset/schema.js';
import { buildDataset, ingestPaths } from '../src/ingest/index.js';
import { fold } from './extraction.js';
import { SEED_PATH } from './gold/gold.js';
import { CORPUS_PATH, scaledCorpusDocuments } from './ingest.js';

const CATEGORIES = [
  'when',
  'on-date',
  'who',
  'who-said',
  'said-about',
  'verify',
  'typos',
  'paraphrase',
] as const;
type Category = (typeof CATEGORIES)[number];
type Kind = Exclude<Category, 'typos' | 'paraphrase'>;

const VERDICTS = ['said', 'said-other-words', 'other-speaker', 'related', 'not-found'] as const;

const QuestionSchema = z.object({
  id: z.string(),
  split: z.enum(['dev', 'test']),
  category: z.enum(CATEGORIES),
  question: z.string().min(1),
  gold: z.object({
    date: z.string().optional(),
    from: z.string().optional(),
    to: z.string().optional(),
    lines: z.array(z.number().int().positive()).optional(),
    doc: z.literal('seed').optional(),
    person: z.string().optional(),
    speaker: z.string().optional(),
    verdict: z.enum(VERDICTS).optional(),
    kind: z.enum(CATEGORIES).optional(),
  }),
  note: z.string().optional(),
});
type Question = z.infer<typeof QuestionSchema>;

export const QUESTIONS_PATH = path.join(import.meta.dirname, 'questions', 'questions.json');

export function loadQuestions(): Question[] {
  const parsed = z
    .array(QuestionSchema)
    .safeParse(JSON.parse(readFileSync(QUESTIONS_PATH, 'utf8')));
  if (!parsed.success) throw new Error(`${QUESTIONS_PATH}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function kindOf(question: Question): Kind {
  const kind =
    question.category === 'typos' || question.category === 'paraphrase'
      ? question.gold.kind
      : question.category;
  if (kind === undefined || kind === 'typos' || kind === 'paraphrase') {
    throw new Error(`${question.id}: a ${question.category} question needs gold.kind`);
  }
  return kind;
}

/** One returned item, whatever engine returned it, with what the scorer needs to judge it. */
interface Candidate {
  date: string | null;
  text: string;
  speaker: string | null;
  /** Every name the speaker goes by, when the engine knows them. */
  speakerAliases?: readonly string[];
  /** Corpus line of the event it belongs to, or 0 for the seed. */
  line: number | null;
}

type Engine = (question: string) => { candidates: Candidate[]; verdict: Verdict | null };

function surname(name: string): string {
  return fold(name).split(' ').at(-1) ?? '';
}

/**
 * Folded, without middle initials or a leading article: "John F. Kelly" and "John Kelly" are
 * one spelling, and so are "The Trump administration" and "Trump Administration".
 */
function nameKey(name: string): string {
  return fold(name)
    .replace(/^(?:the|a|an) /, '')
    .split(' ')
    .filter((word, index, all) => word.length > 1 || index === 0 || index === all.length - 1)
    .join(' ');
}

/** Words a name may open with that say what someone is, not who. */
const TITLE_WORDS = new Set(
  'acting ambassador attorney chair chairman chancellor crown director dr first former general governor judge king lady leader mayor minister mr mrs ms president prime prince queen rep representative secretary sen senator speaker vice'.split(
    ' ',
  ),
);

/** Words that do not tell one body from another: "the entire team", "some senators". */
const BODY_FILLER = new Set([
  'the',
  'a',
  'an',
  'of',
  'entire',
  'team',
  'some',
  'united',
  'states',
  's',
]);

function withoutTitles(key: string): string {
  const words = key.split(' ');
  while (words.length > 1 && TITLE_WORDS.has(words[0] ?? '')) words.shift();
  return words.join(' ');
}

function bodyWords(name: string): Set<string> {
  return new Set(
    fold(name)
      .split(/[^a-z0-9]+/)
      .filter((word) => word !== '' && !BODY_FILLER.has(word))
      .map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word)),
  );
}

/** "Donald Trump's campaign" is not Donald Trump. */
function isOwnerOf(owner: string, name: string): boolean {
  return fold(name).startsWith(`${fold(owner)} `) && /^['’]s\b/.test(name.slice(owner.length));
}

/** "Donald Trump Jr." is not Donald Trump. */
function hasSuffix(key: string): boolean {
  return /\b(?:jr|sr|ii|iii)$/.test(key);
}

function isSubset(small: Set<string>, large: Set<string>): boolean {
  return [...small].every((word) => large.has(word));
}

/** A list of names: "Pompeo, Haspel and Esper". */
function namesIn(name: string): string[] {
  return name.split(/,\s+(?:and\s+)?|\s+and\s+|\s*&\s*/).filter((part) => part.trim() !== '');
}

/**
 * Same person: equal names once titles go ("President Trump" is "Donald Trump" by his surname),
 * the same surname where one side gives only the surname, one name ending the other ("Public
 * Safety Minister Ralph Goodale"). Same body: the same words but for filler, or every one of at
 * least two words of one inside the other ("Justice Department", "the Department of Justice").
 * Same list: as many names, each the same person.
 */
export function samePerson(
  gold: string,
  found: string | null,
  aliases: readonly string[] = [],
): boolean {
  if (found === null) return false;
  if (aliases.some((alias) => nameKey(alias) === nameKey(gold))) return true;
  const goldNames = namesIn(gold);
  const foundNames = namesIn(found);
  if (goldNames.length > 1 || foundNames.length > 1) {
    return (
      sameFirstWordAndSurname(nameKey(gold), nameKey(found)) ||
      (goldNames.length === foundNames.length &&
        goldNames.every((name, index) => sameName(name, foundNames[index] ?? '')))
    );
  }
  return sameName(gold, found);
}

/** One person's name spelled out differently: titles, a surname alone, a given name's form. */
function sameSpelling(gold: string, found: string): boolean {
  const a = withoutTitles(nameKey(gold));
  const b = withoutTitles(nameKey(found));
  if (a === '' || b === '') return false;
  return (
    a === b ||
    ` ${a}`.endsWith(` ${b}`) ||
    ` ${b}`.endsWith(` ${a}`) ||
    sameFirstWordAndSurname(a, b)
  );
}

/** "Rex Tillerson and Jim Mattis" is "Rex Tillerson and James Mattis"; "Trump" is "Donald Trump". */
function sameFirstWordAndSurname(a: string, b: string): boolean {
  return (
    a === b ||
    (surname(a) === surname(b) &&
      (a.split(' ').length === 1 ||
        b.split(' ').length === 1 ||
        a.split(' ')[0] === b.split(' ')[0]))
  );
}

function sameName(gold: string, found: string): boolean {
  if (sameSpelling(gold, found)) return true;
  const a = withoutTitles(nameKey(gold));
  const b = withoutTitles(nameKey(found));
  if (isOwnerOf(gold, found) || isOwnerOf(found, gold) || hasSuffix(a) !== hasSuffix(b)) {
    return false;
  }
  const goldWords = bodyWords(gold);
  const foundWords = bodyWords(found);
  const [small, large] =
    goldWords.size <= foundWords.size ? [goldWords, foundWords] : [foundWords, goldWords];
  return (small.size >= 2 || small.size === large.size) && small.size > 0 && isSubset(small, large);
}

function inLines(question: Question, candidate: Candidate): boolean {
  if (question.gold.doc === 'seed' && candidate.line === 0) return true;
  return candidate.line !== null && (question.gold.lines ?? []).includes(candidate.line);
}

/** Is this candidate a right first answer to the question? */
export function isRight(question: Question, candidate: Candidate): boolean {
  const gold = question.gold;
  switch (kindOf(question)) {
    case 'when':
      return candidate.date === gold.date || inLines(question, candidate);
    case 'on-date':
      return inLines(question, candidate);
    case 'who':
      return (
        gold.person !== undefined &&
        (samePerson(gold.person, candidate.speaker, candidate.speakerAliases) ||
          fold(candidate.text).includes(fold(gold.person)))
      );
    case 'who-said':
      return (
        gold.speaker !== undefined &&
        samePerson(gold.speaker, candidate.speaker, candidate.speakerAliases)
      );
    case 'said-about':
      return (
        gold.speaker !== undefined &&
        samePerson(gold.speaker, candidate.speaker, candidate.speakerAliases) &&
        inLines(question, candidate)
      );
    case 'verify':
      // A verification's answer list is judged by its closest quote being the gold one.
      return inLines(question, candidate);
  }
}

/** Our verdicts in the benchmark's words. */
const VERDICT_NAMES: Record<Verdict, (typeof VERDICTS)[number]> = {
  exact: 'said',
  paraphrase: 'said-other-words',
  'other-speaker': 'other-speaker',
  related: 'related',
  'not-found': 'not-found',
};

function lineOf(dataset: Dataset): (eventId: string | null) => number | null {
  const lines = new Map(
    dataset.events.map((event) => [
      event.id,
      event.origin.file.endsWith('.jsonl') ? event.origin.line : 0,
    ]),
  );
  return (eventId) => (eventId === null ? null : (lines.get(eventId) ?? null));
}

export function thisProject(dataset: Dataset): Engine {
  const last =
    dataset.events
      .map((event) => event.date)
      .sort()
      .at(-1) ?? '2021-01-20';
  const answerer = createAnswerer(dataset, { referenceDate: new Date(`${last}T12:00:00Z`) });
  const line = lineOf(dataset);
  const person = new Map(dataset.people.map((entry) => [entry.id, entry]));
  const quoteSpeaker = new Map(
    dataset.quotes.map((quote) => [quote.id, quote.speaker?.personId ?? null]),
  );
  const candidateOf = (answer: Answer): Candidate => {
    const speakerId =
      answer.kind === 'person'
        ? answer.id
        : (answer.speakerId ?? quoteSpeaker.get(answer.id) ?? null);
    const entry = speakerId === null ? undefined : person.get(speakerId);
    return {
      date: answer.date,
      text: answer.text,
      speaker: answer.kind === 'person' ? (entry?.name ?? answer.text) : (answer.speaker ?? null),
      speakerAliases: entry === undefined ? [] : [entry.name, ...entry.aliases],
      line: line(answer.eventId),
    };
  };
  return (question) => {
    const result = answerer.ask(question, { limit: 3 });
    return { candidates: result.answers.map(candidateOf), verdict: result.verdict ?? null };
  };
}

/** Peers search events and quotes as plain documents; they give no verdicts. */
function peerDocuments(dataset: Dataset): Candidate[] {
  const line = lineOf(dataset);
  return [
    ...dataset.events.map((event) => ({
      date: event.date,
      text: event.summary,
      speaker: null,
      line: line(event.id),
    })),
    ...dataset.quotes.map((quote) => ({
      date: quote.when.date,
      text: `${quote.speaker?.name ?? ''}: ${quote.text}`,
      speaker: quote.speaker?.name ?? null,
      line: line(quote.eventId),
    })),
  ];
}

function fuseToken(dataset: Dataset): Engine {
  const documents = peerDocuments(dataset);
  const fuse = new Fuse(documents, { keys: ['text'], useTokenSearch: true });
  return (question) => ({
    candidates: fuse.search(question, { limit: 3 }).map((result) => result.item),
    verdict: null,
  });
}

function miniSearch(dataset: Dataset): Engine {
  const documents = peerDocuments(dataset);
  const mini = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    searchOptions: { fuzzy: 0.2, prefix: true },
  });
  mini.addAll(documents.map((document, id) => ({ id, text: document.text })));
  return (question) => ({
    candidates: mini
      .search(question)
      .slice(0, 3)
      .flatMap((result) => {
        const document = documents[Number(result.id)];
        return document === undefined ? [] : [document];
      }),
    verdict: null,
  });
}

interface Score {
  top1: number;
  top3: number;
  n: number;
  verdictsRight: number;
  verdicts: number;
  latencies: number[];
}

function score(engine: Engine, questions: readonly Question[]): Map<Category | 'all', Score> {
  const scores = new Map<Category | 'all', Score>();
  const add = (key: Category | 'all', update: (entry: Score) => void): void => {
    const entry = scores.get(key) ?? {
      top1: 0,
      top3: 0,
      n: 0,
      verdictsRight: 0,
      verdicts: 0,
      latencies: [],
    };
    update(entry);
    scores.set(key, entry);
  };
  for (const question of questions) {
    const started = performance.now();
    const { candidates, verdict } = engine(question.question);
    const elapsed = performance.now() - started;
    const first = candidates[0];
    // A claim the data does not hold has no right evidence: the right answer is the verdict
    // "not found", whatever is listed under it. (A claim whose evidence is in the seed document
    // names no corpus line but has evidence all the same.)
    const nothingToFind =
      kindOf(question) === 'verify' &&
      (question.gold.lines ?? []).length === 0 &&
      question.gold.doc === undefined;
    const top1 = nothingToFind
      ? verdict === 'not-found'
      : first !== undefined && isRight(question, first);
    const top3 = nothingToFind
      ? top1
      : candidates.slice(0, 3).some((candidate) => isRight(question, candidate));
    const goldVerdict = question.gold.verdict;
    for (const key of [question.category, 'all'] as const) {
      add(key, (entry) => {
        entry.n += 1;
        entry.top1 += top1 ? 1 : 0;
        entry.top3 += top3 ? 1 : 0;
        entry.latencies.push(elapsed);
        if (goldVerdict !== undefined) {
          entry.verdicts += 1;
          entry.verdictsRight += verdict !== null && VERDICT_NAMES[verdict] === goldVerdict ? 1 : 0;
        }
      });
    }
  }
  return scores;
}

function percent(hits: number, total: number): string {
  return total === 0 ? '   –' : `${Math.round((100 * hits) / total)}%`.padStart(4);
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export async function run(): Promise<void> {
  const questions = loadQuestions();
  const dataset = await ingestPaths([CORPUS_PATH, SEED_PATH]);
  const ours = thisProject(dataset);
  // Latency is steady-state: one untimed pass first pays for what is built on first use (role
  // tenures, compiled patterns) and for the JIT. The peers need none: they scan on every query.
  for (const question of questions) ours(question.question);
  const engines: [string, Engine][] = [
    ['this project', ours],
    ['fuse.js token', fuseToken(dataset)],
    ['MiniSearch', miniSearch(dataset)],
  ];
  for (const split of ['test', 'dev'] as const) {
    const asked = questions.filter((question) => question.split === split);
    console.log(`\n${split} half: ${asked.length} questions (top-1 / top-3)`);
    const results = engines.map(([name, engine]) => [name, score(engine, asked)] as const);
    console.log(
      `${'category'.padEnd(12)}${'n'.padStart(5)}  ${results.map(([name]) => name.padEnd(16)).join('')}`,
    );
    for (const category of [...CATEGORIES, 'all'] as const) {
      const n = results[0]?.[1].get(category)?.n ?? 0;
      const cells = results.map(([, scores]) => {
        const entry = scores.get(category);
        return `${percent(entry?.top1 ?? 0, n)} / ${percent(entry?.top3 ?? 0, n)}`.padEnd(16);
      });
      console.log(`${category.padEnd(12)}${String(n).padStart(5)}  ${cells.join('')}`);
    }
    const ours = results[0]?.[1].get('all');
    if (ours !== undefined) {
      console.log(
        `verdicts right (this project): ${percent(ours.verdictsRight, ours.verdicts)} (${ours.verdictsRight}/${ours.verdicts}); peers give no verdicts`,
      );
    }
    for (const [name, scores] of results) {
      const all = scores.get('all');
      if (all === undefined) continue;
      console.log(
        `latency ${name}: median ${quantile(all.latencies, 0.5).toFixed(2)} ms, p95 ${quantile(all.latencies, 0.95).toFixed(2)} ms`,
      );
    }
  }
  await latencyAtScale(questions, Number(process.env.BENCH_QUESTIONS_SCALE ?? 30));
}

/** This project's latency on every question over `scale` copies of the corpus, steady state. */
async function latencyAtScale(questions: readonly Question[], scale: number): Promise<void> {
  if (!(scale > 1)) return;
  const dataset = buildDataset(await scaledCorpusDocuments(scale), [CORPUS_PATH]);
  // Read dates as at ×1 (the corpus's last day), so the questions ask about the same days.
  const answerer = createAnswerer(dataset, { referenceDate: new Date('2021-01-20T12:00:00Z') });
  for (const question of questions) answerer.ask(question.question, { limit: 3 });
  const latencies = questions.map((question) => {
    const started = performance.now();
    answerer.ask(question.question, { limit: 3 });
    return performance.now() - started;
  });
  console.log(
    `\nlatency this project at ×${String(scale)} (${String(dataset.events.length)} events, all ${String(questions.length)} questions): ` +
      `median ${quantile(latencies, 0.5).toFixed(2)} ms, p95 ${quantile(latencies, 0.95).toFixed(2)} ms`,
  );
}
