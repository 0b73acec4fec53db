import { describe, expect, it } from 'vitest';
import {
  findDoubleQuoteSpans,
  findSingleQuoteSpans,
  insideSpan,
} from '../../src/language/quote-marks.js';

const inner = (text: string, spans: { open: number; close: number }[]) =>
  spans.map((span) => text.slice(span.open + 1, span.close));

describe('quotation marks', () => {
  it('pairs straight and curly double quotes', () => {
    const text = 'He said "no" and “maybe” today.';
    expect(inner(text, findDoubleQuoteSpans(text))).toEqual(['no', 'maybe']);
  });

  it('pairs single quotes but not apostrophes', () => {
    const text =
      "Trump's sanctions will be 'ripped up' as part of Sessions' role, said ‘the aide’.";
    expect(inner(text, findSingleQuoteSpans(text))).toEqual(['ripped up', 'the aide']);
  });

  it('ignores a possessive apostrophe when no single quote is open', () => {
    const text = "The Sessions' role and Jones' staff";
    expect(findSingleQuoteSpans(text)).toEqual([]);
  });

  it('tells whether an index falls strictly inside one of the spans', () => {
    const text = 'a "b" c "d e" f';
    const spans = findDoubleQuoteSpans(text);
    const inside = Array.from({ length: text.length }, (_, index) => insideSpan(spans, index));
    expect(inside.map((yes) => (yes ? 'x' : '.')).join('')).toBe('...x.....xxx...');
    expect(insideSpan([], 0)).toBe(false);
  });
});
