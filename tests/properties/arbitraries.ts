/**
 * Hostile text for the property tests: what a Discord user or a pasted document can send. Each
 * generator mixes random Unicode with the syntax the code under test treats specially (question
 * frames, dates, quotes, markdown, mentions), so runs reach past the first "no match" exit.
 */
import fc from 'fast-check';

/** One seed for every property file: a failure reproduces on every machine. */
export const SEED = 20_170_302;

/** Discord mentions and markdown a user can type into any option or DM. */
export const MENTIONS_AND_MARKDOWN = [
  '@everyone',
  '@here',
  '@EVERYONE',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&456789012345678901>',
  '<#789012345678901234>',
  '<:smile:123456789012345678>',
  '<a:dance:123456789012345678>',
  '```',
  '```js\nconsole.log(1)\n```',
  '||spoiler||',
  '||',
  '**bold**',
  '*',
  '__',
  '~~strike~~',
  '`code`',
  '> quote',
  '# heading',
  '-# subtext',
  '[click](https://evil.example)',
  '[',
  '](',
  'https://example.com/a_(b)',
  '\\',
  '\u200b',
  '\u202e',
  '\uFEFF',
];

export const QUOTES = ['"', "'", '“', '”', '‘', '’', '„', '«', '»', '""', "''", '"""'];

/** Dates out of range, impossible, or at the edges of what the parsers read. */
export const HOSTILE_DATES = [
  'year 0',
  '0000',
  '0000-00-00',
  '0000-01-01',
  '99999',
  '99999-01-01',
  'March 99999',
  '2017-13-45',
  '2017-02-30',
  '2017-00',
  '2017-13',
  'February 30',
  'February 30, 2017',
  'Feb 29 2017',
  'Feb 29 2016',
  '31/02/2017',
  '45 March 2017',
  'March 2, 2017',
  'between January and March 2017',
  'from Feb to Apr 2017',
  'Jan 20 - Jan 27, 2017',
  'in June 2018',
  'yesterday',
  'last week',
  'next year',
  'the 45th',
  '1/1/1',
  '12:00',
  '2017-03-02T25:99',
  '1950',
  '2099',
  '-2017',
  '2017 to 2016',
  'between 2018 and 2017',
  'May',
  'march on washington',
];

export const FRAMES = [
  'When did',
  'when was',
  'what date did',
  'What happened on',
  'anything happened',
  'events in',
  'news between',
  'Who is',
  "who's",
  'tell me about',
  'who said',
  'who tweeted that',
  'What did',
  'say about',
  'said',
  'quotes by',
  "'s quotes",
  'Did',
  'really say',
  'is it true that',
  'verify that:',
  'check:',
  '?',
  '!!!',
  '...',
  'and',
  'to',
];

/** Words the bundled dataset knows, so searches find something and render real answers. */
export const DATASET_WORDS = [
  'Sessions',
  'Jeff Sessions',
  'sesions',
  'Attorney General',
  'recuse',
  'recused himself',
  'Franken',
  'Russian ambassador',
  'Trump',
  'Comey',
  'Flynn',
  'campaign',
  'investigation',
  'ABC',
  '@ABCPolitics',
];

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...DATASET_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_DATES) },
  { weight: 2, arbitrary: fc.constantFrom(...MENTIONS_AND_MARKDOWN) },
  { weight: 2, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 1, arbitrary: fc.integer({ min: -100_000, max: 100_000 }).map(String) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

/** Sentences built from the fragments above, joined by spaces or glued together. */
export const questionLike: fc.Arbitrary<string> = fc
  .tuple(fc.array(fragment, { minLength: 1, maxLength: 14 }), fc.constantFrom(' ', '', '\n'))
  .map(([parts, glue]) => parts.join(glue));

/**
 * Very long input (up to 20,000 UTF-16 units): one short unit repeated, the shape that exposes
 * regex backtracking, after an optional question frame.
 */
export const longInput: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', 'who said ', 'did ', 'what did ', 'When did ', 'between ', '"'),
    fc.oneof(
      fc.constantFrom(...FRAMES, ...DATASET_WORDS, ...HOSTILE_DATES, ...MENTIONS_AND_MARKDOWN),
      fc.constantFrom('a ', 'a', ' ', '"a', "'", 'x-', '- ', '1 ', 'March ', '\n', '.', 'é'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
    ),
    fc.integer({ min: 1_000, max: 20_000 }),
    fc.constantFrom('', ' say', ' said that "x', '?', ' 2017'),
  )
  .map(([head, unit, length, tail]) => {
    const body = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    return `${head}${body}${tail}`.slice(0, 20_000);
  });

/** Everything a hostile user might type: random Unicode, structured mixes and huge pastes. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 4, arbitrary: questionLike },
  { weight: 1, arbitrary: longInput },
);

/** Milliseconds `work` takes, and its result. */
export function timed<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
}

/**
 * The bound each call must stay under: far above normal (a few ms), far below a pathological
 * blow-up such as exponential regex backtracking. Not a speed target: speed is benchmarked.
 * Generous because a first call pays chrono-node's warm-up (~300 ms) and CI runs test files in
 * parallel on 2 cores; the quadratic cases these properties caught took 1.3 to 60 s.
 */
export const MAX_CALL_MS = 1_500;

/** YYYY, YYYY-MM or YYYY-MM-DD, as every date leaving the core must be. */
export const DATE_FORMAT = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** Written mentions that would ping in a message's content. */
export const PING = /@(everyone|here)\b|<@[!&]?\d+>/;

/**
 * "YYYY-MM-DD" texts with any year from 0 to `maxYear` (zero-padded to four digits), for the
 * edges of the calendar; days stop at 28 so every generated day exists in its month.
 */
export function isoDayWithAnyYear(maxYear: number): fc.Arbitrary<{ year: number; text: string }> {
  return fc
    .tuple(
      fc.integer({ min: 0, max: maxYear }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([year, month, day]) => ({
      year,
      text: [
        String(year).padStart(4, '0'),
        String(month).padStart(2, '0'),
        String(day).padStart(2, '0'),
      ].join('-'),
    }));
}
