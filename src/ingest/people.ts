/**
 * Turns name mentions from the whole dataset into people: one person per real person, with
 * every alias merged. Decisions are made across all documents at once, with maps only (no
 * comparison of every pair), so they scale with the number of mentions:
 * - a multi-word name ("Jeff Sessions") is a person when a title introduces it somewhere or when
 *   its surname also appears on its own ("Sessions");
 * - spellings merge when they differ only by accents or by middle names/initials that another
 *   mention leaves out ("Donald J. Trump" is "Donald Trump" once "Donald Trump" is seen);
 * - a lone surname with a title ("President Trump") links to the full name given that title,
 *   else to the most frequent full name with that surname; an untitled lone surname ("Trump") to
 *   the full name with the most mentions and titled votes, so it is Donald Trump, never Ivanka
 *   Trump or Donald Trump Jr.;
 * - a lone first name links only when a single person has it ("Ivanka", "President Xi");
 * - a titled lone surname with no full name ("Senator Franken") is a person of its own.
 */
import type { Person, Role } from '../dataset/schema.js';
import type { Mention } from './mentions.js';

export interface MentionInEvent {
  mention: Mention;
  eventId: string;
}

export interface PeopleIndex {
  people: Person[];
  /** The person a mention refers to, if any. */
  personOf: (mention: Mention) => Person | undefined;
}

export interface PeopleOptions {
  /**
   * Words the texts also use in lower case. A sentence-initial chunk's first word that is one of
   * them ("Only Georgia", "Later Jeff Sessions") is capitalised by position, not as a name.
   */
  lowercaseWords?: ReadonlySet<string>;
}

const SUFFIX = /^(Jr\.|Sr\.|II|III|IV)$/;
const INITIAL = /^\p{Lu}\.$/u;

interface Candidate {
  key: string;
  names: Map<string, number>;
  count: number;
  titled: boolean;
  /** Last words of the titles its full-name mentions carry: "president", "lady". */
  titleHeads: Set<string>;
  votes: number;
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function exactKey(name: string): string {
  return fold(name.replace(/\s+/g, ' '));
}

/** First and last name (and suffix): "Sarah Huckabee Sanders" → "sarah sanders". */
function shortKey(name: string): string {
  const words = name.split(' ');
  const suffix = words.filter((word) => SUFFIX.test(word));
  const core = words.filter((word) => !SUFFIX.test(word));
  return exactKey([core[0] ?? '', core.at(-1) ?? '', ...suffix].join(' '));
}

function surnameOf(key: string): string {
  const words = key.split(' ').filter((word) => !/^(jr\.|sr\.|ii|iii|iv)$/.test(word));
  return words.at(-1) ?? key;
}

function isFullName(name: string): boolean {
  return name.split(' ').filter((word) => !SUFFIX.test(word) && !INITIAL.test(word)).length >= 2;
}

function headOf(title: string): string {
  return fold(title.split(' ').at(-1) ?? title);
}

export function resolvePeople(
  mentions: readonly MentionInEvent[],
  options: PeopleOptions = {},
): PeopleIndex {
  const lowercaseWords = options.lowercaseWords ?? new Set<string>();
  const nameOf = effectiveNames(mentions, lowercaseWords);
  const exactNames = new Set<string>();
  for (const { mention } of mentions) exactNames.add(exactKey(nameOf(mention)));
  const keyOf = (name: string): string => {
    const short = shortKey(name);
    return exactNames.has(short) ? short : exactKey(name);
  };

  const fullNames = new Map<string, Candidate>();
  const loneTitled = new Map<string, Candidate>();
  const loneWords = new Set<string>();
  for (const { mention } of mentions) {
    const name = nameOf(mention);
    if (isFullName(name)) {
      const candidate = candidateIn(fullNames, keyOf(name));
      count(candidate, name, mention);
    } else {
      const lone = exactKey(name);
      loneWords.add(lone);
      // "Secretary of the Interior" leaves "Interior": a word the texts also write in lower case
      // is not a name on the strength of a title alone.
      if (mention.titled && !lowercaseWords.has(lone)) {
        count(candidateIn(loneTitled, lone), name, mention);
      }
    }
  }

  const bySurname = new Map<string, Candidate[]>();
  const byFirstName = new Map<string, Candidate[]>();
  const accepted = new Set<Candidate>();
  for (const candidate of fullNames.values()) {
    const surname = surnameOf(candidate.key);
    if (!candidate.titled && !loneWords.has(surname)) continue;
    accepted.add(candidate);
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), candidate]);
    const firstName = candidate.key.split(' ')[0] ?? '';
    byFirstName.set(firstName, [...(byFirstName.get(firstName) ?? []), candidate]);
  }

  const byTitle = (lone: string, mention: Mention): Candidate | undefined => {
    const candidates = bySurname.get(lone);
    if (candidates === undefined) return undefined;
    const heads = new Set(mention.roles.map((role) => headOf(role.title)));
    const titledMatches = candidates.filter((candidate) =>
      [...candidate.titleHeads].some((head) => heads.has(head)),
    );
    // A title that fits no full name ("Mr. Trump") says nothing: resolve as if untitled.
    return mostFrequent(titledMatches, false);
  };
  // Titled lone surnames vote for the full name they resolve to, before untitled ones resolve.
  for (const { mention } of mentions) {
    const name = nameOf(mention);
    if (!mention.titled || isFullName(name)) continue;
    const chosen = byTitle(exactKey(name), mention);
    if (chosen !== undefined) chosen.votes += 1;
  }

  const candidateOf = (mention: Mention): Candidate | undefined => {
    const name = nameOf(mention);
    if (isFullName(name)) {
      const candidate = fullNames.get(keyOf(name));
      return candidate !== undefined && accepted.has(candidate) ? candidate : undefined;
    }
    const lone = exactKey(name);
    const surnameMatch =
      (mention.titled ? byTitle(lone, mention) : undefined) ??
      mostFrequent(bySurname.get(lone) ?? [], true);
    if (surnameMatch !== undefined) return surnameMatch;
    const firstNameMatches = byFirstName.get(lone);
    if (firstNameMatches?.length === 1) return firstNameMatches[0];
    return loneTitled.get(lone);
  };

  const records = new Map<Candidate, PersonRecord>();
  const personByMention = new Map<Mention, Candidate>();
  for (const { mention, eventId } of mentions) {
    const candidate = candidateOf(mention);
    if (candidate === undefined) continue;
    personByMention.set(mention, candidate);
    let record = records.get(candidate);
    if (record === undefined) {
      record = { aliases: new Set(), roles: new Map(), eventIds: new Set() };
      records.set(candidate, record);
    }
    const name = nameOf(mention);
    record.aliases.add(name === mention.name ? mention.surface : name);
    // A bare surname is an alias only when the text uses it bare: "First Lady Trump" does not
    // make "Trump" an alias of Melania Trump.
    if (!mention.titled || isFullName(name)) record.aliases.add(name);
    record.eventIds.add(eventId);
    for (const role of mention.roles) {
      const key = fold(role.title);
      const known = record.roles.get(key);
      record.roles.set(key, {
        title: known?.title ?? role.title,
        former: (known?.former ?? true) && role.former,
        count: (known?.count ?? 0) + 1,
      });
    }
  }

  const people: Person[] = [];
  const personByCandidate = new Map<Candidate, Person>();
  const usedIds = new Set<string>();
  const ordered = [...records.entries()].sort(([a], [b]) => compare(a.key, b.key));
  for (const [candidate, record] of ordered) {
    const name = canonicalName(candidate);
    let id = `person-${slug(name)}`;
    for (let suffix = 2; usedIds.has(id); suffix += 1) id = `person-${slug(name)}-${suffix}`;
    usedIds.add(id);
    const roles: Role[] = [...record.roles.values()]
      .sort((a, b) => b.count - a.count || compare(a.title, b.title))
      .map(({ title, former }) => ({ title, former }));
    const person: Person = {
      id,
      name,
      aliases: [...record.aliases].sort(compare),
      roles,
      eventIds: [...record.eventIds],
    };
    people.push(person);
    personByCandidate.set(candidate, person);
  }
  people.sort((a, b) => compare(a.id, b.id));

  return {
    people,
    personOf: (mention) => {
      const candidate = personByMention.get(mention);
      return candidate === undefined ? undefined : personByCandidate.get(candidate);
    },
  };
}

