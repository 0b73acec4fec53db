/**
 * Every text parser a user's text or a raw document reaches, timed on adversarial input at 1k, 10k
 * and 100k characters: runs of one punctuation mark, runs of spaces, short patterns repeated
 * (`a -- `, `"a." `), random strings. Linear work takes about ten times as long for ten times the
 * input; a test fails only past thirty times, so a slow or busy machine does not make it flake,
 * while the quadratic cases it guards against (seconds at 10k characters, minutes at 100k) fail
 * by far. Each time is the least of a few calls, so one garbage collection does not count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/bot/command-line.js';
import { findDateExpressions } from '../../src/ingest/dates.js';
import { isPageFurniture } from '../../src/ingest/furniture.js';
import { findSentenceQuotes } from '../../src/ingest/quotes.js';
import { parseRawText } from '../../src/ingest/raw-text.js';
import { splitSentences } from '../../src/language/sentences.js';
import { titleFrom } from '../../src/ingest/title.js';
import { parseTweet } from '../../src/ingest/tweets.js';
import { parseQuestion } from '../../src/question/index.js';
import { SEED } from './arbitraries.js';

const SIZES = [1_000, 10_000, 100_000];
/** Linear growth is 10 from one size to the next; a quadratic is 100. */
const MAX_GROWTH = 30;
/**
 * Times under this are noise (timer resolution, a collection): growth is measured against at
 * least this many milliseconds. A quadratic slow enough to matter is well above it at 10k.
 */
const NOISE_MS = 10;
/**
 * Calls per size; the fastest counts. A call slower than `SLOW_MS` is not repeated, so a
 * quadratic parser is not timed three times over. The bar is high because unit test files share
 * a worker's heap: one linear call at 100k characters took 224 ms in CI when a major collection
 * fell inside it (60-120 ms otherwise), and timed once it counted as growth.
 */
const RUNS = 3;
const SLOW_MS = 1_000;

/** Text of a given length: `head`, then `unit` repeated, then `tail`. */
interface Shape {
  head: string;
  unit: string;
  tail: string;
}

function textOf(shape: Shape, size: number): string {
  const room = Math.max(size - shape.head.length - shape.tail.length, shape.unit.length);
  const body = shape.unit.repeat(Math.ceil(room / shape.unit.length)).slice(0, room);
  return `${shape.head}${body}${shape.tail}`;
}

/**
 * The least CPU time of a few calls, in milliseconds. CPU time of this process rather than wall
 * time, so other processes on a busy machine do not count (test files run in separate processes).
 */
function fastestMs(work: () => unknown): number {
  let best = Infinity;
  for (let run = 0; run < RUNS && (run === 0 || best < SLOW_MS); run += 1) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1_000);
  }
  return best;
}

/**
 * Fails when the parser's time grows more than `MAX_GROWTH` times from one size to the next. It
 * stops at the first size that does, so a quadratic parser fails at 10k characters without
 * spending minutes on 100k.
 */
function expectLinear(parse: (text: string) => unknown, shape: Shape): void {
  parse(textOf(shape, SIZES[0] ?? 0)); // warm-up: the first call pays for compiling
  let previous: { size: number; ms: number } | null = null;
  for (const size of SIZES) {
    const text = textOf(shape, size);
    const ms = fastestMs(() => parse(text));
    if (previous !== null) {
      const growth = ms / Math.max(previous.ms, NOISE_MS);
      expect(
        growth,
        `${JSON.stringify(shape)}: ${ms.toFixed(1)} ms at ${size} characters, ` +
          `${previous.ms.toFixed(1)} ms at ${previous.size}: faster than linear growth`,
      ).toBeLessThanOrEqual(MAX_GROWTH);
    }
    previous = { size, ms };
  }
}

const PUNCTUATION_RUNS = ['.', '!', '?', ',', ';', ':', '-', '—', '"', '“', '”', "'", '’', '('];
const PATTERNS = [' ', '\n', 'a -- ', 'a &mdash; ', '"a." ', '"a," he said. ', 'a.', 'A.'];
const TAILS = ['', ' A', ' x', ' said "x', '\r'];

/** Adversarial shapes: a run or a short pattern, with a tail that may break a match at the end. */
const shape: fc.Arbitrary<Shape> = fc.record({
  head: fc.constant(''),
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION_RUNS, ...PATTERNS) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) },
  ),
  tail: fc.constantFrom(...TAILS),
});

const run = (unit: string, tail = '', head = ''): Shape => ({ head, unit, tail });

