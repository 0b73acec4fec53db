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

/** Who holds an office on a day, given the people an event names. */
export type RoleHolderOf = (
  title: string,
  date: string,
  eventMentions: readonly Mention[],
) => Person | undefined;

/**
 * Who "the president" is: the person the same event names with that role, else the person
 * holding it whom the dataset names most within a year of the event (the attorney general of
 * 2019 is not the one of 2017), else the one it names most. Built once per dataset: the holders
 * of each title, each person's days and each title's holder on a day are worked out once.
 */
export function roleHolders(
  people: { people: Person[]; personOf: (mention: Mention) => Person | undefined },
  dateOfEvent: ReadonlyMap<string, string>,
): RoleHolderOf {
  const holdersOfTitle = new Map<string, Person[]>();
  const daysOfPerson = new Map<Person, number[]>();
  const holderOnDay = new Map<string, Person | undefined>();
  const holdersOf = (wanted: string): Person[] => {
    let found = holdersOfTitle.get(wanted);
    if (found === undefined) {
      found = people.people.filter((person) => holds(person, wanted));
      holdersOfTitle.set(wanted, found);
    }
    return found;
  };
  const daysOf = (person: Person): number[] => {
    let days = daysOfPerson.get(person);
    if (days === undefined) {
      days = person.eventIds
        .flatMap((eventId) => {
          const date = dateOfEvent.get(eventId);
          return date === undefined ? [] : [firstDayOf(date)];
        })
        .sort((a, b) => a - b);
      daysOfPerson.set(person, days);
    }
    return days;
  };
  const byDay = (wanted: string, date: string): Person | undefined => {
    const day = firstDayOf(date);
    let best: { person: Person; near: number } | undefined;
    for (const person of holdersOf(wanted)) {
      const days = daysOf(person);
      const near = firstAfter(days, day + ROLE_YEAR_MS) - firstAfter(days, day - ROLE_YEAR_MS - 1);
      if (
        best === undefined ||
        near > best.near ||
        (near === best.near && person.eventIds.length > best.person.eventIds.length)
      ) {
        best = { person, near };
      }
    }
    return best?.person;
  };
  return (title, date, eventMentions) => {
    const wanted = title.toLowerCase();
    for (const mention of eventMentions) {
      const person = people.personOf(mention);
      if (person !== undefined && holds(person, wanted)) return person;
    }
    const key = `${wanted}|${date}`;
    if (!holderOnDay.has(key)) holderOnDay.set(key, byDay(wanted, date));
    return holderOnDay.get(key);
  };
}

/** "U.S. President" holds "the president"; a vice or deputy one, or a former one, does not. */
function holds(person: Person, wanted: string): boolean {
  return person.roles.some((role) => {
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
}

/** The index of the first of the sorted days after `day`. */
function firstAfter(days: readonly number[], day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] ?? 0) <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}
