/**
 * The dataset loader's process (started by dataset-loader.ts): reads, parses and validates the
 * dataset file named on its command line, then sends the dataset back a slice of records at a
 * time. Arguments: the file and the size limit in bytes.
 */
import { DatasetError, parseDataset, readDatasetText } from '../dataset/load.js';
import { RECORDS_PER_MESSAGE, type LoaderMessage } from './dataset-loader.js';
import { fileFingerprint } from './dataset-watch.js';

function send(message: LoaderMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.send === undefined) {
      reject(new Error('the dataset loader must be started by the bot (no IPC channel)'));
      return;
    }
    process.send(message, undefined, {}, (error: Error | null) => {
      if (error === null) resolve();
      else reject(error);
    });
  });
}

async function load(file: string, maxBytes: number): Promise<void> {
  await send({ kind: 'reading', fingerprint: await fileFingerprint(file) });
  const text = await readDatasetText(file, maxBytes);
  await send({ kind: 'read' });
  const dataset = parseDataset(text, file);
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(dataset)) {
    if (!Array.isArray(value)) {
      rest[key] = value;
      continue;
    }
    const list = value as unknown[];
    for (let start = 0; start < list.length; start += RECORDS_PER_MESSAGE) {
      await send({
        kind: 'records',
        list: key,
        records: list.slice(start, start + RECORDS_PER_MESSAGE),
      });
    }
    // An empty list is still a list: the bot builds the dataset from what it is sent.
    if (list.length === 0) await send({ kind: 'records', list: key, records: [] });
  }
  await send({ kind: 'done', rest });
}

let finished = false;

// The bot went away (it exited or was killed) while this process still works: nobody needs the
// result, and a read that never returns would keep it alive for good. `process.exit` waits for
// such a read too, so end at once.
process.on('disconnect', () => {
  if (!finished) process.kill(process.pid, 'SIGKILL');
});

async function main(): Promise<void> {
  const [file, maxBytes] = process.argv.slice(2);
  if (file === undefined || maxBytes === undefined) {
    throw new Error('usage: dataset-loader-process FILE MAX_BYTES');
  }
  try {
    await load(file, Number(maxBytes));
  } catch (error) {
    await send(
      error instanceof DatasetError
        ? { kind: 'invalid', problems: error.problems, omitted: error.omitted }
        : { kind: 'failed', message: error instanceof Error ? error.message : String(error) },
    );
  }
  finished = true;
  process.disconnect();
}

await main();
