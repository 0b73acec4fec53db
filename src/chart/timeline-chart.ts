/**
 * The timeline picture: events per period as bars, the busiest period brighter, and a few key
 * events numbered on the chart and named in a list below it. Data and text in, PNG bytes out;
 * the caller writes every word (so the words can be translated) and chooses what to show.
 *
 * Vega-Lite describes the chart, Vega lays it out and writes SVG without a browser or canvas
 * (`View.toSVG`), and resvg turns the SVG into a PNG with the DejaVu fonts shipped in the
 * `dejavu-fonts-ttf` package: the machine's fonts are never read, so the picture is the same
 * everywhere, in a container without fonts too.
 *
 * Readable on a phone in Discord's dark and light themes: the picture is its own solid dark card
 * (as a screenshot would be), so its colours never depend on the theme around it; text is near
 * white on it (contrast about 15:1), bars and marks at least 4.5:1, and the fonts are large for a
 * picture that a phone shows about 330 points wide. Blue bars and amber marks stay distinct under
 * the common colour-vision deficiencies.
 */
import { createRequire } from 'node:module';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { loadFontMetrics, type FontMetrics } from './font-metrics.js';

export interface ChartPeriod {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** The day after the last, YYYY-MM-DD. */
  end: string;
  count: number;
}

export interface ChartMarker {
  /** YYYY-MM-DD: where the mark stands on the time axis. */
  date: string;
  /** The line that names it in the list under the chart; cut to fit, with an ellipsis. */
  label: string;
}

/** How long each period lasts. */
export type ChartUnit = 'day' | 'week' | 'month' | 'year';

export interface TimelineChartInput {
  title: string;
  /** Lines under the title (how many events, the busiest period). */
  subtitle?: readonly string[];
  /** Oldest first, meeting end to start, each one `unit` long. */
  periods: readonly ChartPeriod[];
  unit: ChartUnit;
  /** The start of the period drawn brighter, usually the busiest; none when absent. */
  highlight?: string | null;
  /** Oldest first; numbered 1, 2, 3… on the chart and in the list. */
  markers: readonly ChartMarker[];
  /** The count axis's title ("events"). */
  countTitle: string;
  /**
   * The language the time axis names months in, as a BCP 47 tag ("de-DE", "fr-FR"); Vega's
   * English without one.
   */
  locale?: string | undefined;
}

/** Width of the plot in layout units; the PNG is drawn at `SCALE` pixels per unit. */
export const PLOT_WIDTH = 600;
const PLOT_HEIGHT = 230;
const LIST_ROW_HEIGHT = 30;
/**
 * Pixels per layout unit. About 1,070 pixels across is more than Discord shows of it anywhere (a
 * phone's embed is about 330 points, some 1,000 pixels, wide; a desktop's at most 400 points):
 * sharp everywhere, and a third cheaper to draw and encode than twice the layout.
 */
export const SCALE = 1.5;

export const CHART_PALETTE = {
  background: '#1e1f22',
  text: '#f2f3f5',
  muted: '#b5bac1',
  grid: '#3b3d44',
  bar: '#7984f5',
  highlight: '#b3b9ff',
  marker: '#f0b232',
  markerText: '#1e1f22',
} as const;

/**
 * Vega-Lite gives every Set a `toJSON` method when it loads, for its own hashing while it
 * compiles. Left in place it breaks other libraries that copy Set's methods when they load
 * (discord.js's event emitter stops with "string "Set()" is not iterable"), so it is taken away
 * here and put back only while a spec compiles, which runs synchronously.
 */
const vegaLiteSetToJson = Reflect.getOwnPropertyDescriptor(Set.prototype, 'toJSON');
Reflect.deleteProperty(Set.prototype, 'toJSON');

function compileVegaLite(spec: TopLevelSpec): ReturnType<typeof compile> {
  if (vegaLiteSetToJson === undefined) return compile(spec);
  Reflect.defineProperty(Set.prototype, 'toJSON', vegaLiteSetToJson);
  try {
    return compile(spec);
  } finally {
    Reflect.deleteProperty(Set.prototype, 'toJSON');
  }
}

const FONT_FAMILY = 'DejaVu Sans';
const require = createRequire(import.meta.url);
const REGULAR_FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD_FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
/** The fonts the picture is drawn with, from the dejavu-fonts-ttf package. */
export const CHART_FONT_FILES: readonly string[] = [REGULAR_FONT, BOLD_FONT];

