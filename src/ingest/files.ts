/** Reading inputs from disk: files or folders (recursive, sorted), format by extension. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '../dataset/schema.js';
import { buildDataset } from './build.js';
import type { RawDocument } from './document.js';
import { IngestError } from './errors.js';
import { parseJsonLines } from './json-lines.js';
import { NoDocumentsError, type InputSurvey } from './no-documents.js';
import { compare } from './people.js';
import { parseRawText } from './raw-text.js';

export interface IngestOptions {
  /** Called with each warning about the input that does not stop the build. */
  onWarning?: (message: string) => void;
  /** Called after each file is read, and once with done = 0 when the file count is known. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Build a dataset with no events instead of throwing NoDocumentsError. Off by default: an empty
   * dataset leaves a running bot with nothing to answer, which is rarely what was meant.
   */
  allowEmpty?: boolean;
}

const PARSERS: Record<string, (text: string, file: string) => RawDocument[]> = {
  '.txt': parseRawText,
  '.jsonl': parseJsonLines,
};

export async function ingestPaths(paths: string[], options: IngestOptions = {}): Promise<Dataset> {
  const inputs = await surveyInputs(paths);
  const files = filesOf(inputs);
  const documents: RawDocument[] = [];
  options.onProgress?.(0, files.length);
  for (const [index, file] of files.entries()) {
    const read = await readDocuments(file);
    const uncited = read.filter(
      (document) => document.source === undefined && document.url === undefined,
    );
    if (file.toLowerCase().endsWith('.jsonl') && uncited.length > 0) {
      options.onWarning?.(
        `${file}: ${uncited.length} of ${read.length} rows have no "source" or "url"; answers will cite them as "article" with no link.`,
      );
    }
    documents.push(...read.map((document) => ({ ...document, file: portableName(file) })));
    options.onProgress?.(index + 1, files.length);
  }
  if (documents.length === 0 && options.allowEmpty !== true) throw new NoDocumentsError(inputs);
  return buildDataset(documents, files.map(portableName), await attributionsNear(files));
}

/** Credits and licences kept next to the inputs, which answers must carry with them. */
const ATTRIBUTION_FILES = ['ATTRIBUTION', 'ATTRIBUTION.md', 'ATTRIBUTION.txt'];
/** Files in an input folder that describe the inputs rather than being inputs. */
const NOT_INPUT = /^(?:ATTRIBUTION|LICEN[CS]E|README|NOTICE)(?:\.\w+)?$/i;

async function attributionsNear(files: readonly string[]): Promise<Dataset['attributions']> {
  const attributions: Dataset['attributions'] = [];
  const folders = [...new Set(files.map((file) => path.dirname(file)))];
  for (const folder of folders) {
    for (const name of ATTRIBUTION_FILES) {
      let text: string;
      try {
        text = await readFile(path.join(folder, name), 'utf8');
      } catch {
        continue;
      }
      attributions.push({ input: portableName(folder), text: text.trim() });
      break;
    }
  }
  return attributions;
}

export async function readDocuments(file: string): Promise<RawDocument[]> {
  const parse = PARSERS[path.extname(file).toLowerCase()];
  if (parse === undefined) {
    throw new IngestError(
      file,
      0,
      `unsupported file type "${path.extname(file)}" (expected .txt raw text or .jsonl JSON Lines)`,
    );
  }
  return parse(await readFile(file, 'utf8'), file);
}

/**
 * Input files as paths relative to the working directory, with `/` separators, so the dataset's
 * `inputs` and error messages read the same on every machine. Folders are walked recursively in
 * sorted order; hidden files (.gitkeep) are skipped; a file named twice is read once.
 */
export async function listInputFiles(paths: string[]): Promise<string[]> {
  return filesOf(await surveyInputs(paths));
}

/** Each input as given, with the files found in it and the ones skipped (to explain an empty run). */
async function surveyInputs(paths: string[]): Promise<InputSurvey[]> {
  const surveys: InputSurvey[] = [];
  for (const input of paths) {
    let kind;
    try {
      kind = await stat(input);
    } catch {
      throw new IngestError(input, 0, 'no such file or folder');
    }
    const shown = displayPath(path.resolve(input));
    if (kind.isDirectory()) {
      const skipped: string[] = [];
      surveys.push({ input: shown, folder: true, files: await walk(input, skipped), skipped });
    } else {
      surveys.push({ input: shown, folder: false, files: [input], skipped: [] });
    }
  }
  return surveys;
}

function filesOf(surveys: readonly InputSurvey[]): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const file of surveys.flatMap((survey) => survey.files)) {
    const absolute = path.resolve(file);
    if (seen.has(absolute)) continue;
    seen.add(absolute);
    files.push(displayPath(absolute));
  }
  return files;
}

async function walk(folder: string, skipped: string[]): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of [...entries].sort((a, b) => compare(a.name, b.name))) {
    if (entry.name.startsWith('.') || NOT_INPUT.test(entry.name)) {
      skipped.push(entry.name);
      continue;
    }
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full, skipped)));
    else files.push(full);
  }
  return files;
}

function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  const shown = relative === '' || relative.startsWith('..') ? absolute : relative;
  return shown.split(path.sep).join('/');
}

/**
 * How the dataset names an input: as listed when inside the working directory, else by its last
 * two path parts ("corpora/timeline.jsonl"), so an absolute path, which differs from machine to
 * machine, never reaches the dataset's bytes.
 */
export function portableName(file: string): string {
  if (!file.startsWith('/') && !file.startsWith('..')) return file;
  return file.split('/').slice(-2).join('/');
}
