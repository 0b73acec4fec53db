/**
 * Who an office names when the text gives no name: "The President signs …" is about the
 * president of the day, and "the attorney general said" is whoever held that office then.
 */
import type { Person } from '../dataset/schema.js';
import type { Mention } from './mentions.js';

/**
 * Offices that one person holds at a time, named without a name: "The President signs …", "the
 * first lady visits …" (not "the president of Mexico", "the President's lawyer" or "President
 * Macron").
 */
const OFFICE_IN_TEXT =
  /\b[Tt]he\s+((?:[Vv]ice\s+)?[Pp]resident|[Ff]irst\s+[Ll]ady)\b(?!['’]s|\s+(?:of\b|\p{Lu}))/gu;

/** The offices a text names without a name, as titles ("president", "first lady"). */
export function officesNamedIn(text: string): Set<string> {
  return new Set([...text.matchAll(OFFICE_IN_TEXT)].map((match) => (match[1] ?? '').toLowerCase()));
}

/** How near in time a person's other events must be to count for holding a role on a day. */
const ROLE_YEAR_MS = 365 * 86_400_000;

/** The time of a date's first day: "2017" is 1 January 2017, "2017-03" 1 March. */
function firstDayOf(date: string): number {
  const day = date.slice(0, 10);
  return Date.parse(`${day}${'-01-01'.slice(day.length - 4)}`);
}

/**
 * Who "the president" is: the person the same event names with that role, else the person
 * holding it whom the dataset names most within a year of the event (the attorney general of
 * 2019 is not the one of 2017), else the one it names most.
 */
export function roleHolder(
  title: string,
  date: string,
  eventMentions: readonly Mention[],
  people: { people: Person[]; personOf: (mention: Mention) => Person | undefined },
  dateOfEvent: ReadonlyMap<string, string>,
): Person | undefined {
  const wanted = title.toLowerCase();
  // "U.S. President" holds "the president"; a vice or deputy one, or a former one, does not.
  const holds = (person: Person): boolean =>
    person.roles.some((role) => {
      const held = role.title.toLowerCase();
      return (
        !role.former &&
        (held === wanted ||
          (held.endsWith(` ${wanted}`) &&
            !/\b(?:vice|deputy|assistant|associate|acting|former|under)\s*-?\s*$/.test(
              held.slice(0, -wanted.length),
            )))
      );
    });
  for (const mention of eventMentions) {
    const person = people.personOf(mention);
    if (person !== undefined && holds(person)) return person;
  }
  const day = firstDayOf(date);
  const near = (person: Person): number =>
    person.eventIds.filter(
      (eventId) => Math.abs(firstDayOf(dateOfEvent.get(eventId) ?? date) - day) <= ROLE_YEAR_MS,
    ).length;
  let best: { person: Person; near: number } | undefined;
  for (const person of people.people) {
    if (!holds(person)) continue;
    const candidate = { person, near: near(person) };
    if (
      best === undefined ||
      candidate.near > best.near ||
      (candidate.near === best.near && person.eventIds.length > best.person.eventIds.length)
    ) {
      best = candidate;
    }
  }
  return best?.person;
}
