import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.js';
import { createContext } from '../../src/answer/context.js';
import {
  namedOnlyAsOwner,
  coordinatedSubjectPeople,
  reportedStatements,
  subjectNamingNobody,
  subjectSharingWords,
} from '../../src/answer/reported.js';
import { DatasetIndex } from '../../src/search/dataset-index.js';
import {
  answererOverDated,
  answersOver,
  REFERENCE,
  syntheticDatasetOf,
  syntheticDatasetOfDated,
} from './datasets.js';

const dataset = syntheticDatasetOf([
  'North Freedonia further accuses President John Roe of twisting the agreement made at the Geneva summit.',
  "In an interview with CNN, President John Roe's Counselor Jane Doe denies that the harbour contract was part of a cover-up.",
  'Governor Mark Doe tells the regional summit that the river treaty had crippled the local economy.',
  'Governor Mark Doe says the budget is "a triumph" for the river towns.',
  'Governor Mark Doe attends the opening of the river bridge.',
  'President John Roe speaks at the Harvest Breakfast and meets the farmers. He also promises to dismantle the grain quota for small farms.',
  'The Freedonia Post reports that lobbyists paid for 500 rooms in the Harbour Hotel.',
  'The judge who requested the filing (Ella Vance, a district judge appointed by President John Roe) calls the slow pace of reuniting the families unacceptable.',
  "Vice President Alan Poe in a speech to the Freedonia Chamber of Commerce's annual business summit called for a tax overhaul, describing the levy as ruinous for shipyards.",
]);
const answerer = createAnswerer(dataset, { referenceDate: REFERENCE });

