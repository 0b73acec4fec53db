import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../src/answer/answerer.js';
import {
  REFERENCE,
  answersOver,
  syntheticDatasetOf,
  syntheticDatasetOfDated,
} from '../datasets.js';

/** "What did X say about Y?" when Y is in the event around the quotation, not in it. */
describe('what a speaker said about a topic', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'The Federal Emergency Management Agency (FEMA) rejects California\'s request for federal aid for the forest fires. A FEMA spokesperson remarked that the damage was "not of such severity and magnitude to exceed the capabilities of the state."',
      'President Trump attends a ceremony at the Arc de Triomphe. French President Emmanuel Macron denounces nationalism and warns against "old demons coming back to wreak chaos and death".',
      'A FEMA spokesperson says "we are ready" before the hurricane season.',
    ]),
    { referenceDate: REFERENCE },
  );

  it("finds a described speaker's quote in the event about the topic", () => {
    const answers = answerer.ask("What did FEMA say about California's request for aid?").answers;
    expect(answers[0]?.text).toMatch(/^not of such severity/);
  });

  it('does not take a capitalised word after an article for an unknown person', () => {
    // "Armistice" is nowhere in the data; "the Armistice ceremony" names a thing, not a speaker.
    const answers = answerer.ask(
      'What did Emmanuel Macron say about nationalism at the Armistice ceremony?',
    ).answers;
    expect(answers[0]?.text).toBe('old demons coming back to wreak chaos and death');
  });
});

/** "What did Trump's lawyer say about Y?": a speaker described by a role held for someone. */
describe('what the holder of a role someone has said', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'President John Roe\'s personal attorney Ada Quill says the inquiry is "a total witch hunt".',
      'Ada Quill meets President John Roe at the lodge.',
      'Attorney General Ben Marsh says the inquiry will be "thorough and fair".',
      'Ben Marsh meets President John Roe at the office.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('finds the quotes of whoever holds the role for that person, lawyer or attorney alike', () => {
    const answers = answerer.ask("What did Roe's lawyer say about the inquiry?").answers;
    expect(answers.map((answer) => answer.text)).toEqual(['a total witch hunt']);
  });
});

/** "What did X say about Y?" answered by what X did or announced on Y, not by X's other words. */
describe('what a speaker said, from the events they are the subject of', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'The Ministry of Trade announces a deal whereby farmers can resume exporting pork to Freedonia.',
      'A Ministry of Trade spokesman calls the tariff dispute "ridiculous".',
      'Secretary of State Ada Quill attends a council in Riyadh, attended by ministers, where she calls on Ruritania to remove its militias from Freedonia.',
      'Ada Quill says the embassy talks were "productive".',
      'Seven members of the National Water Council send a letter of resignation, asserting that the governor pays "insufficient attention" to the dams.',
      'The Department of Labour in a court filing confirms that no wiretap of the union hall existed.',
      'The U.K. Office of Fair Trading (OFT) says Ann Lee broke the pricing law during two interviews.',
      'More than 300 former Water Council engineers present an open letter condemning the neglect of the dams.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('gives the event the speaker is the subject of, not a quotation off the topic', () => {
    const [first] = answerer.ask(
      'What did the Ministry of Trade announce about pork exports to Freedonia?',
    ).answers;
    expect(first?.text).toMatch(/^The Ministry of Trade announces a deal/);
    expect(first?.speaker).toBe('The Ministry of Trade');
  });

  it('reads "where she calls on …" as said by the subject of the sentence', () => {
    const [first] = answerer.ask('What did Ada Quill say about the militias in Freedonia?').answers;
    expect(first?.text).toMatch(/calls on Ruritania/);
    expect(first?.speaker).toBe('Ada Quill');
  });

  it.each([
    [
      'the setting it spoke in ("in a court filing")',
      'What did the Department of Labour say about the wiretap of the union hall?',
      null,
      'The Department of Labour',
    ],
    [
      'the initials after it ("(OFT)")',
      "What did the Office of Fair Trading conclude about Ann Lee's interviews?",
      /broke the pricing law/,
      'The U.K. Office of Fair Trading',
    ],
    [
      // A plural subject stays whole before a bare verb and its object ("engineers present an").
      'a cut after a plural noun',
      'What did the former Water Council engineers say about the dams in their open letter?',
      /present an open letter/,
      'More than 300 former Water Council engineers',
    ],
  ])('names the subject without %s', (_form, question, text, speaker) => {
    const [first] = answerer.ask(question).answers;
    if (text !== null) expect(first?.text).toMatch(text);
    expect(first?.speaker).toBe(speaker);
  });

  it('matches a described speaker by most of the words that describe them', () => {
    const [first] = answerer.ask(
      'What did the members who quit the National Water Council say about the governor?',
    ).answers;
    expect(first?.text).toBe('insufficient attention');
  });
});

