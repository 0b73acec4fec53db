/**
 * Everything searchable in a dataset, indexed once: events, quotes and facts share one inverted
 * index (so one search ranks them together), with per-document kind, dates and linked people kept
 * in flat arrays for cheap filtering and boosting.
 */
import type { Dataset } from '../dataset/schema.js';
import { phraseMeanings } from './synonyms.js';
import { dayNumber, lastDayNumber } from './days.js';
import { InvertedIndex, type IndexedField } from './inverted-index.js';
import { PeopleIndex } from './people.js';
import { runToEnd, type Slices } from './slices.js';

export const DocKind = { event: 0, quote: 1, fact: 2 } as const;
export type DocKind = (typeof DocKind)[keyof typeof DocKind];

/** Field weights: where a word appears says how much the document is about it. */
const WEIGHT = {
  title: 3,
  summary: 1.5,
  sourceText: 0.6,
  personName: 1,
  quote: 2,
  speaker: 2,
  sentence: 0.5,
  /** A fact's clause says what its date is the date of; the rest of its sentence is context. */
  factClause: 1.2,
  factSentence: 0.4,
} as const;

export class DatasetIndex {
  readonly text: InvertedIndex;
  readonly people: PeopleIndex;
  readonly kinds: Uint8Array;
  /** Position of the document's record in its dataset array. */
  readonly refs: Int32Array;
  readonly firstDay: Int32Array;
  readonly lastDay: Int32Array;
  /** People (indexes into dataset.people) each document is about or said by. */
  readonly personLinks: readonly (readonly number[])[];
  /** Event positions sorted by date, for date ranges. */
  readonly eventsByDate: Int32Array;
  readonly eventDays: Int32Array;
  /** Fact positions sorted by the first day they cover, for date ranges. */
  private readonly factsByStart: Int32Array;
  private readonly factStarts: Int32Array;

  constructor(
    readonly dataset: Dataset,
    documents: Documents = runToEnd(describeDocuments(dataset)),
    text: InvertedIndex = new InvertedIndex(documents.fields),
    people: PeopleIndex = new PeopleIndex(dataset.people),
  ) {
    this.kinds = documents.kinds;
    this.refs = documents.refs;
    this.firstDay = documents.firstDay;
    this.lastDay = documents.lastDay;
    this.personLinks = documents.links;
    this.text = text;
    this.people = people;
    const order = dataset.events
      .map((_, i) => i)
      .sort((a, b) => (dataset.events[a]?.date ?? '').localeCompare(dataset.events[b]?.date ?? ''));
    this.eventsByDate = Int32Array.from(order);
    this.eventDays = Int32Array.from(
      order.map((i) => dayNumber(dataset.events[i]?.date ?? '1970-01-01')),
    );
    const factStart = (fact: number): number => this.firstDay[this.docOf(DocKind.fact, fact)] ?? 0;
    const factOrder = dataset.facts.map((_, i) => i).sort((a, b) => factStart(a) - factStart(b));
    this.factsByStart = Int32Array.from(factOrder);
    this.factStarts = Int32Array.from(factOrder.map(factStart));
  }

  /** The same index, built in slices (see Slices). */
  static *build(dataset: Dataset): Slices<DatasetIndex> {
    const documents = yield* describeDocuments(dataset);
    const text = yield* InvertedIndex.build(documents.fields);
    yield;
    const people = new PeopleIndex(dataset.people);
    yield;
    return new DatasetIndex(dataset, documents, text, people);
  }

  get documentCount(): number {
    return this.kinds.length;
  }

  /** Event positions dated within [from, to] (day numbers), oldest first. */
  eventsBetween(from: number, to: number): Int32Array {
    const start = lowerBound(this.eventDays, from);
    const end = lowerBound(this.eventDays, to + 1);
    return this.eventsByDate.subarray(start, end);
  }

  /**
   * Fact positions whose whole date lies within [from, to] (day numbers), oldest first: "in
   * January 2017" belongs to a question about 2017 or January, not to one about 2 January.
   */
  factsWithin(from: number, to: number): number[] {
    const start = lowerBound(this.factStarts, from);
    const end = lowerBound(this.factStarts, to + 1);
    const facts: number[] = [];
    for (const fact of this.factsByStart.subarray(start, end)) {
      if ((this.lastDay[this.docOf(DocKind.fact, fact)] ?? Infinity) <= to) facts.push(fact);
    }
    return facts;
  }

  /** The document number of a dataset record. */
  docOf(kind: DocKind, ref: number): number {
    if (kind === DocKind.event) return ref;
    if (kind === DocKind.quote) return this.dataset.events.length + ref;
    return this.dataset.events.length + this.dataset.quotes.length + ref;
  }
}

