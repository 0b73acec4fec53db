import { describe, expect, it } from 'vitest';
import { governedClauses, tidy, type ExpressionSpan } from '../../src/ingest/clauses.js';

/** The clause governed by the first occurrence of `expression` in `sentence`. */
function clauseOf(sentence: string, expression: string, kind?: ExpressionSpan['kind']): string {
  const index = sentence.indexOf(expression);
  const span: ExpressionSpan = { index, length: expression.length, ...(kind ? { kind } : {}) };
  return governedClauses(sentence, [span])[0]?.clause ?? '';
}

describe('governedClauses', () => {
  it('splits at "and" before a verb but not at "and" in a list', () => {
    expect(clauseOf('He met Putin in 2016 and signed the deal in 2017.', 'in 2017')).toBe(
      'signed the deal',
    );
    expect(clauseOf('He met Putin and Erdogan in 2016.', 'in 2016')).toBe(
      'He met Putin and Erdogan',
    );
  });

  it('splits at a semicolon and at ", but"', () => {
    expect(clauseOf('He denied it in March; the report stands.', 'in March')).toBe('He denied it');
    expect(clauseOf('He denied it, but in May he admitted it.', 'in May')).toBe('he admitted it');
  });

  it('gives a date alone between commas the clause before it', () => {
    expect(clauseOf('He resigned his post, in 2016, to run for office.', 'in 2016')).toBe(
      'He resigned his post',
    );
  });

  it('gives a date at the start of a sentence the clause after it', () => {
    expect(clauseOf('In 2016, he met the ambassador twice.', 'In 2016')).toBe(
      'he met the ambassador twice',
    );
  });

  it('keeps "City, State" together', () => {
    expect(clauseOf('The leaders met in Guadalajara, Mexico on Sunday.', 'on Sunday')).toBe(
      'The leaders met in Guadalajara, Mexico',
    );
  });

  it('cuts every date out of the clause, not just its own', () => {
    const sentence = 'The resignation was announced December 2018, for the end of February 2019.';
    const spans = [
      { index: sentence.indexOf('December'), length: 'December 2018'.length },
      { index: sentence.indexOf('for the end'), length: 'for the end of February 2019'.length },
    ];
    expect(governedClauses(sentence, spans).map((governed) => governed.clause)).toEqual([
      'The resignation was announced',
      'The resignation was announced',
    ]);
  });

  it('gives a sentence that is only a date the whole sentence', () => {
    expect(clauseOf('Friday, January 1, 2021', 'Friday, January 1, 2021')).toBe(
      'Friday, January 1, 2021',
    );
  });

  it('keeps a year inside a noun phrase in that noun phrase', () => {
    expect(
      clauseOf('He won the 2016 presidential election easily.', 'the 2016', 'attributive'),
    ).toBe('the 2016 presidential election');
  });

  it('is deterministic', () => {
    const sentence = 'Sessions endorsed Trump in February 2016 and became chair the next month.';
    const spans = [
      { index: sentence.indexOf('in February'), length: 'in February 2016'.length },
      { index: sentence.indexOf('the next'), length: 'the next month'.length },
    ];
    expect(governedClauses(sentence, spans)).toEqual(governedClauses(sentence, spans));
  });

  it('stays fast on a hostile sentence with thousands of dates and long unbroken runs', () => {
    const sentence = `${'in 2016 and met '.repeat(6_000)}${'x-'.repeat(20_000)}`;
    const spans = [...sentence.matchAll(/in 2016/g)].map((match) => ({
      index: match.index,
      length: 7,
    }));
    const started = performance.now();
    const clauses = governedClauses(sentence, spans);
    expect(clauses).toHaveLength(spans.length);
    expect(performance.now() - started).toBeLessThan(1_500);
  });
});

describe('tidy', () => {
  it('drops dangling punctuation, leading "and"/"that" and the full stop, but not "U.S."', () => {
    expect(tidy(' , and became chair .')).toBe('became chair');
    expect(tidy('that he met the ambassador to the U.S.')).toBe(
      'he met the ambassador to the U.S.',
    );
  });
});
