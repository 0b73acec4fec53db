/**
 * Hostile input through the question parser and the answering core: arbitrary Unicode, huge
 * pastes, unbalanced quotes, markdown, mentions and impossible dates. Nothing may throw, no call
 * may blow up in time, and every result keeps the shapes the adapters rely on.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.js';
import type { Answer, Answerer, DayRange, Intent } from '../../src/answer/types.js';
import { loadDataset } from '../../src/dataset/load.js';
import { isRealDay } from '../../src/dataset/schema.js';
import { parseDateRange, parseQuestion } from '../../src/question/index.js';
import {
  DATE_FORMAT,
  HOSTILE_DATES,
  hostileText,
  isoDayWithAnyYear,
  longInput,
  MAX_CALL_MS,
  PING,
  SEED,
  timed,
} from './arbitraries.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const REFERENCE = new Date(Date.UTC(2017, 2, 2, 12));
const INTENTS: readonly Intent[] = ['when', 'date', 'who', 'said', 'who-said', 'verify', 'search'];
const KINDS = ['event', 'quote', 'person', 'fact'];
const VERDICTS = ['exact', 'paraphrase', 'other-speaker', 'related', 'not-found'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A day of the proleptic Gregorian calendar, computed here rather than with `Date.UTC` (which
 * reads years 0-99 as 1900-1999), so this check is independent of the code under test.
 */
