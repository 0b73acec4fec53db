/**
 * An ingest run that found no documents. Writing its empty dataset would leave a running bot
 * answering "I couldn't find an answer" to everything, so it is an error unless asked for, and
 * the message says what the inputs held: an empty folder, only skipped files, files with no events.
 */
import { IngestError } from './errors.js';

/** What one input (as given on the command line) turned out to hold. */
export interface InputSurvey {
  /** The input as shown to people: relative to the working directory when inside it. */
  input: string;
  folder: boolean;
  /** The input files found in it (the input itself for a file). */
  files: string[];
  /** Names skipped while walking a folder: hidden files, README, LICENSE, ATTRIBUTION. */
  skipped: string[];
}

/** How many skipped names a message lists before "…". */
const NAMES_SHOWN = 3;

export class NoDocumentsError extends IngestError {
  constructor(readonly inputs: readonly InputSurvey[]) {
    const findings = inputs.map(describe).join('; ');
    super(inputs.map((survey) => survey.input).join(', '), 0, findings);
    this.message = `no documents: ${findings}`;
    this.name = 'NoDocumentsError';
  }
}

function describe(survey: InputSurvey): string {
  const { input, files, skipped } = survey;
  if (!survey.folder) return `${input} holds no events`;
  if (files.length > 0) {
    return files.length === 1
      ? `${input} holds one file, with no events (${files[0] ?? ''})`
      : `the ${files.length} files in ${input} hold no events`;
  }
  if (skipped.length === 0) return `${input} holds no files`;
  const names = listed(skipped);
  return skipped.every((name) => name.startsWith('.'))
    ? `${input} holds only hidden files (${names})`
    : `${input} holds no .txt or .jsonl files, only ones ingest skips (${names})`;
}

function listed(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  return names.length > NAMES_SHOWN ? `${shown}, …` : shown;
}
