import { beforeAll, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.js';
import type { Answerer } from '../../src/answer/types.js';
import { buildDataset } from '../../src/ingest/index.js';
import {
  REFERENCE,
  corpusAvailable,
  loadCorpus,
  loadSeed,
  syntheticDatasetOf,
  answererOverDated,
} from './datasets.js';

describe('answering on the seed dataset', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer(await loadSeed(), { referenceDate: REFERENCE });
  });

  it('answers "when" with the date of the matching event', () => {
    const result = answerer.ask('When did Sessions recuse himself?');
    expect(result.intent).toBe('when');
    expect(result.answers[0]).toMatchObject({ date: '2017-03-02' });
    expect(result.answers[0]?.text).toMatch(/recus/i);
  });

  it('answers "when" from a dated fact', () => {
    const first = answerer.ask('when did sessions endorse trump').answers[0];
    expect(first).toMatchObject({ kind: 'fact', date: '2016-02' });
  });

  it('answers "when" with the date of the clause asked about when a sentence has two dates', () => {
    const first = answerer.ask(
      'when did sessions become chair of the national security advisory committee',
    ).answers[0];
    expect(first).toMatchObject({ kind: 'fact', date: '2016-03' });
  });

  it.each([
    'What happened on March 2, 2017?',
    'what happened on 2 March 2017',
    '2017-03-02',
    'March 2017',
  ])('lists the events of "%s"', (question) => {
    const result = answerer.ask(question);
    expect(result.intent).toBe('date');
    expect(result.answers[0]).toMatchObject({
      kind: 'event',
      date: '2017-03-02',
      source: '@ABCPolitics',
    });
  });

  it('answers a month without events from the facts the articles date in it', () => {
    const result = answerer.ask('what happened in January 2017');
    expect(result.intent).toBe('date');
    expect(result.answers).toHaveLength(1);
    expect(result.answers[0]).toMatchObject({ kind: 'fact', date: '2017-01' });
    expect(result.answers[0]?.text).toContain('confirmation hearing');
  });

  it('does not answer about a name the dataset has never heard of with whatever else matches', () => {
    const result = answerer.ask('When did Zorblax Quuxington resign?');
    expect(result.answers).toEqual([]);
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(answerer.ask('When did Sesions recuse himself?').answers[0]?.date).toBe('2017-03-02');
    // A capital at the start of a sentence is not a name.
    expect(answerer.ask('Whatever happened with Sessions?').answers.length).toBeGreaterThan(0);
  });

  it('answers from the other words when an acronym the dataset never writes names an organisation', () => {
    expect(
      answerer.ask('When did an ACME reporter say Sessions recused himself?').answers[0]?.date,
    ).toBe('2017-03-02');
    // A capitalised word that is no acronym still reads as an unknown person.
    expect(answerer.ask('When did Zorblax Quuxington recuse himself?').answers).toEqual([]);
  });

  it('does not read "Department" as the verb "depart" (a synonym of resign)', () => {
    expect(answerer.ask('when did anyone resign').answers).toEqual([]);
  });

  it('says clearly when a date has no events, with the dates covered', () => {
    const result = answerer.ask('What happened in June 2018?');
    expect(result.answers).toEqual([]);
    expect(result.suggestions).toContainEqual({
      kind: 'coverage',
      first: '2017-03-02',
      last: '2017-03-02',
    });
  });

  it.each(['Who is Jeff Sessions?', 'who is sesions', 'who is the attorney general'])(
    'describes the person for "%s"',
    (question) => {
      const result = answerer.ask(question);
      expect(result.intent).toBe('who');
      expect(result.answers[0]).toMatchObject({ kind: 'person', id: 'person-jeff-sessions' });
      expect(result.answers[0]?.text).toContain('Attorney General');
      expect(result.answers.some((answer) => answer.kind === 'quote')).toBe(true);
    },
  );

  it('finds what a speaker said about a topic', () => {
    const result = answerer.ask('What did Sessions say about Franken?');
    expect(result.intent).toBe('said');
    expect(result.answers[0]?.text).toContain('Senator Franken');
    expect(result.answers[0]?.speaker).toBe('Jeff Sessions');
  });

  it('finds quotes by a title about a topic', () => {
    const result = answerer.ask('quotes by the attorney general about the Russians');
    expect(result.answers.length).toBeGreaterThan(0);
    for (const answer of result.answers) {
      expect(answer.speaker).toBe('Jeff Sessions');
      expect(answer.text).toMatch(/Russians/);
    }
  });

  it('finds quotes by an unnamed speaker by how the text names them', () => {
    const result = answerer.ask('What did the White House official say?');
    expect(result.answers[0]?.speaker).toBe('A White House official');
  });

  it('explains when a speaker said nothing on the topic', () => {
    const result = answerer.ask('What did Sessions say about pizza?');
    expect(result.answers).toEqual([]);
    expect(result.suggestions[0]).toMatchObject({
      kind: 'no-quote-on-topic',
      name: 'Jeff Sessions',
      topic: 'pizza',
    });
  });

  it('names who said a quotation, with the full quote', () => {
    const result = answerer.ask("Who said 'the latest attack against the Trump Administration'?");
    expect(result.intent).toBe('who-said');
    expect(result.answers[0]?.speaker).toBe('A White House official');
    expect(result.answers[0]?.text).toContain('by partisan Democrats');
  });

  it('verifies a paraphrase with the closest real quote', () => {
    const result = answerer.ask('Did Sessions say he never met with any Russians?');
    expect(result).toMatchObject({ intent: 'verify', verdict: 'paraphrase' });
    expect(result.answers[0]?.text).toMatch(/^I have not met with any Russians/);
  });

  it('verifies an exact quote', () => {
    const result = answerer.ask('Did Sessions say "I have not met with any Russians at any time"?');
    expect(result.verdict).toBe('exact');
  });

  it('reports a claim nobody made as not found', () => {
    expect(answerer.ask('Did Sessions say he loves pizza?').verdict).toBe('not-found');
    expect(answerer.verify('we will build a wall on the moon')).toEqual({
      verdict: 'not-found',
      best: null,
      alternatives: [],
    });
  });

  it('searches events, quotes and facts for anything else, across word forms', () => {
    const result = answerer.ask('sessions recusal');
    expect(result.intent).toBe('search');
    expect(result.answers[0]?.text).toMatch(/recus/i);
  });

  it.each([
    ['', 'empty'],
    ['x'.repeat(10_000), '10,000 characters'],
    ['😀🎉🔥', 'emoji only'],
    ['<@123456789> <@&42> @everyone @here', 'mentions only'],
    ['**zqxv** __~~wwkj~~__ ||`qqpl`||', 'markdown around nonsense'],
  ])('gives a clear no-answer with suggestions for %j (%s)', (question) => {
    const result = answerer.ask(question);
    expect(result.answers).toEqual([]);
    expect(result.suggestions.length).toBeGreaterThan(0);
  });

  it('suggests a close name for a misspelled one that found nothing', () => {
    const result = answerer.ask('Did Frankin say the moon is cheese?');
    expect(result.suggestions).toContainEqual({ kind: 'question', question: 'Who is Franken?' });
  });

  it('offers people and events for autocomplete within 100 characters', () => {
    expect(answerer.suggestPeople('sess')[0]).toEqual({
      personId: 'person-jeff-sessions',
      label: 'Jeff Sessions (Attorney General)',
    });
    const events = answerer.suggestEvents('recu');
    expect(events[0]?.label).toMatch(/^2017-03-02 · /);
    expect(events[0]?.label.length).toBeLessThanOrEqual(100);
  });

  it('returns cards for a person and an event by id or by fuzzy name', () => {
    expect(answerer.person('sesions')?.person.id).toBe('person-jeff-sessions');
    expect(answerer.person('person-franken')?.person.name).toBe('Franken');
    expect(answerer.person('nobody at all')).toBeNull();
    const card = answerer.event('recusal');
    expect(card?.sources.length).toBe(4);
    expect(card?.people.map((p) => p.name)).toContain('Jeff Sessions');
  });

  it("lists everyone's events and quotes on a timeline without a person, oldest first", () => {
    const entries = answerer.timeline({ from: '2017', to: '2017' }).entries;
    expect(new Set(entries.map((entry) => entry.kind))).toEqual(new Set(['event', 'quote']));
    const dates = entries.map((entry) => entry.date ?? '');
    expect(dates).toEqual([...dates].sort());
    expect(entries.some((entry) => entry.speaker === 'A White House official')).toBe(true);
  });

  it('lists a timeline oldest first and names a bad date option', () => {
    const entries = answerer.timeline({ personId: 'person-jeff-sessions' }).entries;
    expect(entries.length).toBeGreaterThan(1);
    expect(entries.map((e) => e.date)).toEqual([...entries.map((e) => e.date)].sort());
    expect(answerer.timeline({ from: 'not a date' }).error).toEqual({
      kind: 'unreadable-date',
      bound: 'from',
      written: 'not a date',
    });
  });

  it('answers eventsOn (the events, then facts dated that day) and stats', () => {
    const onTheDay = answerer.eventsOn('March 2, 2017').answers;
    expect(onTheDay.map((answer) => answer.kind)).toEqual(['event', 'fact', 'fact']);
    expect(onTheDay.every((answer) => answer.date === '2017-03-02')).toBe(true);
    expect(answerer.eventsOn('gibberish').range).toBeNull();
    expect(answerer.stats()).toMatchObject({
      events: 1,
      firstDate: '2017-03-02',
      lastDate: '2017-03-02',
    });
  });
});