describe('statements events report without quoting them', () => {
  it('reads past a speech verb without a speaker ("who requested") to the one with one', () => {
    const [best] = answerer.ask(
      'Who called the slow pace of reuniting the families unacceptable?',
    ).answers;
    expect(best?.speaker).toBe('Ella Vance');
  });

  it('answers "who said" with the subject of the speech verb when no quotation holds the words', () => {
    const [best] = answerer.ask('Who accused Roe of twisting the Geneva agreement?').answers;
    expect(best?.kind).toBe('event');
    expect(best?.speaker).toBe('North Freedonia');
  });

  it('gives a passive verb of saying to its agent: "is reported by state health officials"', () => {
    const [best] = answersOver(
      [
        'The first death of a harbour fever patient in Freedonia is reported by Freedonia state health officials.',
        'Governor Mark Doe speaks to the press about the harbour fever.',
      ],
      'Who reported the first death of a harbour fever patient in Freedonia?',
    );
    expect(best?.speaker).toBe('Freedonia state health officials');
  });

  it('names no one as the speaker of an impersonal "It is announced that …"', () => {
    const answers = answersOver(
      ['It is announced that the harbour director, Ann Lee, is to resign on January 20, 2018.'],
      'Who announced that the harbour director would resign?',
    );
    expect(answers.map((answer) => answer.speaker)).not.toContain('It is');
  });

  it("gives equally matching clauses' words to the one whose verb the asker used", () => {
    const [best] = answersOver(
      [
        'President John Roe calls the leader of Freedonia to congratulate him on the referendum, despite the State Department questioning the fairness of the vote.',
      ],
      'Who questioned whether the Freedonia referendum was fair?',
    );
    expect(best?.speaker).toBe('The State Department');
  });

  it('reads "verifies" as a verb of saying', () => {
    const [best] = answersOver(
      [
        'The White House verifies that President John Roe has not conferred with the police over the harbour thefts.',
      ],
      'Who confirmed that Roe had not conferred with the police about the harbour thefts?',
    );
    expect(best?.speaker).toBe('The White House');
  });

  it("names an organisation a person's name only modifies: 'The Roe administration'", () => {
    const [best] = answersOver(
      [
        'President John Roe meets the governor.',
        'The Roe administration announces plans to cut harbour fees for 2021 to a record low.',
      ],
      'Who announced plans to cut harbour fees to a record low?',
    );
    expect(best?.speaker).toBe('The Roe administration');
  });

  it("names the one a person's name owns, past a phrase after it: 'President Roe's legal defense in his trial'", () => {
    const [best] = answersOver(
      [
        'President John Roe meets the governor.',
        "President John Roe's legal defense in his impeachment trial begin opening arguments, accusing the managers of trying to overturn the harbour vote.",
      ],
      "What did Roe's defense team argue in the impeachment trial?",
    );
    expect(best?.speaker).toBe("President John Roe's legal defense");
  });

  it("names a body a person's name is part of, joined to another: 'The Roe administration and the Port Agency'", () => {
    const [best] = answersOver(
      [
        'President John Roe meets the governor.',
        'The Roe administration and the Freedonia Port Agency announce a reduction of restrictions on harbour dredging.',
      ],
      'What did the Roe administration announce about harbour dredging?',
    );
    expect(best?.speaker).toMatch(/^The Roe administration/);
  });

  it("prefers a report holding the asker's rarest words to a quotation without them", () => {
    const [best] = answersOver(
      [
        'President John Roe and Chairman Kim Sung sign the "Joint Statement of President John Roe and Chairman Kim Sung at the Geneva Summit".',
        'North Freedonia accuses President John Roe of twisting the agreement made at the Geneva summit with Kim Sung.',
      ],
      'Who accused Roe of twisting the Geneva summit agreement with Kim Sung?',
    );
    expect(best?.speaker).toBe('North Freedonia');
  });

  it('names the person nearest the verb, not the one their title names', () => {
    const [best] = answerer.ask('Who denied the harbour contract was a cover-up?').answers;
    expect(best?.speaker).toBe('Jane Doe');
    expect(best?.speakerId).toBeDefined();
  });

  it('answers "what did X tell Y" with the event reporting it when it fits the topic better than their quotes', () => {
    const [best] = answerer.ask(
      'What did Governor Doe tell the regional summit about the river treaty?',
    ).answers;
    expect(best?.kind).toBe('event');
    expect(best?.text).toContain('crippled the local economy');
    expect(best?.speaker).toBe('Mark Doe');
  });

  it("keeps the speaker's own quotation first when it fits the topic as well", () => {
    const [best] = answerer.ask('What did Governor Doe say about the budget?').answers;
    expect(best?.kind).toBe('quote');
    expect(best?.text).toBe('a triumph');
  });

  it('does not make a speaker of an event without a speech verb', () => {
    const answers = answerer.ask('Who opened the river bridge?').answers;
    expect(answers.every((answer) => answer.kind !== 'event' || answer.speaker === undefined)).toBe(
      true,
    );
  });

  it('gives "He also promises …" to the speaker the sentence before named', () => {
    const [best] = answerer.ask('Who said he would dismantle the grain quota?').answers;
    expect(best?.speaker).toBe('John Roe');
  });

  it('calls a claim said by someone else when an event reports another speaker saying it', () => {
    const result = answerer.ask(
      'Did Doe promise at the Harvest Breakfast to get rid of the grain quota?',
    );
    expect(result.verdict).toBe('other-speaker');
    expect(result.answers[0]?.speaker).toBe('John Roe');
  });

  it('finds the person before a long aside between subject and verb', () => {
    const [best] = answerer.ask(
      'Who told the Freedonia Chamber of Commerce that the levy was ruinous for shipyards?',
    ).answers;
    expect(best?.speaker).toBe('Alan Poe');
  });

  it('answers "what did the Post report" from events when the Post has no quotation', () => {
    const [best] = answerer.ask(
      'What did the Freedonia Post report about the lobbyists and the hotel?',
    ).answers;
    expect(best?.speaker).toBe('The Freedonia Post');
  });

  it('finds the event of a speaker known only by a phrase among many sharing the topic words', () => {
    // More than the search's candidates (three times five), each holding more topic words.
    const others = [
      ...['bridge', 'harbour', 'budget', 'quota', 'ferry', 'mill', 'dam', 'port', 'canal'],
      ...['road', 'school', 'rail', 'farm', 'mine', 'tariff', 'levy', 'wharf', 'toll'],
    ].map(
      (thing) =>
        `Lawmakers heard President John Roe discussing the ${thing} with Governor Mark Doe.`,
    );
    const events = syntheticDatasetOf([
      ...others,
      'Ann Lee, a counsellor at the embassy in Port Vale, testifies before lawmakers that she overheard President John Roe talking with a governor.',
    ]);
    const ctx = createContext(events, new DatasetIndex(events), REFERENCE);
    const [found] = reportedStatements(
      ctx,
      'lawmakers she heard Roe discussing',
      { phrase: 'Ann Lee from the Port Vale embassy' },
      null,
      1,
    );
    expect(found?.answer.speaker).toBe('Ann Lee');
  });
});

