import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CHART_FONT_FILES,
  CHART_PALETTE,
  CHART_RENDER_OPTIONS,
  fitText,
  renderTimelineChart,
  SCALE,
  timelineChartSvg,
  type TimelineChartInput,
} from '../../src/chart/timeline-chart.js';
import { pngSize } from '../emulator/attachments.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function months(count: number): TimelineChartInput['periods'] {
  return Array.from({ length: count }, (_, i) => ({
    start: new Date(Date.UTC(2017, i, 1)).toISOString().slice(0, 10),
    end: new Date(Date.UTC(2017, i + 1, 1)).toISOString().slice(0, 10),
    count: (i * 7) % 23,
  }));
}

const corpusLike: TimelineChartInput = {
  title: 'Events over time',
  subtitle: ['2,481 events, 20 January 2017 to 20 January 2021', 'Busiest month: March 2017'],
  periods: months(49),
  unit: 'month',
  highlight: '2017-03-01',
  markers: [
    { date: '2017-03-02', label: '2 Mar 2017 · Sessions recuses himself' },
    { date: '2018-08-21', label: '21 Aug 2018 · Cohen pleads guilty' },
    { date: '2019-12-18', label: '18 Dec 2019 · The House impeaches the President' },
  ],
  countTitle: 'events a month',
};

/** The picture's size in layout units, from the SVG's root element. */
function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  return { width: Number(match?.[1]), height: Number(match?.[2]) };
}

