/**
 * Autocomplete over a fixed list of names, answered on every keystroke, so its cost must not
 * depend on how much was typed or how large the dataset is. Built once per dataset:
 * - every word-start suffix of every name, sorted, so a prefix is found by binary search
 *   ("sess" finds "jeff sessions" through "sessions");
 * - the names' trigrams, so a misspelling ("sesions") is compared only with the few names that
 *   share the most trigrams with it, by an edit distance that counts a swapped pair as one edit.
 * Only the first `MAX_SUGGESTION_KEY` characters typed are matched: no name is much longer.
 */
import { allowedEdits } from '../language/edit-distance.js';
import { words } from './text.js';

/** Folded characters matched; 99% of the names, aliases and titles are at most this long. */
export const MAX_SUGGESTION_KEY = 48;
/** Names compared by edit distance per keystroke: those sharing the most trigrams with the input. */
const FUZZY_CANDIDATES = 64;

export interface SuggestionEntry {
  /** Folded words joined by single spaces (as `suggestionKey` makes them). */
  key: string;
  /** What the entry names (a person); at most one entry per group is suggested. */
  group: number;
}

export interface Suggestion {
  /** Position of the entry in the list the index was built from. */
  entry: number;
  /** 0 for a prefix of the entry, else the edits between the input and the entry's closest prefix. */
  distance: number;
}

/** What is matched of a typed text: its folded words, joined by single spaces, cut to the cap. */
export function suggestionKey(typed: string): string {
  // Folding cost grows with the text: fold only a head that surely covers the cap.
  const folded = words(typed.slice(0, MAX_SUGGESTION_KEY * 4)).join(' ');
  return folded.slice(0, MAX_SUGGESTION_KEY).trimEnd();
}

export class SuggestionIndex {
  private readonly keys: readonly string[];
  private readonly groups: Int32Array;
  /** Word-start suffixes of every key, sorted, and the entry each belongs to. */
  private readonly suffixes: readonly string[];
  private readonly suffixEntries: Int32Array;
  /** Trigram -> entries containing it, ascending. */
  private readonly trigramEntries = new Map<string, number[]>();
  /** Scratch, reused per keystroke (a keystroke must not allocate in proportion to the index): */
  /** shared trigrams per entry, zeroed after each use, */
  private readonly shared: Uint16Array;
  /** and the entries sharing any. */
  private readonly touched: Int32Array;

  /** `entries` best first: among equally good matches, the earlier entry is suggested first. */
  constructor(entries: readonly SuggestionEntry[]) {
    this.keys = entries.map((entry) => entry.key);
    this.groups = Int32Array.from(entries, (entry) => entry.group);
    this.shared = new Uint16Array(entries.length);
    this.touched = new Int32Array(entries.length);
    const suffixes: { text: string; entry: number }[] = [];
    entries.forEach(({ key }, entry) => {
      for (const start of wordStarts(key)) suffixes.push({ text: key.slice(start), entry });
      for (const trigram of new Set(trigramsOf(key))) {
        const list = this.trigramEntries.get(trigram);
        if (list === undefined) this.trigramEntries.set(trigram, [entry]);
        else list.push(entry);
      }
    });
    suffixes.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : a.entry - b.entry));
    this.suffixes = suffixes.map((suffix) => suffix.text);
    this.suffixEntries = Int32Array.from(suffixes, (suffix) => suffix.entry);
  }

  /**
   * Up to `limit` entries for a key from `suggestionKey`, one per group: entries with a word
   * starting with the key first, then close misspellings, each best first. An empty key lists
   * the first entries.
   */
  suggest(key: string, limit: number): Suggestion[] {
    const picked = new Picker(limit, this.groups);
    if (limit <= 0) return picked.result;
    if (key.length === 0) {
      for (let entry = 0; entry < this.keys.length && !picked.isFull(); entry++) {
        picked.add(entry, 0);
      }
      return picked.result;
    }
    for (const entry of this.prefixed(key)) {
      if (picked.isFull()) return picked.result;
      picked.add(entry, 0);
    }
    const maxEdits = allowedEdits(key.replace(/ /g, '').length);
    if (maxEdits === 0 || picked.isFull()) return picked.result;
    for (const { entry, distance } of this.misspelled(key, maxEdits)) {
      if (picked.isFull()) break;
      picked.add(entry, distance);
    }
    return picked.result;
  }

  /** Entries with a word-start suffix beginning with `key`, best first. */
  private prefixed(key: string): number[] {
    let low = 0;
    let high = this.suffixes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.suffixes[middle] ?? '') < key) low = middle + 1;
      else high = middle;
    }
    const found = new Set<number>();
    for (let i = low; i < this.suffixes.length && (this.suffixes[i] ?? '').startsWith(key); i++) {
      found.add(this.suffixEntries[i] ?? 0);
    }
    return [...found].sort((a, b) => a - b);
  }

  /** Entries whose closest prefix is 1 to `maxEdits` edits from `key`, closest and best first. */
  private misspelled(key: string, maxEdits: number): Suggestion[] {
    const { shared, touched } = this;
    const trigrams = new Set(trigramsOf(key));
    let touchedCount = 0;
    for (const trigram of trigrams) {
      for (const entry of this.trigramEntries.get(trigram) ?? []) {
        if (shared[entry] === 0) touched[touchedCount++] = entry;
        shared[entry] = (shared[entry] ?? 0) + 1;
      }
    }
    // An edit breaks at most three of the input's trigrams, so a name within `maxEdits` edits
    // shares all the others: long inputs leave few candidates, often none.
    const needed = Math.max(1, trigrams.size - 3 * maxEdits);
    const candidates: number[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const entry = touched[i] ?? 0;
      if ((shared[entry] ?? 0) >= needed) candidates.push(entry);
    }
    candidates.sort((a, b) => (shared[b] ?? 0) - (shared[a] ?? 0) || a - b);
    candidates.length = Math.min(candidates.length, FUZZY_CANDIDATES);
    for (let i = 0; i < touchedCount; i++) shared[touched[i] ?? 0] = 0;
    const found: Suggestion[] = [];
    for (const entry of candidates) {
      const target = this.keys[entry] ?? '';
      let distance = maxEdits + 1;
      for (const start of wordStarts(target)) {
        distance = Math.min(distance, prefixDistance(key, target, start, maxEdits));
        if (distance === 0) break;
      }
      if (distance <= maxEdits) found.push({ entry, distance });
    }
    return found.sort((a, b) => a.distance - b.distance || a.entry - b.entry);
  }
}

