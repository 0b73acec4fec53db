/**
 * The raw text format: records that open with `date YYYY-MM-DD` (text may follow on the same
 * line) and close with a run of dashes, which may be glued to the last sentence. Paragraphs are
 * separated by blank lines.
 */
import { isRealDay } from '../dataset/schema.js';
import type { RawDocument, RawParagraph } from './document.js';
import { IngestError } from './errors.js';

/** `date`, the date, and one space; the rest of the line is the record's first text. */
const DATE_LINE = /^\s*date\b\s*(\S*)\s?/;
/** Line breaks other than \n, which may not stand in a record's first text. */
const LINE_BREAK = /[\r\u2028\u2029]/g;
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
    const line = lines[index] ?? '';
    const lastBreak = lastLineBreak(line);
    let rest = line;
    // A line may close one record and open the next, so consume it piece by piece. Each piece is
    // looked at only up to its end: a check that reads the rest of the line would be quadratic in
    // a line of many records.
    for (;;) {
      if (open === null) {
        if (!/\S/.test(rest)) break;
        const match = dateLine(rest, lastBreak - (line.length - rest.length));
        if (match === null) {
          throw new IngestError(
            file,
            lineNumber,
            `expected a record to open with "date YYYY-MM-DD", found "${clip(rest.trim())}"`,
          );
        }
        const date = match.date;
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
          throw new IngestError(file, lineNumber, `malformed date "${date}" (expected YYYY-MM-DD)`);
        }
        if (!isRealDay(date)) throw new IngestError(file, lineNumber, `impossible date ${date}`);
        open = { date, line: lineNumber, paragraphs: [], pending: [] };
        rest = match.text;
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

/**
 * The date and the text after it, or null when `piece` (the rest of a line, whose last line break
 * other than \n is at `lastBreak`, or -1) does not open a record. The text is not matched with the
 * date as `(.*)$`, which would read the rest of the line again for each record on it.
 */
function dateLine(piece: string, lastBreak: number): { date: string; text: string } | null {
  const match = DATE_LINE.exec(piece);
  if (match === null || lastBreak >= match[0].length) return null;
  return { date: match[1] ?? '', text: piece.slice(match[0].length) };
}

function lastLineBreak(line: string): number {
  let last = -1;
  for (const match of line.matchAll(LINE_BREAK)) last = match.index;
  return last;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
