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

  it('counts "the following Tuesday" forward and "the previous Friday" back from the day before', () => {
    const anchor = { date: '2018-12-01', precision: 'day' } as const;
    const when = (sentence: string) =>
      findDateExpressions(sentence, '2018-12-01', anchor).map((date) => date.when.date);
    expect(when('The following Tuesday officials play down expectations.')).toEqual(['2018-12-04']);
    expect(when('On the previous Friday, he met them.')).toEqual(['2018-11-30']);
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

/** Expression, date and clause of each date found, against Thursday 2 March 2017 unless given. */
const facts = (sentence: string, date = documentDate) =>
  findDateExpressions(sentence, date).map(({ expression, when, clause }) => [
    expression,
    when.date,
    clause,
  ]);

describe('findDateExpressions: names and durations are not dates', () => {
  const notDates = [
    'He told USA Today about the meeting.',
    'She spoke to Russia Today in Moscow.',
    'He appeared on Fox News Sunday to defend the order.',
    'The president spent the weekend in Mar-a-Lago.',
    'He flew to Mar-a-Lago on the presidential jet.',
    'He laid a wreath for the victims of the September 11 attacks.',
    'The Immigration Act of 1950 was cited in the ruling.',
    'He addressed the Class of 2020 at the academy.',
    'She joined the Trump 2020 Campaign as an adviser.',
    'He was released after a year in prison.',
    'The debt will be paid off in 70 years.',
    'The program ran for two years before it closed.',
    'He had a nine-month affair with her.',
    'The ban would last within five years of its signing.',
    'He was 70 years old when he took office.',
    'Theresa May met the president at the White House.',
    'Vice President Pence spoke at the March for Life.',
    'He called it a 9/11 moment.',
  ];
  it.each(notDates)('finds no date in %j', (sentence) => {
    expect(found(sentence)).toEqual([]);
  });

  it('still reads a date that follows a preposition or starts a sentence', () => {
    expect(found('On Sunday he flew home.')).toEqual([['On Sunday', '2017-02-26', 'day']]);
    expect(found('He spoke with the press on Sunday.')).toEqual([
      ['on Sunday', '2017-02-26', 'day'],
    ]);
    expect(found('He said it three years ago.')).toEqual([['three years ago', '2014', 'year']]);
  });
});

describe('findDateExpressions: dates without a year', () => {
  it('places a past event on the latest such date on or before the document date', () => {
    const sentence = 'The first phone call, which occurred on April 21, was congratulatory.';
    expect(found(sentence).map(([, date]) => date)).toEqual(['2016-04-21']);
    expect(findDateExpressions(sentence, '2019-11-20').map(({ when }) => when.date)).toEqual([
      '2019-04-21',
    ]);
  });

  it('takes the next such date when the clause speaks of the future', () => {
    expect(found('He will visit Paris on April 21.').map(([, date]) => date)).toEqual([
      '2017-04-21',
    ]);
    expect(found('The summit is scheduled to begin in June.').map(([, date]) => date)).toEqual([
      '2017-06',
    ]);
    expect(
      found('Trump announced that the rally would be held on July 20.').map(([, date]) => date),
    ).toEqual(['2017-07-20']);
  });

  it('takes the next such month for what lasts until it or is due by it', () => {
    const dates = (sentence: string) =>
      findDateExpressions(sentence, '2019-09-18').map(({ when }) => when.date);
    expect(dates('Police released him on bail till October.')).toEqual(['2019-10']);
    expect(dates('The crew should return by late August.')).toEqual(['2020-08']);
    expect(dates('By June, the virus had spread to every state.')).toEqual(['2019-06']);
  });

  it('takes the next such date for what a plan is moved or set to, but not for when it was moved', () => {
    const dates = (sentence: string) =>
      findDateExpressions(sentence, '2020-03-20').map(({ when }) => when.date);
    expect(
      dates(
        'The state rescheduled its races to June 2; they were originally planned for April 28.',
      ),
    ).toEqual(['2020-06-02', '2020-04-28']);
    expect(dates('Ohio postponed its primary on Monday.')).toEqual(['2020-03-16']);
  });

  it('reads only the clause of the date for its tense', () => {
    expect(found('He will meet them on March 10, and he met Kislyak on March 10.')).toEqual([
      ['on March 10', '2017-03-10', 'day'],
      ['on March 10', '2016-03-10', 'day'],
    ]);
  });

  it('places a plain weekday in the past, or in the future after "will"', () => {
    const tuesday = '2020-01-14';
    const dates = (sentence: string) =>
      findDateExpressions(sentence, tuesday).map(({ when }) => when.date);
    expect(dates('The House voted on Wednesday.')).toEqual(['2020-01-08']);
    expect(dates('The House will vote on Wednesday.')).toEqual(['2020-01-15']);
  });

  it('gives each end of a range its own date, the end after the start', () => {
    const sentence =
      'Trump declares September 15 – October 15 as National Hispanic Heritage Month.';
    expect(facts(sentence, '2017-09-13')).toEqual([
      ['September 15', '2017-09-15', 'Trump declares as National Hispanic Heritage Month'],
      ['October 15', '2017-10-15', 'Trump declares as National Hispanic Heritage Month'],
    ]);
  });

  it('reads a lone month name that cannot be a name, but not May or March', () => {
    expect(facts('Trump proclaims February as American Heart Month.', '2017-02-02')).toEqual([
      ['February', '2017-02', 'Trump proclaims as American Heart Month'],
    ]);
    expect(found('Trump thanked May for the visit.')).toEqual([]);
  });
});

describe('findDateExpressions: phrases relative to the document', () => {
  it('gives month precision to "earlier this week" and "later this month"', () => {
    expect(found('He met them earlier this week.')).toEqual([
      ['earlier this week', '2017-03', 'month'],
    ]);
    expect(found('He met them earlier in the week.')).toEqual([
      ['earlier in the week', '2017-03', 'month'],
    ]);
    // Monday 2017-05-01: the days before it this week are in April.
    expect(
      findDateExpressions('He met them earlier this week.', '2017-05-03').map(({ when }) => when),
    ).toEqual([{ date: '2017-05', precision: 'month' }]);
    expect(found('He will travel later this month.')).toEqual([
      ['later this month', '2017-03', 'month'],
    ]);
  });

  it("keeps the edge of a period at the period's precision", () => {
    expect(found('It was pushed back to the end of February 2019.')).toEqual([
      ['to the end of February 2019', '2019-02', 'month'],
    ]);
    expect(found('He promised it by the end of 2017.')).toEqual([
      ['by the end of 2017', '2017', 'year'],
    ]);
  });

  it('counts "the following day" from a day, even after a year-precision date', () => {
    const sentence = 'His plan to visit the UK in the New Year is abandoned on the following day.';
    expect(findDateExpressions(sentence, '2017-11-29').map(({ when }) => when.date)).toEqual([
      '2018',
      '2017-11-30',
    ]);
  });
});

describe('findDateExpressions: the clause each date governs', () => {
  it('splits at "and" before a verb; a date alone between breaks governs the clause before', () => {
    expect(
      facts(
        'Sessions became the first sitting senator to endorse Trump, in February 2016 and became the chair of his National Security Advisory Committee the next month.',
      ),
    ).toEqual([
      ['in February 2016', '2016-02', 'Sessions became the first sitting senator to endorse Trump'],
      ['the next month', '2016-03', 'became the chair of his National Security Advisory Committee'],
    ]);
  });

  it('gives an opening phrase the clause it leads into', () => {
    expect(
      facts(
        'During his confirmation hearing for attorney general in January, Sessions said that he "did not have any communications with the Russians."',
      ),
    ).toEqual([
      [
        'in January',
        '2017-01',
        'During his confirmation hearing for attorney general, Sessions said',
      ],
    ]);
  });

  it('splits at "after" and "that" opening clauses', () => {
    expect(
      facts(
        'The move comes after it was reported Wednesday night that Sessions had two meetings with the Russian ambassador in 2016 after he started supporting Trump.',
      ),
    ).toEqual([
      ['Wednesday night', '2017-03-01', 'after it was reported'],
      ['in 2016', '2016', 'Sessions had two meetings with the Russian ambassador'],
    ]);
  });

  it('gives a year inside a noun phrase that noun phrase, and "X of DATE" the phrase X', () => {
    expect(facts('Trump attends the 2017 ASEAN summit hosted by President Duterte.')).toEqual([
      ['the 2017', '2017', 'the 2017 ASEAN summit'],
    ]);
    expect(facts('Coats addressed issues from his testimony of June 7.', '2017-06-15')).toEqual([
      ['of June 7', '2017-06-07', 'his testimony'],
    ]);
  });

  it('gives a trailing "effective DATE" the clause before it, as the next such date', () => {
    expect(facts('Glenn Fine submitted his resignation, effective June 1.', '2020-05-26')).toEqual([
      ['June 1', '2020-06-01', 'Glenn Fine submitted his resignation'],
    ]);
  });
});

describe('findDateExpressions: late updates', () => {
  it('reads a date a few days after the document date as the same year, not the year before', () => {
    expect(
      findDateExpressions('NATO released a statement on 15 December.', '2017-12-12').map(
        ({ when }) => when.date,
      ),
    ).toEqual(['2017-12-15']);
  });
});

describe('findDateExpressions: "this" weekday', () => {
  it('places "this Wednesday" by the tense of its clause', () => {
    const dates = (sentence: string) =>
      findDateExpressions(sentence, '2019-03-31').map(({ when }) => when.date);
    expect(dates('This Wednesday the minister emphasized the rules.')).toEqual(['2019-03-27']);
    expect(dates('This Wednesday the minister will speak.')).toEqual(['2019-04-03']);
  });
});
