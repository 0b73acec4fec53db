import { describe, expect, it } from 'vitest';
import { IngestError, parseJsonLines } from '../../src/ingest/index.js';

const file = 'corpus.jsonl';

function messageOf(text: string): string {
  try {
    parseJsonLines(text, file);
  } catch (error) {
    if (error instanceof IngestError) return error.message;
    throw error;
  }
  throw new Error('expected an IngestError');
}

describe('parseJsonLines', () => {
  it('reads one document per line with optional source and url, skipping blank lines', () => {
    const documents = parseJsonLines(
      '{"date":"2017-01-20","text":"One."}\n\n{"date":"2017-01-21","text":"Two.","source":"AP","url":"https://apnews.com/x"}\n',
      file,
    );
    expect(documents).toEqual([
      { date: '2017-01-20', file, line: 1, paragraphs: [{ text: 'One.', line: 1 }] },
      {
        date: '2017-01-21',
        file,
        line: 3,
        paragraphs: [{ text: 'Two.', line: 3 }],
        source: 'AP',
        url: 'https://apnews.com/x',
      },
    ]);
  });

  it('fails on broken JSON with file and line', () => {
    expect(messageOf('{"date":"2017-01-20","text":"ok"}\n{"date": "2017-01-21", "text": ')).toMatch(
      /^corpus\.jsonl:2: broken JSON: /,
    );
  });

  it('fails on a line without a date', () => {
    expect(messageOf('{"text":"no date"}')).toMatch(/^corpus\.jsonl:1: invalid event: "date": /);
  });

  it('fails on an impossible date and on empty text', () => {
    expect(messageOf('{"date":"2017-02-30","text":"x"}')).toBe(
      'corpus.jsonl:1: impossible date 2017-02-30',
    );
    expect(messageOf('{"date":"2017-02-03","text":"  "}')).toMatch(/:1: invalid event: "text"/);
  });
});
