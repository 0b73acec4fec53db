/**
 * A quote or fact keeps its sentence; an overlong sentence keeps only the words around the part
 * that matters, so a page that is one long run of quotations builds a dataset that grows with its
 * input, not with the square of it.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset, parseJsonLines } from '../../src/ingest/index.js';
import { MAX_SENTENCE_CHARS, sentenceAround } from '../../src/ingest/sentence-window.js';

describe('sentenceAround', () => {
  it('keeps a sentence of ordinary length whole', () => {
    const sentence = 'Sessions said he "never had meetings with Russian operatives" that year.';
    expect(sentenceAround(sentence, 18, 61)).toBe(sentence);
  });

  it('keeps the words around the part that matters in an overlong sentence, cut at spaces', () => {
    const filler = 'word '.repeat(400);
    const sentence = `${filler}she said "the part that matters" and ${filler}`.trim();
    const start = sentence.indexOf('"the');
    const end = sentence.indexOf('matters"') + 'matters"'.length;
    const kept = sentenceAround(sentence, start, end);

    expect(kept).toContain('she said "the part that matters" and');
    expect(kept.length).toBeLessThan(700);
    expect(kept.startsWith('…word ')).toBe(true);
    expect(kept.endsWith(' word…')).toBe(true);
  });

  it('marks only the end that was cut', () => {
    const sentence = `"Opening words," he said, ${'and more '.repeat(300)}`.trim();
    const kept = sentenceAround(sentence, 0, 16);

    expect(kept.startsWith('"Opening words,"')).toBe(true);
    expect(kept.endsWith('…')).toBe(true);
  });
});

describe('a sentence full of quotations', () => {
  it('stores each quotation with a bounded piece of its sentence', () => {
    const text = '"a, '.repeat(3_000);
    const documents = parseJsonLines(JSON.stringify({ date: '2017-03-02', text }), 'x.jsonl');
    const dataset = buildDataset(documents, ['x.jsonl']);

    expect(dataset.quotes.length).toBeGreaterThan(100);
    for (const quote of dataset.quotes) {
      expect(quote.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(quote.sentence).toContain(quote.text);
    }
  });
});
