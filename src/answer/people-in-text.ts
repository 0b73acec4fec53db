/**
 * The people a free-text question names: by full name, surname, title, initials ("RBG") or a close
 * misspelling of a word the texts never use. Ranking boosts and filters by them, so a word that is
 * only a common noun ("price", "president") must not be read as a person.
 */
import type { Person } from '../dataset/schema.js';
import { hasWords } from '../question/sanitize.js';
import type { PersonMatch } from '../search/people.js';
import { isStopword, words } from '../search/text.js';
import { at, type AnswerContext } from './context.js';
import { roleStems } from './roles.js';

/** Words that ask what someone did without saying what: "What did Trump do on …?" */
const DOING_WORDS = new Set(['do', 'did', 'does', 'doing', 'done', 'happen', 'happened', 'up']);

/**
 * What a text calls a person by name: the name and one-word aliases ("Maduro"), not titled ones
 * ("Venezuelan President Nicolás Maduro"), which describe them rather than name them.
 */
export function plainNamesOf(person: Person): string[] {
  return [person.name, ...person.aliases.filter((alias) => !alias.includes(' '))];
}

/** The people a free-text question names: exact names and titles, or close misspellings of rare words. */
export function mentionedPeople(ctx: AnswerContext, text: string): number[] {
  const all = words(text).filter((word) => word.length > 0);
  const found: number[] = [];
  const used = new Set<number>();
  const longest = ctx.index.people.longestName;
  for (let size = Math.min(longest, all.length); size >= 1; size--) {
    for (let start = 0; start + size <= all.length; start++) {
      let overlaps = false;
      for (let k = 0; k < size && !overlaps; k++) overlaps = used.has(start + k);
      if (overlaps) continue;
      const phrase = all.slice(start, start + size);
      if (isStopword(phrase[0] ?? '') || isStopword(phrase[size - 1] ?? '')) continue;
      const match = personForWords(ctx, phrase);
      if (match === null) continue;
      if (!found.includes(match.index)) found.push(match.index);
      for (let k = 0; k < size; k++) used.add(start + k);
    }
  }
  return found;
}

function personForWords(ctx: AnswerContext, phrase: string[]): PersonMatch | null {
  const key = phrase.join(' ');
  const vocabulary = ctx.index.text.vocabulary;
  const exact = ctx.index.people.exactMatches(key);
  // A single common word ("price", "president") names someone only if usually written as a name.
  const single = phrase.length === 1;
  if (exact.length > 0) {
    const first = exact[0];
    if (first === undefined) return null;
    // A bare title ("president", "national security adviser") is shared by many people over
    // time: it names nobody in particular.
    const holders = new Set(exact.filter((m) => m.kind === 'role').map((m) => m.index));
    if (first.kind === 'role' && (single || holders.size > 1)) return null;
    // The last word of a body's or a described speaker's name is its head noun, no surname:
    // "team" names no "President Trump's legal team" in "Which NBA team …".
    if (
      single &&
      first.kind === 'surname' &&
      first.person.kind !== 'person' &&
      !vocabulary.isMostlyCapitalised(key)
    ) {
      return null;
    }
    if (
      !single ||
      first.kind === 'surname' ||
      vocabulary.isMostlyCapitalised(key) ||
      !vocabulary.has(key)
    )
      return first;
    return null;
  }
  if (single && key.length <= 4) return personByInitials(ctx, key);
  // Only unknown words may be misspelled names: a word the texts use is what it says.
  if (!single || vocabulary.has(key)) return null;
  const fuzzy = ctx.index.people.fuzzy(key, 1)[0];
  return fuzzy !== undefined && fuzzy.kind !== 'role' ? fuzzy : null;
}

/** The one person a phrase that should name someone ("sesions", "the attorney general") names. */
export function resolvePerson(ctx: AnswerContext, phrase: string): PersonMatch | null {
  if (!hasWords(phrase)) return null;
  return (
    ctx.index.people.resolve(phrase, 1)[0] ??
    personByInitials(ctx, phrase.trim()) ??
    personKnownBySurname(ctx, phrase) ??
    personAfterTitle(ctx, phrase)
  );
}