/** "What did X say about Y?" when nothing of X's words is found, but an event tells of it. */
describe('what a speaker said, when only the events name them', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      "The Northern Miners Union's legal team files a 40-page brief with the tribunal concerning the charges against it.",
      'Ben Marsh speaks about the charges at a rally.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('gives the event on the topic when the speaker goes by other words there (lawyers, legal team)', () => {
    const [first] = answerer.ask(
      "What did the union's lawyers say about the charges in their brief to the tribunal?",
    ).answers;
    expect(first?.text).toMatch(/files a 40-page brief/);
    // The event's own subject, which shares the asker's words, is named as who said it.
    expect(first?.speaker).toBe("The Northern Miners Union's legal team");
  });

  it('gives no event for a topic without a word of its own ("for")', () => {
    expect(answerer.ask("What did the union's lawyers say for?").answers).toEqual([]);
  });

  it('gives nothing when no event holds the topic', () => {
    expect(answerer.ask("What did the union's lawyers say about pizza?").answers).toEqual([]);
  });
});

/** "What did X tweet about Y?": words said on Twitter fit the question better. */
describe('what a speaker tweeted', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'President John Roe said in a statement that "all options are on the table" for Freedonia.',
      'President John Roe posts on Twitter that Freedonia has been paid "extortion money" for years.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('puts what was posted on Twitter before a statement on the same topic', () => {
    const [first] = answerer.ask('What did Roe tweet about Freedonia?').answers;
    expect(first?.text).toMatch(/extortion money/);
  });

  it('keeps the statement first when the question does not ask for tweets', () => {
    const [first] = answerer.ask('What did Roe say about options for Freedonia?').answers;
    expect(first?.text).toMatch(/all options are on the table/);
  });
});

/** "What did X announce on <date>?": no topic, only a day. */
describe('what a speaker said on a day', () => {
  const answerer = createAnswerer(
    syntheticDatasetOfDated([
      ['2019-09-24', 'Speaker Ada Quill announces that the House will open an inquiry.'],
      ['2019-10-16', 'Ada Quill says the president is "having a meltdown".'],
    ]),
    { referenceDate: REFERENCE },
  );

  it('answers with the events about them that day, not their quotes from other days', () => {
    const answers = answerer.ask('What did Ada Quill announce on September 24, 2019?').answers;
    expect(answers.map((answer) => answer.date)).toEqual(['2019-09-24']);
    expect(answers[0]?.text).toMatch(/open an inquiry/);
    // They are the sentence's subject: the event is theirs.
    expect(answers[0]?.speaker).toBe('Ada Quill');
  });
});

/** Two reports equally on the topic: the one with its rarest word. */
describe('what a speaker said, between equally fitting reports', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'President Ana Ruiz gives a speech in Northport calling for tax reform.',
      'President Ana Ruiz discusses taxes in Eastbury, Freedonia.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('answers with the report holding the rarest word of the topic', () => {
    const answers = answerer.ask(
      'What did Ana Ruiz say about taxes in her Eastbury speech?',
    ).answers;
    expect(answers[0]?.text).toMatch(/Eastbury/);
  });
});

describe('what a speaker said, asked with a verb of saying other than "say"', () => {
  const events = [
    'President John Roe announces sanctions on Norland after the border raid.',
    'President John Roe says of Norland: "let someone else fight over this long sand".',
  ];

  it('puts a report using the asked verb ("announces") before their words said otherwise', () => {
    const [best] = answersOver(events, 'What did Roe announce about Norland?');
    expect(best?.text).toMatch(/announces sanctions/);
  });

  it('keeps their own words first when asked what they said', () => {
    const [best] = answersOver(events, 'What did Roe say about Norland?');
    expect(best?.kind).toBe('quote');
  });
});

describe('what the holder of a role said, acting with someone else', () => {
  it('names the one whose title is the asked role, not the whole subject', () => {
    const [best] = answersOver(
      [
        'Harbour Adviser Tom Vail and Secretary of Roads Ada Quill issue denials to reports that Governor Kay Arden shared secret tide tables with Norland.',
        // Several have held the role, so "the harbour adviser" names no one person.
        'Harbour Adviser Jo Penn resigns.',
        'Harbour Adviser Lee Marsh visits the docks.',
      ],
      'How did the harbour adviser respond to reports that Arden shared secret tide tables?',
    );
    expect(best?.speaker).toBe('Tom Vail');
  });
});