describe('a clause after "that" with a subject of its own', () => {
  it('answers "Who <verb> …" with the subject of the clause holding that verb, an office as its holder', () => {
    const answers = answersOver(
      [
        'President Jane Roe visits the harbour.',
        'President Jane Roe signs the harbour bill.',
        'Two senior harbour officials confirm to the inspector that the president had asked them both to publicly announce that the port was safe.',
      ],
      'Who asked two senior harbour officials to publicly announce the port was safe?',
    );
    expect(answers[0]?.speaker).toBe('Jane Roe');
  });
});

describe('a participle after ", and"', () => {
  it('gives "…, and stating that …" to the sentence\'s subject', () => {
    const [best] = answersOver(
      [
        'Vice President Alan Poe delivers a speech at a plant in Northport, concerning tax cuts and jobs, and stating that the harbour act will be repealed by the end of summer.',
      ],
      'Who said the harbour act would be repealed by the end of summer?',
    );
    expect(best?.speaker).toBe('Alan Poe');
  });
});

describe('what someone said in a month', () => {
  it('prefers a statement reported in the month over quotations from other months', () => {
    const answerer = createAnswerer(
      syntheticDatasetOfDated([
        ['2017-12-18', 'Governor Mark Doe says the river towns will "build a great partnership".'],
        [
          '2017-06-20',
          'Governor Mark Doe declares that the effort of the river towns to curb the floods has failed.',
        ],
      ]),
      { referenceDate: REFERENCE },
    );
    const [best] = answerer.ask(
      "What did Governor Doe say about the river towns' effort to curb the floods in June 2017?",
    ).answers;
    expect(best?.date).toBe('2017-06-20');
  });
});