function isCalendarDay(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** A range of real days, in order: what every adapter prints and filters by. */
function expectDayRange(range: DayRange): void {
  expect(range.from).toMatch(DAY);
  expect(range.to).toMatch(DAY);
  expect(isCalendarDay(range.from), `from ${range.from} is a calendar day`).toBe(true);
  expect(isCalendarDay(range.to), `to ${range.to} is a calendar day`).toBe(true);
  expect(range.from <= range.to).toBe(true);
  expect(typeof range.text).toBe('string');
}

function expectDate(date: string | null): void {
  if (date === null) return;
  expect(date).toMatch(DATE_FORMAT);
  if (DAY.test(date)) expect(isCalendarDay(date), `${date} is a calendar day`).toBe(true);
}

function expectAnswer(answer: Answer): void {
  expect(KINDS).toContain(answer.kind);
  expect(answer.id.length).toBeGreaterThan(0);
  expect(typeof answer.text).toBe('string');
  expectDate(answer.date);
  expect(Number.isFinite(answer.score)).toBe(true);
  if (answer.citation !== null) expectDate(answer.citation.date);
}

const WARM_UP = ['What happened on March 2, 2017?', 'between Jan 20 and Jan 27, 2017'];

describe('parseQuestion on hostile input', () => {
  // chrono-node compiles its patterns on first use: keep that out of the per-call bound.
  beforeAll(() => {
    for (const text of WARM_UP) parseQuestion(text, REFERENCE);
  });

  it('never throws, stays bounded in time, and returns a well-formed question', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const { result: parsed, ms } = timed(() => parseQuestion(text, REFERENCE));
        expect(ms).toBeLessThan(MAX_CALL_MS);
        expect(INTENTS).toContain(parsed.intent);
        expect(parsed.text.length).toBeLessThanOrEqual(300);
        // Mentions are removed before anything else reads the question.
        expect(parsed.text).not.toMatch(PING);
        if (parsed.range !== null) expectDayRange(parsed.range);
        // A date question has its range, or says which written date is no real day.
        if (parsed.intent === 'date') {
          expect(parsed.range !== null || parsed.dateProblem !== null).toBe(true);
        }
        for (const part of [parsed.subject, parsed.quote]) {
          if (part !== null) expect(part.trim().length).toBeGreaterThan(0);
        }
        expect(typeof parsed.topic).toBe('string');
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe('parseDateRange on hostile input', () => {
  beforeAll(() => {
    for (const text of WARM_UP) parseDateRange(text, REFERENCE);
  });

  const dateText = fc.oneof(
    hostileText,
    fc
      .array(fc.constantFrom(...HOSTILE_DATES, ' ', ' to ', ' and ', '-', 'between '), {
        minLength: 1,
        maxLength: 6,
      })
      .map((parts) => parts.join(' ')),
  );

  it('never throws and gives null or an ordered range of real days', () => {
    fc.assert(
      fc.property(dateText, (text) => {
        const { result: range, ms } = timed(() => parseDateRange(text, REFERENCE));
        expect(ms).toBeLessThan(MAX_CALL_MS);
        if (range !== null) expectDayRange(range);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it.each(HOSTILE_DATES)('reads "%s" as null or a range of real days', (text) => {
    const range = parseDateRange(text, REFERENCE);
    if (range !== null) expectDayRange(range);
  });

  // Regression: the parser emits years 0000-0099 ("0000-01-01"), which the product's own day
  // arithmetic (isRealDay, dayNumber, formatDate: all Date.UTC) reads as 1900-1999.
  it('names only days the rest of the product reads as the same day (isRealDay)', () => {
    const isoDay = isoDayWithAnyYear(9999).map((day) => day.text);
    fc.assert(
      fc.property(isoDay, (text) => {
        const range = parseDateRange(text, REFERENCE);
        if (range === null) return;
        expect(isRealDay(range.from), `isRealDay(${range.from})`).toBe(true);
        expect(isRealDay(range.to), `isRealDay(${range.to})`).toBe(true);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('stays bounded on 20,000 characters of unsanitised text', () => {
    fc.assert(
      fc.property(longInput, (text) => {
        const { result: range, ms } = timed(() => parseDateRange(text, REFERENCE));
        expect(ms).toBeLessThan(MAX_CALL_MS);
        if (range !== null) expectDayRange(range);
      }),
      { seed: SEED, numRuns: 30 },
    );
  });
});

describe('the answering core on hostile input', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    const dataset = await loadDataset(path.join(repoRoot, 'data/events.json'));
    answerer = createAnswerer(dataset, { referenceDate: REFERENCE });
  });

  const limit = fc.oneof(
    fc.constant(undefined),
    fc.integer({ min: -10, max: 200 }),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2.5),
  );

  it('ask never throws and returns well-formed answers within the limit', () => {
    fc.assert(
      fc.property(hostileText, limit, (question, wanted) => {
        const { result, ms } = timed(() =>
          answerer.ask(question, wanted === undefined ? {} : { limit: wanted }),
        );
        expect(ms).toBeLessThan(MAX_CALL_MS);
        expect(INTENTS).toContain(result.intent);
        expect(result.question).not.toMatch(PING);
        const max =
          wanted === undefined || !Number.isFinite(wanted)
            ? 5
            : Math.min(Math.max(1, Math.floor(wanted)), 100);
        expect(result.answers.length).toBeLessThanOrEqual(max);
        for (const answer of result.answers) expectAnswer(answer);
        if (result.range !== undefined) expectDayRange(result.range);
        if (result.verdict !== undefined) {
          expect(result.intent).toBe('verify');
          expect(VERDICTS).toContain(result.verdict);
        }
        for (const suggestion of result.suggestions) expect(typeof suggestion.kind).toBe('string');
        expect(result.total ?? result.answers.length).toBeGreaterThanOrEqual(result.answers.length);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  const call = fc.oneof(
    hostileText.map((text) => ['eventsOn', text] as const),
    hostileText.map((text) => ['suggestPeople', text] as const),
    hostileText.map((text) => ['suggestEvents', text] as const),
    hostileText.map((text) => ['person', text] as const),
    hostileText.map((text) => ['event', text] as const),
    hostileText.map((text) => ['verify', text] as const),
    hostileText.map((text) => ['searchQuotes', text] as const),
    fc
      .tuple(hostileText, fc.constantFrom(...HOSTILE_DATES, ''))
      .map(([from, to]) => ['timeline', from, to] as const),
  );

  it('every other entry point never throws and keeps its result shape', () => {
    fc.assert(
      fc.property(call, (entry) => {
        const { ms } = timed(() => {
          switch (entry[0]) {
            case 'eventsOn': {
              const day = answerer.eventsOn(entry[1]);
              if (day.range !== null) expectDayRange(day.range);
              for (const answer of day.answers) expectAnswer(answer);
              break;
            }
            case 'suggestPeople': {
              const people = answerer.suggestPeople(entry[1]);
              expect(people.length).toBeLessThanOrEqual(25);
              for (const person of people) expect(person.label.length).toBeLessThanOrEqual(100);
              break;
            }
            case 'suggestEvents': {
              const events = answerer.suggestEvents(entry[1]);
              expect(events.length).toBeLessThanOrEqual(25);
              for (const event of events) expect(event.label.length).toBeLessThanOrEqual(100);
              break;
            }
            case 'person': {
              const card = answerer.person(entry[1]);
              for (const answer of [...(card?.quotes ?? []), ...(card?.events ?? [])])
                expectAnswer(answer);
              break;
            }
            case 'event': {
              const card = answerer.event(entry[1]);
              if (card !== null) expectDate(card.event.date);
              break;
            }
            case 'verify': {
              const verification = answerer.verify(entry[1]);
              expect(VERDICTS).toContain(verification.verdict);
              if (verification.best !== null) expectAnswer(verification.best);
              break;
            }
            case 'searchQuotes':
              for (const answer of answerer.searchQuotes(entry[1]).answers) expectAnswer(answer);
              break;
            case 'timeline': {
              const timeline = answerer.timeline({ from: entry[1], to: entry[2] });
              for (const answer of timeline.entries) expectAnswer(answer);
              if (timeline.error !== undefined) expect(timeline.entries).toEqual([]);
              break;
            }
          }
        });
        expect(ms).toBeLessThan(MAX_CALL_MS);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
