/**
 * The seed document's extraction, pinned field by field: this is what the bot answers from.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset, parseRawText } from '../../src/ingest/index.js';

const file = 'data/raw/000_da3281cc3e032231.txt';
const dataset = buildDataset(parseRawText(readFileSync(file, 'utf8'), file), [file]);
const [event] = dataset.events;
const person = (name: string) => dataset.people.find((candidate) => candidate.name === name);
const quote = (start: string) =>
  dataset.quotes.find((candidate) => candidate.text.startsWith(start));

describe('seed event', () => {
  it('is one event on 2017-03-02 with a stable content-derived id', () => {
    expect(dataset.events).toHaveLength(1);
    expect(event?.date).toBe('2017-03-02');
    expect(event?.id).toMatch(/^evt-2017-03-02-[0-9a-f]{8}$/);
    expect(buildDataset(parseRawText(readFileSync(file, 'utf8'), file), [file]).events[0]?.id).toBe(
      event?.id,
    );
    expect(event?.origin).toEqual({ file, line: 1 });
  });

  it('has a short title from the first tweet and a summary from the article', () => {
    expect(event?.title).toBe(
      'AG Sessions recuses himself from investigations into presidential campaigns',
    );
    expect(event?.summary).toBe(
      'Attorney General Jeff Sessions is recusing himself from any existing or future probes related to any campaigns for president, he said in a statement.',
    );
  });

  it('lists the people of the event', () => {
    expect(new Set(event?.personIds)).toEqual(
      new Set(['person-jeff-sessions', 'person-franken', 'person-donald-trump']),
    );
  });
});

describe('seed sources', () => {
  const tweets = dataset.sources.filter((source) => source.kind === 'tweet');
  const articles = dataset.sources.filter((source) => source.kind === 'article');

  it('keeps three tweets with author, handle, date, text, links and media', () => {
    expect(tweets.map((tweet) => [tweet.authorName, tweet.handle, tweet.date])).toEqual([
      ['ABC News Politics', 'ABCPolitics', '2017-03-02'],
      ['ABC News', 'ABC', '2017-03-02'],
      ['ABC News Politics', 'ABCPolitics', '2017-03-02'],
    ]);
    expect(tweets[0]).toMatchObject({
      text: 'AG Sessions recuses himself from investigations into presidential campaigns after recommendations from his staff.',
      links: ['https://t.co/4nTtDyMBID'],
      media: ['pic.twitter.com/S5UjwWshTM'],
    });
    expect(tweets[1]).toMatchObject({
      links: ['https://t.co/iL5u2oWGen'],
      media: ['pic.twitter.com/cJ8rMe7gw3'],
    });
    expect(tweets[2]).toMatchObject({
      text: 'AG Jeff Sessions: "My reply to the question of Senator Franken was honest and correct as I understood it at the time."',
      links: [],
      media: ['pic.twitter.com/l9CycYdnjh'],
    });
  });

  it('marks the second recusal tweet as a near-duplicate of the first, and only that one', () => {
    expect(tweets.map((tweet) => tweet.duplicateOf)).toEqual([null, tweets[0]?.id, null]);
  });

  it('keeps the article text whole, without the closing dashes', () => {
    expect(articles).toHaveLength(1);
    const text = articles[0]?.text ?? '';
    expect(text.startsWith('Attorney General Jeff Sessions is recusing himself')).toBe(true);
    expect(text.endsWith('Sessions said today.')).toBe(true);
    expect(articles[0]).toMatchObject({ publisher: null, url: null, date: '2017-03-02' });
  });
});

describe('seed quotes', () => {
  const sessions = { personId: 'person-jeff-sessions', name: 'Jeff Sessions' };

  it('attributes the tweeted reply on Senator Franken to Sessions', () => {
    expect(quote('My reply to the question of Senator Franken')).toMatchObject({
      text: 'My reply to the question of Senator Franken was honest and correct as I understood it at the time.',
      speaker: sessions,
      when: { date: '2017-03-02', precision: 'day' },
      quoteMark: 'double',
      fragment: false,
      sourceId: dataset.sources[2]?.id,
    });
  });

  it('attributes the recusal statement to Sessions, said on the document date', () => {
    expect(quote('having concluded those meetings today')).toMatchObject({
      speaker: sessions,
      when: { date: '2017-03-02', precision: 'day' },
      fragment: false,
    });
  });

  it('dates the confirmation-hearing quote to January 2017 with month precision', () => {
    expect(quote('did not have any communications with the Russians')).toMatchObject({
      speaker: sessions,
      when: { date: '2017-01', precision: 'month' },
      sentence:
        'During his confirmation hearing for attorney general in January, Sessions said that he "did not have any communications with the Russians."',
    });
  });

  it('attributes the closing denial to Sessions without its trailing comma', () => {
    const denial = quote('I have not met with any Russians at any time');
    expect(denial?.speaker).toEqual(sessions);
    expect(denial?.text.endsWith('anything else to say about that')).toBe(true);
    expect(denial?.when).toEqual({ date: '2017-03-02', precision: 'day' });
  });

  it('keeps described speakers as the text names them, linked to a speaker entry of their own', () => {
    expect(quote('the latest attack against the Trump Administration')?.speaker).toEqual({
      personId: 'speaker-white-house-official',
      name: 'A White House official',
    });
    expect(quote('misleading')).toMatchObject({
      speaker: {
        personId: 'speaker-department-of-justice-spokeswoman',
        name: 'A Department of Justice spokeswoman',
      },
      when: { date: '2017-03-01', precision: 'day' },
      fragment: true,
      qualifier: 'were not',
      negated: true,
    });
    expect(
      dataset.people.find((person) => person.id === 'speaker-white-house-official'),
    ).toMatchObject({
      kind: 'group',
      name: 'White House official',
      aliases: ['A White House official'],
    });
  });

  it('marks a few quoted words inside a sentence as a fragment', () => {
    expect(quote('relevant senior career Department officials')).toMatchObject({
      fragment: true,
      speaker: sessions,
    });
  });

  it('finds exactly the seven quotations of the seed', () => {
    expect(dataset.quotes).toHaveLength(7);
  });
});

describe('seed people', () => {
  it('merges every alias of Jeff Sessions into one person with his roles', () => {
    expect(person('Jeff Sessions')).toMatchObject({
      id: 'person-jeff-sessions',
      aliases: [
        'AG Jeff Sessions',
        'AG Sessions',
        'Attorney General Jeff Sessions',
        'Attorney General Sessions',
        'Jeff Sessions',
        'Sessions',
      ],
      roles: [
        { title: 'Attorney General', former: false },
        { title: 'Senator', former: true },
      ],
    });
  });

  it('finds Senator Franken and Donald Trump (possessive stripped)', () => {
    expect(person('Franken')?.roles).toEqual([{ title: 'Senator', former: false }]);
    expect(person('Donald Trump')?.aliases).toEqual(['Donald Trump', 'Trump']);
  });

  it('has no false people', () => {
    const people = dataset.people.filter((candidate) => candidate.kind === 'person');
    expect(people.map((candidate) => candidate.name).sort()).toEqual([
      'Donald Trump',
      'Franken',
      'Jeff Sessions',
    ]);
  });
});

describe('seed facts', () => {
  const factsAt = (date: string) => dataset.facts.filter((fact) => fact.when.date === date);

  it('dates the two 2016 meetings with the Russian ambassador to the year', () => {
    const [meetings] = factsAt('2016');
    expect(meetings).toMatchObject({ expression: 'in 2016', when: { precision: 'year' } });
    expect(meetings?.text).toContain(
      'two meetings with the Russian ambassador to the U.S. in 2016',
    );
  });

  it('dates the endorsement to February 2016 and the committee chair to the next month', () => {
    expect(factsAt('2016-02')).toMatchObject([
      { expression: 'in February 2016', when: { precision: 'month' } },
    ]);
    expect(factsAt('2016-02')[0]?.text).toContain('first sitting senator to endorse Trump');
    expect(factsAt('2016-03')).toMatchObject([
      { expression: 'the next month', when: { precision: 'month' } },
    ]);
    expect(factsAt('2016-03')[0]?.text).toContain('National Security Advisory Committee');
  });

  it('dates the confirmation hearing to January 2017', () => {
    expect(factsAt('2017-01')).toMatchObject([{ expression: 'in January' }]);
    expect(factsAt('2017-01')[0]?.text).toContain('confirmation hearing');
  });

  it('resolves "Wednesday night" to 2017-03-01, when the meetings were reported', () => {
    const reported = factsAt('2017-03-01');
    expect(reported.map((fact) => fact.expression)).toEqual(['Wednesday night', 'Wednesday night']);
    expect(reported[0]?.text).toContain('it was reported Wednesday night');
    expect(reported[0]?.when.precision).toBe('day');
  });

  it('resolves "today" to the document date', () => {
    expect(factsAt('2017-03-02').map((fact) => fact.expression)).toEqual(['today', 'today']);
  });
});
