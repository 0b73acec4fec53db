import { describe, expect, it } from 'vitest';
import { findImpossibleDate } from '../../src/question/date-words.js';
import { parseDateRange } from '../../src/question/dates.js';

// A fixed "today" (Thursday 2 March 2017) so implied years do not depend on the clock.
const REFERENCE = new Date(Date.UTC(2017, 2, 2, 12));
const range = (text: string): [string, string] | null => {
  const found = parseDateRange(text, REFERENCE);
  return found === null ? null : [found.from, found.to];
};
/** As `range`, for a dataset of the corpus's years (20 January 2017 to 20 January 2021). */
const read = (text: string): [string, string] | null => {
  const found = parseDateRange(text, REFERENCE, { first: '2017-01-20', last: '2021-01-20' });
  return found === null ? null : [found.from, found.to];
};

describe('parseDateRange', () => {
  it.each([
    ['March 2, 2017', '2017-03-02', '2017-03-02'],
    ['What happened on March 2, 2017?', '2017-03-02', '2017-03-02'],
    ['2 March 2017', '2017-03-02', '2017-03-02'],
    ['2017-03-02', '2017-03-02', '2017-03-02'],
    ['2017-03', '2017-03-01', '2017-03-31'],
    ['2016-02', '2016-02-01', '2016-02-29'],
    ['in June 2018', '2018-06-01', '2018-06-30'],
    ['2018', '2018-01-01', '2018-12-31'],
    ['what happened in 2018', '2018-01-01', '2018-12-31'],
    ['between January and March 2017', '2017-01-01', '2017-03-31'],
    ['Feb to Apr 2017', '2017-02-01', '2017-04-30'],
    ['from Jan 20 to Jan 27, 2017', '2017-01-20', '2017-01-27'],
    ['between Jan 20 and Jan 27 2017', '2017-01-20', '2017-01-27'],
    ['Jan 20-27, 2017', '2017-01-20', '2017-01-27'],
    ['What happened between April 23 and 25, 2018?', '2018-04-23', '2018-04-25'],
    ['from May 3 to 10, 2019', '2019-05-03', '2019-05-10'],
    ['on March 2 and 3 2017', '2017-03-02', '2017-03-03'],
    ['What happened on the last day of March 2017?', '2017-03-31', '2017-03-31'],
    ['the first week of March 2017', '2017-03-01', '2017-03-07'],
    ['the last week of March 2017', '2017-03-25', '2017-03-31'],
    ['on the last day of 2018', '2018-12-31', '2018-12-31'],
  ])('reads "%s" as %s to %s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });

  it('prefers a date written out to a day counted from today in the same question', () => {
    expect(range('did Trump announce an address for the next day on January 7, 2019')).toEqual([
      '2019-01-07',
      '2019-01-07',
    ]);
    expect(range('what happened last week')).not.toBeNull();
  });

  it('takes a missing year from the reference date', () => {
    expect(range('what happened in May')).toEqual(['2017-05-01', '2017-05-31']);
    expect(range('yesterday')).toEqual(['2017-03-01', '2017-03-01']);
  });

  it('reports the words it understood as the date', () => {
    expect(parseDateRange('events between January and March 2017', REFERENCE)?.text).toBe(
      'between January and March 2017',
    );
  });

  it('returns null when no date is named', () => {
    expect(parseDateRange('when did flyn resign', REFERENCE)).toBeNull();
    expect(parseDateRange('', REFERENCE)).toBeNull();
  });
});

describe('two days joined by a word', () => {
  it('reads one day when the number after "and" counts something else', () => {
    expect(range('on July 16, 2017 and 17 people died')).toEqual(['2017-07-16', '2017-07-16']);
    expect(range('Trump met Putin on July 16 and 17 people died')).toEqual([
      '2017-07-16',
      '2017-07-16',
    ]);
  });
});

describe('parseDateRange: what people type', () => {
  it.each([
    ['between February 3 and February 5, 2020', '2020-02-03', '2020-02-05'],
    // Two years, the second written short: a season, a shutdown over the new year.
    ['day 25 of the 2018-19 shutdown', '2018-01-01', '2019-12-31'],
    ['the 2017–18 season', '2017-01-01', '2018-12-31'],
    ['feb-apr 2017', '2017-02-01', '2017-04-30'],
    ['spring 2017', '2017-03-01', '2017-05-31'],
    ['in the summer of 2019', '2019-06-01', '2019-08-31'],
    ['late fall 2018', '2018-11-01', '2018-11-30'],
    ['Christmas Eve 2018', '2018-12-24', '2018-12-24'],
    // A holiday's weekend: Saturday to Monday, Thursday to Sunday for Thanksgiving, the Saturday
    // before to a weekday holiday; the year may follow "in".
    ['over Labor Day weekend 2017', '2017-09-02', '2017-09-04'],
    ['Memorial Day weekend in 2019', '2019-05-25', '2019-05-27'],
    ['Thanksgiving weekend 2018', '2018-11-22', '2018-11-25'],
    ['the Fourth of July weekend 2017', '2017-07-01', '2017-07-04'],
    // A weekday counted in a month, a day counted in a year or month.
    ['the third Sunday of October 2020', '2020-10-18', '2020-10-18'],
    ['the first Tuesday of November 2018', '2018-11-06', '2018-11-06'],
    ['the last Friday in June 2019', '2019-06-28', '2019-06-28'],
    // A weekend counted by its Saturday; its Sunday may fall in the next month.
    ['the first weekend of March 2019', '2019-03-02', '2019-03-03'],
    ['the last weekend in June 2018', '2018-06-30', '2018-07-01'],
    ['the second day of 2019', '2019-01-02', '2019-01-02'],
    ['the 10th day of March 2017', '2017-03-10', '2017-03-10'],
    ['Thanksgiving 2019', '2019-11-28', '2019-11-28'],
    ['election day 2020', '2020-11-03', '2020-11-03'],
    ['marhc 2 2017', '2017-03-02', '2017-03-02'],
    ['febuary 14 2018', '2018-02-14', '2018-02-14'],
    // Thursday 2 March 2017: the week before runs Monday 20 to Sunday 26 February.
    ['last week', '2017-02-20', '2017-02-26'],
    // A span counted back from the reference day runs up to it.
    ['the last two weeks', '2017-02-16', '2017-03-02'],
    ['the past 3 days', '2017-02-27', '2017-03-02'],
    ['this month', '2017-03-01', '2017-03-31'],
    ['last year', '2016-01-01', '2016-12-31'],
    // The first, middle or last third of a year (by months) or of a month (by tens of days).
    ['in late 2019', '2019-09-01', '2019-12-31'],
    ['mid-2018', '2018-05-01', '2018-08-31'],
    ['early 2020', '2020-01-01', '2020-04-30'],
    ['the end of 2019', '2019-09-01', '2019-12-31'],
    ['early March 2017', '2017-03-01', '2017-03-10'],
    // Hyphenated, lower case: "mid-march" keeps its month ("Mar-a-Lago" does not, see not-matching).
    ['in mid-march 2019', '2019-03-11', '2019-03-20'],
    ['at Mar-a-Lago on Mar 3 2019', '2019-03-03', '2019-03-03'],
    ['at the end of August 2016', '2016-08-21', '2016-08-31'],
    ['the beginning of May 2016', '2016-05-01', '2016-05-10'],
    ['late February 2016', '2016-02-21', '2016-02-29'],
    ['on 3/2/2017', '2017-03-02', '2017-03-02'],
    ['what happened on 3/2', '2017-03-02', '2017-03-02'],
    ['the Ides of March 2017', '2017-03-15', '2017-03-15'],
    // A week or month counted from a date the question names, not from today.
    ['the week before Thanksgiving 2020', '2020-11-19', '2020-11-25'],
    ['the week of December 17, 2018', '2018-12-17', '2018-12-23'],
    ['the week after March 2, 2017', '2017-03-03', '2017-03-09'],
    // Holidays whose day moves, and a day counted from an election.
    ["Mother's Day 2020", '2020-05-10', '2020-05-10'],
    ["Father's Day 2019", '2019-06-16', '2019-06-16'],
    ["Presidents' Day 2018", '2018-02-19', '2018-02-19'],
    ['Easter 2019', '2019-04-21', '2019-04-21'],
    ['Good Friday 2020', '2020-04-10', '2020-04-10'],
    ["St. Patrick's Day 2017", '2017-03-17', '2017-03-17'],
    ['Black Friday 2019', '2019-11-29', '2019-11-29'],
    ['the day after Christmas 2018', '2018-12-26', '2018-12-26'],
    ['the day after the 2020 election', '2020-11-04', '2020-11-04'],
    // A night runs past midnight, into the small hours of the next day.
    ['the night of the 2020 election', '2020-11-03', '2020-11-04'],
    ['election night 2020', '2020-11-03', '2020-11-04'],
    ['the week after the 2018 midterms', '2018-11-07', '2018-11-13'],
    // A weekday or a count of days from a named day, and the leap day of a leap year.
    ['the Saturday after the 2020 election', '2020-11-07', '2020-11-07'],
    ['the Monday before Election Day 2018', '2018-11-05', '2018-11-05'],
    ['the Saturday after Thanksgiving 2019', '2019-11-30', '2019-11-30'],
    ['two days after the 2018 midterms', '2018-11-08', '2018-11-08'],
    ['three days before Christmas 2018', '2018-12-22', '2018-12-22'],
    ['two weeks after March 2, 2017', '2017-03-03', '2017-03-16'],
    ['leap day 2020', '2020-02-29', '2020-02-29'],
  ])('reads "%s" as %s to %s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });

  it('keeps the qualifier in the words it reports as the date', () => {
    expect(parseDateRange('who met Trump in late 2019?', REFERENCE)?.text).toBe('late 2019');
  });

  it("keeps a year that qualifies a noun when it lies in the dataset's years", () => {
    expect(read('What day did Trump give his 2019 speech to the UN?')).toEqual([
      '2019-01-01',
      '2019-12-31',
    ]);
    expect(read("When did a host publish Trump's 2005 tax return?")).toBeNull();
  });

  it('reads a year that names a campaign, census or election as that year and the one before', () => {
    // Staff join a campaign, and courts rule on a census, the year before the thing itself.
    expect(read('Which adviser left to join the 2020 campaign?')).toEqual([
      '2019-01-01',
      '2020-12-31',
    ]);
    expect(read('When was the question on the 2020 census blocked?')).toEqual([
      '2019-01-01',
      '2020-12-31',
    ]);
    // After "during" or "in" the year is the time asked about.
    expect(read('What did Trump say during the 2020 campaign?')).toEqual([
      '2020-01-01',
      '2020-12-31',
    ]);
    expect(read('What did Trump say of his 2019 speech?')).toEqual(['2019-01-01', '2019-12-31']);
  });

  it('does not read a year that names a thing as the time asked about', () => {
    expect(range("When did a host publish Trump's 2005 tax return?")).toBeNull();
    expect(range('What did Comey say about the 2016 election?')).toBeNull();
    // After "in" the year is the time asked about.
    expect(range('What did Comey say in 2016 about Clinton?')).toEqual([
      '2016-01-01',
      '2016-12-31',
    ]);
  });

  it('reads a date without a year in the years the dataset covers', () => {
    const span = { first: '2017-01-20', last: '2021-01-20' };
    const today = new Date(Date.UTC(2026, 11, 1, 12));
    const readToday = (text: string) => {
      const found = parseDateRange(text, today, span);
      return found === null ? null : [found.from, found.to];
    };
    expect(readToday('march 2nd')).toEqual(['2020-03-02', '2020-03-02']);
    expect(readToday('christmas eve')).toEqual(['2020-12-24', '2020-12-24']);
    // "his last Christmas Day" in office: the holiday with a possessive and an ordinal before it.
    expect(readToday('What did he do on his last Christmas Day in office?')).toEqual([
      '2020-12-25',
      '2020-12-25',
    ]);
    // A year that is written stays, even outside the dataset.
    expect(readToday('march 2nd 2024')).toEqual(['2024-03-02', '2024-03-02']);
  });
});

describe('a range with one end open', () => {
  const span = { first: '2017-01-20', last: '2021-01-20' };
  const read = (text: string) => {
    const found = parseDateRange(text, REFERENCE, span);
    return found === null ? null : [found.from, found.to, found.text];
  };

  it('reads "since <date>" from its first day to the dataset\'s last', () => {
    expect(read('What did Trump say about Iran since 2019?')).toEqual([
      '2019-01-01',
      '2021-01-20',
      'since 2019',
    ]);
    // "its worst day since 1987": a time before the dataset still bounds the range from below.
    expect(read('the worst day since 1987')?.slice(0, 2)).toEqual(['1987-01-01', '2021-01-20']);
  });

  it('reads "after <date>" from the day after it, "before <date>" up to the day before it', () => {
    expect(read('What happened after March 2017?')).toEqual([
      '2017-04-01',
      '2021-01-20',
      'after March 2017',
    ]);
    expect(read('What happened before February 2017?')).toEqual([
      '2017-01-20',
      '2017-01-31',
      'before February 2017',
    ]);
  });

  it("runs to today when the dataset's span is not known", () => {
    expect(range('since January 2017')).toEqual(['2017-01-01', '2017-03-02']);
  });

  it('leaves a year that names a thing ("before the 2018 midterms") a closed range', () => {
    expect(read('What did Trump tweet before the 2018 midterms?')).toEqual([
      '2018-01-01',
      '2018-12-31',
      '2018',
    ]);
  });
});

describe('findImpossibleDate', () => {
  it.each([
    '2017-13-45',
    'what happened on 2017-02-30',
    'February 30, 2017',
    // June 2019 has four Mondays; March has 31 days.
    'the fifth Monday of June 2019',
    'the 40th day of March 2017',
    'what happened on leap day 2019',
  ])('reports "%s" as no real date', (text) => {
    expect(findImpossibleDate(text)).not.toBeNull();
  });

  it.each(['2017-02-28', 'March 2, 2017', 'the 2017-18 season', 'the fifth Monday of July 2019'])(
    'accepts "%s"',
    (text) => {
      expect(findImpossibleDate(text)).toBeNull();
    },
  );
});
