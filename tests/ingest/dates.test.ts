import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../../src/ingest/dates.js';

/** All tests resolve against a fixed document date: Thursday 2 March 2017. */
const documentDate = '2017-03-02';
const found = (sentence: string) =>
  findDateExpressions(sentence, documentDate).map(({ expression, when }) => [
    expression,
    when.date,
    when.precision,
  ]);

describe('findDateExpressions', () => {
  it('resolves a weekday to the past day, not the next one', () => {
    expect(found('It was reported Wednesday night that he met them.')).toEqual([
      ['Wednesday night', '2017-03-01', 'day'],
    ]);
  });

  it('gives month precision to a month, with the year from the document date', () => {
    expect(found('During his hearing in January, he spoke.')).toEqual([
      ['in January', '2017-01', 'month'],
    ]);
  });

  it('reads bare years and "the 2016 election"', () => {
    expect(found('He met the ambassador in 2016.')).toEqual([['in 2016', '2016', 'year']]);
    expect(found('He won the 2016 election.')).toEqual([['the 2016', '2016', 'year']]);
  });

  it('resolves "the next month" against the date before it, not the document date', () => {
    expect(found('He endorsed Trump in February 2016 and became chair the next month.')).toEqual([
      ['in February 2016', '2016-02', 'month'],
      ['the next month', '2016-03', 'month'],
    ]);
  });

  it('resolves a relative phrase against the anchor from an earlier sentence', () => {
    const dates = findDateExpressions('He resigned the following day.', documentDate, {
      date: '2016-12-31',
      precision: 'day',
    });
    expect(dates.map((date) => date.when)).toEqual([{ date: '2017-01-01', precision: 'day' }]);
  });

  it('reads "today" as the document date and full dates as days', () => {
    expect(found('Sessions said today.')).toEqual([['today', '2017-03-02', 'day']]);
    expect(found('during a December 29, 2016 phone call')).toEqual([
      ['December 29, 2016', '2016-12-29', 'day'],
    ]);
  });

  it('skips vague phrases, durations, bare month names and all-capital names', () => {
    expect(found('over last several weeks he met them')).toEqual([]);
    expect(found('a ban for 90 days on travel')).toEqual([]);
    expect(found("The Women's March drew millions.")).toEqual([]);
    expect(found('He told USA TODAY about it.')).toEqual([]);
  });
});