const FONT_SIZE = { title: 26, subtitle: 18, axis: 17, list: 19, number: 15 } as const;
const MARKER_SIZE = 26 * 26;
/** Where a key event's line starts in the list, right of its numbered mark. */
const LIST_TEXT_X = 36;
/** How far left of the plot the title starts: the count axis's labels and title sit there. */
const AXIS_ROOM = 60;

/** The Vega-Lite description of the picture (exported for tests). */
export function timelineChartSpec(input: TimelineChartInput): TopLevelSpec {
  const top = Math.max(1, ...input.periods.map((period) => period.count));
  // Headroom above the highest bar holds the numbered marks.
  const domainTop = top * 1.35;
  const markerY = top * 1.2;
  const periods = input.periods.map((period) => ({
    ...period,
    highlighted: period.start === input.highlight,
  }));
  const markers = input.markers.map((marker, i) => ({
    ...marker,
    label: fitText(marker.label, PLOT_WIDTH - LIST_TEXT_X, FONT_SIZE.list, false),
    number: String(i + 1),
    // The middle of the day, so a mark stands inside a one-day bar.
    at: `${marker.date}T12:00:00Z`,
    y: markerY,
  }));
  const time = { type: 'utc' as const };
  const chart = {
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    layer: [
      {
        data: { values: periods },
        mark: { type: 'rect' as const, stroke: CHART_PALETTE.background, strokeWidth: 0.5 },
        encoding: {
          x: {
            field: 'start',
            type: 'temporal' as const,
            title: null,
            scale: time,
            axis: timeAxis(input),
          },
          x2: { field: 'end' },
          y: {
            field: 'count',
            type: 'quantitative' as const,
            title: input.countTitle,
            scale: { domain: [0, domainTop], nice: false },
            axis: { tickCount: 4, format: 'd' },
          },
          color: {
            condition: { test: 'datum.highlighted', value: CHART_PALETTE.highlight },
            value: CHART_PALETTE.bar,
          },
        },
      },
      ...(markers.length === 0
        ? []
        : [
            {
              data: { values: markers },
              layer: [
                {
                  mark: {
                    type: 'rule' as const,
                    color: CHART_PALETTE.marker,
                    strokeWidth: 2,
                    strokeDash: [5, 4],
                  },
                  encoding: {
                    x: { field: 'at', type: 'temporal' as const, scale: time },
                    y: { field: 'y', type: 'quantitative' as const },
                    y2: { datum: 0 },
                  },
                },
                {
                  mark: {
                    type: 'circle' as const,
                    size: MARKER_SIZE,
                    opacity: 1,
                    color: CHART_PALETTE.marker,
                    stroke: CHART_PALETTE.background,
                    strokeWidth: 2,
                  },
                  encoding: {
                    x: { field: 'at', type: 'temporal' as const, scale: time },
                    y: { field: 'y', type: 'quantitative' as const },
                  },
                },
                {
                  mark: {
                    type: 'text' as const,
                    color: CHART_PALETTE.markerText,
                    fontSize: FONT_SIZE.number,
                    fontWeight: 'bold' as const,
                    baseline: 'middle' as const,
                  },
                  encoding: {
                    x: { field: 'at', type: 'temporal' as const, scale: time },
                    y: { field: 'y', type: 'quantitative' as const },
                    text: { field: 'number' },
                  },
                },
              ],
            },
          ]),
    ],
  };
  const list = {
    width: PLOT_WIDTH,
    height: LIST_ROW_HEIGHT * markers.length,
    data: { values: markers },
    encoding: {
      y: { field: 'number', type: 'ordinal' as const, axis: null, sort: null },
    },
    layer: [
      {
        mark: {
          type: 'circle' as const,
          size: MARKER_SIZE,
          opacity: 1,
          color: CHART_PALETTE.marker,
        },
        encoding: { x: { value: 13 } },
      },
      {
        mark: {
          type: 'text' as const,
          color: CHART_PALETTE.markerText,
          fontSize: FONT_SIZE.number,
          fontWeight: 'bold' as const,
          baseline: 'middle' as const,
        },
        encoding: { x: { value: 13 }, text: { field: 'number' } },
      },
      {
        mark: {
          type: 'text' as const,
          color: CHART_PALETTE.text,
          fontSize: FONT_SIZE.list,
          align: 'left' as const,
          baseline: 'middle' as const,
        },
        encoding: { x: { value: LIST_TEXT_X }, text: { field: 'label' } },
      },
    ],
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    background: CHART_PALETTE.background,
    padding: 20,
    title: {
      text: fitText(input.title, PLOT_WIDTH + AXIS_ROOM, FONT_SIZE.title, true),
      ...(input.subtitle === undefined || input.subtitle.length === 0
        ? {}
        : {
            subtitle: input.subtitle.map((line) =>
              fitText(line, PLOT_WIDTH + AXIS_ROOM, FONT_SIZE.subtitle, false),
            ),
          }),
    },
    config: {
      // A PNG has no ARIA: its alt text is the attachment's description. (Vega's ARIA labels
      // would also write dates in the machine's time zone.)
      aria: false,
      font: FONT_FAMILY,
      view: { stroke: null },
      axis: {
        labelColor: CHART_PALETTE.muted,
        titleColor: CHART_PALETTE.muted,
        labelFontSize: FONT_SIZE.axis,
        titleFontSize: FONT_SIZE.axis,
        titleFontWeight: 'normal',
        gridColor: CHART_PALETTE.grid,
        domainColor: CHART_PALETTE.muted,
        tickColor: CHART_PALETTE.muted,
        labelPadding: 6,
      },
      axisX: { grid: false },
      title: {
        anchor: 'start',
        color: CHART_PALETTE.text,
        subtitleColor: CHART_PALETTE.muted,
        fontSize: FONT_SIZE.title,
        subtitleFontSize: FONT_SIZE.subtitle,
        subtitlePadding: 6,
        offset: 16,
      },
      concat: { spacing: 18 },
    },
    vconcat: markers.length === 0 ? [chart] : [chart, list],
  };
}