describe.skipIf(!corpusAvailable)('answering on the timeline corpus', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer(await loadCorpus(), { referenceDate: REFERENCE });
  }, 60_000);

  it('confirms a claim about what was done to its subject from the event that did it', async () => {
    // "The Senate confirms Rex Tillerson …" is a statement of the Senate's: it confirmed him.
    const asked = createAnswerer(await loadCorpus(), {
      referenceDate: new Date(Date.UTC(2021, 0, 20, 12)),
    });
    const result = asked.ask('Was Rex Tillerson confirmed as Secretary of State?');
    expect(result.verdict).toMatch(/^(?:exact|paraphrase)$/);
    expect(result.answers[0]?.text).toMatch(/^The Senate confirms Rex Tillerson/);
  });

  it('does not call related a claim whose event shares only its names and occasion', () => {
    // "holds bilateral meetings with … Imran Khan …" says nothing of an arms deal.
    const result = answerer.ask(
      'Did Trump sign an arms deal with Imran Khan at the UN in September 2019?',
    );
    expect(result.verdict).toBe('not-found');
  });

  it('answers "when did flyn resign" with Flynn\'s resignation', () => {
    const first = answerer.ask('when did flyn resign').answers[0];
    expect(first?.date).toBe('2017-02-13');
    expect(first?.text).toMatch(/Flynn resigns/);
  });

  it('ranks texts dated within the asked day above facts known only to its year', async () => {
    // Facts dated "2020" (year only) overlap 25 December 2020 but say nothing about that day.
    const asked = createAnswerer(await loadCorpus(), {
      referenceDate: new Date(Date.UTC(2021, 0, 20, 12)),
    });
    const first = asked.ask('What did the president do on his last Christmas Day in office?')
      .answers[0];
    expect(first?.date).toBe('2020-12-25');
  });

  it("lists a day's events on a place when no event that day is linked to it as a name", () => {
    const answers = answerer.ask('What happened at the White House on July 24, 2017?').answers;
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((answer) => answer.date === '2017-07-24')).toBe(true);
    expect(answers[0]?.text).toMatch(/White House/);
  });

  it('finds "fire" through "removes … from his position"', () => {
    const result = answerer.ask('When did Trump fire Comey?');
    expect(result.answers[0]?.text).toMatch(/removes James Comey from his position/);
  });

  it('lists the events of a month and of a range, inside it', () => {
    for (const [question, from, to] of [
      ['in June 2018', '2018-06-01', '2018-06-30'],
      ['between January and March 2017', '2017-01-01', '2017-03-31'],
    ] as const) {
      const result = answerer.ask(question, { limit: 10 });
      expect(result.answers).toHaveLength(10);
      for (const answer of result.answers) {
        expect((answer.date ?? '') >= from && (answer.date ?? '') <= to).toBe(true);
      }
    }
  });

  it('resolves a misspelled surname in "who is"', () => {
    expect(answerer.ask('who is tilerson').answers[0]?.text).toMatch(/^Rex Tillerson/);
  });

  it('finds the speaker of a short quotation', () => {
    expect(answerer.ask("Who said 'alternative facts'?").answers[0]?.speaker).toBe(
      'Kellyanne Conway',
    );
  });

  it("finds a speaker's quotes on a topic", () => {
    const result = answerer.ask('What did Tillerson say about North Korea?');
    expect(result.answers[0]?.speaker).toBe('Rex Tillerson');
    expect(result.answers[0]?.text).toMatch(/North Korea/);
  });

  it('searches with a misspelled word', () => {
    expect(answerer.ask('mueler testifies house').answers[0]?.text).toMatch(/Mueller testifies/);
  });

  it('never throws on hostile input', () => {
    for (const question of ['', '?'.repeat(5000), '<@1> **', 'a'.repeat(10_000), '\u0000\u200b']) {
      expect(() => answerer.ask(question)).not.toThrow();
    }
  });
});

