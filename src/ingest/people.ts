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
 *   Trump or Donald Trump Jr., unless its document names exactly one of them in full ("Judge
 *   George B. Daniels … Daniels rules" is the judge, not Stormy Daniels);
 * - a lone first name links only when a single person has it ("Ivanka", "President Xi");
 * - a titled lone surname with no full name ("Senator Franken") is a person of its own.
 * Also:
 * - a multi-word name is a person when its first word is a known given name ("Peter Navarro",
 *   see language/given-names.ts) unless both its words are common words of the texts ("Fair
 *   Pay"), or when the sentence introduces it with a role word or speech verb
 *   (Mention.introduced); a lone surname counts as evidence only when the texts never write it in
 *   lower case ("Circuit" does not make "Ninth Circuit" a person);
 * - full names merge across nicknames ("Jim Mattis" and "James Mattis", names-nicknames.ts) and
 *   one-letter misspellings of a rare first name ("Volodymr Zelensky"), always with the same
 *   surname; different first names or initials stay different people ("H. R. McMaster" and
 *   "Henry McMaster");
 * - "Mrs."/"Ms."/"First Lady" with a lone surname goes to the woman of that surname, "Mr." to a
 *   man, when the given names tell;
 * - a lone word that is one person's first name and another's surname ("Hunter": Hunter Biden,
 *   Duncan Hunter) links only when its document names one of them in full, or names the
 *   first-name reading's family ("Joe Biden ... Hunter").
 */
import { osaDistance } from '../language/edit-distance.js';
import type { Person, Role } from '../dataset/schema.js';
import type { Mention } from './mentions.js';
import { genderOfGivenName, isGivenName, type Gender } from '../language/given-names.js';
import { formalNamesOf, sameGivenName } from './names-nicknames.js';
import { isPlaceName } from './names-places.js';
import { singularTitles } from './vocabulary.js';

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
  /** A sentence presents the name as a person's (role word, appositive, speech verb). */
  introduced: boolean;
}

/** Folded names repeat (every "Trump"), so folds are remembered, within a bound. */
const FOLDED = new Map<string, string>();

function fold(text: string): string {
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    folded = text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    if (FOLDED.size >= 100_000) FOLDED.clear();
    FOLDED.set(text, folded);
  }
  return folded;
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

/** Surnames this long or longer may be misspelt by one letter and still be recognised. */
const MIN_MISSPELT_SURNAME = 5;

/**
 * A lone word that is one letter off the surname of exactly one person this document names by
 * full name: the writer's other spelling of it ("Saree said" after "Yahya Sarea").
 */
function misspeltSurname(lone: string, named: ReadonlySet<Candidate>): Candidate | undefined {
  if (lone.length < MIN_MISSPELT_SURNAME || lone.includes(' ')) return undefined;
  const near = [...named].filter((candidate) => {
    const surname = surnameOf(candidate.key);
    return (
      surname.length >= MIN_MISSPELT_SURNAME &&
      lone.startsWith(surname.charAt(0)) &&
      osaDistance(surname, lone, 1) === 1
    );
  });
  return near.length === 1 ? near[0] : undefined;
}

/** Particles that open a surname: "de Blasio", "van der Bellen". */
const SURNAME_PARTICLE = /^(?:de|da|di|du|del|della|van|von|der|den|le|la)$/i;

/** The surname, with the particles before it: "bill de blasio" → "de blasio". */
function surnameOf(key: string): string {
  const words = key.split(' ').filter((word) => !/^(jr\.|sr\.|ii|iii|iv)$/.test(word));
  let start = words.length - 1;
  while (start > 1 && SURNAME_PARTICLE.test(words[start - 1] ?? '')) start -= 1;
  return start < 0 ? key : words.slice(start).join(' ');
}

/**
 * Two words or more besides a suffix, the last not an initial, the first not a surname's
 * particle: "Jeff Sessions", "H. R. McMaster", but not "de Blasio".
 */
function isFullName(name: string): boolean {
  const words = name.split(' ').filter((word) => !SUFFIX.test(word));
  if (SURNAME_PARTICLE.test(words[0] ?? '') && words[0] === words[0]?.toLowerCase()) return false;
  return words.length >= 2 && !INITIAL.test(words.at(-1) ?? '');
}

function headOf(title: string): string {
  return fold(title.split(' ').at(-1) ?? title);
}

export function resolvePeople(
  mentions: readonly MentionInEvent[],
  options: PeopleOptions = {},
): PeopleIndex {
  const lowercaseWords = options.lowercaseWords ?? new Set<string>();
  const isCommonWord = (word: string): boolean => lowercaseWords.has(word.toLowerCase());
  const { nameOf, glued } = effectiveNames(mentions, lowercaseWords);
  /** A glued mention ("President Trump Keith Schiller" read as Keith Schiller) keeps no title. */
  const plain = (mention: Mention): Mention =>
    glued.has(mention) ? { ...mention, titled: false, roles: [] } : mention;
  const exactNames = new Set<string>();
  for (const { mention } of mentions) exactNames.add(exactKey(nameOf(mention)));
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let key = keys.get(name);
    if (key === undefined) {
      const short = shortKey(name);
      key = exactNames.has(short) ? short : exactKey(name);
      keys.set(name, key);
    }
    return key;
  };

  const fullNames = new Map<string, Candidate>();
  const loneTitled = new Map<string, Candidate>();
  /** Lone words used as names, not just capitalised by their place in the sentence. */
  const loneWords = new Set<string>();
  for (const { mention } of mentions) {
    const name = nameOf(mention);
    if (isFullName(name)) {
      const candidate = candidateIn(fullNames, keyOf(name));
      count(candidate, name, plain(mention));
    } else {
      const lone = exactKey(name);
      if (!(mention.sentenceInitial && lowercaseWords.has(lone))) loneWords.add(lone);
      // "Secretary of the Interior" leaves "Interior": a word the texts also write in lower case
      // is not a name on the strength of a title alone.
      if (mention.titled && !lowercaseWords.has(lone)) {
        count(candidateIn(loneTitled, lone), name, mention);
      }
    }
  }
  mergeVariants(fullNames);

  const isPerson = (candidate: Candidate): boolean => {
    const first = candidate.key.split(' ')[0] ?? '';
    const surname = surnameOf(candidate.key);
    if (candidate.titled) return true;
    // A speech verb or role word makes a person of a name, not of "Government Reform".
    if (candidate.introduced && (!isCommonWord(first) || isGivenName(first))) return true;
    if (isGivenName(first) && !(isCommonWord(first) && isCommonWord(surname))) return true;
    return (
      loneWords.has(surname) &&
      !isCommonWord(surname) &&
      (!isCommonWord(first) || isGivenName(first))
    );
  };

  const bySurname = new Map<string, Candidate[]>();
  const byFirstName = new Map<string, Candidate[]>();
  const accepted = new Set<Candidate>();
  for (const candidate of new Set(fullNames.values())) {
    if (!isPerson(candidate)) continue;
    accepted.add(candidate);
    const surname = surnameOf(candidate.key);
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), candidate]);
    for (const firstName of firstNamesOf(candidate)) {
      byFirstName.set(firstName, [...(byFirstName.get(firstName) ?? []), candidate]);
    }
  }
  /** The people each event names in full, for lone words that need their document. */
  const namedInEvent = new Map<string, Set<Candidate>>();
  for (const { mention, eventId } of mentions) {
    const name = nameOf(mention);
    // A titled name without a surname ("King Abdullah II") is named in its event too.
    const titledLone = mention.titled ? loneTitled.get(exactKey(name)) : undefined;
    if (titledLone !== undefined) {
      namedInEvent.set(eventId, (namedInEvent.get(eventId) ?? new Set()).add(titledLone));
    }
    if (!isFullName(name)) continue;
    const candidate = fullNames.get(keyOf(name));
    if (candidate === undefined || !accepted.has(candidate)) continue;
    namedInEvent.set(eventId, (namedInEvent.get(eventId) ?? new Set()).add(candidate));
  }

  const byTitle = (lone: string, mention: Mention): Candidate | undefined => {
    const candidates = ofGender(bySurname.get(lone) ?? [], genderOfTitle(mention));
    if (candidates.length === 0) return undefined;
    const heads = new Set(mention.roles.map((role) => headOf(role.title)));
    const titledMatches = candidates.filter((candidate) =>
      [...candidate.titleHeads].some((head) => heads.has(head)),
    );
    // A title that fits no full name ("Mr. Trump") says nothing: resolve as if untitled.
    return mostFrequent(titledMatches, false) ?? mostFrequent(candidates, true);
  };
  // Titled lone surnames vote for the full name they resolve to, before untitled ones resolve.
  for (const { mention } of mentions) {
    const name = nameOf(mention);
    if (!mention.titled || isFullName(name)) continue;
    const lone = exactKey(name);
    const candidates = bySurname.get(lone) ?? [];
    const heads = new Set(mention.roles.map((role) => headOf(role.title)));
    const chosen = mostFrequent(
      candidates.filter((candidate) => [...candidate.titleHeads].some((head) => heads.has(head))),
      false,
    );
    if (chosen !== undefined) chosen.votes += 1;
  }

  const candidateOf = (mention: Mention, eventId: string): Candidate | undefined => {
    const name = nameOf(mention);
    if (isFullName(name)) {
      const candidate = fullNames.get(keyOf(name));
      return candidate !== undefined && accepted.has(candidate) ? candidate : undefined;
    }
    const lone = exactKey(name);
    const named = namedInEvent.get(eventId) ?? new Set<Candidate>();
    // "Don Jr.": a first name with a suffix is the full name with that first name and suffix.
    const suffixed = /^(\S+) (jr\.|sr\.|ii|iii|iv)$/.exec(lone);
    if (suffixed !== null && !mention.titled) {
      const [, first = '', suffix = ''] = suffixed;
      const matches = [...accepted].filter(
        (candidate) =>
          candidate.key.endsWith(` ${suffix}`) &&
          [...firstNamesOf(candidate)].some((other) => sameGivenName(other, first)),
      );
      if (matches.length === 1) return matches[0];
    }
    // "Ricardo Rosselló Nevares … Rosselló said": a Spanish name's first surname alone, when the
    // document names no one else in full with it as surname.
    const firstSurname = [...named].filter((candidate) => {
      const parts = candidate.key.split(' ');
      return parts.length >= 3 && parts.at(-2) === lone;
    });
    const surnameInDocument = [...named].some(
      (candidate) => candidate.key.includes(' ') && surnameOf(candidate.key) === lone,
    );
    if (firstSurname.length === 1 && !surnameInDocument) return firstSurname[0];
    const surnameMatches = bySurname.get(lone) ?? [];
    const firstNameMatches = (byFirstName.get(lone) ?? []).filter(
      (candidate) => !surnameMatches.includes(candidate),
    );
    if (mention.titled) {
      const titled = byTitle(lone, mention);
      if (titled !== undefined) return titled;
      // "First Lady Melania": a first name under a title its full name has is that person.
      const heads = new Set(mention.roles.map((role) => headOf(role.title)));
      const sameTitle = firstNameMatches.filter((candidate) =>
        [...candidate.titleHeads].some((head) => heads.has(head)),
      );
      if (sameTitle.length === 1) return sameTitle[0];
    } else if (surnameMatches.length > 0 && firstNameMatches.length > 0) {
      // One person's first name and another's surname: only the document can tell.
      const inDocument = [...surnameMatches, ...firstNameMatches].filter((c) => named.has(c));
      if (inDocument.length > 0) return mostFrequent(inDocument, true);
      const namedSurnames = new Set([...named].map((candidate) => surnameOf(candidate.key)));
      const family = firstNameMatches.filter((c) => namedSurnames.has(surnameOf(c.key)));
      return family.length === 1 ? family[0] : undefined;
    } else if (isPlaceName(lone) && ![...surnameMatches].some((c) => named.has(c))) {
      // "Jordan" is the country unless the document names Jim Jordan.
      return undefined;
    } else {
      // "President Jane Roe meets Kim. Roe calls him …": of several people with the surname, the
      // one this document names in full, when it names only one of them.
      const inDocument = surnameMatches.filter((candidate) => named.has(candidate));
      if (inDocument.length === 1 && surnameMatches.length > 1) return inDocument[0];
      const surnameMatch = mostFrequent(surnameMatches, true);
      if (surnameMatch !== undefined) return surnameMatch;
    }
    // Whom this document names comes first: "King Abdullah II … Abdullah criticizes" is the
    // king, though the data knows another Abdullah by his full name.
    const namedFirst = [...named].filter((candidate) => candidate.key.split(' ')[0] === lone);
    if (namedFirst.length === 1) return namedFirst[0];
    if (firstNameMatches.length === 1) return firstNameMatches[0];
    const inDocument = firstNameMatches.filter((candidate) => named.has(candidate));
    if (inDocument.length === 1) return inDocument[0];
    return (
      loneTitled.get(lone) ??
      loneTitled.get(regnalKey(lone, loneTitled)) ??
      misspeltSurname(lone, named)
    );
  };

  const records = new Map<Candidate, PersonRecord>();
  const personByMention = new Map<Mention, Candidate>();
  for (const { mention, eventId } of mentions) {
    const candidate = candidateOf(mention, eventId);
    if (candidate === undefined) continue;
    personByMention.set(mention, candidate);
    let record = records.get(candidate);
    if (record === undefined) {
      record = { aliases: new Set(), roles: new Map(), eventIds: new Set() };
      records.set(candidate, record);
    }
    const name = nameOf(mention);
    record.aliases.add(name === mention.name ? singularTitles(mention.surface) : name);
    // A bare surname is an alias only when it would mean this person bare: "First Lady Trump"
    // does not make "Trump" an alias of Melania Trump, "Ambassador Haley" makes "Haley" one of
    // Nikki Haley's.
    if (!mention.titled || isFullName(name)) record.aliases.add(name);
    else if (mostFrequent(bySurname.get(exactKey(name)) ?? [], true) === candidate) {
      record.aliases.add(name);
    }
    record.eventIds.add(eventId);
    for (const role of plain(mention).roles) {
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
      kind: 'person',
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
): { nameOf: (mention: Mention) => string; glued: ReadonlySet<Mention> } {
  const names = new Map<Mention, string>();
  const glued = new Set<Mention>();
  const loneNames = new Set<string>();
  for (const { mention } of mentions) {
    if (!mention.name.includes(' ')) loneNames.add(fold(mention.name));
  }
  for (const { mention } of mentions) {
    const words = mention.name.split(' ');
    // "President Trump Keith Schiller": a surname used alone elsewhere, run into a full name.
    const [first = '', second = ''] = words;
    if (
      words.length === 3 &&
      loneNames.has(fold(first)) &&
      !isGivenName(first) &&
      isGivenName(second)
    ) {
      names.set(mention, words.slice(1).join(' '));
      glued.add(mention);
    }
  }
  for (const { mention } of mentions) {
    if (names.has(mention)) continue;
    const words = mention.name.split(' ');
    const firstWord = words[0] ?? '';
    if (mention.titled || !lowercaseWords.has(firstWord.toLowerCase())) continue;
    if (mention.sentenceInitial && words.length >= 2) {
      names.set(mention, words.slice(1).join(' '));
      continue;
    }
    // Anywhere else common words open a name only when they are given names ("Will Hurd"), and
    // are dropped only when a full name is left ("Why Is Donald Trump…").
    const common = (word: string): boolean => lowercaseWords.has(word.toLowerCase());
    let start = 0;
    while (
      words.length - start >= 3 &&
      common(words[start] ?? '') &&
      (!isGivenName(words[start] ?? '') ||
        (common(words[start + 1] ?? '') && !isGivenName(words[start + 1] ?? '')))
    ) {
      start += 1;
    }
    if (start > 0) names.set(mention, words.slice(start).join(' '));
  }
  return { nameOf: (mention) => names.get(mention) ?? mention.name, glued };
}

function candidateIn(map: Map<string, Candidate>, key: string): Candidate {
  let candidate = map.get(key);
  if (candidate === undefined) {
    candidate = {
      key,
      names: new Map(),
      count: 0,
      titled: false,
      titleHeads: new Set(),
      votes: 0,
      introduced: false,
    };
    map.set(key, candidate);
  }
  return candidate;
}

function count(candidate: Candidate, name: string, mention: Mention): void {
  candidate.names.set(name, (candidate.names.get(name) ?? 0) + 1);
  candidate.count += 1;
  candidate.titled ||= mention.titled;
  candidate.introduced ||= mention.introduced === true;
  for (const role of mention.roles) candidate.titleHeads.add(headOf(role.title));
}

/**
 * Merges full names that are one person's: the same surname (and suffix) with first names that
 * are nickname forms of one another ("Jim"/"James", "Mike"/"Michael"), or rare first names one
 * letter apart ("Volodymr"/"Volodymyr"). Candidates meet through keys (surname and formal first
 * name; surname and first name less one letter), so the work grows with the number of names.
 */
function mergeVariants(fullNames: Map<string, Candidate>): void {
  const parent = new Map<Candidate, Candidate>();
  const find = (candidate: Candidate): Candidate => {
    let root = candidate;
    while (parent.get(root) !== undefined && parent.get(root) !== root) {
      root = parent.get(root) ?? root;
    }
    parent.set(candidate, root);
    return root;
  };
  const union = (a: Candidate, b: Candidate): void => {
    const [rootA, rootB] = [find(a), find(b)];
    if (rootA === rootB) return;
    const [keep, drop] = compare(rootA.key, rootB.key) <= 0 ? [rootA, rootB] : [rootB, rootA];
    parent.set(drop, keep);
  };
  const candidates = [...new Set(fullNames.values())];
  const parts = (candidate: Candidate): { first: string; family: string } | null => {
    const words = candidate.key.split(' ');
    const first = words[0] ?? '';
    if (words.length < 2 || /^\p{L}\.$/u.test(first)) return null;
    const suffix = words.filter((word) => /^(jr\.|sr\.|ii|iii|iv)$/.test(word));
    return { first, family: [surnameOf(candidate.key), ...suffix].join(' ') };
  };

  // Nicknames: a first name with several formal forms ("chris") joins only when one of them is
  // present with that surname.
  const byForm = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const found = parts(candidate);
    if (found === null) continue;
    for (const form of formalNamesOf(found.first)) {
      const key = `${found.family}|${form}`;
      byForm.set(key, [...(byForm.get(key) ?? []), candidate]);
    }
  }
  for (const candidate of candidates) {
    const found = parts(candidate);
    if (found === null) continue;
    const groups = [...formalNamesOf(found.first)]
      .map((form) => byForm.get(`${found.family}|${form}`) ?? [])
      .filter((group) => group.some((other) => parts(other)?.first !== found.first));
    if (groups.length !== 1) continue;
    for (const other of groups[0] ?? []) union(candidate, other);
  }

  // Misspellings: rare first names (neither a known given name) one edit apart.
  const byVariant = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const found = parts(candidate);
    if (found === null || found.first.length < 5 || isGivenName(found.first)) continue;
    const variants = new Set([found.first]);
    for (let index = 0; index < found.first.length; index += 1) {
      variants.add(found.first.slice(0, index) + found.first.slice(index + 1));
    }
    for (const variant of variants) {
      const key = `${found.family}|${variant}`;
      const other = byVariant.get(key);
      if (other === undefined) byVariant.set(key, candidate);
      else if (oneEditApart(parts(other)?.first ?? '', found.first)) union(candidate, other);
    }
  }

  for (const [key, candidate] of fullNames) {
    const root = find(candidate);
    if (root === candidate) continue;
    fullNames.set(key, root);
  }
  for (const candidate of candidates) {
    const root = find(candidate);
    if (root === candidate) continue;
    for (const [name, times] of candidate.names)
      root.names.set(name, (root.names.get(name) ?? 0) + times);
    root.count += candidate.count;
    root.titled ||= candidate.titled;
    root.introduced ||= candidate.introduced;
    for (const head of candidate.titleHeads) root.titleHeads.add(head);
  }
}

