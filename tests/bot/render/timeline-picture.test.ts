import { beforeAll, describe, expect, it } from 'vitest';
import type { Activity, Answerer } from '../../../src/answer/types.js';
import type { Reply } from '../../../src/bot/command.js';
import {
  chartInput,
  PICTURE_TEXT,
  withTimelinePicture,
} from '../../../src/bot/render/timeline-picture.js';
import { pngSize } from '../../emulator/attachments.js';
import { bundledAnswerer } from '../../commands/helpers.js';

const months: Activity = {
  step: 'month',
  first: '2017-01-20',
  last: '2017-03-31',
  periods: [
    { start: '2017-01-01', end: '2017-02-01', events: 4 },
    { start: '2017-02-01', end: '2017-03-01', events: 0 },
    { start: '2017-03-01', end: '2017-04-01', events: 9 },
  ],
  total: 13,
  busiest: { start: '2017-03-01', end: '2017-04-01', events: 9 },
  keyEvents: [{ eventId: 'e1', date: '2017-03-02', title: 'Sessions recuses himself', weight: 9 }],
};

const list: Reply = {
  embeds: [{ title: 'Timeline' }, { title: 'second' }],
  components: [],
};

let seed: Answerer;
beforeAll(async () => {
  seed = await bundledAnswerer();
});

describe('what the timeline picture says', () => {
  it('titles it, counts the events, names the busiest period and the key events', () => {
    expect(chartInput(months)).toEqual({
      title: 'Events over time',
      subtitle: [
        '13 events, 20 January 2017 to 31 March 2017',
        'Busiest month: March 2017 (9 events)',
      ],
      periods: [
        { start: '2017-01-01', end: '2017-02-01', count: 4 },
        { start: '2017-02-01', end: '2017-03-01', count: 0 },
        { start: '2017-03-01', end: '2017-04-01', count: 9 },
      ],
      unit: 'month',
      highlight: '2017-03-01',
      markers: [{ date: '2017-03-02', label: '2 Mar 2017 · Sessions recuses himself' }],
      countTitle: 'events a month',
    });
    expect(chartInput(months, 'Jeff Sessions')?.title).toBe('Jeff Sessions: events over time');
  });

  it('says it in the asker’s language, dates and month names too; events keep their words', () => {
    expect(chartInput(months, 'Jeff Sessions', 'de')).toMatchObject({
      title: 'Jeff Sessions: Ereignisse im Zeitverlauf',
      subtitle: [
        '13 Ereignisse, 20. Januar 2017 bis 31. März 2017',
        'Ereignisreichster Monat: März 2017 (9 Ereignisse)',
      ],
      markers: [{ date: '2017-03-02', label: '2. März 2017 · Sessions recuses himself' }],
      countTitle: 'Ereignisse pro Monat',
      locale: 'de-DE',
    });
    expect(chartInput(months, undefined, 'es-419')?.title).toBe('Sucesos a lo largo del tiempo');
  });

  it('names a busiest week by its Monday, and has no busiest of one period', () => {
    const weeks: Activity = {
      ...months,
      step: 'week',
      busiest: { start: '2017-02-27', end: '2017-03-06', events: 9 },
    };
    expect(chartInput(weeks)?.subtitle?.[1]).toBe(
      'Busiest week: week of 27 February 2017 (9 events)',
    );
    const oneDay: Activity = {
      ...months,
      step: 'day',
      first: '2017-03-02',
      last: '2017-03-02',
      total: 1,
      periods: [{ start: '2017-03-02', end: '2017-03-03', events: 1 }],
      busiest: { start: '2017-03-02', end: '2017-03-03', events: 1 },
    };
    expect(chartInput(oneDay)).toMatchObject({
      subtitle: ['1 event, 2 March 2017'],
      highlight: null,
    });
  });

  it('has nothing to show without events', () => {
    expect(chartInput({ ...months, total: 0, periods: [], first: null, last: null })).toBeNull();
  });
});

describe('a reply with the timeline picture', () => {
  it('shows the picture in its first embed and carries the file, drawn only when sent', () => {
    let asked = 0;
    const counting = {
      ...seed,
      activity: (options: Parameters<Answerer['activity']>[0]) => {
        asked += 1;
        return seed.activity(options);
      },
    };
    const reply = withTimelinePicture(list, { answerer: counting });
    expect(reply.embeds[0]).toEqual({
      title: 'Timeline',
      image: { url: 'attachment://timeline.png' },
    });
    expect(reply.embeds[1]).toEqual({ title: 'second' });
    expect(reply.attachments?.map((attachment) => attachment.name)).toEqual([
      PICTURE_TEXT.fileName,
    ]);
    expect(asked).toBe(0);
  });

  it('draws a PNG of the events, with alt text that says what it shows', async () => {
    const reply = withTimelinePicture(list, {
      answerer: seed,
      person: { id: 'person-jeff-sessions', name: 'Jeff Sessions' },
    });
    const drawn = await reply.attachments?.[0]?.draw();
    expect(drawn?.name).toBe('timeline.png');
    expect(pngSize(drawn?.bytes ?? new Uint8Array())).not.toBeNull();
    expect(drawn?.description).toMatch(
      /^Jeff Sessions: events over time, a bar chart of events a day: 1 event, 2 March 2017\. Key events: 1\. 2 March 2017, AG Sessions recuses himself/,
    );
    expect(drawn?.description.length).toBeLessThanOrEqual(1024);
  });

  it('keeps its alt text within Discord’s 1,024 characters however long the titles', async () => {
    const longTitles = {
      activity: () => ({
        ...months,
        keyEvents: Array.from({ length: 10 }, (_, i) => ({
          eventId: `e${i}`,
          date: '2017-03-02',
          title: `An event whose title goes on and on ${'and on '.repeat(30)}`,
          weight: 1,
        })),
      }),
    } as unknown as Answerer;
    const drawn = await withTimelinePicture(list, {
      answerer: longTitles,
    }).attachments?.[0]?.draw();
    expect(drawn?.description.length).toBe(1024);
    expect(drawn?.description.endsWith('…')).toBe(true);
  });

  it('draws nothing for a range without events', async () => {
    const reply = withTimelinePicture(list, { answerer: seed, from: '2016', to: '2016' });
    expect(await reply.attachments?.[0]?.draw()).toBeNull();
  });
});
