/**
 * The string tables: every language has every string English has (the type checks this too; this
 * test also catches a table cast past the type), each of the same kind, and every text with values
 * uses the same values as English, so no translation drops or invents a placeholder. Languages
 * are chosen from Discord's locales as Discord users expect.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/bot/i18n/en.js';
import { languageOf, LANGUAGES, type LanguageCode } from '../../../src/bot/i18n/index.js';

/** A text with values gives back a string; called with sentinels, whatever they make of it. */
type Leaf = string | string[] | ((...args: unknown[]) => unknown);

/** Every leaf of a table by its path ("pages.next"), with objects walked into. */
function leaves(table: unknown, path = ''): Map<string, Leaf> {
  const found = new Map<string, Leaf>();
  if (typeof table === 'string' || typeof table === 'function' || Array.isArray(table)) {
    found.set(path, table as Leaf);
    return found;
  }
  for (const [key, value] of Object.entries(table as Record<string, unknown>)) {
    for (const [at, leaf] of leaves(value, path === '' ? key : `${path}.${key}`)) {
      found.set(at, leaf);
    }
  }
  return found;
}

/**
 * A value that passes for any argument a text takes: a string in a template, a number that is
 * not 1 (so plurals take their "many" form), true as a flag, and a noun with sentinel forms.
 */
function sentinel(position: number) {
  const mark = `⟦${position}⟧`;
  return {
    [Symbol.toPrimitive]: (hint: string) => (hint === 'number' ? 700 + position : mark),
    toLocaleString: () => mark,
    toString: () => mark,
    one: `⟦${position}.one⟧`,
    many: `⟦${position}.many⟧`,
    gender: 'feminine',
  };
}

/** The sentinels a text shows when called with one for each of its parameters. */
function placeholders(text: (...args: unknown[]) => unknown): string[] {
  const args = Array.from({ length: text.length }, (_, i) => sentinel(i));
  // Some texts give back what they are given (a question offered as it is): make it a string.
  const shown = String(text(...args));
  return [...new Set(shown.match(/⟦[\d.a-z]+⟧|\b7\d\d\b/g) ?? [])].sort();
}

const english = leaves(en);
const others = (Object.keys(LANGUAGES) as LanguageCode[]).filter((code) => code !== 'en');

describe('string tables', () => {
  it.each(others)('%s has every English string, of the same kind, and no other', (code) => {
    const translated = leaves(LANGUAGES[code]);
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, leaf] of english) {
      const theirs = translated.get(path);
      expect(typeof theirs, path).toBe(typeof leaf);
      expect(Array.isArray(theirs), path).toBe(Array.isArray(leaf));
      if (typeof leaf === 'function' && typeof theirs === 'function') {
        expect(theirs.length, `${path} takes as many values`).toBe(leaf.length);
      }
      if (Array.isArray(leaf) && Array.isArray(theirs))
        expect(theirs.length, path).toBe(leaf.length);
      if (typeof theirs === 'string') expect(theirs.trim(), path).not.toBe('');
    }
  });

  it.each(others)('%s shows the same values as English in every text with values', (code) => {
    const translated = leaves(LANGUAGES[code]);
    for (const [path, leaf] of english) {
      const theirs = translated.get(path);
      if (typeof leaf !== 'function' || typeof theirs !== 'function') continue;
      expect(placeholders(theirs), path).toEqual(placeholders(leaf));
    }
  });

  it('translates what it can: a few texts may read the same (a "Version"), most must not', () => {
    for (const code of others) {
      const translated = leaves(LANGUAGES[code]);
      const same = [...english].filter(
        ([path, leaf]) => typeof leaf === 'string' && translated.get(path) === leaf,
      );
      expect(same.length, `${code}: ${same.map(([path]) => path).join(', ')}`).toBeLessThan(
        english.size / 10,
      );
    }
  });
});

describe('texts Discord limits', () => {
  it.each(Object.keys(LANGUAGES) as LanguageCode[])(
    'fit in %s: button labels 80, form title and input label 45',
    (code) => {
      const { pages } = LANGUAGES[code];
      for (const label of [pages.first, pages.previous, pages.next, pages.last, pages.goTo]) {
        expect(Array.from(label).length, label).toBeLessThanOrEqual(80);
      }
      for (const kind of ['dates', 'pages'] as const) {
        expect(Array.from(pages.formTitle[kind]).length, pages.formTitle[kind]).toBeLessThanOrEqual(
          45,
        );
        expect(
          Array.from(pages.inputLabel[kind]).length,
          pages.inputLabel[kind],
        ).toBeLessThanOrEqual(45);
        expect(Array.from(pages.inputPlaceholder[kind]).length).toBeLessThanOrEqual(100);
      }
    },
  );
});

describe('languageOf', () => {
  it.each([
    ['de', 'de', 'de-DE'],
    ['fr', 'fr', 'fr-FR'],
    ['es-ES', 'es', 'es-ES'],
    // A regional variant falls back to its base language, writing numbers its own way.
    ['es-419', 'es', 'es-419'],
    ['pt-BR', 'en', 'en-GB'],
    ['en-US', 'en', 'en-GB'],
    ['en-GB', 'en', 'en-GB'],
    ['ja', 'en', 'en-GB'],
    [undefined, 'en', 'en-GB'],
  ])('answers the locale %s in %s (%s)', (locale, code, intl) => {
    expect(languageOf(locale)).toMatchObject({ code, intl });
  });
});
