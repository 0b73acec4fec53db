/**
 * Acronyms the dataset itself defines by the names it writes out: "Department of Homeland
 * Security" gives DHS, "Department of Justice" DOJ (and DJ), "Ruth Bader Ginsburg" RBG, "Amy
 * Coney Barrett" ACB. Derived from the texts rather than listed by hand, so a new dataset brings
 * its own.
 */
import { isStopword, stem, words } from './text.js';

/** Two to six capitalised words, with the small words names allow between them. */
const NAME_PHRASE =
  /\b\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:of|the|and|for|on)\s+)*\p{Lu}[\p{Ll}'’-]+){1,5}/gu;

export class Acronyms {
  private readonly counts = new Map<string, Map<string, number>>();
  private best: Map<string, readonly string[]> | null = null;

  /** Reads the names a text writes out. */
  add(text: string): void {
    for (const match of text.matchAll(NAME_PHRASE)) {
      // Every span of it, so a title in front or a name behind does not hide a name:
      // "Attorney General Jeff Sessions" gives "Attorney General" and "Jeff Sessions" too.
      const parts = match[0].split(/\s+/);
      for (let start = 0; start < parts.length - 1; start += 1) {
        if (!/^\p{Lu}/u.test(parts[start] ?? '')) continue;
        for (let end = start + 2; end <= parts.length; end += 1) {
          if (!/^\p{Lu}/u.test(parts[end - 1] ?? '')) continue;
          this.count(parts.slice(start, end));
        }
      }
    }
  }

  private count(parts: readonly string[]): void {
    const capitalised = parts.filter((word) => /^\p{Lu}/u.test(word));
    if (capitalised.length < 2) return;
    const phrase = parts.join(' ');
    this.countAs(capitalised.map((word) => word.charAt(0).toLowerCase()).join(''), phrase);
    // "Department of Justice" is DOJ as well as DJ: some acronyms keep the "of".
    if (parts.includes('of')) {
      const withOf = parts.filter((word) => word === 'of' || /^\p{Lu}/u.test(word));
      this.countAs(withOf.map((word) => word.charAt(0).toLowerCase()).join(''), phrase);
    }
  }

  private countAs(acronym: string, phrase: string): void {
    const phrases = this.counts.get(acronym) ?? new Map<string, number>();
    phrases.set(phrase, (phrases.get(phrase) ?? 0) + 1);
    this.counts.set(acronym, phrases);
  }

  /**
   * The stems of the name an acronym stands for, from its most frequent spelling out; empty when
   * the texts spell out no such name.
   */
  expand(acronym: string): readonly string[] {
    this.best ??= this.choose();
    return this.best.get(acronym.toLowerCase()) ?? [];
  }

  private choose(): Map<string, readonly string[]> {
    const chosen = new Map<string, readonly string[]>();
    for (const [acronym, phrases] of this.counts) {
      let top = '';
      let topCount = 0;
      for (const [phrase, count] of phrases) {
        if (count > topCount || (count === topCount && phrase < top)) {
          top = phrase;
          topCount = count;
        }
      }
      chosen.set(
        acronym,
        words(top)
          .filter((word) => !isStopword(word))
          .map(stem),
      );
    }
    this.counts.clear();
    return chosen;
  }
}