describe('verdicts on the seed dataset', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer(await loadSeed(), { referenceDate: REFERENCE });
  });

  it('says the words were said by someone else, and names who', () => {
    const result = answerer.ask(
      'Did Sessions say it was "the latest attack against the Trump Administration"?',
    );
    expect(result.verdict).toBe('other-speaker');
    expect(result.answers[0]?.speaker).toBe('A White House official');
  });

  it('reads "Did X call …" as a verification', () => {
    const result = answerer.ask('Did the White House official call it "the latest attack"?');
    expect(result.intent).toBe('verify');
    expect(result.verdict).toBe('exact');
  });

  it('calls a claim on the subject that the speaker did not make related, not yes', () => {
    const result = answerer.ask('Did Sessions say he met with the Russians at any time?');
    expect(result.verdict).not.toBe('exact');
    expect(result.verdict).not.toBe('paraphrase');
  });
});

describe('people described, not named', () => {
  it('answers "who …" with the person the best event names besides those asked about', () => {
    const dataset = syntheticDatasetOf([
      'President John Roe fires Chief of Staff Mark Doe and names Jane Poe as his replacement.',
      'President John Roe holds a rally.',
      'President John Roe signs an order.',
    ]);
    const answerer = createAnswerer(dataset, { referenceDate: REFERENCE });
    const first = answerer.ask('Who replaced Mark Doe as chief of staff?').answers[0];
    expect(first?.kind).toBe('person');
    expect(first?.text).toContain('Jane Poe');
  });
});

