/**
 * `npm run ask -- [--data FILE] [--json] [--limit N] QUESTION`: answers a question from the
 * dataset. With `-` instead of QUESTION, answers each line of standard input in turn.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createAnswerer } from '../answer/answerer.js';
import type { Answer, Answerer, AskResult, Suggestion } from '../answer/types.js';
import { DatasetError, loadDataset } from '../dataset/load.js';

const USAGE = 'usage: npm run ask -- [--data FILE] [--json] [--limit N] QUESTION | -';
const DEFAULT_DATA = 'data/events.json';

export interface AskIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Lines of standard input, for `-`. */
  lines: () => AsyncIterable<string>;
}

interface CliOptions {
  data: string;
  json: boolean;
  limit: number;
  question: string;
}

/** Runs the command; returns the exit code (0 ok, 1 dataset problem, 2 bad usage). */
export async function main(argv: string[], io: AskIo): Promise<number> {
  const options = readOptions(argv);
  if (typeof options === 'string') {
    io.stderr(`ask: ${options}\n${USAGE}`);
    return 2;
  }
  let answerer: Answerer;
  try {
    answerer = createAnswerer(await loadDataset(options.data));
  } catch (error) {
    if (error instanceof DatasetError) {
      io.stderr(`ask: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const answer = (question: string): void => {
    const started = performance.now();
    const result = answerer.ask(question, { limit: options.limit });
    const tookMs = Math.round((performance.now() - started) * 1000) / 1000;
    io.stdout(options.json ? JSON.stringify(toJson(result, tookMs)) : render(result));
  };
  if (options.question === '-') {
    for await (const line of io.lines()) {
      if (line.trim().length > 0) answer(line);
    }
  } else {
    answer(options.question);
  }
  return 0;
}

function readOptions(argv: string[]): CliOptions | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
      },
    });
  } catch (error) {
    return (error as Error).message;
  }
  const { values, positionals } = parsed;
  const limit = values.limit === undefined ? 5 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    return `--limit must be a whole number from 1 to 100, got "${values.limit ?? ''}"`;
  }
  if (positionals.length === 0)
    return 'missing QUESTION (or - to read questions from standard input)';
  return {
    data: values.data ?? DEFAULT_DATA,
    json: values.json,
    limit,
    question: positionals.join(' '),
  };
}

function toJson(result: AskResult, tookMs: number): Record<string, unknown> {
  return {
    question: result.question,
    intent: result.intent,
    tookMs,
    ...(result.verdict === undefined ? {} : { verdict: result.verdict }),
    ...(result.range === undefined ? {} : { range: result.range }),
    answers: result.answers.map((answer) => ({
      kind: answer.kind,
      text: answer.text,
      date: answer.date,
      speaker: answer.speaker ?? null,
      eventId: answer.eventId,
      source: answer.source,
      score: answer.score,
    })),
    // Worded as the bot's English replies word them.
    suggestions: result.suggestions.map((suggestion) => suggestionText(suggestion)),
  };
}

/** A suggestion from the core, in this tool's words (the bot words them per language). */
function suggestionText(suggestion: Suggestion): string {
  switch (suggestion.kind) {
    case 'coverage':
      return `The dataset covers ${suggestion.first} to ${suggestion.last}.`;
    case 'empty-dataset':
      return 'The dataset is empty.';
    case 'impossible-date':
      return `“${suggestion.written}” is not a real date: check the month and the day.`;
    case 'date-examples':
      return 'Try a date like "March 2, 2017", "June 2018" or "2017-03".';
    case 'no-quote-on-topic':
      return `No quote by ${suggestion.name} matches "${suggestion.topic}" (${suggestion.count} in all).`;
    case 'spelling':
      return `Did you mean "${suggestion.read}" for "${suggestion.typed}"?`;
    case 'question':
      return suggestion.question;
    case 'ask-examples':
      return 'Ask about a person, a date or a quote, e.g. "When did … resign?"';
  }
}

const VERDICTS = {
  exact: 'Yes: this is an exact quote.',
  paraphrase: 'Close: a real quote says nearly this.',
  'other-speaker': 'Said, but by someone else: the real speaker is below.',
  related: 'Not as claimed: the closest quote is on the subject but does not say that.',
  'not-found': 'Not found: no quote in the dataset says this.',
} as const;

/** A readable answer for a terminal. */
export function render(result: AskResult): string {
  const lines = [`Q: ${result.question || '(empty question)'}`];
  if (result.verdict !== undefined) lines.push(VERDICTS[result.verdict]);
  if (result.range !== undefined) lines.push(`Dates: ${result.range.from} to ${result.range.to}`);
  if (result.answers.length === 0) {
    lines.push('No answer found.');
    if (result.suggestions.length > 0)
      lines.push('Try:', ...result.suggestions.map((s) => `  - ${suggestionText(s)}`));
    return lines.join('\n');
  }
  result.answers.forEach((answer, i) => lines.push(`${i + 1}. ${describe(answer)}`));
  if (result.suggestions.length > 0) {
    lines.push(...result.suggestions.map((s) => `   (${suggestionText(s)})`));
  }
  return lines.join('\n');
}

function describe(answer: Answer): string {
  const when = answer.date === null ? '' : `[${answer.date}] `;
  const body =
    answer.kind === 'quote' ? `${answer.speaker ?? 'unknown'}: "${answer.text}"` : answer.text;
  const source = answer.source === null ? '' : ` (source: ${answer.source})`;
  return `${when}${body}${source}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const io: AskIo = {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    lines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`ask: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