/** Every searchable record as one document: its fields, kind, record, days and people. */
interface Documents {
  fields: IndexedField[][];
  kinds: Uint8Array;
  refs: Int32Array;
  firstDay: Int32Array;
  lastDay: Int32Array;
  links: number[][];
}

const RECORDS_PER_SLICE = 2_000;

function* describeDocuments(dataset: Dataset): Slices<Documents> {
  const personIndex = new Map(dataset.people.map((person, i) => [person.id, i]));
  const eventIndex = yield* mapInSlices(dataset.events, (event, i) => [event.id, i]);
  const sourceText = yield* mapInSlices(dataset.sources, (source) => [source.id, source.text]);
  const count = dataset.events.length + dataset.quotes.length + dataset.facts.length;
  const kinds = new Uint8Array(count);
  const refs = new Int32Array(count);
  const firstDay = new Int32Array(count);
  const lastDay = new Int32Array(count);
  const links: number[][] = [];
  const fields: IndexedField[][] = [];
  const eventLinks: number[][] = [];
  for (const event of dataset.events) {
    const people = event.personIds.map((id) => personIndex.get(id));
    eventLinks.push(people.filter((i): i is number => i !== undefined));
    if (eventLinks.length % RECORDS_PER_SLICE === 0) yield;
  }

  const add = (
    kind: DocKind,
    ref: number,
    from: string,
    to: string,
    documentFields: IndexedField[],
    people: number[],
  ): boolean => {
    const doc = fields.length;
    kinds[doc] = kind;
    refs[doc] = ref;
    firstDay[doc] = dayNumber(from);
    lastDay[doc] = lastDayNumber(to);
    fields.push(documentFields);
    links.push(people);
    return doc % RECORDS_PER_SLICE === RECORDS_PER_SLICE - 1;
  };

  for (const [i, event] of dataset.events.entries()) {
    const eventFields: IndexedField[] = [
      { text: event.title, weight: WEIGHT.title },
      { text: event.summary, weight: WEIGHT.summary },
    ];
    for (const id of event.sourceIds) {
      const text = sourceText.get(id);
      // Single-source events repeat their summary in the source: indexing it twice adds nothing.
      if (text !== undefined && text !== event.summary)
        eventFields.push({ text, weight: WEIGHT.sourceText });
    }
    // "passes away" is indexed as "die" too, so "When did she die?" finds it.
    const meanings = phraseMeanings(`${event.title} ${event.summary}`);
    if (meanings !== '') eventFields.push({ text: meanings, weight: WEIGHT.summary });
    for (const person of eventLinks[i] ?? []) {
      const name = dataset.people[person]?.name;
      if (name !== undefined) eventFields.push({ text: name, weight: WEIGHT.personName });
    }
    if (add(DocKind.event, i, event.date, event.date, eventFields, eventLinks[i] ?? [])) yield;
  }
  for (const [i, quote] of dataset.quotes.entries()) {
    const quoteFields: IndexedField[] = [
      { text: quote.text, weight: WEIGHT.quote },
      { text: quote.sentence, weight: WEIGHT.sentence },
    ];
    if (quote.speaker !== null)
      quoteFields.push({ text: quote.speaker.name, weight: WEIGHT.speaker });
    const speaker =
      quote.speaker?.personId == null ? undefined : personIndex.get(quote.speaker.personId);
    const people = speaker === undefined ? [] : [speaker];
    if (add(DocKind.quote, i, quote.when.date, quote.when.date, quoteFields, people)) yield;
  }
  for (const [i, fact] of dataset.facts.entries()) {
    const event = eventIndex.get(fact.eventId);
    const factFields = [
      { text: fact.clause, weight: WEIGHT.factClause },
      { text: fact.text, weight: WEIGHT.factSentence },
    ];
    const people = event === undefined ? [] : (eventLinks[event] ?? []);
    if (add(DocKind.fact, i, fact.when.date, fact.when.date, factFields, people)) yield;
  }
  return { fields, kinds, refs, firstDay, lastDay, links };
}

/** A Map of many records: hashing tens of thousands of ids the first time takes a while. */
function* mapInSlices<T, V>(
  records: readonly T[],
  entry: (record: T, position: number) => [string, V],
): Slices<Map<string, V>> {
  const map = new Map<string, V>();
  for (const [position, record] of records.entries()) {
    map.set(...entry(record, position));
    if (position % RECORDS_PER_SLICE === RECORDS_PER_SLICE - 1) yield;
  }
  return map;
}

function lowerBound(values: Int32Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
