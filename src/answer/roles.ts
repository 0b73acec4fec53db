/**
 * Who held a role when: "who was national security adviser in 2017", "DHS secretary after
 * Kelly", "the first attorney general". A person's roles in the dataset carry no dates, so a
 * tenure is read from the dated events that name the person with the role's words: from the
 * first such event to the last. Events that call the role "former" do not count.
 */
import type { Dataset } from '../dataset/schema.js';
import type { DayRange } from './types.js';
import { isStopword, stem, words } from '../search/text.js';
import { placeFormsOf } from '../search/wordnet.js';

export interface Tenure {
  /** Index into dataset.people. */
  person: number;
  first: string;
  last: string;
  /** Events that name the person in the role. */
  mentions: number;
  /** The day an event says they left it (fired, resigned, stepped down), when one does. */
  left?: string;
}

/** What a question asks of a role: when, after or before whom, or who was first. */
export interface RoleConstraint {
  range: DayRange | null;
  after: number | null;
  before: number | null;
  first: boolean;
}

/** Verbs of taking or holding an office, before "as <role>". */
const TAKES_OFFICE =
  '(?:takes over|took over|is sworn in|was sworn in|is confirmed|was confirmed|becomes|became|serves|served|begins serving|is installed|was installed)';

/** Verbs of leaving an office, for the name they stand next to ("fires FBI Director Comey"). */
const LEAVES_OFFICE =
  '(?:fires|fired|firing|dismiss|dismisses|dismissed|dismissal|ousts|ousted|ouster|removes|removed|removal|resigns|resigned|resignation|steps down|stepped down|departs|departed|departure)';
/** How many characters between the verb and the name still tie them. */
const LEAVING_REACH = 40;

/** Verbs of putting someone in office, before their name: "confirms Mike Pompeo as …". */
const INSTALLS = '(?:confirms|confirmed|swears in|swore in|installs|installed)';

/** How long past their last mention the last holder named is taken to hold a role. */
const LAST_HOLDER_GRACE_DAYS = 180;

/** Words that make a role a different, lower one: "deputy attorney general". */
export const RANK_STEMS = ['deputy', 'assistant', 'associate', 'vice'].map(stem);

/** Words a role's name can go without: "Department of Homeland Security Secretary" is the
 * "Secretary of Homeland Security". */
const NOT_ROLE_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'us',
  'u',
  's',
  'acting',
  'interim',
  'department',
]);

/** Offices a country qualifies, each with its first letter in either case. */
const OFFICE = ['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen']
  .concat(['foreign minister', 'minister', 'leader', 'ambassador', 'envoy'])
  .map((office) => `[${office.charAt(0)}${office.charAt(0).toUpperCase()}]${office.slice(1)}`)
  .join('|');
/** "president of Colombia", "ambassador to the Netherlands". */
const OFFICE_OF_PLACE = new RegExp(
  `\\b(?:${OFFICE})\\s+(?:of|to)\\s+(?:the\\s+)?(\\p{Lu}\\p{L}+)`,
  'gu',
);
/** "Colombian president", "Colombia's president". */
const PLACE_BEFORE_OFFICE = new RegExp(`\\b(\\p{Lu}\\p{L}+)(?:['’]s)?\\s+(?:${OFFICE})\\b`, 'gu');
/** The country whose offices the dataset's roles name without it ("President", "Ambassador"). */
const HOME_PLACES = new Set(['america', 'american', 'unit', 'us', 'u']);

/**
 * The stems of a foreign place that qualifies an office in a question, with its other forms:
 * "the president of Colombia" gives "colombia" and "colombian", which a role must have to be
 * the one asked about (not the dataset's "President").
 */
export function placesQualifyingOffice(question: string): string[] {
  const found = [...question.matchAll(OFFICE_OF_PLACE), ...question.matchAll(PLACE_BEFORE_OFFICE)]
    .map((match) => stem(match[1]?.toLowerCase() ?? ''))
    .filter((term) => !HOME_PLACES.has(term) && placeFormsOf(term).length > 0);
  return [...new Set(found.flatMap((term) => [term, ...placeFormsOf(term)]))];
}

/** "deputy director of the National Economic Council", "chairman of the Joint Chiefs". */
const OFFICE_OF_ORGANISATION =
  /\b(?:director|secretary|chair(?:man|woman|person)?|head|administrator|commissioner|chief|counsel|advis[eo]r|spokes(?:man|woman|person))\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}.&'’-]*)(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}[\p{L}.&'’-]*)*)/gu;

