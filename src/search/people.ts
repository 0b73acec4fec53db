/**
 * Finding people by what askers type: full name, surname, alias or title ("the attorney general"),
 * often misspelled. The list of names is small (hundreds), so fuse.js proposes candidates and an
 * optimal-string-alignment distance, which counts a swapped letter as one edit, decides.
 */
import Fuse from 'fuse.js';
import type { Person } from '../dataset/schema.js';
import { allowedEdits, osaDistance } from '../language/edit-distance.js';
import { SuggestionIndex, suggestionKey, type Suggestion } from './suggest.js';
import { words } from './text.js';

type NameKind = 'name' | 'alias' | 'surname' | 'role';

interface NameEntry {
  /** Folded words joined by single spaces. */
  key: string;
  kind: NameKind;
  person: number;
}

export interface PersonMatch {
  person: Person;
  /** Index of the person in the dataset's people list. */
  index: number;
  /** The name, alias or title that matched, as folded text. */
  matched: string;
  kind: NameKind;
  /** Edits between what was typed and `matched` (0 = exact). */
  distance: number;
}

const ARTICLES = new Set(['the', 'a', 'an']);
const KIND_RANK: Record<NameKind, number> = { name: 0, alias: 1, surname: 2, role: 3 };
/** Honorifics and titles that prefix names but are not part of them. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'the',
  'mr',
  'mrs',
  'ms',
  'dr',
  'former',
  'president',
  'vice',
  'senator',
  'sen',
  'rep',
  'representative',
  'gov',
  'governor',
  'secretary',
  'general',
  'attorney',
  'ag',
  'judge',
  'justice',
  'speaker',
  'leader',
  'director',
  'adviser',
  'advisor',
]);

export class PeopleIndex {
  private readonly entries: NameEntry[] = [];
  private readonly exact = new Map<string, NameEntry[]>();
  private readonly fuse: Fuse<NameEntry>;
  /** Typed words repeat (and most are not names): remember the answer either way. */
  private readonly fuzzyCache = new Map<string, PersonMatch[]>();
  /** One-word names by first letter, for cheap fuzzy matching of single words. */
  private readonly wordBuckets = new Map<string, { entries: NameEntry[]; fuse: Fuse<NameEntry> }>();
  /** Entries best first when equally close (the order autocomplete lists them in). */
  private readonly ranked: NameEntry[];
  private readonly suggestions: SuggestionIndex;
  /** The longest name in words, to bound the phrases tried when scanning a question. */
  readonly longestName: number;

  constructor(private readonly people: readonly Person[]) {
    let longest = 1;
    people.forEach((person, index) => {
      const nameWords = words(person.name);
      this.addEntry(nameWords.join(' '), 'name', index);
      if (nameWords.length >= 2)
        this.addEntry(nameWords[nameWords.length - 1] ?? '', 'surname', index);
      for (const alias of person.aliases) this.addEntry(words(alias).join(' '), 'alias', index);
      for (const role of person.roles) this.addEntry(words(role.title).join(' '), 'role', index);
      longest = Math.max(
        longest,
        nameWords.length,
        ...person.roles.map((r) => words(r.title).length),
      );
    });
    this.longestName = Math.min(longest, 5);
    const options = { keys: ['key'], threshold: 0.4, ignoreLocation: true, includeScore: true };
    this.fuse = new Fuse(this.entries, options);
    const grouped = new Map<string, NameEntry[]>();
    for (const entry of this.entries) {
      if (entry.key.includes(' ')) continue;
      const letter = entry.key.charAt(0);
      const group = grouped.get(letter);
      if (group === undefined) grouped.set(letter, [entry]);
      else group.push(entry);
    }
    for (const [letter, entries] of grouped) {
      this.wordBuckets.set(letter, { entries, fuse: new Fuse(entries, options) });
    }
    this.ranked = this.rankEntries();
    this.suggestions = new SuggestionIndex(
      this.ranked.map((entry) => ({ key: entry.key, group: entry.person })),
    );
  }

  get size(): number {
    return this.people.length;
  }

  personAt(index: number): Person | undefined {
    return this.people[index];
  }

  /** Exact (folded) name, alias, surname or title; best-known person first. */
  exactMatches(phrase: string): PersonMatch[] {
    const key = words(phrase).join(' ');
    return (this.exact.get(key) ?? []).map((entry) => this.toMatch(entry, 0)).sort(byQuality);
  }

  /**
   * The people a phrase most likely names, best first; empty when nobody is close. Leading titles
   * ("President Trump", "the attorney general") are tried as written and without.
   */
  resolve(phrase: string, limit = 5): PersonMatch[] {
    const all = words(phrase);
    let start = 0;
    while (start < all.length - 1 && ARTICLES.has(all[start] ?? '')) start++;
    const bare = all.slice(start);
    if (bare.length === 0) return [];
    const exact = this.exactMatches(bare.join(' '));
    if (exact.length > 0) return exact.slice(0, limit);
    // "President Trump", "Senator Franken": drop the title, but never down to a title alone.
    let nameStart = 0;
    while (nameStart < bare.length && TITLE_WORDS.has(bare[nameStart] ?? '')) nameStart++;
    if (nameStart > 0 && nameStart < bare.length) {
      const name = bare.slice(nameStart).join(' ');
      const stripped = this.exactMatches(name);
      if (stripped.length > 0) return stripped.slice(0, limit);
      const fuzzy = this.fuzzy(name, limit);
      if (fuzzy.length > 0) return fuzzy;
    }
    return this.fuzzy(bare.join(' '), limit);
  }

  /** Fuzzy matches of a folded phrase against every name, alias, surname and title. */
  fuzzy(key: string, limit = 5): PersonMatch[] {
    const cacheKey = `${String(limit)}|${key}`;
    let cached = this.fuzzyCache.get(cacheKey);
    if (cached === undefined) {
      cached = this.findFuzzy(key, limit);
      if (this.fuzzyCache.size > 10_000) this.fuzzyCache.clear();
      this.fuzzyCache.set(cacheKey, cached);
    }
    return cached;
  }

  private findFuzzy(key: string, limit: number): PersonMatch[] {
    const maxEdits = allowedEdits(key.replace(/ /g, '').length);
    if (maxEdits === 0) return [];
    const candidates = new Map<NameEntry, number>();
    const consider = (entry: NameEntry): void => {
      if (Math.abs(entry.key.length - key.length) > maxEdits || candidates.has(entry)) return;
      const distance = osaDistance(key, entry.key, maxEdits);
      if (distance <= maxEdits) candidates.set(entry, distance);
    };
    if (!key.includes(' ')) {
      // One word: only one-word names starting with its first or second letter (a swap at the
      // start moves the first letter). Bitap may miss a transposition near its threshold, and the
      // buckets are small, so each bucket is also scanned.
      for (const letter of new Set([key.charAt(0), key.charAt(1)])) {
        const bucket = this.wordBuckets.get(letter);
        if (bucket === undefined) continue;
        for (const result of bucket.fuse.search(key, { limit: 10 })) consider(result.item);
        if (candidates.size === 0) for (const entry of bucket.entries) consider(entry);
      }
    } else {
      for (const result of this.fuse.search(key, { limit: 20 })) consider(result.item);
    }
    const matches = [...candidates].map(([entry, distance]) => this.toMatch(entry, distance));
    return dedupe(matches.sort(byQuality)).slice(0, limit);
  }

  /**
   * Names starting with (or close to) what was typed so far, for autocomplete; runs on every
   * keystroke, so only the head of the input is matched (see suggest.ts). A leading "the", then
   * leading titles ("president trump"), are dropped when the input as typed matches nothing.
   */
  suggest(partial: string, limit: number): PersonMatch[] {
    const key = suggestionKey(partial);
    const tried = new Set<string>();
    let found: Suggestion[] = [];
    for (const variant of [key, withoutLeading(key, ARTICLES), withoutLeading(key, TITLE_WORDS)]) {
      if (found.length > 0) break;
      if (!tried.has(variant)) found = this.suggestions.suggest(variant, limit);
      tried.add(variant);
    }
    return found.map(({ entry, distance }) => {
      const named = this.ranked[entry];
      if (named === undefined) throw new Error(`suggestion entry ${entry} out of range`);
      return this.toMatch(named, distance);
    });
  }

  /** Every entry in `byQuality` order at distance 0, computed once (titles fold their roles once). */
  private rankEntries(): NameEntry[] {
    const former = new Map<NameEntry, boolean>();
    for (const entry of this.entries) {
      const roles = entry.kind === 'role' ? (this.people[entry.person]?.roles ?? []) : [];
      former.set(
        entry,
        roles.some((role) => role.former && words(role.title).join(' ') === entry.key),
      );
    }
    const events = (entry: NameEntry): number => this.people[entry.person]?.eventIds.length ?? 0;
    return [...this.entries].sort(
      (a, b) =>
        KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
        Number(former.get(a)) - Number(former.get(b)) ||
        events(b) - events(a),
    );
  }

  private addEntry(key: string, kind: NameKind, person: number): void {
    if (key.length === 0) return;
    const entry: NameEntry = { key, kind, person };
    this.entries.push(entry);
    const list = this.exact.get(key);
    if (list === undefined) this.exact.set(key, [entry]);
    else list.push(entry);
  }

  private toMatch(entry: NameEntry, distance: number): PersonMatch {
    const person = this.people[entry.person];
    if (person === undefined) throw new Error(`person index ${entry.person} out of range`);
    return { person, index: entry.person, matched: entry.key, kind: entry.kind, distance };
  }
}

function byQuality(a: PersonMatch, b: PersonMatch): number {
  return (
    a.distance - b.distance ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    currentRole(a, b) ||
    b.person.eventIds.length - a.person.eventIds.length
  );
}

/** For titles, someone who holds the role now beats someone who held it before. */
function currentRole(a: PersonMatch, b: PersonMatch): number {
  if (a.kind !== 'role' || b.kind !== 'role') return 0;
  const aFormer = a.person.roles.some((r) => r.former && words(r.title).join(' ') === a.matched);
  const bFormer = b.person.roles.some((r) => r.former && words(r.title).join(' ') === b.matched);
  return Number(aFormer) - Number(bFormer);
}

/** The key without its leading words from `drop`, but never down to nothing. */
function withoutLeading(key: string, drop: ReadonlySet<string>): string {
  const all = key.split(' ');
  let start = 0;
  while (start < all.length - 1 && drop.has(all[start] ?? '')) start++;
  return all.slice(start).join(' ');
}

function dedupe(matches: PersonMatch[]): PersonMatch[] {
  const seen = new Set<number>();
  return matches.filter((match) => {
    if (seen.has(match.index)) return false;
    seen.add(match.index);
    return true;
  });
}
