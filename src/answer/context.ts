/**
 * What every step of answering reads: the dataset, its indexes and the maps built over them once
 * per dataset. Steps are functions of this context rather than methods of one class, so each
 * concern lives in its own module and a reader can follow a question through them.
 */
import type { Dataset } from '../dataset/schema.js';
import type { DateSpan } from '../question/dates.js';
import type { DatasetIndex } from '../search/dataset-index.js';
import type { Lookup } from './render.js';
import { RoleTenures } from './roles.js';

export interface AnswerContext {
  readonly dataset: Dataset;
  readonly index: DatasetIndex;
  readonly lookup: Lookup;
  /** Person id → index into dataset.people. */
  readonly personById: ReadonlyMap<string, number>;
  /** Event id → index into dataset.events. */
  readonly eventPosition: ReadonlyMap<string, number>;
  /** Index into dataset.people → indexes into dataset.quotes of what they said. */
  readonly quotesBySpeaker: ReadonlyMap<number, readonly number[]>;
  /** "Today" for relative dates: fixed by the options, else the clock at each question. */
  referenceDate(): Date;
  /** The days the dataset covers, where a date written without a year is read. */
  dateSpan(): DateSpan | null;
  /**
   * Role tenures, read from the events on the first question about a role holder: most datasets
   * are asked about role holders rarely, and reading tenures costs a pass over every person.
   */
  roles(): RoleTenures;
}

export function createContext(
  dataset: Dataset,
  index: DatasetIndex,
  fixedReferenceDate: Date | undefined,
): AnswerContext {
  const personById = new Map(dataset.people.map((person, i) => [person.id, i]));
  const quotesBySpeaker = new Map<number, number[]>();
  dataset.quotes.forEach((quote, i) => {
    const person =
      quote.speaker?.personId == null ? undefined : personById.get(quote.speaker.personId);
    if (person === undefined) return;
    const list = quotesBySpeaker.get(person);
    if (list === undefined) quotesBySpeaker.set(person, [i]);
    else list.push(i);
  });
  let roles: RoleTenures | null = null;
  return {
    dataset,
    index,
    lookup: {
      dataset,
      sourceById: new Map(dataset.sources.map((source) => [source.id, source])),
      eventById: new Map(dataset.events.map((event) => [event.id, event])),
    },
    personById,
    eventPosition: new Map(dataset.events.map((event, i) => [event.id, i])),
    quotesBySpeaker,
    referenceDate: () => fixedReferenceDate ?? new Date(),
    dateSpan: () => {
      const order = index.eventsByDate;
      const first = dataset.events[order[0] ?? -1]?.date;
      const last = dataset.events[order[order.length - 1] ?? -1]?.date;
      return first === undefined || last === undefined ? null : { first, last };
    },
    roles: () => (roles ??= new RoleTenures(dataset)),
  };
}

/** A record by position; positions come from the index built over the same arrays. */
export function at<T>(records: readonly T[], position: number): T {
  const record = records[position];
  if (record === undefined) throw new Error(`no record at position ${String(position)}`);
  return record;
}