/** At most this many words of a title before a name: "Secret Service chief". */
const MAX_TITLE_WORDS = 4;
/** The capitalised words a phrase ends with: "Randolph Alles" in "Secret Service chief Randolph Alles". */
const TRAILING_NAME = /(?:\p{Lu}[\p{L}'’.-]*\s+){1,2}\p{Lu}[\p{L}'’.-]*$/u;

/**
 * "Secret Service chief Randolph Alles" when the dataset knows "Randolph Alles" under another
 * title: the full name after a title the data never wrote is the person's.
 */
function personAfterTitle(ctx: AnswerContext, phrase: string): PersonMatch | null {
  const match = TRAILING_NAME.exec(phrase.trim());
  const name = match?.[0];
  if (match === null || name === undefined) return null;
  // A title is a few words without small ones: not "Trump and Angela Merkel", nor "the
  // president Trump admitted he had pressured to investigate Hunter Biden".
  const title = words(
    phrase
      .trim()
      .slice(0, match.index)
      .replace(/^the\s+/i, ''),
  );
  if (title.length === 0 || title.length > MAX_TITLE_WORDS || title.some(isStopword)) return null;
  const surname = words(name).at(-1) ?? '';
  const person = ctx.index.people.resolve(name, 1)[0];
  return person !== undefined &&
    person.kind !== 'role' &&
    person.person.kind === 'person' &&
    [person.person.name, ...person.person.aliases].some((known) => words(known).includes(surname))
    ? person
    : null;
}

/**
 * "Al Franken" when the dataset knows only "Senator Franken": the full name's surname names a
 * person whose given name the data never wrote. Not "Hunter Biden" for Joe Biden: a person
 * known by a full name is not reached through their surname alone.
 */
function personKnownBySurname(ctx: AnswerContext, phrase: string): PersonMatch | null {
  const parts = phrase.trim().split(/\s+/);
  if (parts.length < 2 || parts.length > 3) return null;
  const match = ctx.index.people.resolve(parts.at(-1) ?? '', 1)[0];
  return match !== undefined &&
    match.kind !== 'role' &&
    match.person.kind === 'person' &&
    !match.person.name.includes(' ')
    ? match
    : null;
}

/** "RBG", "AOC": a person the dataset names in full whose initials these are. */
function personByInitials(ctx: AnswerContext, word: string): PersonMatch | null {
  if (!/^\p{L}{2,4}$/u.test(word)) return null;
  const spelt = ctx.index.text.acronyms.expand(word);
  if (spelt.length < 2) return null;
  const match = ctx.index.people.resolve(spelt.join(' '), 1)[0];
  // The spelt-out name must be the person's own, not a title or an organisation's name.
  return match !== undefined && match.kind !== 'role' && match.person.kind === 'person'
    ? match
    : null;
}

/**
 * The ids of the people a topic names when it names nothing else ("Trump do", "the Obamas"):
 * null when it has other content words or names nobody.
 */
export function peopleOnly(ctx: AnswerContext, topic: string): string[] | null {
  const people = mentionedPeople(ctx, topic);
  if (people.length === 0) return null;
  const nameWords = new Set(
    people.flatMap((index) => {
      const person = at(ctx.dataset.people, index);
      return [person.name, ...person.aliases].flatMap((name) => words(name));
    }),
  );
  const rest = words(topic).filter(
    (word) => !isStopword(word) && !DOING_WORDS.has(word) && !nameWords.has(word),
  );
  return rest.length > 0 ? null : people.map((index) => at(ctx.dataset.people, index).id);
}

/** The positions in the people list of the people with these ids (as `peopleOnly` gives them). */
export function peopleWithIds(ctx: AnswerContext, ids: readonly string[]): number[] {
  return ids.flatMap((id) => {
    const index = ctx.personById.get(id);
    return index === undefined ? [] : [index];
  });
}

/** "Trump's personal lawyer", "Obama's chief of staff": a role someone holds for someone. */
const OWNED_ROLE = /^(?:the\s+)?(.{2,60}?)['’]s?\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)$/u;
/** Role words that name the same role: a personal lawyer is a personal attorney. */
const SAME_ROLE: Record<string, string> = { lawyer: 'attorney', lawyers: 'attorneys' };

/**
 * The people who hold the role a phrase gives someone ("Trump's personal lawyer"): people with
 * that role in the data who appear in the owner's events, most shared events first. A role is
 * held for one person at a time but by several over the years (Trump had more than one
 * personal lawyer), so all of them are returned; empty when the phrase is no owned role.
 */
export function ownedRoleHolders(ctx: AnswerContext, phrase: string): number[] {
  const match = OWNED_ROLE.exec(phrase.trim());
  if (match === null) return [];
  const owner = resolvePerson(ctx, match[1] ?? '');
  const asked = roleStems(sameRoleWords(match[2] ?? ''));
  if (owner === null || owner.kind === 'role' || asked.length === 0) return [];
  const ownerEvents = new Set(owner.person.eventIds);
  const holders: { index: number; shared: number }[] = [];
  ctx.dataset.people.forEach((person, index) => {
    if (index === owner.index || person.kind !== 'person') return;
    const holds = person.roles.some((role) => {
      const stems = roleStems(sameRoleWords(role.title));
      // The same head noun ("Trump's lawyer" is no attorney general), and the asked modifiers
      // when the role has some ("chief lawyer" is a lawyer; a personal lawyer is no chief one).
      return (
        stems.at(-1) === asked.at(-1) &&
        (stems.length === 1 || asked.every((part) => stems.includes(part)))
      );
    });
    if (!holds) return;
    const shared = person.eventIds.filter((id) => ownerEvents.has(id)).length;
    if (shared > 0) holders.push({ index, shared });
  });
  return holders.sort((a, b) => b.shared - a.shared).map((holder) => holder.index);
}

function sameRoleWords(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => SAME_ROLE[word.toLowerCase()] ?? word);
}