/** How many pixels in the box are near-white: the picture's text colour. */
function lightPixels(
  image: { pixels: Buffer; width: number },
  box: { x: number; y: number; width: number; height: number },
): number {
  // resvg copies the pixels on every read of `pixels`: read them once.
  const { pixels } = image;
  let count = 0;
  for (let y = box.y; y < box.y + box.height; y += 1) {
    for (let x = box.x; x < box.x + box.width; x += 1) {
      const at = (y * image.width + x) * 4;
      if ((pixels[at] ?? 0) > 200 && (pixels[at + 2] ?? 0) > 200) count += 1;
    }
  }
  return count;
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('the timeline picture', () => {
  it('is a PNG about 1,000 pixels wide, sharp on dense phone screens', async () => {
    const [svg, png] = await Promise.all([
      timelineChartSvg(corpusLike),
      renderTimelineChart(corpusLike),
    ]);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const layout = svgSize(svg);
    expect(pngSize(png)).toEqual({
      width: Math.round(layout.width * SCALE),
      height: Math.round(layout.height * SCALE),
    });
    // Laid out narrow enough that its text stays readable when a phone shrinks it to fit...
    expect(layout.width).toBeGreaterThan(600);
    expect(layout.width).toBeLessThan(800);
    // ...and drawn with more pixels than a phone shows of it.
    expect(pngSize(png)?.width).toBeGreaterThanOrEqual(1000);
  });

  it("draws its text with the shipped DejaVu fonts, never the machine's", async () => {
    expect(CHART_RENDER_OPTIONS.font.loadSystemFonts).toBe(false);
    for (const file of CHART_FONT_FILES) {
      expect(file.split(path.sep)).toContain('dejavu-fonts-ttf');
    }
    const svg = await timelineChartSvg(corpusLike);
    expect(svg).toContain('font-family="DejaVu Sans"');
    const title = { x: 40, y: 40, width: 400, height: 60 };
    const drawn = new Resvg(svg, CHART_RENDER_OPTIONS).render();
    expect(lightPixels(drawn, title)).toBeGreaterThan(1000);
    // The same picture with no font at all has no title: the text above came from the shipped font.
    const fontless = new Resvg(svg, {
      ...CHART_RENDER_OPTIONS,
      font: { fontFiles: [], loadSystemFonts: false },
    }).render();
    expect(lightPixels(fontless, title)).toBe(0);
  });

  it('is laid out the same whatever the time zone of the machine', async () => {
    process.env.TZ = 'UTC';
    const utc = await timelineChartSvg(corpusLike);
    process.env.TZ = 'Pacific/Kiritimati';
    const ahead = await timelineChartSvg(corpusLike);
    process.env.TZ = 'America/Los_Angeles';
    const behind = await timelineChartSvg(corpusLike);
    expect(ahead).toBe(utc);
    expect(behind).toBe(utc);
  });

  it('numbers the key events on the chart and names them in a list below it', async () => {
    const svg = await timelineChartSvg(corpusLike);
    for (const marker of corpusLike.markers) expect(svg).toContain(marker.label);
    const numbers = [...svg.matchAll(/>([1-3])<\/text>/g)].map((match) => match[1]);
    // Each number twice: on its mark and before its line in the list.
    expect(numbers.sort()).toEqual(['1', '1', '2', '2', '3', '3']);

    const without = await timelineChartSvg({ ...corpusLike, markers: [] });
    expect(svgSize(without).height).toBeLessThan(svgSize(svg).height - 3 * 25);
  });

  it('labels days under the middle of their bar, and a range of months by its months', async () => {
    const days = await timelineChartSvg({
      ...corpusLike,
      unit: 'day',
      highlight: null,
      markers: [],
      periods: Array.from({ length: 3 }, (_, i) => ({
        start: `2017-03-0${i + 1}`,
        end: `2017-03-0${i + 2}`,
        count: i,
      })),
    });
    expect(days).toContain('>1 Mar<');
    expect(days).toContain('>3 Mar<');
    expect(days).not.toMatch(/>(?:\d\d )?(?:AM|PM)</);

    const years = await timelineChartSvg(corpusLike);
    expect(years).toContain('>2018<');
    expect(years).toContain('>2020<');
  });

  it('names the months on its time axis in the language it is given, English by default', async () => {
    const texts = async (locale?: string) =>
      [
        ...(await timelineChartSvg({ ...corpusLike, periods: months(6), locale })).matchAll(
          /<text[^>]*>([^<]*)<\/text>/g,
        ),
      ].map((match) => match[1]);
    expect(await texts()).toEqual(expect.arrayContaining(['February', 'March']));
    expect(await texts('de-DE')).toEqual(expect.arrayContaining(['Februar', 'März']));
    expect(await texts('fr-FR')).toEqual(expect.arrayContaining(['février', 'mars']));
  });

  it('cuts a line that would run off the picture, at a word, with an ellipsis', async () => {
    const long = `1 Jan 2017 · ${'A very long event title that goes on and on '.repeat(4)}`;
    const fitted = fitText(long, 400, 19, false);
    expect(fitted.endsWith('…')).toBe(true);
    expect(long.startsWith(fitted.slice(0, -1))).toBe(true);
    expect(fitted.slice(0, -1)).toMatch(/\w$/);
    expect(fitText('Short enough', 400, 19, false)).toBe('Short enough');

    const svg = await timelineChartSvg({
      ...corpusLike,
      title: 'A person with a very long name indeed: '.repeat(3),
      markers: [{ date: '2018-01-01', label: long }],
    });
    expect(svgSize(svg).width).toBeLessThan(800);
  });

  it("leaves Set as it found it, so that discord.js still loads after the chart's libraries", async () => {
    await timelineChartSvg(corpusLike);
    expect(Object.hasOwn(Set.prototype, 'toJSON')).toBe(false);
    const discord = await import('discord.js');
    expect(typeof discord.Client).toBe('function');
  });

  it('reads in dark and light themes: its own dark card, light text, strong marks', () => {
    const { background } = CHART_PALETTE;
    expect(contrast(CHART_PALETTE.text, background)).toBeGreaterThanOrEqual(7);
    expect(contrast(CHART_PALETTE.muted, background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(CHART_PALETTE.bar, background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(CHART_PALETTE.highlight, background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(CHART_PALETTE.marker, background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(CHART_PALETTE.markerText, CHART_PALETTE.marker)).toBeGreaterThanOrEqual(4.5);
    // The card stands out from Discord's light theme and is a shade off its dark one.
    expect(contrast(background, '#ffffff')).toBeGreaterThanOrEqual(7);
    expect(contrast(background, '#313338')).toBeGreaterThan(1.1);
  });
});