/** What Vega hands a text measure: the mark item being laid out. */
interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
}

type TextWidth = (item: TextItem, text: unknown) => number;

let fonts: { regular: FontMetrics; bold: FontMetrics } | null = null;

function chartFonts(): { regular: FontMetrics; bold: FontMetrics } {
  fonts ??= { regular: loadFontMetrics(REGULAR_FONT), bold: loadFontMetrics(BOLD_FONT) };
  return fonts;
}

const ELLIPSIS = '…';

/**
 * `text` cut to `maxWidth` with an ellipsis, at the end of a word when one ends near the cut, so
 * that no line runs off the picture.
 */
export function fitText(text: string, maxWidth: number, fontSize: number, bold: boolean): string {
  const metrics = bold ? chartFonts().bold : chartFonts().regular;
  const line = text.replace(/\s+/g, ' ').trim();
  if (metrics.width(line, fontSize) <= maxWidth) return line;
  const characters = Array.from(line);
  const room = maxWidth - metrics.width(ELLIPSIS, fontSize);
  let kept = 0;
  let width = 0;
  for (const character of characters) {
    width += metrics.width(character, fontSize);
    if (width > room) break;
    kept += 1;
  }
  let head = characters.slice(0, kept).join('');
  const lastSpace = head.lastIndexOf(' ');
  if (lastSpace >= head.length * 0.7) head = head.slice(0, lastSpace);
  return `${head.replace(/[\s,;:.·–-]+$/u, '')}${ELLIPSIS}`;
}

/**
 * Makes Vega measure text with the DejaVu fonts' own widths (see font-metrics.ts). The measure is
 * Vega's process-wide setting; this program draws no other Vega charts.
 */
function measureTextWithChartFonts(): void {
  const { regular, bold } = chartFonts();
  const metrics = (vega as unknown as { textMetrics?: { width: TextWidth } }).textMetrics;
  if (metrics === undefined) throw new Error('vega no longer exports textMetrics');
  metrics.width = (item, text) => {
    const weight = item.fontWeight;
    const isBold = weight === 'bold' || (typeof weight === 'number' && weight >= 600);
    const size = item.fontSize ?? 11;
    // Vega's own measure takes the line as given, trimmed, and an absent one as empty.
    const line = typeof text === 'string' || typeof text === 'number' ? String(text).trim() : '';
    return (isBold ? bold : regular).width(line, size);
  };
}

const DAY_MS = 86_400_000;
/** About how many labels the time axis gets. */
const TIME_LABELS = 6;

/** The smallest of `steps` at least `wanted`, or the largest. */
function niceStep(wanted: number, steps: readonly number[]): number {
  return steps.find((step) => step >= wanted) ?? steps[steps.length - 1] ?? 1;
}

