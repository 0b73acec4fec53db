/** Writing the dataset: stable bytes, and never a half-written file. */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '../dataset/schema.js';
import { assertValidDataset } from './validate.js';

/** Two-space JSON with a final newline; key order is the order the builder sets. */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

/**
 * Validates, writes a temporary file next to the target, then renames it over the target:
 * readers see the old file or the new one, and a failure leaves the old file and no temp file.
 */
export async function writeDatasetAtomically(file: string, dataset: Dataset): Promise<void> {
  const text = serializeDataset(assertValidDataset(dataset, 'the dataset to write'));
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
