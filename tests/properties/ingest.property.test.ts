/**
 * Hostile documents through the ingest parsers: any text either parses or is refused with an
 * IngestError naming a line of the input (never another error, never a line that does not exist),
 * well-formed records always parse and build a dataset the bot's loader accepts, and no input
 * makes a parser blow up in time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/dataset/load.js';
import type { RawDocument } from '../../src/ingest/index.js';
import { buildDataset, IngestError, parseJsonLines, parseRawText } from '../../src/ingest/index.js';
import {
  HOSTILE_DATES,
  hostileText,
  isoDayWithAnyYear,
  longInput,
  MAX_CALL_MS,
  MENTIONS_AND_MARKDOWN,
  questionLike,
  QUOTES,
  SEED,
  timed,
} from './arbitraries.js';

const FILE = 'data/raw/hostile.txt';

/** Lines as the parsers count them (a leading byte-order mark is not a line). */
function lineCount(text: string): number {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/).length;
}

type Outcome = { documents: RawDocument[] } | { error: IngestError };

/** Runs a parser, letting only IngestError through as a result; any other error fails the test. */
function outcomeOf(parse: () => RawDocument[]): Outcome {
  try {
    return { documents: parse() };
  } catch (error) {
    if (error instanceof IngestError) return { error };
    throw error;
  }
}

function expectParsedOrRefused(text: string, outcome: Outcome): void {
  if ('error' in outcome) {
    expect(outcome.error.file).toBe(FILE);
    expect(outcome.error.line).toBeGreaterThanOrEqual(1);
    expect(outcome.error.line).toBeLessThanOrEqual(lineCount(text));
    expect(outcome.error.message.length).toBeGreaterThan(0);
    return;
  }
  for (const document of outcome.documents) {
    expect(document.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(document.line).toBeGreaterThanOrEqual(1);
    expect(document.line).toBeLessThanOrEqual(lineCount(text));
    expect(document.paragraphs.length).toBeGreaterThan(0);
    for (const paragraph of document.paragraphs) {
      expect(paragraph.text.trim()).not.toBe('');
      expect(paragraph.line).toBeGreaterThanOrEqual(document.line);
      expect(paragraph.line).toBeLessThanOrEqual(lineCount(text));
    }
  }
}

/** Builds a dataset and checks it the way the bot loads it: serialised, parsed, references checked. */
function expectBuildsLoadableDataset(documents: RawDocument[]): void {
  const { result: dataset, ms } = timed(() => buildDataset(documents, [FILE]));
  expect(ms).toBeLessThan(MAX_CALL_MS);
  expect(dataset.events.length).toBe(documents.length);
  expect(() => parseDataset(JSON.stringify(dataset), 'built dataset')).not.toThrow();
}

const validDay = fc
  .date({
    min: new Date(Date.UTC(1000, 0, 1)),
    max: new Date(Date.UTC(9999, 11, 31)),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

const dateLine = fc.oneof(
  validDay.map((day) => `date ${day}`),
  fc.constantFrom(...HOSTILE_DATES).map((date) => `date ${date}`),
  fc.constantFrom('date', 'date ', ' date 2017-03-02', 'DATE 2017-03-02', 'dated 2017-03-02'),
);

/** Text shaped like the raw format, to get past the first line: dates, dashes, blank lines. */
const rawLike = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 3, arbitrary: dateLine },
        { weight: 2, arbitrary: fc.constantFrom('------', '---', '--', '------date 2017-03-02') },
        { weight: 2, arbitrary: fc.constant('') },
        { weight: 4, arbitrary: questionLike },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
      ),
      { maxLength: 30 },
    ),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(([lines, newline, bom]) => `${bom ? '\uFEFF' : ''}${lines.join(newline)}`);

