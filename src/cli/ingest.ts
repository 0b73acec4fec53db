/**
 * `npm run ingest -- [--out FILE] [--allow-empty] [INPUT …]`: builds the dataset from raw
 * documents and writes it atomically. Exit code 1 with the input's file and line on bad input, or
 * when the inputs hold no documents (unless --allow-empty); either way the output is untouched.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { Dataset } from '../dataset/schema.js';
import {
  IngestError,
  ingestPaths,
  NoDocumentsError,
  writeDatasetAtomically,
} from '../ingest/index.js';

const USAGE = [
  'usage: npm run ingest -- [--out FILE] [--allow-empty] [INPUT …]',
  '  INPUT          .txt and .jsonl files, or folders of them (default: data/raw)',
  '  -o, --out      the dataset to write (default: data/events.json)',
  '  --allow-empty  write the dataset even when the inputs hold no documents',
  '                 (by default that is refused: the bot would have nothing to answer)',
].join('\n');
/** Below this many files the run is too short for a progress bar to help. */
const PROGRESS_MIN_FILES = 20;

export interface CliIo {
  stdout: (line: string) => void;
  stderr: NodeJS.WriteStream;
}

const defaultIo: CliIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: process.stderr,
};

export async function main(args: string[], io: CliIo = defaultIo): Promise<number> {
  let values: { out?: string; 'allow-empty'?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: {
        out: { type: 'string', short: 'o' },
        'allow-empty': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    }));
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help === true) {
    io.stdout(USAGE);
    return 0;
  }
  const out = values.out ?? 'data/events.json';
  const inputs = positionals.length > 0 ? positionals : ['data/raw'];

  const started = performance.now();
  let bar: cliProgress.SingleBar | null = null;
  try {
    const dataset = await ingestPaths(inputs, {
      allowEmpty: values['allow-empty'] === true,
      onWarning: (message) => io.stderr.write(`warning: ${message}\n`),
      onProgress: (done, total) => {
        if (done === 0 && total >= PROGRESS_MIN_FILES && io.stderr.isTTY) {
          bar = new cliProgress.SingleBar(
            { stream: io.stderr, format: 'ingest [{bar}] {value}/{total} files' },
            cliProgress.Presets.shades_classic,
          );
          bar.start(total, 0);
        }
        bar?.update(done);
      },
    });
    (bar as cliProgress.SingleBar | null)?.stop();
    await writeDatasetAtomically(out, dataset);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    io.stdout(`Wrote ${out}: ${summaryOf(dataset)} (${dataset.inputs.length} files, ${seconds} s)`);
    return 0;
  } catch (error) {
    (bar as cliProgress.SingleBar | null)?.stop();
    if (error instanceof NoDocumentsError) {
      io.stderr.write(
        `ingest refused: ${error.message}.\n` +
          `${out} was not changed: an empty dataset would leave the bot nothing to answer.\n` +
          'To write one anyway, run again with --allow-empty.\n',
      );
      return 1;
    }
    if (error instanceof IngestError) {
      io.stderr.write(`ingest failed: ${error.message}\n${out} was not changed.\n`);
      return 1;
    }
    throw error;
  }
}

export function summaryOf(dataset: Dataset): string {
  return [
    `${dataset.events.length} events`,
    `${dataset.quotes.length} quotes`,
    `${dataset.people.filter((person) => person.kind === 'person').length} people`,
    `${dataset.people.filter((person) => person.kind !== 'person').length} other speakers`,
    `${dataset.facts.length} facts`,
    `${dataset.sources.length} sources`,
  ].join(', ');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