/**
 * The time axis: days are labelled under the middle of their bar ("2 Mar"); longer periods get
 * ticks every few months or years, as Vega labels them ("April", "2018").
 */
function timeAxis(input: TimelineChartInput): Record<string, unknown> {
  const { periods } = input;
  const first = Date.parse(`${periods[0]?.start ?? '1970-01-01'}T00:00:00Z`);
  const end = Date.parse(`${periods[periods.length - 1]?.end ?? '1970-01-02'}T00:00:00Z`);
  const days = Math.max(1, (end - first) / DAY_MS);
  const shared = { labelOverlap: true, labelFlush: true };
  if (input.unit === 'day') {
    const step = Math.ceil(days / (TIME_LABELS + 1));
    return {
      ...shared,
      labelFlush: false,
      values: periods
        .filter((_, i) => i % step === 0)
        .map((period) => Date.parse(`${period.start}T00:00:00Z`)),
      format: '%-d %b',
      labelOffset: PLOT_WIDTH / days / 2,
      ticks: false,
    };
  }
  const months = days / 30.44;
  if (months <= 12 * TIME_LABELS) {
    const step = niceStep(Math.ceil(months / TIME_LABELS), [1, 2, 3, 6, 12]);
    return { ...shared, tickCount: { interval: 'month', step } };
  }
  const step = niceStep(Math.ceil(months / 12 / TIME_LABELS), [1, 2, 5, 10, 20, 50, 100, 200]);
  return { ...shared, tickCount: { interval: 'year', step } };
}

/** A d3 time-format locale: the names Vega's time axis labels with. */
interface TimeLocaleDefinition {
  dateTime: string;
  date: string;
  time: string;
  periods: [string, string];
  days: string[];
  shortDays: string[];
  months: string[];
  shortMonths: string[];
}

const timeLocales = new Map<string, TimeLocaleDefinition>();

/**
 * Month and weekday names in a language, as Intl writes them ("März", "mars"), for Vega's time
 * axis.
 */
function timeLocale(tag: string): TimeLocaleDefinition {
  const known = timeLocales.get(tag);
  if (known !== undefined) return known;
  const names = (options: Intl.DateTimeFormatOptions, dates: readonly Date[]): string[] => {
    const format = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
    return dates.map((date) => format.format(date));
  };
  const months = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2000, i, 1)));
  // 2 January 2000 was a Sunday, where Vega's (d3's) week starts.
  const days = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2000, 0, 2 + i)));
  const definition: TimeLocaleDefinition = {
    dateTime: '%x, %X',
    date: '%Y-%m-%d',
    time: '%H:%M:%S',
    periods: ['AM', 'PM'],
    days: names({ weekday: 'long' }, days),
    shortDays: names({ weekday: 'short' }, days),
    months: names({ month: 'long' }, months),
    shortMonths: names({ month: 'short' }, months),
  };
  timeLocales.set(tag, definition);
  return definition;
}

/**
 * The View's `locale` option: Vega reads it as `{ number, time }` locale definitions (vega-view's
 * View.js), though its typings say formatters.
 */
function viewLocale(tag: string): vega.LocaleFormatters {
  return { time: timeLocale(tag) } as unknown as vega.LocaleFormatters;
}

/** The picture as SVG text (exported for tests). */
export async function timelineChartSvg(input: TimelineChartInput): Promise<string> {
  measureTextWithChartFonts();
  const view = new vega.View(vega.parse(compileVegaLite(timelineChartSpec(input)).spec), {
    renderer: 'none',
    ...(input.locale === undefined ? {} : { locale: viewLocale(input.locale) }),
  });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** How resvg draws the picture: `SCALE` pixels per unit, with the shipped fonts only. */
export const CHART_RENDER_OPTIONS = {
  fitTo: { mode: 'zoom', value: SCALE },
  font: {
    fontFiles: [...CHART_FONT_FILES],
    loadSystemFonts: false,
    defaultFontFamily: FONT_FAMILY,
  },
} as const satisfies ResvgRenderOptions;

/** The picture as PNG bytes. */
export async function renderTimelineChart(input: TimelineChartInput): Promise<Uint8Array> {
  const svg = await timelineChartSvg(input);
  const png = new Resvg(svg, CHART_RENDER_OPTIONS).render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
