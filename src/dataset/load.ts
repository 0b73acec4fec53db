/**
 * Reading the dataset file: the one boundary where its contents are checked. After `loadDataset`
 * returns, every id a record refers to exists and the types can be trusted.
 *
 * A broken file must not cost more than a good one: reading stops at a size limit, and checking
 * stops after the first few problems, so a file of two million empty records is rejected in a
 * second with ten lines instead of building fourteen million complaints.
 */
import { z } from 'zod';
import { DatasetError, DEFAULT_MAX_BYTES, readDatasetText } from './read.js';
import { type Dataset, DatasetSchema } from './schema.js';

export { DatasetError, DEFAULT_MAX_BYTES, readDatasetBytes, readDatasetText } from './read.js';

/** Problems listed in an error; the rest are counted or, for the schema, left unchecked. */
export const MAX_PROBLEMS = 10;

export interface LoadOptions {
  /** Files larger than this are refused before they are parsed. */
  maxBytes?: number;
}

export async function loadDataset(file: string, options: LoadOptions = {}): Promise<Dataset> {
  const text = await readDatasetText(file, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return parseDataset(text, file);
}

/** Parses and validates dataset JSON; `file` only names the input in error messages. */
export function parseDataset(text: string, file: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  return validateDataset(json, file);
}

/** The lists of a dataset, checked record by record so checking can stop early. */
const LISTS = ['inputs', 'attributions', 'events', 'sources', 'quotes', 'people', 'facts'] as const;
type ListName = (typeof LISTS)[number];

const unchecked = z.array(z.unknown());
/** The dataset with its lists' records not yet looked into: a few problems at most. */
const OutlineSchema = DatasetSchema.extend({
  inputs: unchecked,
  attributions: unchecked,
  events: unchecked,
  sources: unchecked,
  quotes: unchecked,
  people: unchecked,
  facts: unchecked,
});

/**
 * Records are checked a slice at a time: one zod call per record costs more than the checking,
 * and a slice of broken records still makes only a few thousand issue objects.
 */
const RECORDS_PER_CHECK = 1000;
const LIST_SCHEMAS = Object.fromEntries(
  LISTS.map((list) => [list, z.array(DatasetSchema.shape[list].element as z.ZodType)]),
) as Record<ListName, z.ZodArray<z.ZodType>>;

/** The first MAX_PROBLEMS problems, and a count of the rest. */
class Problems {
  readonly first: string[] = [];
  more = 0;

  add(problem: string): void {
    if (this.first.length < MAX_PROBLEMS) this.first.push(problem);
    else this.more += 1;
  }

  get full(): boolean {
    return this.first.length >= MAX_PROBLEMS;
  }
}

const describeIssue = (path: PropertyKey[], message: string): string =>
  `${path.map(String).join('.') || '(root)'}: ${message}`;

function validateDataset(json: unknown, file: string): Dataset {
  const outline = OutlineSchema.safeParse(json);
  if (!outline.success) {
    throw new DatasetError(
      file,
      outline.error.issues
        .slice(0, MAX_PROBLEMS)
        .map((issue) => describeIssue(issue.path, issue.message)),
    );
  }
  const problems = new Problems();
  let notChecked = 0;
  const lists = {} as Record<ListName, unknown[]>;
  for (const list of LISTS) {
    const records = outline.data[list];
    const valid: unknown[] = [];
    for (let start = 0; start < records.length; start += RECORDS_PER_CHECK) {
      // zod builds an issue object per broken field: once a few are known, stop looking.
      if (problems.full) {
        notChecked += records.length - start;
        break;
      }
      const result = LIST_SCHEMAS[list].safeParse(records.slice(start, start + RECORDS_PER_CHECK));
      if (result.success) valid.push(...result.data);
      else {
        for (const { path, message } of result.error.issues) {
          const [position = 0, ...rest] = path;
          problems.add(describeIssue([list, start + Number(position), ...rest], message));
        }
      }
    }
    lists[list] = valid;
  }
  if (problems.first.length > 0) {
    throw new DatasetError(
      file,
      problems.first,
      notChecked > 0
        ? `and more: checking stopped after the first ${MAX_PROBLEMS} problems (${notChecked.toLocaleString('en-US')} records not checked)`
        : problems.more > 0
          ? `and ${problems.more.toLocaleString('en-US')} more`
          : null,
    );
  }
  // Every record passed its own schema, so this is the dataset DatasetSchema describes.
  const dataset = { ...outline.data, ...lists } as Dataset;
  const broken = new Problems();
  checkReferences(dataset, (problem) => {
    broken.add(problem);
  });
  if (broken.first.length > 0) {
    throw new DatasetError(
      file,
      broken.first,
      broken.more > 0 ? `and ${broken.more.toLocaleString('en-US')} more` : null,
    );
  }
  return dataset;
}

/** Ids that records refer to but that no record has, and ids used twice. */
export function findBrokenReferences(dataset: Dataset): string[] {
  const problems: string[] = [];
  checkReferences(dataset, (problem) => problems.push(problem));
  return problems;
}

function checkReferences(dataset: Dataset, report: (problem: string) => void): void {
  const idsOf = (kind: string, records: { id: string }[]): Set<string> => {
    const ids = new Set<string>();
    for (const record of records) {
      if (ids.has(record.id)) report(`${kind} id "${record.id}" is used twice`);
      ids.add(record.id);
    }
    return ids;
  };
  const events = idsOf('event', dataset.events);
  const sources = idsOf('source', dataset.sources);
  const people = idsOf('person', dataset.people);
  idsOf('quote', dataset.quotes);
  idsOf('fact', dataset.facts);

  const expect = (ids: Set<string>, id: string, where: string): void => {
    if (!ids.has(id)) report(`${where} refers to unknown id "${id}"`);
  };
  for (const event of dataset.events) {
    for (const id of event.sourceIds) expect(sources, id, `event ${event.id}`);
    for (const id of event.personIds) expect(people, id, `event ${event.id}`);
  }
  for (const source of dataset.sources) {
    expect(events, source.eventId, `source ${source.id}`);
    if (source.kind === 'tweet' && source.duplicateOf !== null) {
      expect(sources, source.duplicateOf, `source ${source.id}`);
    }
  }
  for (const quote of dataset.quotes) {
    expect(events, quote.eventId, `quote ${quote.id}`);
    expect(sources, quote.sourceId, `quote ${quote.id}`);
    if (quote.speaker?.personId) expect(people, quote.speaker.personId, `quote ${quote.id}`);
  }
  for (const person of dataset.people) {
    for (const id of person.eventIds) expect(events, id, `person ${person.id}`);
  }
  for (const fact of dataset.facts) {
    expect(events, fact.eventId, `fact ${fact.id}`);
    expect(sources, fact.sourceId, `fact ${fact.id}`);
  }
}