interface PersonRecord {
  aliases: Set<string>;
  roles: Map<string, { title: string; former: boolean; count: number }>;
  eventIds: Set<string>;
}

function effectiveNames(
  mentions: readonly MentionInEvent[],
  lowercaseWords: ReadonlySet<string>,
): (mention: Mention) => string {
  const names = new Map<Mention, string>();
  for (const { mention } of mentions) {
    const words = mention.name.split(' ');
    const firstWord = words[0] ?? '';
    if (
      mention.sentenceInitial &&
      !mention.titled &&
      words.length >= 2 &&
      lowercaseWords.has(firstWord.toLowerCase())
    ) {
      names.set(mention, words.slice(1).join(' '));
    }
  }
  return (mention) => names.get(mention) ?? mention.name;
}

function candidateIn(map: Map<string, Candidate>, key: string): Candidate {
  let candidate = map.get(key);
  if (candidate === undefined) {
    candidate = { key, names: new Map(), count: 0, titled: false, titleHeads: new Set(), votes: 0 };
    map.set(key, candidate);
  }
  return candidate;
}

function count(candidate: Candidate, name: string, mention: Mention): void {
  candidate.names.set(name, (candidate.names.get(name) ?? 0) + 1);
  candidate.count += 1;
  candidate.titled ||= mention.titled;
  for (const role of mention.roles) candidate.titleHeads.add(headOf(role.title));
}

function mostFrequent(candidates: readonly Candidate[], withVotes: boolean): Candidate | undefined {
  let best: Candidate | undefined;
  const score = (candidate: Candidate): number =>
    candidate.count + (withVotes ? candidate.votes : 0);
  for (const candidate of candidates) {
    if (
      best === undefined ||
      score(candidate) > score(best) ||
      (score(candidate) === score(best) && compare(candidate.key, best.key) < 0)
    ) {
      best = candidate;
    }
  }
  return best;
}

/** The spelling used most often; ties go to the shorter, then the alphabetically first. */
function canonicalName(candidate: Candidate): string {
  const names = [...candidate.names.entries()].sort(
    ([a, countA], [b, countB]) => countB - countA || a.length - b.length || compare(a, b),
  );
  return names[0]?.[0] ?? candidate.key;
}

function slug(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Locale-independent ordering, so output bytes never depend on the machine. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
