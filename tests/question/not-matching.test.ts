/**
 * Inputs that look like dates or names to a naive reader but are not. Each case says why it
 * must stay unparsed: a wrong date filter or person boost silently hides the right answer.
 */
import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/dataset/schema.js';
import { parseDateRange } from '../../src/question/dates.js';
import { parseQuestion } from '../../src/question/parse.js';
import { PeopleIndex } from '../../src/search/people.js';

const REFERENCE = new Date(Date.UTC(2017, 2, 2, 12));

describe('not dates', () => {
  it.each([
    ['may I ask who Flynn is', '"may" is a modal verb here, not the month'],
    ['Sessions may resign', '"may" after a name is a verb'],
    ['March on Washington', 'a march is an event; a bare month name needs "in", "since"…'],
    ['Who is April Ryan', 'April Ryan is a journalist: a month name followed by a name'],
    ['the 45th president', 'an ordinal that is not a day of a month'],
    ['Second Amendment rights', '"second" is not a time'],
    ['when did flyn resign', 'no date words at all'],
    ['Sessions', 'a surname that contains no date'],
    [
      '0050-03-02',
      'years before 1000 are outside what the product handles (Date.UTC reads 50 as 1950)',
    ],
    ['what happened in 10000', 'a five-digit year'],
    ['who went to the Christmas party', 'a holiday without a year or a date word names an event'],
    ['when did the spring offensive begin', 'a season needs a year to be a date'],
    ['Trump fall in the polls', '"fall" is a verb here'],
    ['when did Trump put off the raids for two weeks', 'how long, not when'],
    ['shares bought a month before a bill passed', 'counted from the bill, which only it dates'],
    ['the protest the day after the inauguration', 'counted from the inauguration, not today'],
    ['a swipe at the press on the TODAY show', 'the name of a show, in capitals'],
    ['a wall that would stand in 70 years', 'a length of time from now, not a date'],
    ['did the shutdown end after 30 days', 'how long it lasted, not when'],
    [
      'did she testify for nine hours before the House panels',
      'how long, counted from nothing dated',
    ],
    ['when did the mayor 12 resign', '"mayor" is not a misspelt "may"'],
    ['when did trump sign the 9/11 victim fund bill', 'a slashed pair after "the" names an attack'],
    ["Trump's 2005 tax return", 'a year that qualifies a noun names the thing, not the time'],
    ['who sent the Easter message', 'a holiday without a year or a date word names an event'],
    ['she left to join the Trump 2020 campaign', 'a year inside a name: "Trump 2020"'],
    ['his address from Mar-a-Lago', "a month's short name that opens a hyphenated name"],
    ['a May-day parade', "a month's name joined to a lower-case word is part of that word"],
  ])('"%s" is not a date (%s)', (text) => {
    expect(parseDateRange(text, REFERENCE)).toBeNull();
  });
});

describe('an election named as a topic is not its day', () => {
  it('reads only the year of "the 2016 election" when nothing counts from it', () => {
    // Only "the day/week after the 2016 election" makes the election a day.
    expect(parseDateRange('What did Trump say about the 2016 election?', REFERENCE)?.from).not.toBe(
      '2016-11-08',
    );
  });
});

describe('not people', () => {
  const people = new PeopleIndex([
    {
      id: 'theresa-may',
      kind: 'person',
      name: 'Theresa May',
      aliases: ['May'],
      roles: [{ title: 'Prime Minister', former: false }],
      eventIds: ['e1'],
    },
    {
      id: 'sessions',
      kind: 'person',
      name: 'Jeff Sessions',
      aliases: [],
      roles: [],
      eventIds: ['e1'],
    },
    { id: 'rice', kind: 'person', name: 'Susan Rice', aliases: [], roles: [], eventIds: ['e1'] },
  ] satisfies Person[]);

  it.each([
    ['resign', 'a news verb, several edits from any name'],
    ['weather', 'an ordinary word nowhere near a name'],
    ['the', 'an article'],
    ['🙂', 'no letters'],
    ['russia', 'a country, not "Rice" (3 edits away)'],
  ])('"%s" names nobody (%s)', (text) => {
    expect(people.resolve(text)).toEqual([]);
  });
});

describe('not claims to verify', () => {
  it.each([
    ['Who called the Ninth Circuit "a lawless disgrace"?', 'a question for the speaker'],
    ['Trump met Putin in Helsinki', 'a statement with no question mark is a search'],
    ['Trump said what about Iran?', 'a question word after the verb asks for words'],
    ['Is it true?', 'no claim after the opening'],
    ['What is the date today?', 'a question about today, not about an event'],
  ])('"%s" is not a claim (%s)', (text) => {
    expect(parseQuestion(text, REFERENCE).intent).not.toBe('verify');
  });
});