/**
 * The role stems of the organisations that qualify an office in a question: "deputy director of
 * the National Economic Council" asks for a role that names the council, not the FBI's "Deputy
 * Director", and "chairman of the Joint Chiefs of Staff" not the "Chief of Staff". A role must
 * hold them all to be the one asked about.
 */
export function organisationsQualifyingOffice(question: string): string[] {
  return [...question.matchAll(OFFICE_OF_ORGANISATION)].flatMap((match) =>
    roleStems(match[1] ?? ''),
  );
}

/**
 * Stems of the question's words that a lower-case noun before them makes another role: "media
 * affairs director" is no "Director", "campaign manager" no "Manager". Ranks, "acting" and the
 * like only qualify the role; so does a capitalised organisation ("FBI director").
 */
function modifiedRoleWords(question: string): Set<string> {
  const modified = new Set<string>();
  const tokens = question.split(/\s+/).map((token) => token.replace(/[^\p{L}'’-]/gu, ''));
  tokens.forEach((token, index) => {
    const before = tokens[index - 1] ?? '';
    if (!/^\p{Ll}{3,}$/u.test(before) || !/^\p{Ll}/u.test(token)) return;
    if (isStopword(before) || NOT_ROLE_WORDS.has(before) || before.endsWith('ly')) return;
    if (RANK_STEMS.includes(stem(before)) || QUALIFYING_WORDS.has(before)) return;
    modified.add(stem(token));
  });
  return modified;
}

/** Words before a role that leave it the same role. */
const QUALIFYING_WORDS = new Set([
  'former',
  'new',
  'next',
  'first',
  'last',
  'current',
  'top',
  'chief',
  'senior',
  'incoming',
  'outgoing',
  'then',
]);

/** Other words a role's words may have between them in a question: "secretary of homeland security". */
const ROLE_WORD_GAP = 2;

/** Nouns of an office or its work, whose stem a holder's title shares. */
const OFFICE_NOUN = /(?:ations?|ency|encies)$/;

/** Role words spelt one way, without the words that do not change the role. */
export function roleStems(text: string): string[] {
  return (
    words(oneSpelling(text))
      .filter(
        // An acting or interim holder holds the role itself: "acting defense secretary". A noun
        // of the office or its work shares the holder's stem but is no holder: "administrations"
        // is no "administrator", "the presidency" no "president".
        (word) => word.length > 1 && !NOT_ROLE_WORDS.has(word) && !OFFICE_NOUN.test(word),
      )
      // "Senate" and "senator" share a stem, but the Senate's leader is no senator's role.
      .map((word) => (/^senators?$/.test(word) ? 'senator' : stem(word)))
  );
}

export class RoleTenures {
  /** Role key (sorted stems) → its stems and holders. */
  private readonly roles = new Map<string, { stems: string[]; tenures: Tenure[] }>();

  constructor(dataset: Dataset) {
    const eventById = new Map(dataset.events.map((event) => [event.id, event]));
    // Each event's text is folded once, however many people and roles look at it.
    const folded = new Map<string, string>();
    const foldedText = (id: string): string | undefined => {
      let text = folded.get(id);
      if (text === undefined) {
        const event = eventById.get(id);
        if (event === undefined) return undefined;
        folded.set(id, (text = fold(`${event.title} ${event.summary}`)));
      }
      return text;
    };
    dataset.people.forEach((person, index) => {
      if (person.kind !== 'person') return;
      for (const role of person.roles) {
        const stems = roleStems(role.title);
        if (stems.length === 0) continue;
        // Evidence is the name written with the title ("Secretary of Homeland Security John
        // Kelly"), not the title's words anywhere in the text, which other people may hold.
        const title = fold(role.title);
        const titled = person.aliases.map(fold).filter((alias) => alias.includes(title));
        // "Jeff Rosen takes over as attorney general": the name, a verb of taking office, the
        // role. Not "nominates X as": a nominee does not hold the role yet.
        const namedAs = [person.name, ...person.aliases]
          .map(fold)
          .filter((alias) => !alias.includes(title))
          .flatMap((alias) => [
            new RegExp(
              `\\b${escapeRegExp(alias)}\\b,?\\s+${TAKES_OFFICE}\\s+as\\s+(?:the\\s+)?${escapeRegExp(title)}\\b`,
            ),
            // "The Senate confirms Mike Pompeo as the 70th U.S. Secretary of State".
            new RegExp(
              `\\b${INSTALLS}\\s+${escapeRegExp(alias)}\\s+as\\s+(?:the\\s+)?(?:\\S+\\s+){0,3}?${escapeRegExp(title)}\\b`,
            ),
          ]);
        if (titled.length === 0 && namedAs.length === 0) continue;
        const dates: string[] = [];
        // "President Trump fires FBI Director James Comey", "the dismissal of James Comey": a
        // name next to a word of leaving ends the tenure that day.
        const leaving = [person.name, ...person.aliases]
          .map(fold)
          .map(
            (alias) =>
              new RegExp(
                `\\b${LEAVES_OFFICE}\\b.{0,${LEAVING_REACH}}\\b${escapeRegExp(alias)}\\b|\\b${escapeRegExp(alias)}\\b.{0,${LEAVING_REACH}}\\b${LEAVES_OFFICE}\\b`,
              ),
          );
        const leftOn: string[] = [];
        for (const id of person.eventIds) {
          const text = foldedText(id);
          const date = eventById.get(id)?.date;
          if (text === undefined || date === undefined) continue;
          const named = titled.find((alias) => text.includes(alias));
          if (named !== undefined && !text.includes(`former ${named}`)) dates.push(date);
          else if (named === undefined && namedAs.some((pattern) => pattern.test(text))) {
            dates.push(date);
          }
          if (leaving.some((pattern) => pattern.test(text))) leftOn.push(date);
        }
        if (dates.length === 0) continue;
        dates.sort();
        const key = [...stems].sort().join(' ');
        const entry = this.roles.get(key) ?? { stems, tenures: [] };
        const known = entry.tenures.find((tenure) => tenure.person === index);
        const first = dates[0] ?? '';
        const last = dates.at(-1) ?? '';
        // The first word of leaving from the last day named in the role on: later ones look back.
        const left = leftOn.filter((day) => day >= last).sort()[0];
        if (known === undefined) {
          entry.tenures.push({
            person: index,
            first,
            last,
            mentions: dates.length,
            ...(left === undefined ? {} : { left }),
          });
        } else {
          known.first = first < known.first ? first : known.first;
          known.last = last > known.last ? last : known.last;
          known.mentions += dates.length;
          if (left !== undefined && (known.left === undefined || left > known.left)) {
            known.left = left;
          }
        }
        this.roles.set(key, entry);
      }
    });
  }

  /**
   * The roles whose every word the question has (with `extraStems`), and the question's role
   * words. "the president of Colombia" asks for a role that names the place, never
   * "President"; "… of the National Economic Council" for one that names the council.
   */
  private rolesNamedIn(
    question: string,
    extraStems: readonly string[],
  ): { have: ReadonlySet<string>; matched: { stems: string[]; tenures: Tenure[] }[] } {
    const inOrder = roleStems(question);
    const have = new Set([...inOrder, ...extraStems]);
    const places = placesQualifyingOffice(question);
    const organisations = organisationsQualifyingOffice(question);
    const modified = modifiedRoleWords(question);
    // A role's words stand together: "leader … the North Korean threat" names no "North Korean
    // Leader". Words an acronym stands for may be anywhere.
    const together = (stems: readonly string[]): boolean => {
      const written = stems.filter((part) => !extraStems.includes(part));
      if (written.length < 2) return true;
      const span = written.length + ROLE_WORD_GAP;
      return inOrder.some((_, start) =>
        written.every((part) => inOrder.slice(start, start + span).includes(part)),
      );
    };
    const matched = [...this.roles.values()].filter(
      (entry) =>
        entry.stems.every((part) => have.has(part)) &&
        together(entry.stems) &&
        !(entry.stems.length === 1 && modified.has(entry.stems[0] ?? '')) &&
        (places.length === 0 || entry.stems.some((part) => places.includes(part))) &&
        organisations.every((part) => entry.stems.includes(part)),
    );
    return { have, matched };
  }

  /** The stems of the most specific role the question names, or null when it names none. */
  askedRole(question: string, extraStems: readonly string[] = []): readonly string[] | null {
    let asked: readonly string[] | null = null;
    for (const entry of this.rolesNamedIn(question, extraStems).matched) {
      if (asked === null || entry.stems.length > asked.length) asked = entry.stems;
    }
    return asked;
  }

  /** Who held the role a phrase names during `range` (see `holderFor`); null when no one did. */
  holderDuring(phrase: string, range: DayRange): Tenure | null {
    const constraint = { range, after: null, before: null, first: false };
    return holderFor(this.holdersFor(phrase) ?? [], constraint);
  }

  /**
   * The holders of the role a question names: every role whose words the question has, merged
   * ("Secretary of Homeland Security" and "Department of Homeland Security Secretary" are one
   * role), leaving out one-word roles ("Secretary") when a longer one matches. Null when the
   * question names no role. `extraStems` are words the question implies (an acronym's spelling
   * out).
   */
  holdersFor(question: string, extraStems: readonly string[] = []): Tenure[] | null {
    const { have, matched } = this.rolesNamedIn(question, extraStems);
    if (matched.length === 0) return null;
    // "FEMA's deputy administrator" asks for a rank no known role has: not for the administrator.
    const ranks = RANK_STEMS.filter((rank) => have.has(rank));
    if (ranks.some((rank) => !matched.some((entry) => entry.stems.includes(rank)))) return null;
    const longest = Math.max(...matched.map((entry) => entry.stems.length));
    const holders = new Map<number, Tenure>();
    // "deputy attorney general" asks for that role, not for "attorney general" inside it.
    const within = (inner: readonly string[], outer: readonly string[]): boolean =>
      inner.length < outer.length && inner.every((part) => outer.includes(part));
    for (const entry of matched) {
      if (entry.stems.length < Math.min(2, longest)) continue;
      if (matched.some((other) => within(entry.stems, other.stems))) continue;
      for (const tenure of entry.tenures) {
        const known = holders.get(tenure.person);
        if (known === undefined) holders.set(tenure.person, { ...tenure });
        else {
          known.first = tenure.first < known.first ? tenure.first : known.first;
          known.last = tenure.last > known.last ? tenure.last : known.last;
          known.mentions += tenure.mentions;
        }
      }
    }
    return [...holders.values()];
  }
}

/** The holder a constraint picks, or null when it picks nobody. */
export function holderFor(holders: readonly Tenure[], constraint: RoleConstraint): Tenure | null {
  const byFirst = [...holders].sort(
    (a, b) => a.first.localeCompare(b.first) || b.mentions - a.mentions,
  );
  if (constraint.after !== null) {
    const previous = holders.find((tenure) => tenure.person === constraint.after);
    if (previous === undefined) return null;
    return (
      byFirst.find(
        (tenure) =>
          tenure.person !== previous.person &&
          tenure.first >= previous.first &&
          tenure.last > previous.last,
      ) ?? null
    );
  }
  if (constraint.before !== null) {
    const next = holders.find((tenure) => tenure.person === constraint.before);
    if (next === undefined) return null;
    return (
      [...byFirst]
        .reverse()
        .find((tenure) => tenure.person !== next.person && tenure.first < next.first) ?? null
    );
  }
  if (constraint.range !== null) {
    // Events name a holder now and then, so a tenure runs from its first mention to the next
    // holder's first one: the role is held by one person at a time.
    const { from, to } = constraint.range;
    let best: Tenure | null = null;
    let bestOverlap = 0;
    // Ends are exclusive: the next holder's first day is theirs.
    const rangeEnd = dayAfter(to);
    for (const [index, tenure] of byFirst.entries()) {
      const next = byFirst[index + 1]?.first;
      const previous = byFirst[index - 1];
      // A holder an event says left (fired, resigned) holds the role to that day. The last holder
      // named keeps it a while past their last mention: no successor is known, and a holder is
      // not named every day.
      const end =
        tenure.left !== undefined && tenure.left >= tenure.last && (next ?? '9') > tenure.left
          ? dayAfter(tenure.left)
          : next === undefined
            ? daysAfter(tenure.last, LAST_HOLDER_GRACE_DAYS)
            : tenure.last >= next
              ? dayAfter(tenure.last)
              : next;
      // A successor holds the role from the day the one before left it, though the events name
      // them in it only later.
      const start =
        previous?.left !== undefined && previous.left < tenure.first
          ? minOf(tenure.first, dayAfter(previous.left))
          : tenure.first;
      const overlap = daysBetween(maxOf(start, from), minOf(end, rangeEnd));
      if (overlap > bestOverlap) {
        best = tenure;
        bestOverlap = overlap;
      }
    }
    return best;
  }
  if (constraint.first) return byFirst[0] ?? null;
  return null;
}

function daysBetween(from: string, to: string): number {
  return (
    (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) /
    86_400_000
  );
}

function dayAfter(day: string): string {
  return daysAfter(day, 1);
}

function daysAfter(day: string, days: number): string {
  const time = Date.parse(`${day.slice(0, 10)}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

function maxOf(a: string, b: string): string {
  return a > b ? a : b;
}

function minOf(a: string, b: string): string {
  return a < b ? a : b;
}

/** Words joined by single spaces, with the role words spelt one way ("adviser", "advisor"). */
function fold(text: string): string {
  return words(oneSpelling(text)).join(' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Role words spelt one way: "adviser" and "advisor" are one word. */
function oneSpelling(text: string): string {
  return text.replace(/advis[eo]r/gi, 'advisor');
}
