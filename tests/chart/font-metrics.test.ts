import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { loadFontMetrics, readFontMetrics } from '../../src/chart/font-metrics.js';
import { CHART_FONT_FILES } from '../../src/chart/timeline-chart.js';

const [regularFile = '', boldFile = ''] = CHART_FONT_FILES;

/** How wide resvg draws `text` (its ink, from the first glyph's left to the last one's right). */
function drawnWidth(text: string, fontSize: number, file: string): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="100"><text x="10" y="60" font-family="DejaVu Sans" font-size="${fontSize}">${text}</text></svg>`;
  const resvg = new Resvg(svg, { font: { fontFiles: [file], loadSystemFonts: false } });
  return resvg.getBBox()?.width ?? 0;
}

describe("text widths from the font's own metrics", () => {
  it('measures text as wide as resvg draws it with the same font', () => {
    const regular = loadFontMetrics(regularFile);
    for (const text of ['Events over time', 'HHHHHHHHHH', '21 Aug 2018 · Cohen pleads guilty']) {
      // The ink stops short of the advance by the side bearings: a pixel or two.
      expect(regular.width(text, 20)).toBeCloseTo(drawnWidth(text, 20, regularFile), -1);
    }
  });

  it('grows with the size and the text, and knows bold is wider', () => {
    const regular = loadFontMetrics(regularFile);
    const bold = loadFontMetrics(boldFile);
    expect(regular.width('abc', 40)).toBeCloseTo(2 * regular.width('abc', 20));
    expect(regular.width('abcabc', 20)).toBeCloseTo(2 * regular.width('abc', 20));
    expect(bold.width('Events', 20)).toBeGreaterThan(regular.width('Events', 20));
    expect(regular.width('', 20)).toBe(0);
  });

  it('gives characters the font lacks the width of its missing-glyph box', () => {
    const regular = loadFontMetrics(regularFile);
    expect(regular.width('中', 20)).toBeGreaterThan(0);
    expect(regular.width('中', 20)).toBe(regular.width('文', 20));
  });

  it('refuses a file that is not a TrueType font, naming it', () => {
    expect(() =>
      readFontMetrics(new TextEncoder().encode('not a font at all'), 'notes.txt'),
    ).toThrow(/^notes\.txt: not a TrueType font/);
  });
});
