import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.js';
import { datedEventsDataset } from '../commands/dated-events.js';
import { loadSeed, REFERENCE } from './datasets.js';

const MARCH_2 = { month: 3, day: 2 };

const answerer = createAnswerer(
  datedEventsDataset([
    { date: '2015-03-02', summary: 'A small ceremony is held in the capital.' },
    { date: '2016-03-01', summary: 'The day before: not on 2 March.', sources: 9 },
    { date: '2017-03-02', summary: 'The attorney general recuses himself.', sources: 4 },
    { date: '2017-03-02', summary: 'A committee meets briefly.' },
    { date: '2019-03-02', summary: 'A summit of two leaders ends early.', sources: 2 },
    { date: '2020-02-29', summary: 'A leap day vote is held.' },
    { date: '2016-02-29', summary: 'Another leap day report.', sources: 3 },
  ]),
  { referenceDate: REFERENCE },
);

describe('onThisDay', () => {
  it('lists the day in every year, the most important first, never another day', () => {
    const result = answerer.onThisDay(MARCH_2);
    expect(result.answers.map((answer) => answer.date)).toEqual([
      '2017-03-02',
      '2019-03-02',
      expect.stringMatching(/-03-02$/) as string,
      expect.stringMatching(/-03-02$/) as string,
    ]);
    expect(result.answers[0]?.text).toContain('recuses himself');
    // Importance decides, not the year: the 2017 event with four sources leads.
    const scores = result.answers.map((answer) => answer.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('counts every event on the day and the years they fall in, with a limit on the list', () => {
    const result = answerer.onThisDay(MARCH_2, { limit: 2 });
    expect(result.answers).toHaveLength(2);
    expect(result.total).toBe(4);
    expect(result.years).toEqual([
      { year: 2015, events: 1 },
      { year: 2017, events: 2 },
      { year: 2019, events: 1 },
    ]);
  });

  it('finds 29 February in the leap years only', () => {
    const result = answerer.onThisDay({ month: 2, day: 29 });
    expect(result.answers.map((answer) => answer.date)).toEqual(['2016-02-29', '2020-02-29']);
    expect(result.years.map((entry) => entry.year)).toEqual([2016, 2020]);
  });

  it('answers a day with nothing on it with an empty list and what the dataset covers', () => {
    const result = answerer.onThisDay({ month: 7, day: 4 });
    expect(result).toMatchObject({ answers: [], total: 0, years: [] });
    expect(result.suggestions).toEqual([
      { kind: 'coverage', first: '2015-03-02', last: '2020-02-29' },
    ]);
  });

  it('lists the seed day with its dated reports after its event', async () => {
    const seed = createAnswerer(await loadSeed(), { referenceDate: REFERENCE });
    const result = seed.onThisDay(MARCH_2, { limit: 10 });
    expect(result.total).toBe(1);
    expect(result.answers[0]?.kind).toBe('event');
    expect(result.answers.slice(1).every((answer) => answer.kind === 'fact')).toBe(true);
  });
});