describe('parseRawText on hostile text', () => {
  const text = fc.oneof(
    hostileText,
    rawLike,
    longInput.map((body) => `date 2017-03-02 ${body}`),
    longInput.map((body) => `date 2017-03-02 ${body}\n------`),
  );

  it('parses or throws an IngestError naming a line of the input, in bounded time', () => {
    fc.assert(
      fc.property(text, (input) => {
        const { result, ms } = timed(() => outcomeOf(() => parseRawText(input, FILE)));
        expect(ms).toBeLessThan(MAX_CALL_MS);
        expectParsedOrRefused(input, result);
      }),
      { seed: SEED, numRuns: 800 },
    );
  });

  it('builds a dataset the loader accepts from whatever it parses', () => {
    fc.assert(
      fc.property(rawLike, (input) => {
        const outcome = outcomeOf(() => parseRawText(input, FILE));
        if ('documents' in outcome) expectBuildsLoadableDataset(outcome.documents);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

/** Text for one paragraph: anything on one line that cannot be read as a record's closing dashes. */
const paragraphText = fc
  .oneof(
    questionLike,
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }),
    fc.constantFrom(
      'AG Jeff Sessions: "My reply was honest." pic.twitter.com/l9CycYdnjh — ABC News Politics (@ABCPolitics) March 2, 2017',
      'Sessions said he would "recuse myself from any existing or future investigations."',
      ...MENTIONS_AND_MARKDOWN,
      ...QUOTES,
    ),
  )
  .map((text) => text.replace(/\r?\n|\r/g, ' '))
  .filter((text) => !text.includes('---') && text.replace(/\s+/g, ' ').trim() !== '');

interface RecordSpec {
  date: string;
  paragraphs: string[];
  /** The first paragraph written on the date line itself. */
  onDateLine: boolean;
  /** The dashes glued to the last sentence rather than on a line of their own. */
  glued: boolean;
  /** Blank lines between paragraphs (at least one). */
  gap: number;
}

const record: fc.Arbitrary<RecordSpec> = fc.record({
  date: validDay,
  paragraphs: fc.array(paragraphText, { minLength: 1, maxLength: 5 }),
  onDateLine: fc.boolean(),
  glued: fc.boolean(),
  gap: fc.integer({ min: 1, max: 3 }),
});

function writeRecord(spec: RecordSpec): string {
  const [first = '', ...rest] = spec.paragraphs;
  const opening = spec.onDateLine ? [`date ${spec.date} ${first}`] : [`date ${spec.date}`, first];
  const body = [
    ...opening,
    ...rest.flatMap((paragraph) => [...Array<string>(spec.gap).fill(''), paragraph]),
  ];
  if (spec.glued) body[body.length - 1] = `${body[body.length - 1] ?? ''}------`;
  else body.push('------');
  return body.join('\n');
}

describe('parseRawText on well-formed records', () => {
  const file = fc.tuple(
    fc.array(record, { minLength: 1, maxLength: 6 }),
    fc.constantFrom('\n', '\n\n'),
    fc.boolean(),
  );

  it('reads every record with its date and paragraphs, and builds a loadable dataset', () => {
    fc.assert(
      fc.property(file, ([records, between, crlf]) => {
        const lf = records.map(writeRecord).join(between);
        const text = crlf ? lf.replace(/\n/g, '\r\n') : lf;
        const { result: documents, ms } = timed(() => parseRawText(text, FILE));
        expect(ms).toBeLessThan(MAX_CALL_MS);
        expect(documents.map((document) => document.date)).toEqual(records.map((r) => r.date));
        expect(documents.map((document) => document.paragraphs.map((p) => p.text))).toEqual(
          records.map((r) => r.paragraphs.map((p) => p.replace(/\s+/g, ' ').trim())),
        );
        expectBuildsLoadableDataset(documents);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

const jsonLine = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record(
        {
          date: fc.oneof(validDay, fc.constantFrom(...HOSTILE_DATES), fc.string({ maxLength: 12 })),
          text: fc.oneof(hostileText, paragraphText),
          source: fc.oneof(
            fc.string({ maxLength: 20 }),
            fc.constantFrom('@ABCPolitics', 'ABC News'),
          ),
          url: fc.oneof(
            fc.string({ maxLength: 20 }),
            fc.webUrl(),
            fc.constantFrom('javascript:alert(1)', 'https://t.co/4nTtDyMBID'),
          ),
        },
        { requiredKeys: [] },
      )
      .map((value) => JSON.stringify(value)),
  },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '{', '{"date":', '[]', 'null', '{"date":"2017-03-02"}'),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);

const jsonLines = fc
  .tuple(fc.array(jsonLine, { maxLength: 20 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, newline, bom]) => `${bom ? '\uFEFF' : ''}${lines.join(newline)}`);

describe('parseJsonLines on hostile text', () => {
  const text = fc.oneof(hostileText, jsonLines, longInput);

  it('parses or throws an IngestError naming a line of the input, in bounded time', () => {
    fc.assert(
      fc.property(text, (input) => {
        const { result, ms } = timed(() => outcomeOf(() => parseJsonLines(input, FILE)));
        expect(ms).toBeLessThan(MAX_CALL_MS);
        expectParsedOrRefused(input, result);
      }),
      { seed: SEED, numRuns: 800 },
    );
  });

  it('builds a dataset the loader accepts from whatever it parses', () => {
    fc.assert(
      fc.property(jsonLines, (input) => {
        const outcome = outcomeOf(() => parseJsonLines(input, FILE));
        if ('documents' in outcome && outcome.documents.length > 0)
          expectBuildsLoadableDataset(outcome.documents);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('reads every valid event line, whatever its text', () => {
    const event = fc.record({ date: validDay, text: paragraphText });
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 10 }), (events) => {
        const documents = parseJsonLines(events.map((e) => JSON.stringify(e)).join('\n'), FILE);
        expect(documents.map((d) => [d.date, d.line, d.paragraphs[0]?.text])).toEqual(
          events.map((e, i) => [e.date, i + 1, e.text.replace(/\s+/g, ' ').trim()]),
        );
        expectBuildsLoadableDataset(documents);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

/**
 * Regressions found by the properties above, each kept as its own property so it fails on its
 * own cause (see the report for the counterexamples).
 */
describe('ingest regressions', () => {
  it('a date written in a document, however odd its year, never makes the build fail', () => {
    const written = isoDayWithAnyYear(99_999).map((day) => day.text);
    fc.assert(
      fc.property(written, validDay, (mention, day) => {
        const documents = parseRawText(`date ${day}\nIt was signed on ${mention}.\n------`, FILE);
        expectBuildsLoadableDataset(documents);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('a relative date near the edge of four-digit years never makes the build fail', () => {
    fc.assert(
      fc.property(fc.constantFrom('next year', 'last year', 'a year later'), (phrase) => {
        const documents = parseRawText(`date 9999-06-01\nIt ends ${phrase}.\n------`, FILE);
        expectBuildsLoadableDataset(documents);
      }),
      { seed: SEED, numRuns: 10 },
    );
  });

  it('finds the closing dashes in bounded time after a long run of dashes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 20_000 }),
        fc.constantFrom(' say', 'x', ' -', ''),
        (length, tail) => {
          const text = `date 2017-03-02 ${'-'.repeat(length)}${tail}\n------`;
          const { ms } = timed(() => outcomeOf(() => parseRawText(text, FILE)));
          expect(ms).toBeLessThan(MAX_CALL_MS);
        },
      ),
      // No shrinking: every step would be another slow call, and the size is in the message.
      { seed: SEED, numRuns: 6, endOnFailure: true },
    );
  });

  it('builds in bounded time from a sentence full of quotation marks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 500, max: 10_000 }),
        fc.constantFrom('"a', '“a”', "'a ", '"a, '),
        (count, unit) => {
          const documents = parseJsonLines(
            JSON.stringify({ date: '2017-03-02', text: unit.repeat(count).slice(0, 20_000) }),
            FILE,
          );
          expectBuildsLoadableDataset(documents);
        },
      ),
      { seed: SEED, numRuns: 6, endOnFailure: true },
    );
  });
});