/**
 * Checks `parse` on the shapes that were quadratic once (`known`, always run) and on `runs`
 * random ones. No shrinking: every step would be another slow call, and the shape is in the
 * message.
 */
function checkParser(parse: (text: string) => unknown, known: Shape[], runs: number): void {
  fc.assert(
    fc.property(shape, (input) => {
      expectLinear(parse, input);
    }),
    {
      seed: SEED,
      numRuns: known.length + runs,
      examples: known.map((k) => [k]),
      endOnFailure: true,
    },
  );
}

const REFERENCE = new Date(Date.UTC(2017, 2, 2, 12));

// Generous: a failing parser spends seconds before it is caught, and CI machines are slow.
describe('parsers take time linear in their input', { timeout: 120_000 }, () => {
  it('splitSentences, on runs of stops and quoted sentences', () => {
    checkParser(
      splitSentences,
      [run('.', ' A'), run('!', 'a'), run('?', ' A'), run('"a"!', ' A'), run('“a”. ', ' A')],
      10,
    );
  });

  it('parseTweet, on runs of dashes that are not a signature', () => {
    checkParser(
      parseTweet,
      [
        run('a -- '),
        run('a &mdash; ', ' x'),
        run('-- (', ' (@jo) May 1, 2017'),
        run(' ', 'x (@jo) May 1, 2017', '— '),
      ],
      10,
    );
  });

  it('the raw document parser, on one record', () => {
    const parseRecord = (text: string) => parseOrRefuse(`date 2017-03-02 ${text}\n------`);
    checkParser(parseRecord, [run('-', ' x'), run('.', ' A'), run('a -- ')], 10);
  });

  it('the raw document parser, on many records in one line and on a long first line', () => {
    checkParser(
      parseOrRefuse,
      [run('date 2017-03-02 a---'), run('x', '\r\r', 'date '), run(' ', '\rx', 'date 2017-03-02')],
      4,
    );
  });

  it('the console command-line parser, on runs of spaces between options', () => {
    const names = ['question', 'private'];
    checkParser(
      (text) => parseCommandLine(`/ask question:${text} private:true`, names),
      [run(' ', ' x'), run(' a', ''), run('\t')],
      10,
    );
    checkParser((text) => parseCommandLine(`/ask question:${text}`), [run(' ', ' x')], 4);
  });

  it('page furniture and title detection, on runs of final stops', () => {
    checkParser(isPageFurniture, [run('.', ' A'), run(':', ' A'), run('!', ' x')], 10);
    checkParser(titleFrom, [run('.', ' A'), run(' ', ' A')], 10);
  });

  it('the question parser', () => {
    checkParser(
      (text) => parseQuestion(text, REFERENCE),
      [run('?'), run(' ', 'x'), run('"', ' said'), run('who said ')],
      10,
    );
  });

  // Many dates in one sentence stay under the bound here, but grow faster beyond these sizes:
  // chrono-node's ENEndOfPeriodRefiner matches a regex against all the text before each date it
  // finds. `"March ".repeat(n) + ' said "x'` took 0.4 s of CPU at 100k characters, 1.1 s at 200k,
  // 3.0 s at 400k and 11.7 s at 800k.
  it('the date-expression finder', () => {
    const find = (text: string) => findDateExpressions(text, '2017-03-02');
    const known = [run('.', ' A'), run(' ', 'x'), run('a -- '), run('"a." ')];
    checkParser(find, [...known, run('2017-03-'), run('March ', ' said "x')], 4);
  });

  it('the quote finder, on quotations and their marks', () => {
    const find = (text: string) => findSentenceQuotes(text, []);
    const known = [run('"'), run('“'), run("'a "), run('"a." ', ' A'), run('"a," he said. ', ' A')];
    checkParser(find, known, 10);
  });

  // `subjectIn` once trimmed a phrase with `/[\s,]+$/`, retried from each comma of a long run:
  // `",".repeat(n) + " A"` took 14.7 s of CPU at 100k characters.
  it('the quote finder, on a long run of commas', () => {
    checkParser(
      (text) => findSentenceQuotes(text, []),
      [run(',', ' A'), run(', ', ' A'), run(' ,', ' A')],
      0,
    );
  });
});

/** The raw parser's result, or the IngestError it refuses the text with. */
function parseOrRefuse(text: string): unknown {
  try {
    return parseRawText(text, 'data/raw/hostile.txt');
  } catch (error) {
    return error;
  }
}
