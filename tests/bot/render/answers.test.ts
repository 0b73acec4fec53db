import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/types.js';
import { answerField, bulletList, citationText } from '../../../src/bot/render/answers.js';

function answer(overrides: Partial<Answer>): Answer {
  return {
    kind: 'event',
    id: 'evt-1',
    text: 'Something happened.',
    date: '2017-03-02',
    eventId: 'evt-1',
    source: null,
    citation: null,
    score: 1,
    ...overrides,
  };
}

describe('answerField', () => {
  it.each([
    ['2017-03-02', '2 March 2017'],
    ['2017-01', 'January 2017'],
    ['2016', '2016'],
    [null, 'Undated'],
  ])('shows the date %s as %s in the name', (date, shown) => {
    expect(answerField(answer({ date }), '1.').name).toBe(`1\\. ${shown} · Event`);
  });

  it('names the speaker of a quote and puts the quote in quotation marks', () => {
    const field = answerField(
      answer({ kind: 'quote', speaker: 'Jeff Sessions', text: 'I have decided to recuse myself' }),
      '2.',
    );
    expect(field).toEqual({
      name: '2\\. 2 March 2017 · Jeff Sessions',
      value: '“I have decided to recuse myself”',
    });
  });

  it('names who did an event when the answer knows, after its kind', () => {
    expect(answerField(answer({ speaker: 'Alex Azar' }), '1.').name).toBe(
      '1\\. 2 March 2017 · Event · Alex Azar',
    );
  });

  it('links the source when it has a URL, and adds its date when it differs', () => {
    const field = answerField(
      answer({
        kind: 'quote',
        speaker: 'Jeff Sessions',
        date: '2017-01',
        citation: {
          kind: 'tweet',
          label: '@ABCPolitics',
          url: 'https://t.co/abc',
          date: '2017-03-02',
        },
      }),
      '1.',
    );
    expect(field.value.split('\n')[1]).toBe(
      'Source: [@ABCPolitics](https://t.co/abc), 2 March 2017',
    );
  });

  it('shows a source without a URL as its escaped label', () => {
    expect(
      citationText(
        { kind: 'article', label: 'fox_news', url: null, date: '2017-03-02' },
        '2017-03-02',
      ),
    ).toBe('fox\\_news');
  });

  it('keeps the source line whole when the text is too long for the field', () => {
    const field = answerField(
      answer({
        text: 'word '.repeat(1_000),
        citation: {
          kind: 'article',
          label: 'Example',
          url: 'https://example.com/a',
          date: '2017-03-02',
        },
      }),
      '1.',
    );
    expect(field.value.length).toBeLessThanOrEqual(1024);
    expect(field.value).toMatch(/word…\nSource: \[Example\]\(https:\/\/example\.com\/a\)$/);
  });
});

describe('bulletList', () => {
  it('says how many items did not fit', () => {
    const list = bulletList(['a'.repeat(40), 'b'.repeat(40), 'c'.repeat(40)], 100);
    expect(list).toBe(`• ${'a'.repeat(40)}\n• ${'b'.repeat(40)}\n…and 1 more`);
    expect(list.length).toBeLessThanOrEqual(100);
  });
});
