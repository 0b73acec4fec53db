/**
 * The raw text format: records that open with `date YYYY-MM-DD` (text may follow on the same
 * line) and close with a run of dashes, which may be glued to the last sentence. Paragraphs are
 * separated by blank lines.
 */
import { isRealDay } from '../dataset/schema.js';
import type { RawDocument, RawParagraph } from './document.js';
import { IngestError } from './errors.js';

const DATE_LINE = /^\s*date\b\s*(\S*)\s?(.*)$/;
// Three or more dashes close a record; the next record may start right after on the same line.
// The lookbehind lets a match start only where a run of dashes starts: without it the engine
// retries from every dash of a long run that is not a closer, which is quadratic in the run.
const CLOSER = /(?<!-)-{3,}[ \t]*(?=$|date\s)/;

export function parseRawText(text: string, file: string): RawDocument[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const documents: RawDocument[] = [];
  let open: { date: string; line: number; paragraphs: RawParagraph[]; pending: string[] } | null =
    null;
  let pendingLine = 0;

  const flushParagraph = (): void => {
    if (open === null || open.pending.length === 0) return;
    const joined = open.pending.join(' ').replace(/\s+/g, ' ').trim();
    if (joined !== '') open.paragraphs.push({ text: joined, line: pendingLine });
    open.pending = [];
  };
  const addText = (content: string, lineNumber: number): void => {
    if (open === null) return;
    if (content.trim() === '') {
      flushParagraph();
      return;
    }
    if (open.pending.length === 0) pendingLine = lineNumber;
    open.pending.push(content.trim());
  };

  for (let index = 0; index < lines.length; index += 1) {
    const lineNumber = index + 1;
    let rest = lines[index] ?? '';
    // A line may close one record and open the next, so consume it piece by piece.
    for (;;) {
      if (open === null) {
        if (rest.trim() === '') break;
        const match = DATE_LINE.exec(rest);
        if (match === null) {
          throw new IngestError(
            file,
            lineNumber,
            `expected a record to open with "date YYYY-MM-DD", found "${clip(rest.trim())}"`,
          );
        }
        const date = match[1] ?? '';
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
          throw new IngestError(file, lineNumber, `malformed date "${date}" (expected YYYY-MM-DD)`);
        }
        if (!isRealDay(date)) throw new IngestError(file, lineNumber, `impossible date ${date}`);
        open = { date, line: lineNumber, paragraphs: [], pending: [] };
        rest = match[2] ?? '';
        continue;
      }
      const closer = CLOSER.exec(rest);
      if (closer === null) {
        addText(rest, lineNumber);
        break;
      }
      addText(rest.slice(0, closer.index), lineNumber);
      flushParagraph();
      if (open.paragraphs.length === 0) {
        throw new IngestError(file, open.line, `record dated ${open.date} has no text`);
      }
      documents.push({ date: open.date, file, line: open.line, paragraphs: open.paragraphs });
      open = null;
      rest = rest.slice(closer.index + closer[0].length);
    }
  }
  if (open !== null) {
    throw new IngestError(
      file,
      open.line,
      `unterminated record: the record dated ${open.date} opened here never closes with "------"`,
    );
  }
  if (documents.length === 0) {
    throw new IngestError(file, 1, 'no records: expected a line "date YYYY-MM-DD"');
  }
  return documents;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
