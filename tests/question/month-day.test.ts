import { describe, expect, it } from 'vitest';
import {
  formatMonthDay,
  monthDayOption,
  parseMonthDay,
  yearHasDay,
} from '../../src/question/month-day.js';

const TODAY = '2026-03-01';

function read(text: string, today = TODAY) {
  const reading = parseMonthDay(text, today);
  if (!reading.ok) throw new Error(`expected "${text}" to be read: ${reading.message}`);
  return reading.monthDay;
}

function problem(text: string) {
  const reading = parseMonthDay(text, TODAY);
  if (reading.ok) throw new Error(`expected "${text}" to be refused`);
  return reading;
}

describe('parseMonthDay', () => {
  it.each([
    'March 2',
    'march 2nd',
    'Mar. 2',
    'march the 2nd',
    '2 March',
    '2nd of March',
    'the 2nd of march',
    'March 2, 2017',
    '2 March 2017',
    '03-02',
    '3-2',
    '--03-02',
    '2017-03-02',
    'marhc 2',
  ])('reads "%s" as 2 March', (text) => {
    expect(read(text)).toEqual({ month: 3, day: 2 });
  });

  it('reads today, yesterday and tomorrow from the day it is given, across a year end', () => {
    expect(read('today')).toEqual({ month: 3, day: 1 });
    expect(read('Yesterday')).toEqual({ month: 2, day: 28 });
    expect(read('tomorrow', '2025-12-31')).toEqual({ month: 1, day: 1 });
  });

  it('reads 29 February as a day of the year, but not as a date of a year without it', () => {
    expect(read('February 29')).toEqual({ month: 2, day: 29 });
    expect(read('2016-02-29')).toEqual({ month: 2, day: 29 });
    expect(problem('February 29, 2017')).toMatchObject({
      problem: 'impossible',
      message: expect.stringContaining('2017 was not a leap year') as string,
    });
  });

  it('refuses days the calendar does not have, saying what is wrong', () => {
    expect(problem('February 30')).toMatchObject({
      problem: 'impossible',
      message: '“February 30” is not a day of the year: February has 29 days at most.',
    });
    expect(problem('April 31').message).toContain('April has 30 days');
    expect(problem('13-01').message).toContain('there is no month 13');
    expect(problem('March 0').problem).toBe('impossible');
  });

  it('refuses a slashed day, which reads one way in the US and the other elsewhere', () => {
    expect(problem('3/2')).toMatchObject({ problem: 'ambiguous' });
    expect(problem('3/2').message).toContain('"03-02" (month-day)');
  });

  it('says how to write a day when it reads none', () => {
    for (const text of ['', 'soon', 'Mayor 3', '2017', 'March']) {
      expect(problem(text)).toMatchObject({
        problem: 'unreadable',
        message: expect.stringContaining('Write a day like "March 2"') as string,
      });
    }
  });

  it('writes a day the way the replies show it and the way it reads back', () => {
    const day = { month: 12, day: 25 };
    expect(formatMonthDay(day)).toBe('25 December');
    expect(monthDayOption(day)).toBe('December 25');
    expect(read(monthDayOption(day))).toEqual(day);
  });

  it('knows which years have 29 February', () => {
    expect(yearHasDay(2016, { month: 2, day: 29 })).toBe(true);
    expect(yearHasDay(1900, { month: 2, day: 29 })).toBe(false);
    expect(yearHasDay(2000, { month: 2, day: 29 })).toBe(true);
  });
});