/** Collects suggestions, one per group, until `limit`. */
class Picker {
  readonly result: Suggestion[] = [];
  private readonly seen = new Set<number>();

  constructor(
    private readonly limit: number,
    private readonly groups: Int32Array,
  ) {}

  isFull(): boolean {
    return this.result.length >= this.limit;
  }

  add(entry: number, distance: number): void {
    const group = this.groups[entry] ?? -1;
    if (this.seen.has(group)) return;
    this.seen.add(group);
    this.result.push({ entry, distance });
  }
}

function wordStarts(key: string): number[] {
  const starts = key.length > 0 ? [0] : [];
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) starts.push(i + 1);
  return starts;
}

/** Trigrams of the key with a space before it, so a word's first letters count too. */
function trigramsOf(key: string): string[] {
  const padded = ` ${key}`;
  const trigrams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) trigrams.push(padded.slice(i, i + 3));
  return trigrams;
}

/**
 * Fewest edits (insert, delete, change, or swap two neighbours) turning `query` into some prefix
 * of `target` read from `start`; `max + 1` once that many are needed. The prefix is at most
 * `max` characters longer than the query, so the work is bounded by the query's length.
 */
export function prefixDistance(query: string, target: string, start: number, max: number): number {
  const q = query.length;
  const n = Math.min(target.length - start, q + max);
  if (n < q - max) return max + 1;
  let [twoBack, previous, current] = scratchRows(n + 1);
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= q; i++) {
    current[0] = i;
    let rowMin = i;
    const letter = query.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const other = target.charCodeAt(start + j - 1);
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (letter === other ? 0 : 1),
      );
      if (
        i > 1 &&
        j > 1 &&
        letter === target.charCodeAt(start + j - 2) &&
        query.charCodeAt(i - 2) === other
      ) {
        value = Math.min(value, (twoBack[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  let best = max + 1;
  for (let j = 0; j <= n; j++) best = Math.min(best, previous[j] ?? best);
  return best;
}

/** Three rows of at least `size` cells, reused from call to call (the work is synchronous). */
let rows: [Int32Array, Int32Array, Int32Array] = newRows(MAX_SUGGESTION_KEY * 2);

function scratchRows(size: number): [Int32Array, Int32Array, Int32Array] {
  if (rows[0].length < size) rows = newRows(size);
  return rows;
}

function newRows(size: number): [Int32Array, Int32Array, Int32Array] {
  return [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
}
