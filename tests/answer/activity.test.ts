import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.js';
import type { Activity, Answerer } from '../../src/answer/types.js';
import { datedEventsDataset } from '../commands/dated-events.js';
import { corpusAvailable, loadCorpus, REFERENCE } from './datasets.js';

interface EventSpec {
  date: string;
  /** How many sources report it (its day-list weight grows by one per source). */
  sources?: number;
  /** Named people, by id suffix ("jane" → person-jane). */
  people?: string[];
}

/** The answerer over these events, titled "Event 0", "Event 1", … in order. */
function answererOf(events: EventSpec[]): Answerer {
  const dataset = datedEventsDataset(
    events.map((event, i) => ({ ...event, summary: `Event ${String(i)}` })),
  );
  return createAnswerer(dataset, { referenceDate: REFERENCE });
}

function day(start: string, offset: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + offset * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

function sum(activity: Activity): number {
  return activity.periods.reduce((total, period) => total + period.events, 0);
}

describe('activity: how many events happened when', () => {
  it('counts a month of events per day, empty days included, so the bars show the gaps', () => {
    const answerer = answererOf([
      { date: '2017-03-02' },
      { date: '2017-03-02' },
      { date: '2017-03-05' },
    ]);
    const activity = answerer.activity({});
    expect(activity.step).toBe('day');
    expect(activity.periods.map((period) => [period.start, period.end, period.events])).toEqual([
      ['2017-03-02', '2017-03-03', 2],
      ['2017-03-03', '2017-03-04', 0],
      ['2017-03-04', '2017-03-05', 0],
      ['2017-03-05', '2017-03-06', 1],
    ]);
    expect(activity.total).toBe(3);
    expect([activity.first, activity.last]).toEqual(['2017-03-02', '2017-03-05']);
  });

  it('counts longer ranges per Monday-to-Sunday week, per month, and per year', () => {
    const weeks = answererOf([{ date: '2017-01-01' }, { date: '2017-06-30' }]).activity({});
    expect(weeks.step).toBe('week');
    // 1 January 2017 was a Sunday: its week began on Monday 26 December 2016.
    expect(weeks.periods[0]).toMatchObject({ start: '2016-12-26', end: '2017-01-02', events: 1 });
    expect(weeks.periods.at(-1)).toMatchObject({ start: '2017-06-26', events: 1 });
    expect(sum(weeks)).toBe(2);

    const months = answererOf([{ date: '2017-01-20' }, { date: '2021-01-20' }]).activity({});
    expect(months.step).toBe('month');
    expect(months.periods).toHaveLength(49);
    expect(months.periods[0]).toMatchObject({ start: '2017-01-01', end: '2017-02-01' });

    const years = answererOf([{ date: '1950-05-01' }, { date: '2020-05-01' }]).activity({});
    expect(years.step).toBe('year');
    expect(years.periods).toHaveLength(71);
    expect(sum(years)).toBe(2);
  });

  it('keeps the bounds asked for, within the days the dataset covers', () => {
    const answerer = answererOf([
      { date: '2017-01-10' },
      { date: '2017-03-10' },
      { date: '2017-12-31' },
    ]);
    const march = answerer.activity({ from: 'March 2017', to: 'March 2017' });
    expect(march.periods).toHaveLength(31);
    expect([march.first, march.last, march.total]).toEqual(['2017-03-01', '2017-03-31', 1]);

    // Nothing is drawn before the dataset's first day or after its last.
    const wide = answerer.activity({ from: '1990', to: '2030' });
    expect([wide.first, wide.last, wide.total]).toEqual(['2017-01-10', '2017-12-31', 3]);
  });

  it('counts only the events that name the person asked for', () => {
    const answerer = answererOf([
      { date: '2017-03-01', people: ['jane'] },
      { date: '2017-03-02', people: ['john'] },
      { date: '2017-03-03', people: ['jane', 'john'] },
    ]);
    const jane = answerer.activity({ personId: 'person-jane' });
    expect(jane.total).toBe(2);
    expect(jane.periods.map((period) => period.events)).toEqual([1, 0, 1]);
    expect(jane.keyEvents.map((event) => event.eventId)).toEqual(['evt-0', 'evt-2']);
  });

  it('names the bound it cannot read, or the unknown person, and counts nothing', () => {
    const answerer = answererOf([{ date: '2017-03-01' }]);
    expect(answerer.activity({ from: 'blorp' })).toMatchObject({
      error: 'could not understand the "from" date "blorp"',
      total: 0,
      periods: [],
    });
    expect(answerer.activity({ to: 'zzz' }).error).toBe('could not understand the "to" date "zzz"');
    expect(answerer.activity({ personId: 'person-nobody' }).error).toBe(
      'unknown person id "person-nobody"',
    );
    expect(answerer.activity({ from: '2016', to: '2016' })).toMatchObject({
      total: 0,
      periods: [],
      busiest: null,
      keyEvents: [],
      first: null,
    });
  });

  it('names the busiest period, the earliest of equals', () => {
    const answerer = answererOf([
      { date: '2017-03-01' },
      { date: '2017-03-03' },
      { date: '2017-03-03' },
      { date: '2017-03-05' },
      { date: '2017-03-05' },
    ]);
    expect(answerer.activity({}).busiest).toEqual({
      start: '2017-03-03',
      end: '2017-03-04',
      events: 2,
    });
  });

  it("picks the key events by a day list's weight, oldest first", () => {
    const answerer = answererOf(
      Array.from({ length: 60 }, (_, i) => ({
        date: day('2017-01-01', i * 6),
        // Events 10, 30 and 50 are reported by the most sources.
        sources: i % 20 === 10 ? 4 : 1,
      })),
    );
    const keys = answerer.activity({ keyEvents: 3 }).keyEvents;
    expect(keys.map((event) => event.eventId)).toEqual(['evt-10', 'evt-30', 'evt-50']);
    expect(keys[0]).toMatchObject({ date: day('2017-01-01', 60), title: 'Event 10' });
    const others = answerer
      .activity({ keyEvents: 10 })
      .keyEvents.filter((event) => !['evt-10', 'evt-30', 'evt-50'].includes(event.eventId));
    expect(others).toHaveLength(7);
    for (const other of others) expect(other.weight).toBeLessThan(keys[0]?.weight ?? 0);
  });

  it('never picks two key events within a twentieth of the range, so their marks stay apart', () => {
    const answerer = answererOf([
      ...Array.from({ length: 100 }, (_, i) => ({ date: day('2017-01-01', i) })),
      // The three heaviest events share one week.
      { date: '2017-02-01', sources: 5 },
      { date: '2017-02-02', sources: 5 },
      { date: '2017-02-03', sources: 4 },
    ]);
    const keys = answerer.activity({ keyEvents: 5 }).keyEvents;
    expect(keys).toHaveLength(5);
    const days = keys.map((event) => Date.parse(event.date) / 86_400_000);
    for (let i = 1; i < days.length; i += 1) {
      expect((days[i] ?? 0) - (days[i - 1] ?? 0)).toBeGreaterThanOrEqual(100 / 20);
    }
    expect(keys.filter((event) => event.date.startsWith('2017-02-0'))).toHaveLength(1);
  });

  it.skipIf(!corpusAvailable)(
    'counts the whole timeline corpus per month and picks five key events in different months',
    async () => {
      const dataset = await loadCorpus();
      const answerer = createAnswerer(dataset, { referenceDate: REFERENCE });
      const activity = answerer.activity({});
      expect(activity.step).toBe('month');
      expect(activity.periods).toHaveLength(49);
      expect(activity.total).toBe(dataset.events.length);
      expect(sum(activity)).toBe(dataset.events.length);
      expect(activity.keyEvents).toHaveLength(5);
      expect(new Set(activity.keyEvents.map((event) => event.date.slice(0, 7))).size).toBe(5);
    },
    60_000,
  );
});