/** True when one insertion, deletion or substitution turns a into b. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  return endA - start <= 1 && endB - start <= 1;
}

/** The first names a full name answers to: "Jim Mattis" and "James Mattis" give jim and james. */
function firstNamesOf(candidate: Candidate): Set<string> {
  const firstNames = new Set<string>();
  for (const name of candidate.names.keys()) {
    const first = fold(name.split(' ')[0] ?? '');
    if (!/^\p{L}\.$/u.test(first)) firstNames.add(first);
  }
  return firstNames;
}

const FEMALE_HONORIFIC = /^(?:Mrs\.|Ms\.|Miss|Madam|Madame)\s/;
const MALE_HONORIFIC = /^Mr\.\s/;
const FEMALE_HEADS = new Set(['lady', 'queen', 'princess', 'duchess', 'wife', 'widow']);

/** The gender a title gives a lone surname: "Mrs. Obama", "First Lady Trump", "Mr. Trump". */
function genderOfTitle(mention: Mention): Gender | undefined {
  if (FEMALE_HONORIFIC.test(mention.surface)) return 'female';
  if (mention.roles.some((role) => FEMALE_HEADS.has(headOf(role.title)))) return 'female';
  if (MALE_HONORIFIC.test(mention.surface)) return 'male';
  return undefined;
}

