/**
 * The words of the index, for correcting misspelled query words. fuse.js scans a list linearly, so
 * one Fuse over the whole vocabulary costs tens of milliseconds per word; a misspelling keeps the
 * word's length within one and usually its first or second letter, so words are bucketed by
 * (first letter, length) and only the few neighbouring buckets are searched.
 */
import Fuse from 'fuse.js';
import { allowedEdits, osaDistance } from '../language/edit-distance.js';
import { stem } from './text.js';

export interface Correction {
  word: string;
  stem: string;
  /** Edits between the typed word and `word`. */
  distance: number;
}

interface WordInfo {
  count: number;
  /** Occurrences written with a capital initial: proper nouns are mostly capitalised. */
  capitalised: number;
}

export class Vocabulary {
  private readonly info = new Map<string, WordInfo>();
  private readonly buckets = new Map<string, Fuse<string>>();
  private sorted: string[] = [];
  private readonly corrections = new Map<string, Correction | null>();

  /** Counts one occurrence; `original` is the word as written, to tell names from common words. */
  add(word: string, original: string): void {
    let entry = this.info.get(word);
    if (entry === undefined) {
      entry = { count: 0, capitalised: 0 };
      this.info.set(word, entry);
    }
    entry.count++;
    const code = original.charCodeAt(0);
    const upper =
      code < 128
        ? code >= 65 && code <= 90
        : !original.startsWith(original.charAt(0).toLowerCase());
    if (upper) entry.capitalised++;
  }

  /** Builds the fuzzy buckets; call once after every word was added. */
  freeze(): void {
    const groups = new Map<string, string[]>();
    for (const word of this.info.keys()) {
      if (word.length < 3 || /\d/.test(word)) continue;
      const key = bucketKey(word.charAt(0), word.length);
      let group = groups.get(key);
      if (group === undefined) groups.set(key, (group = []));
      group.push(word);
    }
    for (const [key, group] of groups) {
      this.buckets.set(
        key,
        new Fuse(group, { threshold: 0.4, includeScore: true, ignoreLocation: true }),
      );
    }
    this.sorted = [...this.info.keys()].sort();
  }

  has(word: string): boolean {
    return this.info.has(word);
  }

  count(word: string): number {
    return this.info.get(word)?.count ?? 0;
  }

  get size(): number {
    return this.info.size;
  }

  /** True when the word is mostly written as a name (capitalised) rather than as a common word. */
  isMostlyCapitalised(word: string): boolean {
    const entry = this.info.get(word);
    return entry !== undefined && entry.capitalised * 2 > entry.count;
  }

  /** The closest known word to a word the vocabulary lacks, or null when none is close enough. */
  correct(word: string): Correction | null {
    if (this.corrections.has(word)) return this.corrections.get(word) ?? null;
    const correction = this.findCorrection(word);
    if (this.corrections.size > 50_000) this.corrections.clear();
    this.corrections.set(word, correction);
    return correction;
  }

  /** Known words starting with `prefix`, most frequent first (for autocomplete). */
  completions(prefix: string, limit: number): string[] {
    if (prefix.length === 0) return [];
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.sorted[middle] ?? '') < prefix) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let i = low; i < this.sorted.length && found.length < 200; i++) {
      const candidate = this.sorted[i] ?? '';
      if (!candidate.startsWith(prefix)) break;
      found.push(candidate);
    }
    return found.sort((a, b) => this.count(b) - this.count(a)).slice(0, limit);
  }

  private findCorrection(word: string): Correction | null {
    const maxEdits = allowedEdits(word.length);
    if (maxEdits === 0) return null;
    // First letter kept, or the first two letters swapped.
    const firstLetters = new Set([word.charAt(0), word.charAt(1)]);
    let best: Correction | null = null;
    let bestCount = 0;
    for (const letter of firstLetters) {
      for (let length = word.length - 1; length <= word.length + 1; length++) {
        const bucket = this.buckets.get(bucketKey(letter, length));
        if (bucket === undefined) continue;
        for (const result of bucket.search(word, { limit: 8 })) {
          const distance = osaDistance(word, result.item, maxEdits);
          if (distance > maxEdits) continue;
          const count = this.count(result.item);
          if (
            best === null ||
            distance < best.distance ||
            (distance === best.distance && count > bestCount)
          ) {
            best = { word: result.item, stem: stem(result.item), distance };
            bestCount = count;
          }
        }
      }
    }
    return best;
  }
}

function bucketKey(letter: string, length: number): string {
  return `${letter}${length}`;
}
