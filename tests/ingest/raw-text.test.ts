import { describe, expect, it } from 'vitest';
import { IngestError, parseRawText } from '../../src/ingest/index.js';

const file = 'data/raw/x.txt';

function errorOf(text: string): IngestError {
  try {
    parseRawText(text, file);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}

describe('parseRawText', () => {
  it('reads a record whose text starts on the date line and whose dashes are glued', () => {
    const [document] = parseRawText(
      ' date 2017-03-02 First tweet.\n\nSecond paragraph.------',
      file,
    );
    expect(document).toEqual({
      date: '2017-03-02',
      file,
      line: 1,
      paragraphs: [
        { text: 'First tweet.', line: 1 },
        { text: 'Second paragraph.', line: 3 },
      ],
    });
  });

  it('reads records back to back, including one opening on the closing line', () => {
    const documents = parseRawText(
      'date 2017-01-01\nOne.\n------\ndate 2017-01-02\nTwo.------ date 2017-01-03 Three.\n------\n',
      file,
    );
    expect(documents.map((document) => [document.date, document.line])).toEqual([
      ['2017-01-01', 1],
      ['2017-01-02', 4],
      ['2017-01-03', 5],
    ]);
  });

  it('joins the lines of one paragraph with spaces', () => {
    const [document] = parseRawText('date 2017-01-01\nline one\nline two\n------', file);
    expect(document?.paragraphs).toEqual([{ text: 'line one line two', line: 2 }]);
  });

  it('fails with file and line when a record has no date line', () => {
    const error = errorOf('\nSome text without a date.\n------');
    expect(error.message).toBe(
      'data/raw/x.txt:2: expected a record to open with "date YYYY-MM-DD", found "Some text without a date."',
    );
    expect([error.file, error.line]).toEqual([file, 2]);
  });

  it('fails on an impossible date', () => {
    expect(errorOf('date 2017-01-01\nok\n------\ndate 2017-13-45\ntext\n------').message).toBe(
      'data/raw/x.txt:4: impossible date 2017-13-45',
    );
  });

  it('fails on a malformed date', () => {
    expect(errorOf('date March 2\ntext\n------').message).toMatch(
      /^data\/raw\/x.txt:1: malformed date/,
    );
  });

  it('fails on an unterminated record, naming the line where it opened', () => {
    expect(errorOf('date 2017-01-01\nok\n------\n\ndate 2017-01-02\nno end').message).toMatch(
      /^data\/raw\/x.txt:5: unterminated record/,
    );
  });

  it('fails on an empty file and on a record without text', () => {
    expect(errorOf('').message).toMatch(/^data\/raw\/x.txt:1: no records/);
    expect(errorOf('date 2017-01-01\n------').message).toMatch(
      /:1: record dated 2017-01-01 has no text/,
    );
  });

  it('keeps dashes inside a sentence as text and closes at the run that ends the line', () => {
    const [document] = parseRawText(
      `date 2017-03-02 A ${'-'.repeat(50)} B\nC ---- D. E---- done.------`,
      file,
    );
    expect(document?.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      `A ${'-'.repeat(50)} B C ---- D. E---- done.`,
    ]);
  });

  it('reads many records written on one line', () => {
    const documents = parseRawText('date 2017-03-02 A.---date 2017-03-03 B.---'.repeat(3), file);
    expect(documents.map((document) => [document.date, document.paragraphs[0]?.text])).toEqual(
      [1, 2, 3].flatMap(() => [
        ['2017-03-02', 'A.'],
        ['2017-03-03', 'B.'],
      ]),
    );
  });

  it('refuses a date line whose text holds a carriage return not followed by a newline', () => {
    expect(errorOf('date 2017-03-02 First.\rSecond.\n------').message).toMatch(
      /expected a record to open with "date YYYY-MM-DD"/,
    );
    // One right after the date is the separator, as a space would be.
    expect(parseRawText('date 2017-03-02\rFirst.\n------', file)[0]?.paragraphs).toEqual([
      { text: 'First.', line: 1 },
    ]);
  });
});
