/**
 * The timeline picture on a reply: `/timeline` and a person's card show, below their list, a chart
 * of how many events happened when, with the key events numbered and named. The reply names the
 * file in its first embed; the file is drawn only when the reply is sent (../attachments.ts).
 */
import { truncate } from '../../answer/render.js';
import type { Activity, ActivityStep, Answerer } from '../../answer/types.js';
import { renderTimelineChart, type TimelineChartInput } from '../../chart/timeline-chart.js';
import { attachmentUrl } from '../attachments.js';
import type { DrawnAttachment, Reply } from '../command.js';
import { languageOf, textOf } from '../i18n/index.js';
import { formatDate, formatShortDay } from './dates.js';

/** The picture's file name, and (in English) every word it and its alt text use. */
export const PICTURE_TEXT = { fileName: 'timeline.png', ...textOf(undefined).picture } as const;

/** Discord's limit on an attachment's description (its alt text). */
const ALT_TEXT_MAX = 1024;

export interface PictureRequest {
  answerer: Answerer;
  /** Only this person's events, titled with their name. */
  person?: { id: string; name: string };
  /** Free-text bounds, read as the timeline reads them. */
  from?: string;
  to?: string;
  /** The asker's Discord language: the picture's words and dates follow it. */
  locale?: string | undefined;
}

/**
 * The reply with the timeline picture under its first embed. Nothing is computed until the
 * picture is drawn; a range without events draws nothing, and the reply then goes without it.
 */
export function withTimelinePicture(reply: Reply, request: PictureRequest): Reply {
  const [first, ...rest] = reply.embeds;
  if (first === undefined) return reply;
  const name = PICTURE_TEXT.fileName;
  return {
    ...reply,
    embeds: [{ ...first, image: { url: attachmentUrl(name) } }, ...rest],
    attachments: [...(reply.attachments ?? []), { name, draw: () => drawPicture(request) }],
  };
}

async function drawPicture(request: PictureRequest): Promise<DrawnAttachment | null> {
  const activity = request.answerer.activity({
    personId: request.person?.id,
    from: request.from,
    to: request.to,
  });
  const input = chartInput(activity, request.person?.name, request.locale);
  if (input === null) return null;
  return {
    name: PICTURE_TEXT.fileName,
    bytes: await renderTimelineChart(input),
    description: altText(input, activity, request.locale),
  };
}

/** What the chart shows, in words; null when there is nothing to show. */
export function chartInput(
  activity: Activity,
  personName?: string,
  locale?: string,
): TimelineChartInput | null {
  if (activity.total === 0 || activity.first === null || activity.last === null) return null;
  const language = languageOf(locale);
  const strings = language.text;
  const text = strings.picture;
  const { step, busiest } = activity;
  const span =
    activity.first === activity.last
      ? formatDate(activity.first, locale)
      : strings.dates.range(formatDate(activity.first, locale), formatDate(activity.last, locale));
  const subtitle = [`${text.events(activity.total)}, ${span}`];
  if (busiest !== null && activity.periods.length > 1) {
    subtitle.push(
      `${text.busiest[step]}: ${periodName(busiest.start, step, locale)} (${text.events(busiest.events)})`,
    );
  }
  return {
    title: personName === undefined ? text.everyone : text.person(personName),
    subtitle,
    periods: activity.periods.map((period) => ({
      start: period.start,
      end: period.end,
      count: period.events,
    })),
    unit: step,
    highlight: activity.periods.length > 1 ? (busiest?.start ?? null) : null,
    markers: activity.keyEvents.map((event) => ({
      date: event.date,
      label: `${formatShortDay(event.date, locale)} · ${event.title}`,
    })),
    countTitle: text.countTitle[step],
    // The axis names months in the asker's language; English keeps Vega's own names.
    ...(language.code === 'en' ? {} : { locale: language.intl }),
  };
}

function periodName(start: string, step: ActivityStep, locale: string | undefined): string {
  switch (step) {
    case 'day':
      return formatDate(start, locale);
    case 'week':
      return textOf(locale).picture.weekOf(formatDate(start, locale));
    case 'month':
      return formatDate(start.slice(0, 7), locale);
    case 'year':
      return start.slice(0, 4);
  }
}

function altText(input: TimelineChartInput, activity: Activity, locale?: string): string {
  const what = (input.subtitle ?? []).join('; ');
  const keyEvents = activity.keyEvents
    .map((event, i) => `${i + 1}. ${formatDate(event.date, locale)}, ${event.title}`)
    .join('; ');
  return truncate(
    textOf(locale).picture.alt(input.title, input.countTitle, what, keyEvents),
    ALT_TEXT_MAX,
  );
}
