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
import { formatDate } from './dates.js';

/** Every word the picture and its alt text use, in one place for translation. */
export const PICTURE_TEXT = {
  fileName: 'timeline.png',
  everyone: 'Events over time',
  person: (name: string) => `${name}: events over time`,
  events: (count: number) => `${count.toLocaleString('en-US')} event${count === 1 ? '' : 's'}`,
  span: (first: string, last: string) =>
    first === last ? formatDate(first) : `${formatDate(first)} to ${formatDate(last)}`,
  busiest: {
    day: 'Busiest day',
    week: 'Busiest week',
    month: 'Busiest month',
    year: 'Busiest year',
  } satisfies Record<ActivityStep, string>,
  weekOf: (monday: string) => `week of ${formatDate(monday)}`,
  countTitle: {
    day: 'events a day',
    week: 'events a week',
    month: 'events a month',
    year: 'events a year',
  } satisfies Record<ActivityStep, string>,
  alt: (title: string, bars: string, what: string, keyEvents: string) =>
    `${title}, a bar chart of ${bars}: ${what}.${keyEvents === '' ? '' : ` Key events: ${keyEvents}.`}`,
} as const;

/** "8 May 2017": the key events' dates, short to leave their titles room. */
const SHORT_DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function shortDate(day: string): string {
  return SHORT_DAY.format(new Date(`${day}T00:00:00Z`));
}

/** Discord's limit on an attachment's description (its alt text). */
const ALT_TEXT_MAX = 1024;

export interface PictureRequest {
  answerer: Answerer;
  /** Only this person's events, titled with their name. */
  person?: { id: string; name: string };
  /** Free-text bounds, read as the timeline reads them. */
  from?: string;
  to?: string;
  /** The asker's Discord language, for when the picture's words are translated. */
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
  const input = chartInput(activity, request.person?.name);
  if (input === null) return null;
  return {
    name: PICTURE_TEXT.fileName,
    bytes: await renderTimelineChart(input),
    description: altText(input, activity),
  };
}

/** What the chart shows, in words; null when there is nothing to show. */
export function chartInput(activity: Activity, personName?: string): TimelineChartInput | null {
  if (activity.total === 0 || activity.first === null || activity.last === null) return null;
  const { step, busiest } = activity;
  const subtitle = [
    `${PICTURE_TEXT.events(activity.total)}, ${PICTURE_TEXT.span(activity.first, activity.last)}`,
  ];
  if (busiest !== null && activity.periods.length > 1) {
    subtitle.push(
      `${PICTURE_TEXT.busiest[step]}: ${periodName(busiest.start, step)} (${PICTURE_TEXT.events(busiest.events)})`,
    );
  }
  return {
    title: personName === undefined ? PICTURE_TEXT.everyone : PICTURE_TEXT.person(personName),
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
      label: `${shortDate(event.date)} · ${event.title}`,
    })),
    countTitle: PICTURE_TEXT.countTitle[step],
  };
}

function periodName(start: string, step: ActivityStep): string {
  switch (step) {
    case 'day':
      return formatDate(start);
    case 'week':
      return PICTURE_TEXT.weekOf(start);
    case 'month':
      return formatDate(start.slice(0, 7));
    case 'year':
      return start.slice(0, 4);
  }
}

function altText(input: TimelineChartInput, activity: Activity): string {
  const what = (input.subtitle ?? []).join('; ');
  const keyEvents = activity.keyEvents
    .map((event, i) => `${i + 1}. ${formatDate(event.date)}, ${event.title}`)
    .join('; ');
  return truncate(PICTURE_TEXT.alt(input.title, input.countTitle, what, keyEvents), ALT_TEXT_MAX);
}