function genderOfCandidate(candidate: Candidate): Gender | undefined {
  if ([...candidate.titleHeads].some((head) => FEMALE_HEADS.has(head))) return 'female';
  return genderOfGivenName(candidate.key.split(' ')[0] ?? '');
}

/**
 * Candidates that may have the gender a title gives; all of them when it gives none. "Mrs." and
 * "First Lady" prefer a woman known as one ("Mrs. Obama" is Michelle Obama). "Mr." only rules out
 * known women: the given-name list misses many men's names (it has no "Donald"), so preferring a
 * known man would send "Mr. Trump" to Eric Trump.
 */
function ofGender(candidates: readonly Candidate[], gender: Gender | undefined): Candidate[] {
  if (gender === undefined) return [...candidates];
  if (gender === 'male') {
    return candidates.filter((candidate) => genderOfCandidate(candidate) !== 'female');
  }
  const known = candidates.filter((candidate) => genderOfCandidate(candidate) === gender);
  if (known.length > 0) return known;
  return candidates.filter((candidate) => genderOfCandidate(candidate) === undefined);
}

/** "abdullah" finds the titled "Abdullah II" when the regnal number is left out. */
function regnalKey(lone: string, loneTitled: ReadonlyMap<string, Candidate>): string {
  for (const suffix of ['ii', 'iii', 'iv']) {
    if (loneTitled.has(`${lone} ${suffix}`)) return `${lone} ${suffix}`;
  }
  return lone;
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

/** An id-safe form of a name: "Volodymyr Zelenskyy" → "volodymyr-zelenskyy". */
export function slug(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Locale-independent ordering, so output bytes never depend on the machine. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