describe('which clause of a sentence is whose', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'President John Roe announces that if Leader Kim Lee, dubbed "Little Rocket", attacks again, Freedonia will be wiped off the map.',
      'Governor Mark Doe criticized the Harbour Accord and stated that it crippled the river economy.',
      'President John Roe calls Leader Kim Lee to congratulate him on the vote, despite the State Department questioning the fairness of the ballot count.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('keeps a subordinate clause\'s subject ("that if Kim Lee, dubbed …") from taking the sentence', () => {
    const [best] = answerer.ask('Who warned that Freedonia would be wiped off the map?').answers;
    expect(best?.speaker).toBe('John Roe');
  });

  it('gives a verb inside what was said ("that Kim Lee ordered … posts") to the one who said it', () => {
    const [best] = answersOver(
      [
        'President John Roe states that he is "very thankful" that Leader Kim Lee ordered removal of 755 diplomatic posts from Freedonia, reducing the payroll.',
      ],
      'Who said he was grateful that Lee had ordered 755 diplomatic posts cut, reducing the payroll?',
    );
    expect(best?.speaker).toBe('John Roe');
  });

  it('gives a verb after a comma that ends what was said to its own subject', () => {
    const [best] = answersOver(
      [
        'While President John Roe has denied that he knew of the meeting, Governor Mark Doe claims that he is prepared to testify that Roe knew in advance.',
      ],
      'Who claimed to be prepared to testify that Roe knew of the meeting in advance?',
    );
    expect(best?.speaker).toBe('Mark Doe');
  });

  it('starts a new clause after a semicolon: "…; Senator Doe affirmed that …" is Doe\'s', () => {
    const answer = createAnswerer(
      syntheticDatasetOf([
        'President John Roe calls the river towns "backward places". On the following day, Roe denies using the term, but says he used tough language; Senator Mark Doe affirmed that Roe had made those remarks.',
        'Senator Mark Doe visits the river towns.',
      ]),
      { referenceDate: REFERENCE },
    ).ask('What did Doe say about the "backward places" remark?').answers[0];
    expect(answer?.speaker).toBe('Mark Doe');
  });

  it("gives a participle after a clause that follows a semicolon to that clause's subject", () => {
    const [best] = answersOver(
      [
        "Counsel Rudy Vance claims that the governor was expressing an opinion;Press Secretary Ada Quill (the palace spokeswoman) echoes Vance's sentiments, saying the tweet was no order to the harbour board.",
      ],
      'Who said the tweet was no order to the harbour board?',
    );
    expect(best?.speaker).toBe('Ada Quill');
  });

  it('gives a coordinated verb ("… and stated") the subject of the first', () => {
    const [best] = answerer.ask('Who said that the accord crippled the river economy?').answers;
    expect(best?.speaker).toBe('Mark Doe');
  });

  it("gives a participle after a comma the sentence's subject, not the place before it", () => {
    const [best] = answersOver(
      ['President John Roe gives a speech in Springfield, Freedonia, calling for tax cuts.'],
      'Who called for tax cuts in a speech in Springfield, Freedonia?',
    );
    expect(best?.speaker).toBe('John Roe');
  });

  it('puts a report stating the claim before a quotation that only stands in a sentence about it', () => {
    const [best] = answersOver(
      [
        'Kremlin aide Yuri Ushak claims President John Roe invited Vlad Pulin to the Grand Palace.',
        'Director Dan Cole reacts to the news of the Pulin invitation in a manner deemed by Grand Palace officials to be "laughing at the president".',
        'President John Roe meets Vlad Pulin.',
        'President John Roe visits the Grand Palace.',
      ],
      'Who claimed Roe invited Pulin to the Grand Palace?',
    );
    expect(best?.speaker).toBe('Yuri Ushak');
  });

  it.each([
    [
      'opening "According to X,"',
      [
        'According to Freedonian intelligence agencies, North Patria continues to build long-range rockets.',
      ],
      'Who said North Patria was still building long-range rockets?',
      'Freedonian intelligence agencies',
    ],
    [
      // The tweet's author, not the tweet.
      'ending ", according to a tweet from X."',
      [
        'Ann Lee meets Ben Marsh at the harbour.',
        'Ann Lee invites Ben Marsh to Freedonia in the spring, according to a tweet from Carla Diaz.',
      ],
      'Who tweeted that Ann Lee had invited Ben Marsh to Freedonia?',
      'Carla Diaz',
    ],
  ])('gives a sentence %s to X', (_form, texts, question, speaker) => {
    const [best] = answersOver(texts, question);
    expect(best?.speaker).toBe(speaker);
  });

  it('names a plural subject whole: "Hundreds of newspapers across Freedonia publish …"', () => {
    const [best] = answersOver(
      ['Hundreds of newspapers across Freedonia publish editorials defending the free press.'],
      'What did hundreds of newspapers say about the free press?',
    );
    expect(best?.speaker).toBe('Hundreds of newspapers across Freedonia');
  });

  it('reads the subject of a gerund after "despite" as the speaker of its clause', () => {
    const [best] = answerer.ask('Who questioned the fairness of the ballot count?').answers;
    expect(best?.speaker).toBe('The State Department');
  });
});

