/** The last check before a dataset leaves ingestion: the same rules the bot's loader applies. */
import { findBrokenReferences } from '../dataset/load.js';
import { type Dataset, DatasetSchema } from '../dataset/schema.js';

export class InvalidDatasetError extends Error {
  constructor(
    what: string,
    readonly problems: string[],
  ) {
    super(`${what} is invalid:\n  ${problems.slice(0, 10).join('\n  ')}`);
    this.name = 'InvalidDatasetError';
  }
}

export function assertValidDataset(dataset: Dataset, what: string): Dataset {
  const parsed = DatasetSchema.safeParse(dataset);
  if (!parsed.success) {
    throw new InvalidDatasetError(
      what,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  const problems = findBrokenReferences(parsed.data);
  if (problems.length > 0) throw new InvalidDatasetError(what, problems);
  return dataset;
}
