/**
 * Everything searchable in a dataset, indexed once: events, quotes and facts share one inverted
 * index (so one search ranks them together), with per-document kind, dates and linked people kept
 * in flat arrays for cheap filtering and boosting.
 */
import type { Dataset } from '../dataset/schema.js';
import { dayNumber, lastDayNumber } from './days.js';
import { InvertedIndex, type IndexedField } from './inverted-index.js';
import { PeopleIndex } from './people.js';

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

  constructor(readonly dataset: Dataset) {
    const personIndex = new Map(dataset.people.map((person, i) => [person.id, i]));
    const eventIndex = new Map(dataset.events.map((event, i) => [event.id, i]));
    const sourceText = new Map(dataset.sources.map((source) => [source.id, source.text]));
    const count = dataset.events.length + dataset.quotes.length + dataset.facts.length;
    this.kinds = new Uint8Array(count);
    this.refs = new Int32Array(count);
    this.firstDay = new Int32Array(count);
    this.lastDay = new Int32Array(count);
    const links: number[][] = [];
    const documents: IndexedField[][] = [];
    const eventLinks = dataset.events.map((event) =>
      event.personIds.map((id) => personIndex.get(id)).filter((i): i is number => i !== undefined),
    );

    const add = (
      kind: DocKind,
      ref: number,
      from: string,
      to: string,
      fields: IndexedField[],
      people: number[],
    ): void => {
      const doc = documents.length;
      this.kinds[doc] = kind;
      this.refs[doc] = ref;
      this.firstDay[doc] = dayNumber(from);
      this.lastDay[doc] = lastDayNumber(to);
      documents.push(fields);
      links.push(people);
    };

    dataset.events.forEach((event, i) => {
      const fields: IndexedField[] = [
        { text: event.title, weight: WEIGHT.title },
        { text: event.summary, weight: WEIGHT.summary },
      ];
      for (const id of event.sourceIds) {
        const text = sourceText.get(id);
        // Single-source events repeat their summary in the source: indexing it twice adds nothing.
        if (text !== undefined && text !== event.summary)
          fields.push({ text, weight: WEIGHT.sourceText });
      }
      for (const person of eventLinks[i] ?? []) {
        const name = dataset.people[person]?.name;
        if (name !== undefined) fields.push({ text: name, weight: WEIGHT.personName });
      }
      add(DocKind.event, i, event.date, event.date, fields, eventLinks[i] ?? []);
    });
    dataset.quotes.forEach((quote, i) => {
      const fields: IndexedField[] = [
        { text: quote.text, weight: WEIGHT.quote },
        { text: quote.sentence, weight: WEIGHT.sentence },
      ];
      if (quote.speaker !== null) fields.push({ text: quote.speaker.name, weight: WEIGHT.speaker });
      const speaker =
        quote.speaker?.personId == null ? undefined : personIndex.get(quote.speaker.personId);
      add(
        DocKind.quote,
        i,
        quote.when.date,
        quote.when.date,
        fields,
        speaker === undefined ? [] : [speaker],
      );
    });
    dataset.facts.forEach((fact, i) => {
      const event = eventIndex.get(fact.eventId);
      add(
        DocKind.fact,
        i,
        fact.when.date,
        fact.when.date,
        [
          { text: fact.clause, weight: WEIGHT.factClause },
          { text: fact.text, weight: WEIGHT.factSentence },
        ],
        event === undefined ? [] : (eventLinks[event] ?? []),
      );
    });

    this.personLinks = links;
    this.text = new InvertedIndex(documents);
    this.people = new PeopleIndex(dataset.people);
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
