/**
 * The people a free-text question names: by full name, surname, title, initials ("RBG") or a close
 * misspelling of a word the texts never use. Ranking boosts and filters by them, so a word that is
 * only a common noun ("price", "president") must not be read as a person.
 */
import { hasWords } from '../question/sanitize.js';
import type { PersonMatch } from '../search/people.js';
import { isStopword, words } from '../search/text.js';
import { at, type AnswerContext } from './context.js';

/** Words that ask what someone did without saying what: "What did Trump do on …?" */
const DOING_WORDS = new Set(['do', 'did', 'does', 'doing', 'done', 'happen', 'happened', 'up']);

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
    personKnownBySurname(ctx, phrase)
  );
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