describe('a statement whose subject is only a role', () => {
  /** The speaker named for `question` when the event of 7 February 2017 is `text`. */
  const speakerOf = (text: string, question: string): string | undefined =>
    createAnswerer(
      syntheticDatasetOfDated([
        ['2017-02-01', 'President Donald Trump signs an order.'],
        ['2017-02-07', text],
        ['2017-02-09', 'President Trump meets the sheriffs.'],
      ]),
      { referenceDate: REFERENCE },
    ).ask(question).answers[0]?.speaker;

  it("is the role's holder's on the event's day", () => {
    const text = 'The President tells a sheriff he would destroy the career of a lawmaker.';
    const question = 'Who told a sheriff he would destroy the career of a lawmaker?';
    expect(speakerOf(text, question)).toBe('Donald Trump');
  });

  it('is the asked speaker\'s while they hold the role: "What did Trump claim about …?"', () => {
    const answers = answererOverDated([
      ['2017-02-01', 'President Donald Trump announces that the health committee would meet.'],
      [
        '2017-02-07',
        'The president falsely claims that the new health bill would protect people with pre-existing conditions.',
      ],
    ]).ask(
      'What did Trump claim about how the health bill would treat pre-existing conditions?',
    ).answers;
    expect(answers[0]?.date).toBe('2017-02-07');
    expect(answers[0]?.speaker).toBe('Donald Trump');
  });

  it('is left as written when the subject is more than the role', () => {
    const text = "The President's lawyers tell the court the order is lawful.";
    expect(speakerOf(text, 'Who told the court the order is lawful?')).toBe(
      "The President's lawyers",
    );
  });
});

describe('coordinatedSubjectPeople', () => {
  const together = syntheticDatasetOf([
    'Secretary of State Rex Tillerson and Secretary of Defense Jim Mattis lead a briefing.',
    'Secretary Kirstjen Nielsen, Acting Attorney General Matthew Whitaker, Commerce Secretary Wilbur Ross, and FBI Director Christopher Wray announce charges.',
    "Rudy Giuliani, John Roe's legal adviser, comments on the tape.",
    'Rex Tillerson meets Jim Mattis.',
    'Secretary of State Rex Tillerson and his staff arrive in Mexico.',
  ]);
  const ctx = createContext(together, new DatasetIndex(together), REFERENCE);
  const namesOpening = (index: number): string[] => {
    const event = together.events[index];
    if (event === undefined) throw new Error(`no event ${index}`);
    return coordinatedSubjectPeople(ctx, event).map(
      (person) => together.people[person]?.name ?? '',
    );
  };

  it('reads the people an event opens with, joined by "and" and commas, titles and all', () => {
    expect(namesOpening(0)).toEqual(['Rex Tillerson', 'Jim Mattis']);
    expect(namesOpening(1)).toEqual([
      'Kirstjen Nielsen',
      'Matthew Whitaker',
      'Wilbur Ross',
      'Christopher Wray',
    ]);
  });

  it('is empty for an appositive, a single subject, or a part that names no one', () => {
    expect(namesOpening(2)).toEqual([]);
    expect(namesOpening(3)).toEqual([]);
    expect(namesOpening(4)).toEqual([]);
  });
});

describe('subjectSharingWords', () => {
  const hosts = syntheticDatasetOf([
    'President John Roe and First Lady Ada Roe host the first congressional picnic on the South Lawn.',
    'The Roe administration and the Environmental Protection Agency (EPA) announce a new rule.',
  ]);
  const ctx = createContext(hosts, new DatasetIndex(hosts), REFERENCE);
  const subjectOf = (index: number, phrase: string): string | null => {
    const event = hosts.events[index];
    if (event === undefined) throw new Error(`no event ${index}`);
    return subjectSharingWords(ctx, event, phrase);
  };

  it('ends names joined by "and" at their verb, though it has no -s and reads as a noun', () => {
    expect(subjectOf(0, 'Ada Roe')).toBe('President John Roe and First Lady Ada Roe');
    // The initials after a name add no word to it.
    expect(subjectOf(1, 'the Roe administration')).toBe(
      'The Roe administration and the Environmental Protection Agency',
    );
  });
});

