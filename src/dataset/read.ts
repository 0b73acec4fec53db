/**
 * Reading the dataset file's bytes, refused past a size limit, and the error every dataset
 * problem is reported with. Apart from load.ts (the validation), so a process that only reads and
 * hashes the file (the bot's loader, when the file has an index snapshot) starts without zod.
 */
import { open, type FileHandle } from 'node:fs/promises';

/** Room for about fifty times the bundled corpus (the ×30 benchmark dataset is 74 MB). */
export const DEFAULT_MAX_BYTES = 128 * 1024 * 1024;

export class DatasetError extends Error {
  constructor(
    readonly file: string,
    /** The first problems found, at most MAX_PROBLEMS (load.ts). */
    readonly problems: string[],
    /** What follows them: "and 40 more", or how much was left unchecked. */
    readonly omitted: string | null = null,
  ) {
    const lines = omitted === null ? problems : [...problems, omitted];
    super(`${file}: invalid dataset\n  ${lines.join('\n  ')}`);
    this.name = 'DatasetError';
  }
}

/**
 * The file's text, refused once it passes `maxBytes`: checked against its size first, and again
 * while reading, for a file that grows or is not a regular file.
 */
export async function readDatasetText(file: string, maxBytes: number): Promise<string> {
  return (await readDatasetBytes(file, maxBytes)).toString('utf8');
}

/** The file's bytes, refused as readDatasetText refuses them. */
export async function readDatasetBytes(file: string, maxBytes: number): Promise<Buffer> {
  const tooLarge = (size: string): DatasetError =>
    new DatasetError(file, [`the file is ${size}, over the limit of ${megabytes(maxBytes)}`]);
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    if (size > maxBytes) throw tooLarge(megabytes(size));
    const chunks: Buffer[] = [];
    let total = 0;
    // A regular file is read in one go (one byte more shows that it did not grow); a pipe or a
    // growing file in chunks.
    let chunkBytes = Math.max(size + 1, READ_CHUNK_BYTES);
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(chunkBytes, maxBytes + 1 - total));
      chunkBytes = READ_CHUNK_BYTES;
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge('larger than that');
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return chunks.length === 1 && chunks[0] !== undefined
      ? chunks[0]
      : Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    throw new DatasetError(file, [`cannot read the file: ${(error as Error).message}`]);
  } finally {
    await handle?.close();
  }
}

const READ_CHUNK_BYTES = 4 * 1024 * 1024;

function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return `${Number.isInteger(value) ? String(value) : value.toFixed(1)} MB`;
}
