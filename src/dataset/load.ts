/**
 * Reading the dataset file: the one boundary where its contents are checked. After `loadDataset`
 * returns, every id a record refers to exists and the types can be trusted.
 */
import { readFile } from 'node:fs/promises';
import { type Dataset, DatasetSchema } from './schema.js';

export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: invalid dataset\n  ${problems.slice(0, 10).join('\n  ')}`);
    this.name = 'DatasetError';
  }
}

export async function loadDataset(file: string): Promise<Dataset> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new DatasetError(file, [`cannot read the file: ${(error as Error).message}`]);
  }
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
  const parsed = DatasetSchema.safeParse(json);
  if (!parsed.success) {
    throw new DatasetError(
      file,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  const problems = findBrokenReferences(parsed.data);
  if (problems.length > 0) throw new DatasetError(file, problems);
  return parsed.data;
}

/** Ids that records refer to but that no record has, and ids used twice. */
export function findBrokenReferences(dataset: Dataset): string[] {
  const problems: string[] = [];
  const idsOf = (kind: string, records: { id: string }[]): Set<string> => {
    const ids = new Set<string>();
    for (const record of records) {
      if (ids.has(record.id)) problems.push(`${kind} id "${record.id}" is used twice`);
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
    if (!ids.has(id)) problems.push(`${where} refers to unknown id "${id}"`);
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
  return problems;
}
