import { describe, expect, it } from 'vitest';
import {
  duePost,
  instantOf,
  localDay,
  nextPost,
  normaliseTime,
  normaliseTimeZone,
  previousOccurrence,
  type DailySchedule,
  type DailyState,
} from '../../src/settings/schedule.js';

const at = (iso: string): Date => new Date(iso);
const NOTHING_YET: DailyState = { lastPostedDay: null, abandonedDay: null };

function schedule(overrides: Partial<DailySchedule> = {}): DailySchedule {
  return {
    channelId: '200000000000000001',
    time: '09:00',
    timeZone: 'UTC',
    since: at('2026-02-01T00:00:00Z'),
    ...overrides,
  };
}

describe('times and zones', () => {
  it('reads 24-hour times and refuses anything else', () => {
    expect(normaliseTime('9:05')).toBe('09:05');
    expect(normaliseTime(' 23:59 ')).toBe('23:59');
    for (const bad of ['24:00', '9', '09:60', '9am', '09:00:00', '']) {
      expect(normaliseTime(bad)).toBeNull();
    }
  });

  it('reads zone names in any case, and UTC by its other names', () => {
    expect(normaliseTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(normaliseTimeZone('UTC')).toBe('UTC');
    expect(normaliseTimeZone('Etc/UTC')).toBe('UTC');
    expect(normaliseTimeZone('Mars/Olympus')).toBeNull();
    expect(normaliseTimeZone('')).toBeNull();
  });

  it('finds the instant of a local time, summer and winter, and the local day of an instant', () => {
    expect(instantOf('2026-01-15', '09:00', 'Europe/Berlin')).toEqual(at('2026-01-15T08:00:00Z'));
    expect(instantOf('2026-07-15', '09:00', 'Europe/Berlin')).toEqual(at('2026-07-15T07:00:00Z'));
    expect(instantOf('2026-07-15', '20:30', 'America/New_York')).toEqual(
      at('2026-07-16T00:30:00Z'),
    );
    expect(localDay(at('2026-07-16T00:30:00Z'), 'America/New_York')).toBe('2026-07-15');
    expect(localDay(at('2026-07-16T00:30:00Z'), 'UTC')).toBe('2026-07-16');
  });

  it('puts a time the clocks skip an hour later, on the same day', () => {
    // Summer time starts in Berlin on 29 March 2026 at 02:00, straight to 03:00.
    expect(instantOf('2026-03-29', '02:30', 'Europe/Berlin')).toEqual(at('2026-03-29T01:30:00Z'));
  });
});

describe('when a daily post is owed', () => {
  it('is owed from its time on, for that day, and not before', () => {
    expect(duePost(schedule(), NOTHING_YET, at('2026-03-02T08:59:59Z'))).toMatchObject({
      day: '2026-03-01',
    });
    expect(duePost(schedule(), NOTHING_YET, at('2026-03-02T09:00:00Z'))).toEqual({
      day: '2026-03-02',
      at: at('2026-03-02T09:00:00Z'),
    });
  });

  it('is owed once: not again once that day is posted, until the next day’s time', () => {
    const posted: DailyState = { lastPostedDay: '2026-03-02', abandonedDay: null };
    expect(duePost(schedule(), posted, at('2026-03-02T23:00:00Z'))).toBeNull();
    expect(duePost(schedule(), posted, at('2026-03-03T08:59:00Z'))).toBeNull();
    expect(duePost(schedule(), posted, at('2026-03-03T09:00:00Z'))?.day).toBe('2026-03-03');
  });

  it('owes only the latest missed day after days down, not one per day', () => {
    const posted: DailyState = { lastPostedDay: '2026-02-20', abandonedDay: null };
    expect(duePost(schedule(), posted, at('2026-03-02T12:00:00Z'))?.day).toBe('2026-03-02');
  });

  it('owes nothing for a time that passed before the schedule was set or changed', () => {
    const setLate = schedule({ since: at('2026-03-02T10:00:00Z') });
    expect(duePost(setLate, NOTHING_YET, at('2026-03-02T12:00:00Z'))).toBeNull();
    expect(nextPost(setLate, NOTHING_YET, at('2026-03-02T12:00:00Z'))).toEqual({
      day: '2026-03-03',
      at: at('2026-03-03T09:00:00Z'),
    });
  });

  it('owes nothing for a day whose post failed for good', () => {
    const failed: DailyState = { lastPostedDay: null, abandonedDay: '2026-03-02' };
    expect(duePost(schedule(), failed, at('2026-03-02T12:00:00Z'))).toBeNull();
    expect(nextPost(schedule(), failed, at('2026-03-02T12:00:00Z')).day).toBe('2026-03-03');
  });

  it('counts days and times in the schedule’s zone', () => {
    const tokyo = schedule({ timeZone: 'Asia/Tokyo', time: '07:00' });
    // 22:00 UTC on 1 March is 07:00 on 2 March in Tokyo.
    expect(previousOccurrence(tokyo, at('2026-03-01T22:00:00Z'))).toEqual({
      day: '2026-03-02',
      at: at('2026-03-01T22:00:00Z'),
    });
  });

  it('after a zone change east, never posts a day already posted', () => {
    // Posted 2 March in UTC at 23:00; now the zone is Tokyo, where it is already 3 March.
    const posted: DailyState = { lastPostedDay: '2026-03-03', abandonedDay: null };
    const tokyo = schedule({ timeZone: 'Asia/Tokyo', time: '07:00' });
    const now = at('2026-03-02T23:30:00Z');
    expect(duePost(tokyo, posted, now)).toBeNull();
    expect(nextPost(tokyo, posted, now).day).toBe('2026-03-04');
  });
});
