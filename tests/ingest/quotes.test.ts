import { describe, expect, it } from 'vitest';
import { buildDataset, type RawDocument } from '../../src/ingest/index.js';

function quotesOf(text: string) {
  const document: RawDocument = {
    date: '2018-06-01',
    file: 't.jsonl',
    line: 1,
    paragraphs: [{ text, line: 1 }],
  };
  return buildDataset([document], ['t.jsonl']).quotes.map((quote) => ({
    text: quote.text,
    speaker: quote.speaker?.name ?? null,
    mark: quote.quoteMark,
    fragment: quote.fragment,
  }));
}

describe('quotes', () => {
  it('attributes a single-quoted fragment to the subject of the speech verb', () => {
    expect(
      quotesOf(
        "National Security Advisor Michael Flynn texts a partner that sanctions will be 'ripped up'.",
      ),
    ).toEqual([{ text: 'ripped up', speaker: 'Michael Flynn', mark: 'single', fragment: true }]);
  });

  it('attributes a quotation followed by "X said"', () => {
    expect(
      quotesOf('Senator Jane Doe met reporters. "We will pass this bill next week," Doe said.'),
    ).toMatchObject([{ text: 'We will pass this bill next week', speaker: 'Jane Doe' }]);
  });

  it('resolves "he" to the person named before', () => {
    expect(
      quotesOf(
        'President John Roe visits the base. In a speech there, he says "victory is closer than ever before."',
      ),
    ).toMatchObject([{ speaker: 'John Roe', fragment: false }]);
  });

  it('keeps organisations and described speakers without a person', () => {
    expect(quotesOf("The White House later states that it is 'ridiculous' to ask.")).toMatchObject([
      { speaker: 'The White House', mark: 'single' },
    ]);
  });

  it('leaves the speaker empty when the sentence names none', () => {
    expect(quotesOf('The term "alternative facts" spreads.')).toMatchObject([
      { text: 'alternative facts', speaker: null, fragment: true },
    ]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quotesOf("Trump's lawyers and Sessions' aides met at Macy's.")).toEqual([]);
  });

  it('takes the subject before a colon only back to the previous clause', () => {
    expect(quotesOf('Asked about the meetings, AG Jeff Sessions: "My reply was honest."')).toEqual([
      { text: 'My reply was honest.', speaker: 'Jeff Sessions', mark: 'double', fragment: true },
    ]);
  });

  it('looks for the speech verb after the last closed quotation, past nested quotes', () => {
    const found = quotesOf(
      'Senator Jane Doe called it "a \'hoax\' and a sham" and Doe said she "will not resign".',
    );
    expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([
      ["a 'hoax' and a sham", 'Jane Doe'],
      ['hoax', 'Jane Doe'],
      ['will not resign', 'Jane Doe'],
    ]);
  });

  it('finds each speaker in a sentence with thousands of quotations', () => {
    const found = quotesOf('Senator Jane Doe told reporters "a b", and '.repeat(2000));
    expect(found).toHaveLength(2000);
    expect(found.every((quote) => quote.speaker === 'Jane Doe')).toBe(true);
  });
});
