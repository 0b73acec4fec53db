/**
 * How much an event matters in a day's list ("What happened on June 6?"): an event that more
 * sources report, that names people who matter in the dataset, and that the report says more
 * about. A person counts by the log of how many events name them, so a meeting of two heads of
 * government outranks a ceremony for one guest; only the few most prominent count, since a list of
 * six ambassadors is not six times as important as a summit of two. The report's length counts by
 * its log: an impeachment vote gets a paragraph, a rally one line. Events that name nobody ("The
 * Capitol is evacuated") still rank low. Tried and dropped: how many events in the weeks around
 * use an event's rare words, which ranked the development questions' answers lower.
 */

/** How much the length of an event's report adds to its weight in a day's list. */
export const LENGTH_WEIGHT = 2;
/** How many of an event's most prominent people count toward its weight in a day's list. */
export const PROMINENT_PEOPLE = 3;
/** How much each person's prominence adds to an event's weight in a day's list. */
export const PERSON_WEIGHT = 0.25;

export interface DayEvent {
  /** How many sources report the event. */
  sources: number;
  /** For each person the event names, how many events in the dataset name them. */
  peopleEvents: readonly number[];
  /** The length of what the event reports, in characters (see reportedText). */
  reportLength: number;
}

export function dayWeight(event: DayEvent): number {
  return (
    event.sources +
    PERSON_WEIGHT * topProminence(event.peopleEvents) +
    LENGTH_WEIGHT * Math.log1p(event.reportLength / 100)
  );
}

/** The summed prominence of the few most prominent people an event names. */
function topProminence(peopleEvents: readonly number[]): number {
  const values = peopleEvents.map((count) => Math.log1p(count)).sort((a, b) => b - a);
  let sum = 0;
  for (const value of values.slice(0, PROMINENT_PEOPLE)) sum += value;
  return sum;
}