describe('who said something of someone, and who did what no verb of saying reports', () => {
  it('does not answer "Who said X broke …" with X\'s own statements', () => {
    const answers = answersOver(
      [
        'Counselor Jane Doe denies that the harbour contract broke any rule.',
        'The Freedonia Office of Ethics says Counselor Jane Doe broke the harbour rule during two television interviews.',
      ],
      'Who said Jane Doe broke the harbour rule in TV interviews?',
    );
    expect(answers[0]?.speaker).toBe('The Freedonia Office of Ethics');
    expect(answers.map((answer) => answer.speaker)).not.toContain('Jane Doe');
  });

  it("names a body without the initials after its name: 'The Freedonia Office of Ethics (FOE)'", () => {
    const [best] = answersOver(
      [
        'The Freedonia Office of Ethics (FOE) says Counselor Jane Doe broke the harbour rule during two television interviews.',
      ],
      'Who said Jane Doe broke the harbour rule in TV interviews?',
    );
    expect(best?.speaker).toBe('The Freedonia Office of Ethics');
  });

  it.each([
    {
      // reads a name's owned title between commas as an appositive: "Jen Psaki, Biden's Press Secretary, says"
      texts: [
        "President John Roe lifts the travel limits on Freedonia. However, Jane Doe, Ana Ruiz's Press Secretary, says that the limits are expected to stay in place.",
        'Ana Ruiz gives a speech.',
      ],
      question: 'Who said the travel limits were expected to stay in place?',
      speaker: 'Jane Doe',
    },
    {
      // reads "makes a statement … that" as a verb of saying
      texts: [
        'Counselor Jane Doe pleads guilty to lying to the Senate. President John Roe makes a statement to the media that Doe was lying to reduce her sentence.',
        'Counselor Jane Doe testifies.',
      ],
      question: 'Who told the media Doe was lying to reduce her sentence?',
      speaker: 'John Roe',
    },
    {
      // finds the event by the occasion put before "who said", and the speaker by the claim alone
      texts: [
        'President John Roe lifts the travel limits on Freedonia and Ruritania after March 26. However, Jane Doe, the incoming press secretary, says that the limits are expected to remain in place.',
        'Jane Doe speaks about the harbour.',
      ],
      question:
        'When Roe lifted the travel limits on Freedonia and Ruritania, who said the limits would stay in place?',
      speaker: 'Jane Doe',
    },
  ])('names $speaker as the one who said it: $question', ({ texts, question, speaker }) => {
    expect(answersOver(texts, question)[0]?.speaker).toBe(speaker);
  });

  it('names the doer an event opens with when no verb of saying reports what was asked', () => {
    const answers = answersOver(
      [
        'The Harbour Department appeals to the High Court to reinstate the grain quota.',
        'Governor Mark Doe speaks about the grain harvest.',
      ],
      'Who asked the High Court to bring back the grain quota?',
    );
    expect(answers[0]?.speaker).toBe('The Harbour Department');
  });
});

describe('namedOnlyAsOwner', () => {
  it('tells a person named only as an owner from one named as a doer', () => {
    const text = "The First Family leave for President Ada Quill's Seacliff resort.";
    expect(namedOnlyAsOwner(text, 'Ada Quill')).toBe(true);
    expect(namedOnlyAsOwner(`${text} Quill later golfs.`, 'Ada Quill')).toBe(false);
    expect(namedOnlyAsOwner(text, 'Tim Bale')).toBe(false);
    // In a body's name too: "Quill Administration officials".
    expect(namedOnlyAsOwner('Quill Administration officials meet.', 'Ada Quill')).toBe(true);
  });
});

describe('the subject of an event that names no person', () => {
  it('is read past an opening participle or "Via …" phrase and a state after its town', () => {
    const events = syntheticDatasetOf([
      'Speaking to reporters, the Wessex Harbour Board announces a new budget.',
      'Speaking from Bedminster, N.J., the Wessex Harbour Board says the port is safe.',
      'Via Twitter, the Wessex Harbour Board denies the report.',
    ]);
    const ctx = createContext(events, new DatasetIndex(events), REFERENCE);
    expect(events.events.map((event) => subjectNamingNobody(ctx, event))).toEqual([
      'The Wessex Harbour Board',
      'The Wessex Harbour Board',
      'The Wessex Harbour Board',
    ]);
  });
});