describe('date questions with a topic', () => {
  it('never answers with a matching event from outside the range', () => {
    const dataset = syntheticDatasetOf([
      'The Senate confirms Jane Poe as Administrator of the Small Business Administration.',
      'President John Roe meets Prime Minister Mark Doe.',
    ]);
    const answerer = createAnswerer(dataset, { referenceDate: REFERENCE });
    const result = answerer.ask('What went on in the administration on January 2, 2018?');
    expect(result.answers.map((answer) => answer.date)).toEqual(['2018-01-02']);
  });
});

describe('people named by their initials', () => {
  const dataset = syntheticDatasetOf([
    'Justice Ruth Bader Ginsburg dissents in the voting case.',
    'Justice Ruth Bader Ginsburg is honoured at the Capitol.',
    'Senator Mark Doe meets the press.',
  ]);
  const answerer = createAnswerer(dataset, { referenceDate: REFERENCE });

  it('answers "who is RBG" with the person whose full name the initials spell', () => {
    expect(answerer.ask('who is RBG').answers[0]?.text).toMatch(/^Ruth Bader Ginsburg/);
  });

  it('does not read initials no name in the dataset spells as a person', () => {
    expect(answerer.ask('who is QXZ').answers.filter((answer) => answer.kind === 'person')).toEqual(
      [],
    );
  });
});

