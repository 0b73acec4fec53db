/**
 * A person's events and quotes, latest first. A card or a person answer shows the latest few,
 * and at scale a person has tens of thousands: each list is sorted once, the first time it is
 * asked for, and kept while its key (the person, their list of quotes) lives. A dataset never
 * changes once loaded; a reloaded one has new keys.
 */

const sortedOnce = new WeakMap<object, readonly unknown[]>();

/**
 * The items `listed` gives, latest first; of equal dates, the one listed first comes first.
 * Dates are ISO strings ("2017-03-02", "2017-03", "2017"), which order as plain strings. Sorted
 * once per `key`: `listed` must give the same items each time for the same key.
 */
export function latestFirst<T>(
  key: object,
  listed: () => readonly T[],
  dateOf: (item: T) => string,
): readonly T[] {
  const cached = sortedOnce.get(key) as readonly T[] | undefined;
  if (cached !== undefined) return cached;
  const sorted = listed()
    .map((item) => ({ item, date: dateOf(item) }))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .map(({ item }) => item);
  sortedOnce.set(key, sorted);
  return sorted;
}
