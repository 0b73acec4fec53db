/**
 * A valid dataset (checked by the real loader) of events on chosen dates, for "on this day": each
 * event has as many article sources as asked and names the people given, so tests can set which
 * one the day-weight ranks first.
 */
import { parseDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/schema.js';

export interface DatedEvent {
  date: string;
  summary: string;
  /** How many sources report it (default 1): more sources rank an event higher. */
  sources?: number;
  /** Names of the people it names. */
  people?: string[];
}

const idOf = (name: string): string => `person-${name.toLowerCase().replace(/\W+/g, '-')}`;

export function datedEventsDataset(events: readonly DatedEvent[]): Dataset {
  const names = [...new Set(events.flatMap((event) => event.people ?? []))];
  const dataset = {
    version: 2,
    inputs: ['dated.jsonl'],
    attributions: [],
    events: events.map((event, i) => ({
      id: `evt-${i}`,
      date: event.date,
      title: event.summary.slice(0, 60),
      summary: event.summary,
      sourceIds: Array.from({ length: event.sources ?? 1 }, (_, s) => `src-${i}-${s}`),
      personIds: (event.people ?? []).map(idOf),
      origin: { file: 'dated.jsonl', line: i + 1 },
    })),
    sources: events.flatMap((event, i) =>
      Array.from({ length: event.sources ?? 1 }, (_, s) => ({
        id: `src-${i}-${s}`,
        kind: 'article',
        eventId: `evt-${i}`,
        date: event.date,
        text: event.summary,
        publisher: `Example News ${s + 1}`,
        url: `https://example.com/news/${i}/${s}`,
      })),
    ),
    quotes: [],
    people: names.map((name) => ({
      id: idOf(name),
      kind: 'person',
      name,
      aliases: [name],
      roles: [],
      eventIds: events.flatMap((event, i) => (event.people?.includes(name) ? [`evt-${i}`] : [])),
    })),
    facts: [],
  };
  return parseDataset(JSON.stringify(dataset), 'dated events dataset');
}