describe('verdicts on claims the data reports without quoting', () => {
  const dataset = syntheticDatasetOf([
    'Governor Mark Doe says people on both sides share blame for the violence at the rally in Springfield.',
    'Governor Mark Doe attends the end-of-year parade.',
    'Governor Mark Doe says the budget is "a triumph".',
  ]);
  const answerer = createAnswerer(dataset, { referenceDate: REFERENCE });

  it('calls a claim related, showing the event, when an event about the speaker reports it', () => {
    const result = answerer.ask(
      'Did Doe say there were "fine people on both sides" in Springfield?',
    );
    expect(result.verdict).toBe('related');
    expect(result.answers[0]?.text).toContain('both sides');
  });

  it('does not call a claim related for sharing only common words with an event', () => {
    const result = answerer.ask('Did Doe promise to "drain the swamp" by the end of the year?');
    expect(result.verdict).toBe('not-found');
  });
});

describe("verdicts on what an event reports the speaker saying in the writer's words", () => {
  const dataset = syntheticDatasetOf([
    'In an interview, Governor Mark Doe denies that the harbour contract was part of a cover-up by his office.',
    'Governor Mark Doe says he does not think the stadium plan can actually happen before the election.',
    'The Army will not investigate the colonel in spite of Governor Mark Doe suggesting that the guard should review the colonel for disloyal remarks.',
  ]);
  const answerer = createAnswerer(dataset, { referenceDate: REFERENCE });

  it('says a denial the event reports was said in other words', () => {
    const result = answerer.ask('Did Doe deny the harbour agreement was an office cover-up?');
    expect(result.verdict).toBe('paraphrase');
    expect(result.answers[0]?.text).toContain('denies');
  });

  it('says a denial the event reports in the same words, in another order, was said', () => {
    const result = answerer.ask('Did Doe deny the harbour contract was an office cover-up?');
    expect(result.verdict).toBe('exact');
  });

  it('calls the opposite of what the event reports related, not said', () => {
    const result = answerer.ask(
      'Did Doe say the stadium plan would definitely happen before the election?',
    );
    expect(result.verdict).toBe('related');
  });

  it("reads only the speaker's words: another's negation earlier in the sentence does not flip them", () => {
    const result = answerer.ask(
      'Did Doe suggest the guard should review the colonel for disloyal remarks?',
    );
    // Every word of the claim is in the report, in its order: said, in those words.
    expect(result.verdict).toBe('exact');
  });

  it('says a report that holds every word of the claim in its order was said, not paraphrased', () => {
    const result = answerer.ask(
      'Did Doe deny that the harbour contract was part of a cover-up by his office?',
    );
    expect(result.verdict).toBe('exact');
  });
});

describe('what someone said about a topic their words do not name', () => {
  it("finds the speaker's quote in the event about the topic", () => {
    const dataset = syntheticDatasetOf([
      'Chief of Staff Mark Doe confirms the aid to Freedonia was withheld. Doe called the exchange "absolutely appropriate".',
      'Chief of Staff Mark Doe says the weather is "lovely".',
    ]);
    const answerer = createAnswerer(dataset, { referenceDate: REFERENCE });
    const answers = answerer.ask(
      'What did Mark Doe say about withholding aid to Freedonia?',
    ).answers;
    expect(answers[0]?.text).toBe('absolutely appropriate');
  });
});

describe('questions that ask for a person without "who"', () => {
  it('answers "Which … nominee …" with the person the best event describes', () => {
    const dataset = syntheticDatasetOf([
      'Senators reveal an allegation of misconduct against court nominee Brett Kane.',
      'President John Roe holds a rally.',
    ]);
    const answerer = createAnswerer(dataset, { referenceDate: REFERENCE });
    const first = answerer.ask('Which court nominee was accused of misconduct?').answers[0];
    expect(first?.kind).toBe('person');
    expect(first?.text).toContain('Brett Kane');
  });
});

describe('when questions about words written together', () => {
  it("prefers the event that writes the question's pair of words together", () => {
    const dataset = syntheticDatasetOf([
      'A new trade agreement between the United States, Mexico and Canada comes into effect for President John Roe.',
      'President John Roe holds a campaign rally in Rio Rancho, New Mexico.',
    ]);
    const answerer = createAnswerer(dataset, { referenceDate: REFERENCE });
    expect(answerer.ask('When was Roe in New Mexico?').answers[0]?.date).toBe('2018-01-02');
  });
});

