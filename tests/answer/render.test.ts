import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncate } from '../../src/answer/render.js';

const graphemes = (text: string) =>
  [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map(
    (part) => part.segment,
  );

describe('truncate', () => {
  it('leaves text within the limit alone', () => {
    expect(truncate('short', 5)).toBe('short');
    expect(truncate('', 0)).toBe('');
  });

  it('never cuts an emoji in half', () => {
    expect(truncate('😀'.repeat(10), 6)).toBe('😀😀…');
  });

  it('never cuts a grapheme: a flag, a family, a letter with its accent', () => {
    expect(truncate('🇫🇷🇩🇪🇮🇹', 6)).toBe('🇫🇷…');
    const family = '👨‍👩‍👧‍👦';
    expect(truncate(`${family}${family}`, family.length + 3)).toBe(`${family}…`);
    expect(truncate('ne\u0301e\u0301e\u0301', 3)).toBe('n…');
  });

  it('cuts on a word boundary when one is near, within the limit', () => {
    expect(truncate('the quick brown foxes jump over the lazy dog', 20)).toBe('the quick brown…');
    // No space near the cut: cut inside the word rather than lose most of the text.
    expect(truncate(`a ${'x'.repeat(40)}`, 20)).toBe(`a ${'x'.repeat(17)}…`);
  });

  it('drops trailing spaces and backslashes before the ellipsis', () => {
    expect(truncate(String.raw`aaaaaaa\*bbbbbbbbbbbb`, 9)).toBe('aaaaaaa…');
    expect(truncate(`aaaaaaa ${' '.repeat(20)}`, 12)).toBe('aaaaaaa…');
  });

  it('is empty when not even the ellipsis fits', () => {
    expect(truncate('abc', 0)).toBe('');
  });

  it('keeps every grapheme of its result whole and stays within the limit, for any text', () => {
    // Long enough that the cut can fall far from the text's start, where only its end is segmented.
    const text = fc
      .array(
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom(' ', 'a', '\\')),
        {
          maxLength: 60,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 200 }), (input, max) => {
        const cut = truncate(input, max);
        expect(cut.length).toBeLessThanOrEqual(Math.max(max, 0));
        if (input.length <= max) {
          expect(cut).toBe(input);
          return;
        }
        if (cut === '') return;
        expect(cut.endsWith('…')).toBe(true);
        // Each grapheme kept is one of the input's, in order from the start.
        const kept = graphemes(cut.slice(0, -1));
        expect(graphemes(input).slice(0, kept.length)).toEqual(kept);
      }),
      { seed: 20_170_302, numRuns: 2_000 },
    );
  });

  it('cuts a text of a million characters, with or without ASCII near the cut', () => {
    expect(truncate('é'.repeat(1_000_000), 100)).toBe(`${'é'.repeat(99)}…`);
    expect(truncate('a😀'.repeat(500_000), 100)).toBe(`${'a😀'.repeat(33)}…`);
  });
});