describe('what two people did together', () => {
  it('reads "What did X and Y …?" as what X did, with Y in the topic', () => {
    const answers = answersOver(
      [
        'President Jane Roe holds a bilateral meeting and joint press conference with Chancellor Ida Berg at the palace.',
        'Chancellor Ida Berg meets farmers.',
        'President Jane Roe signs a bill.',
      ],
      'What did Roe and Ida Berg hold at the palace?',
    );
    expect(answers[0]?.speaker).toBe('Jane Roe');
    expect(answers[0]?.text).toMatch(/joint press conference/);
  });
});

describe('what a speaker did on the day asked', () => {
  const answerer = createAnswerer(
    syntheticDatasetOfDated([
      ['2019-05-02', 'President Jane Roe says "the vote was rigged" at a rally in Northport.'],
      [
        '2020-11-04',
        'Despite the lack of a clear winner, President Jane Roe declares victory at 2:00 a.m., claiming fraud in the count.',
      ],
      [
        '2020-11-04',
        'Senator Ida Berg had secured 264 votes compared to President Jane Roe with 214.',
      ],
    ]),
    { referenceDate: REFERENCE },
  );

  it('answers with their events that day before their words on other days, as theirs', () => {
    const [first] = answerer.ask(
      'What did Jane Roe claim about the election in the early hours of Nov 4, 2020?',
    ).answers;
    expect(first?.date).toBe('2020-11-04');
    expect(first?.text).toMatch(/^Despite the lack of a clear winner/);
    // The subject after the opening phrase is the speaker.
    expect(first?.speaker).toBe('Jane Roe');
  });
});

/** An event whose described subject is named in an aside after it. */
describe('what a described speaker named in an aside did', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      "The head of the Farm Bureau of Iowa, Ada Quill, resigns from the president's trade council in protest at the tariff decision.",
    ]),
    { referenceDate: REFERENCE },
  );

  it('names the person the aside gives, not the description', () => {
    const [answer] = answerer.ask(
      'How did the Farm Bureau of Iowa head respond to the tariff decision?',
    ).answers;
    expect(answer?.speaker).toBe('Ada Quill');
  });
});

/** "What did the PGG announce …?" when the events write the organisation's name in full. */
describe('what an organisation asked by its initials said', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'The Professional Golfers Guild announces the Harbour Open will no longer be held at the Roe golf course.',
      'Ann Lee plays golf at the Roe golf course.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('finds the event whose subject spells the initials out, and names it the speaker', () => {
    const [first] = answerer.ask('What did the PGG announce about the Harbour Open?').answers;
    expect(first?.text).toMatch(/^The Professional Golfers Guild announces/);
    expect(first?.speaker).toBe('The Professional Golfers Guild');
  });
});

describe('what a speaker did, named as the agent or a partner of the subject', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'President Ada Quill attends the harbour summit hosted by Ruritanian President Tim Bale.',
      'President Ada Quill attends a "Hello, Doe" rally with Freedonian prime minister Jon Doe in Port Cove.',
      'President Ada Quill meets Jon Doe and Tim Bale.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('credits the agent of a passive verb: "hosted by … Tim Bale"', () => {
    const [first] = answerer.ask(
      'What did Ruritanian President Tim Bale host that Quill attended?',
    ).answers;
    expect(first?.text).toMatch(/harbour summit hosted by/);
    expect(first?.speaker).toBe('Tim Bale');
  });

  it('credits one the subject acts with: "a rally with … Jon Doe"', () => {
    const [first] = answerer.ask('What event did Jon Doe attend with Quill in Port Cove?').answers;
    expect(first?.text).toMatch(/rally with Freedonian prime minister Jon Doe/);
    expect(first?.speaker).toBe('Jon Doe');
  });
});

describe('what several people the question lists did together', () => {
  it('credits an event whose subject is them all to all of them, not to one', () => {
    const [first] = answersOver(
      [
        'Harbour Director Tim Bale, chief of staff Jon Doe, and port adviser Mia Stone warn council members about the bridge report.',
        'Jon Doe opens a school.',
        'Tim Bale visits a port.',
        'Mia Stone meets a mayor.',
      ],
      'What did Bale, Doe and Stone warn council members about?',
    );
    expect(first?.speaker).toBe('Tim Bale, Jon Doe, and Mia Stone');
    expect(first?.speakerId).toBeUndefined();
  });
});