describe('when questions about the end of something', () => {
  it('prefers the event that finished it to the one that began it', () => {
    const answerer = answererOverDated([
      ['2020-01-25', "President John Roe's legal defense in his trial begin opening arguments."],
      ['2020-01-28', "President John Roe's legal defense team concludes its opening arguments."],
    ]);
    const asked = "When did Roe's lawyers wrap up their opening arguments in the trial?";
    expect(answerer.ask(asked).answers[0]?.date).toBe('2020-01-28');
  });
});

describe('when questions about something a clause of another date tells', () => {
  it("answers with the clause's day, not the day of the event that mentions it", () => {
    const answerer = answererOverDated([
      [
        '2020-09-26',
        'President John Roe nominates Ann Lee to fill the vacancy left by Justice Jane Doe, who died on September 18.',
      ],
      ['2020-09-19', 'President John Roe holds a rally in Ohio.'],
    ]);
    expect(answerer.ask('When did Jane Doe die?').answers[0]?.date).toBe('2020-09-18');
  });
});

describe('which event of a day comes first', () => {
  it('lists the event its report says more about first, other things equal', () => {
    const documents = [
      'President John Roe holds a rally in Battle Creek.',
      'President John Roe is impeached by the House of Representatives on charges of abuse of power and obstruction of Congress, in a vote of 230 to 197 on the first article and 229 to 198 on the second.',
    ].map((text, index) => ({
      date: '2019-12-18',
      file: 'day.jsonl',
      line: index + 1,
      paragraphs: [{ text, line: index + 1 }],
    }));
    const answerer = createAnswerer(buildDataset(documents, ['day.jsonl']), {
      referenceDate: REFERENCE,
    });
    expect(answerer.ask('What happened on December 18, 2019?').answers[0]?.text).toContain(
      'impeached',
    );
  });
});

describe('what someone did on a day', () => {
  const documents = [
    'President John Roe arrives in Caen.',
    'President John Roe holds a bilateral meeting with Prime Minister Mark Doe at the prefecture.',
    'Prime Minister Mark Doe visits a school.',
  ].map((text, index) => ({
    date: '2019-06-06',
    file: 'day.jsonl',
    line: index + 1,
    paragraphs: [{ text, line: index + 1 }],
  }));
  const answerer = createAnswerer(buildDataset(documents, ['day.jsonl']), {
    referenceDate: REFERENCE,
  });

  it("lists only that person's events, the one that matters most first", () => {
    const answers = answerer.ask('What did Roe do on June 6, 2019?').answers;
    expect(answers.map((answer) => answer.text)).toEqual([
      'President John Roe holds a bilateral meeting with Prime Minister Mark Doe at the prefecture.',
      'President John Roe arrives in Caen.',
    ]);
  });
});

describe('a day list is not swayed by how many people an event names', () => {
  it('counts only the three most prominent people of an event', () => {
    const documents = [
      'Senators Ann Lee, Bob Ray, Cy Dorn, Di Fox and Ed Gray are named to a minor panel.',
      'President John Roe meets Prime Minister Mark Doe.',
    ].map((text, index) => ({
      date: '2019-06-07',
      file: 'day.jsonl',
      line: index + 1,
      paragraphs: [{ text, line: index + 1 }],
    }));
    const history = Array.from({ length: 6 }, (_, index) => ({
      date: `2019-05-0${index + 1}`,
      file: 'day.jsonl',
      line: 10 + index,
      paragraphs: [{ text: 'President John Roe meets Prime Minister Mark Doe.', line: 10 + index }],
    }));
    const answerer = createAnswerer(buildDataset([...history, ...documents], ['day.jsonl']), {
      referenceDate: REFERENCE,
    });
    expect(answerer.ask('What happened on June 7, 2019?').answers[0]?.text).toContain('Roe meets');
  });
});

describe('who said something, asked with a verb of saying', () => {
  it('answers with the person quoted in the best event, not the least known one named there', () => {
    const dataset = syntheticDatasetOf([
      'At the United Nations, President John Roe threatens to "totally destroy" Freedonia if Leader Kim Lee and President Ana Ruiz keep up their attacks.',
      'President John Roe holds a rally.',
      'President John Roe signs an order.',
      'Leader Kim Lee meets officials.',
    ]);
    const answerer = createAnswerer(dataset, { referenceDate: REFERENCE });
    // Asked with "to <verb>", it is a question about whose words those were.
    const first = answerer.ask('Who threatened at the UN to destroy Freedonia?').answers[0];
    expect(first?.speaker).toBe('John Roe');
  });
});

