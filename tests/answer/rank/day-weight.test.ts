import { describe, expect, it } from 'vitest';
import {
  dayWeight,
  LENGTH_WEIGHT,
  PERSON_WEIGHT,
  PROMINENT_PEOPLE,
} from '../../../src/answer/rank/day-weight.js';

const plain = { sources: 1, peopleEvents: [], reportLength: 0 };

describe("dayWeight: how much an event matters in a day's list", () => {
  it('adds one for each source that reports the event', () => {
    expect(dayWeight({ ...plain, sources: 3 }) - dayWeight(plain)).toBe(2);
  });

  it('counts a person by the log of how many events name them', () => {
    expect(dayWeight({ ...plain, peopleEvents: [99] }) - dayWeight(plain)).toBeCloseTo(
      PERSON_WEIGHT * Math.log(100),
    );
  });

  it('counts only the most prominent people, however many the event names', () => {
    const heads = Array.from({ length: PROMINENT_PEOPLE }, () => 40);
    expect(dayWeight({ ...plain, peopleEvents: [...heads, 2, 2, 2, 2] })).toBe(
      dayWeight({ ...plain, peopleEvents: heads }),
    );
    expect(dayWeight({ ...plain, peopleEvents: [40, 40] })).toBeGreaterThan(
      dayWeight({ ...plain, peopleEvents: [3, 3, 3, 3, 3, 3] }),
    );
  });

  it('weighs a longer report more, by the log of its length', () => {
    const line = dayWeight({ ...plain, reportLength: 100 });
    const paragraph = dayWeight({ ...plain, reportLength: 1000 });
    expect(paragraph).toBeGreaterThan(line);
    expect(paragraph - line).toBeCloseTo(LENGTH_WEIGHT * (Math.log(11) - Math.log(2)));
  });
});