describe('whom someone called something', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'Reports say President John Roe called former Director Ana Ruiz a "nut job" in a meeting with Minister Ivo Petrov.',
      'Director Ana Ruiz testifies.',
      'Minister Ivo Petrov visits the capital.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('answers "Who did X call "…"?" with the person the words were said of, then the words', () => {
    const answers = answerer.ask('Who did Roe call a "nut job"?').answers;
    expect(answers[0]?.text).toMatch(/^Ana Ruiz/);
    expect(answers[1]?.text).toBe('nut job');
  });
});

describe('people asked about by a fuller name than the data writes', () => {
  const dataset = syntheticDatasetOf([
    'Senator Poole questions the nominee.',
    'Senator Poole asks for a vote.',
  ]);
  const answerer = createAnswerer(dataset, { referenceDate: REFERENCE });

  it('finds a person known only by surname from their full name', () => {
    expect(answerer.ask('who is mary poole').answers[0]?.text).toMatch(/^Poole/);
  });
});

describe('a "when" question with a date written without its year', () => {
  const answerer = answererOverDated([
    ['2017-06-07', 'Director Dan Cole testifies before the Senate Intelligence Committee.'],
    [
      '2017-06-15',
      'Dan Cole returns to the Senate Intelligence Committee behind closed doors to follow up on his testimony.',
    ],
    ['2020-06-07', 'President Jane Roe holds a rally in Tulsa.'],
  ]);

  it('reads the date as part of what is asked about, not as a filter in a guessed year', () => {
    const result = answerer.ask(
      'When did Dan Cole go back before the Senate Intelligence Committee behind closed doors to follow up on his June 7 testimony?',
    );
    expect(result.answers[0]?.date).toBe('2017-06-15');
    expect(result.range).toBeUndefined();
  });
});

describe('a "when" question that names a place of two words', () => {
  const answerer = answererOverDated([
    [
      '2020-07-01',
      'The United States–Mexico–Canada Agreement comes into effect, replacing NAFTA. President Jane Roe had campaigned on replacing NAFTA with a new trade agreement.',
    ],
    ['2019-09-16', 'President Jane Roe holds a rally in Rio Rancho, New Mexico.'],
    // "campaign" is a common word in the news, as in the corpus.
    ['2019-10-01', 'The Roe campaign raises money in Texas.'],
    ['2019-10-02', 'A campaign adviser resigns.'],
    ['2019-10-03', 'The campaign opens an office in Ohio.'],
  ]);

  it('prefers the text that names the place whole over one that uses a word of it for something else', () => {
    expect(answerer.ask('When did Jane Roe campaign in New Mexico?').answers[0]?.date).toBe(
      '2019-09-16',
    );
  });
});

describe('a "when" answer gives the day, not a vaguer date the text holds', () => {
  const answerer = answererOverDated([
    [
      '2020-02-29',
      'President Jane Roe gives a speech in Oxon Hill to the 2020 Conservative Political Action Conference.',
    ],
    ['2020-03-12', 'The Dow drops ten percent, its worst day since 1987.'],
    ['2020-03-13', 'President Jane Roe declares a national emergency.'],
  ]);

  it("answers with the report's day when a fact of it is dated only by the same year", () => {
    // The fact ("2020") comes first: its clause is the conference the question asks about.
    const result = answerer.ask('When was the Conservative Political Action Conference?');
    expect(result.answers[0]?.date).toBe('2020-02-29');
    expect(result.answers.map((answer) => answer.date)).not.toContain('2020');
  });

  it('reads "since 1987" as a range from 1987 on, not as the year 1987', () => {
    const result = answerer.ask(
      'On which day did the Dow drop ten percent, its worst day since 1987?',
    );
    expect(result.answers[0]?.date).toBe('2020-03-12');
    expect(result.range?.text).toBe('since 1987');
  });
});
