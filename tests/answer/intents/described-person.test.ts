import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../src/answer/answerer.js';
import { answererOverDated, answersOver, REFERENCE, syntheticDatasetOf } from '../datasets.js';

/** "Who …" questions that describe a person instead of naming them. */
describe('a person the question describes', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'President Trump nominates Mark Esper as Secretary of the Army and Robert Wilkie as Undersecretary of Defense for Personnel.',
      'President Trump does not rule out military action against Venezuelan President Nicolás Maduro.',
      'Robert Wilkie speaks at a veterans event.',
      'Mark Esper visits troops in Germany.',
      'Mark Esper meets NATO ministers.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('picks, of several people in the event, the one whose name stands by the described role', () => {
    expect(
      answerer.ask('Who did Trump nominate as Secretary of the Army?').answers[0]?.text,
    ).toMatch(/^Mark Esper/);
    expect(
      answerer.ask('Who was nominated as Undersecretary of Defense for Personnel in 2018?')
        .answers[0]?.text,
    ).toMatch(/^Robert Wilkie/);
  });

  it('answers with a person the question describes by title rather than by name', () => {
    const answer = answerer.ask(
      'Who was the Venezuelan president Trump would not rule out military action against?',
    ).answers[0];
    expect(answer?.kind).toBe('person');
    expect(answer?.text).toMatch(/^Nicolás Maduro/);
  });
});

describe('a person described among several named in one event', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'President Ana Ruiz nominates three ambassadors: John Bass for Freedonia; Peter Hoek for the Netherlands; Mary Sison for Haiti.',
      'John Bass speaks at a dinner.',
      'President Ana Ruiz hosts Colombian President Ivan Duque at the palace.',
      'President Ana Ruiz signs a bill.',
      'President Ana Ruiz meets farmers.',
      "Press aide Tim Vance says that Governor Kay Arden's chief counsel, Lena Okafor, and budget director, Omar Feld, are to leave.",
      'Rosa Delgado is named to lead the Coast Guard and Hugo Brandt will stay on as acting head of the agency.',
    ]),
    { referenceDate: REFERENCE },
  );

  it("picks the one whose item of a list holds the description's rarest words", () => {
    expect(
      answerer.ask("Who was Ruiz's pick for ambassador to the Netherlands?").answers[0]?.text,
    ).toMatch(/^Peter Hoek/);
  });

  it('picks, of several named in one clause, the one whose own title holds the description', () => {
    expect(
      answerer.ask("Who was Arden's chief counsel that was leaving?").answers[0]?.text,
    ).toMatch(/^Lena Okafor/);
  });

  it('does not take the words before a joining "and" as the next name\'s title', () => {
    expect(answerer.ask('Who was named to lead the Coast Guard?').answers[0]?.text).toMatch(
      /^Rosa Delgado/,
    );
  });

  it('reads "the president of Colombia" as a foreign office, not the dataset\'s President', () => {
    expect(
      answerer.ask('Who was the president of Colombia that Ruiz hosted at the palace?').answers[0]
        ?.text,
    ).toMatch(/^Ivan Duque/);
  });
});

describe("a person the question's verb takes", () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'President Ana Ruiz nominates Brett Kane, an appeals judge, to fill the seat left by Justice Tony Kemp on the High Court.',
      'Tony Kemp retires.',
      'Brett Kane is sworn in.',
      'Brett Kane hears his first case.',
      'Mia Stone visits the harbour.',
      'Mia Stone meets farmers.',
      'Senator Mia Stone votes to convict President Ana Ruiz on the first article, joined by no one from Senator Dan Fry of her party.',
      'President Ana Ruiz offers Prime Minister Theo Marsh full support, following a briefing by Adviser Jo Penn on the attack.',
      'President Ana Ruiz holds a bilateral meeting with Prime Minister Lee Tan of Norland at the palace to discuss the naval threat and trade.',
      'The palace director of strategic communications, Rita Moss, confirms with the Morning Gazette that Omar Lind, the palace director of media affairs, has resigned.',
      'Rita Moss meets reporters.',
      'Deputy Justice Minister Carl Penn appoints Nora Vale as special counsel to investigate the harbour fraud.',
      'Nora Vale interviews witnesses.',
      'Nora Vale files charges.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('answers "Who did X <verb> …" with the person right after the verb in the event', () => {
    // Kemp is named in fewer events, but Kane is the one nominated.
    expect(answerer.ask('Who did Ruiz nominate to the High Court?').answers[0]?.text).toMatch(
      /^Brett Kane/,
    );
  });

  it('finds the asked verb after a subject of several words ("Whom did the deputy minister appoint")', () => {
    // Penn is named in fewer events, but Vale is the one appointed.
    expect(
      answerer.ask('Whom did the deputy justice minister appoint to investigate the harbour fraud?')
        .answers[0]?.text,
    ).toMatch(/^Nora Vale/);
  });

  it('answers "Who <verb>ed …" with the person right before the verb', () => {
    // Fry is named in fewer events, but Stone is the one who voted.
    expect(answerer.ask('Which senator voted to convict Ruiz?').answers[0]?.text).toMatch(
      /^Mia Stone/,
    );
  });

  it('answers "Who <verb>ed …" put in other words by the event with the one opening its sentence', () => {
    // Penn is named in fewer events, but Ruiz offers the support the question calls a pledge.
    const answers = answerer.ask(
      'Who pledged full support to Theo Marsh after the attack?',
    ).answers;
    expect(answers[0]?.text).toMatch(/^Ana Ruiz/);
  });

  it('answers "Who <verb>ed …" with the one opening the sentence when the event has the verb as "to <verb>"', () => {
    // Tan is named in fewer events, but the meeting Ruiz holds is to discuss the threat.
    expect(
      answerer.ask("Who discussed the naval threat with Norland's prime minister?").answers[0]
        ?.text,
    ).toMatch(/^Ana Ruiz/);
  });

  it('finds the name before the verb in an event whose title is its opening words', () => {
    // The title ("The palace director …, Rita Moss") is the summary's start: read once, not twice.
    expect(
      answerer.ask(
        "Who confirmed to the Morning Gazette that the palace's director of media affairs had quit?",
      ).answers[0]?.text,
    ).toMatch(/^Rita Moss/);
  });
});

describe('an organisation the question describes', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      "The special counsel's office issues a rare statement calling the Daily Post report on Ada Quill inaccurate.",
      'A report by Daily Post journalists Jay Leo and Ann Corr alleges that Ada Quill lied to the council.',
      'The National Tattler publishes excerpts from a 2011 interview with actress Stella Dane alleging an affair with Ada Quill.',
      "A fundraising effort by Governor Ada Quill's campaign raised $2.4 million from 76,000 donors around the address of Ada Quill.",
    ]),
    { referenceDate: REFERENCE },
  );

  it("answers with the best event's subject when it names an organisation, not a person", () => {
    const [best] = answerer.ask(
      "Who issued a rare statement calling the Daily Post's report on Ada Quill inaccurate?",
    ).answers;
    expect(best?.speaker).toBe("The special counsel's office");
  });

  it('reads "Which magazine …" as asking for someone, and answers with the organisation', () => {
    const [best] = answerer.ask(
      'Which magazine published excerpts of an interview in which Stella Dane described an affair with Ada Quill?',
    ).answers;
    expect(best?.speaker).toBe('The National Tattler');
  });

  it('answers "Which <body> …" with the body an event opens with, not a person it names', () => {
    const [best] = answersOver(
      [
        'The U.S. Office of Harbour Counsel (OHC) says Counselor Ada Quill broke the Harbour Act during two interviews about the Wessex Senate race between Tim Bale and Jon Doe.',
      ],
      'Which federal office said Ada Quill broke the Harbour Act in interviews about the Wessex Senate race?',
    );
    expect(best?.speaker).toBe('The U.S. Office of Harbour Counsel');
  });

  it('answers "Who <verb> …" with a body the event opens with, not the person who owns it', () => {
    const [best] = answersOver(
      [
        "President Ada Quill's campaign team hands over 20,000 pages of documents to the Senate Harbour Committee.",
      ],
      'Who handed over 20,000 pages of documents to the Senate Harbour Committee?',
    );
    expect(best?.speaker).toBe("President Ada Quill's campaign team");
  });

  it('answers "Who <verb>ed …" with the body the event opens with, not a person it names only as an owner', () => {
    const [best] = answersOver(
      [
        "The First Family depart Harbourton for an extended holiday stay at President Ada Quill's Seacliff resort in Palm Cove.",
      ],
      'Who left Harbourton on May 2 for a long holiday stay at Seacliff?',
    );
    expect(best?.speaker).toBe('The First Family');
  });

  it('answers "Who <verb>ed …" with the body the event opens with when the verb follows it', () => {
    // Fry is the one person the question does not name, but he requests; the palace denies.
    const [best] = answersOver(
      [
        'The Harbour Palace issues a denial that President Ada Quill asked Tim Bale on May 2 to end the port inquiry. Council Chair Dan Fry requests all material on the inquiry.',
      ],
      'Who issued a denial that Quill had pressed Bale to drop the port inquiry?',
    );
    expect(best?.speaker).toBe('The Harbour Palace');
  });

  it('reads the head of "Which X of the Y …" as X: a person, though Y is a body', () => {
    const [best] = answersOver(
      [
        'Mara Lind, deputy director of the National Harbour Council, announces she will be leaving.',
      ],
      'Which deputy director of the National Harbour Council announced she was leaving?',
    );
    expect(best?.kind).toBe('person');
    expect(best?.text).toMatch(/^Mara Lind/);
  });

  it('reads "Which <staff word> …" as asking for a person, and answers with them', () => {
    const [best] = answersOver(
      [
        "Mara Lind, President Ada Quill's personal assistant, resigns after sharing private details about the family with journalists.",
      ],
      'Which Quill assistant quit after telling reporters private stuff about her family?',
    );
    expect(best?.kind).toBe('person');
    expect(best?.text).toMatch(/^Mara Lind/);
  });

  it.each([
    'Which harbour administrator said he doubted the tide tables?',
    'Which social network boss said he doubted the tide tables?',
    'Which motorsport mogul said he doubted the tide tables?',
  ])('reads "%s" as asking for a person by a title or trade, and answers with them', (question) => {
    const [best] = answersOver(
      [
        'Harbour administrator Ivo Brandt, a former racing team owner and social network founder, says he does not believe the tide tables.',
        'Ivo Brandt meets Governor Kay Arden.',
      ],
      question,
    );
    expect(best?.kind).toBe('person');
    expect(best?.text).toMatch(/^Ivo Brandt/);
  });

  it('reads "Which chamber …" as asking for someone, and answers with it', () => {
    const [best] = answersOver(
      ['The Senate confirms Ada Quill as the 28th Secretary of Ports.'],
      'Which chamber confirmed Ada Quill as Secretary of Ports?',
    );
    expect(best?.speaker).toBe('The Senate');
  });

  it('reads "Whose <thing> <verb> …" as asking for someone', () => {
    const [best] = answersOver(
      ['The fraud trial of former campaign chair Jon Doe begins in the Wessex district court.'],
      'Whose trial opened in the district court in Wessex?',
    );
    expect(best?.kind).toBe('person');
    expect(best?.text).toMatch(/^Jon Doe/);
  });

  it('answers with the one by whom a thing is done, whose owner does not make it a person', () => {
    const [best] = answerer.ask(
      "Who raised $2.4 million from 76,000 donors around Ada Quill's address?",
    ).answers;
    expect(best?.speaker).toBe("Governor Ada Quill's campaign");
  });
});

describe('an organisation the question names', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'The Supreme Court agrees to bring back the travel ban.',
      'The Justice Department appeals to the Supreme Court to reinstate the travel ban.',
      'The White House accuses Freedonia of covering up the chemical attack.',
      'Governor Ada Quill attacks the chemical plant owners.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('is not the answer when the question names it as the object ("asked the Supreme Court")', () => {
    const first = answerer.ask(
      'Which department asked the Supreme Court to bring back the travel ban?',
    ).answers[0];
    expect(first?.speaker).toBe('The Justice Department');
  });

  it('leaves the event it is the subject of first when the question asks for its object', () => {
    const first = answerer.ask(
      'Which country did the White House accuse of covering up the chemical attack?',
    ).answers[0];
    expect(first?.text).toContain('Freedonia');
  });
});

describe('people who act together as the subject of an event', () => {
  const texts = [
    'Secretary of State Rex Tillerson and Secretary of Defense Jim Mattis lead a briefing on North Korea for members of the House and Senate.',
    'Rudy Giuliani, Trump lawyer Jane Doe says the tape is exculpatory.',
    'Senators Thom Tillis, Mike Lee and Ron Johnson test positive for coronavirus. As a result, Senate Majority Leader Mitch McConnell halts floor action.',
    'Rex Tillerson visits Mexico.',
    'Jim Mattis visits Kabul.',
    'Mike Lee speaks in Utah.',
    'Mitch McConnell speaks in Kentucky.',
  ];

  it('names them all when the question asks who did what they did together', () => {
    for (const question of [
      'Who led a briefing on North Korea?',
      'Who briefed members on North Korea?',
    ]) {
      expect(answersOver(texts, question)[0]?.speaker).toBe('Rex Tillerson and Jim Mattis');
    }
  });

  it('names the one the question leaves out, not the one it names, as before', () => {
    const [first] = answersOver(texts, 'Who joined Tillerson to lead a briefing on North Korea?');
    expect(first?.text).toMatch(/^Jim Mattis/);
  });

  it('does not take them for the subject of a verb further on, in another clause', () => {
    const [first] = answersOver(texts, 'Which Senate leader halted floor action?');
    expect(first?.text).toMatch(/^Mitch McConnell/);
  });
});

describe('a question with a phrase set before it', () => {
  it('asks for someone after "At the summit in Taormina,": the doer, as "who" first would', () => {
    const answers = answersOver(
      [
        'President John Roe attends the harbour summit in Taormina. Roe criticizes the large imports of Freedonian cars and declines to commit to the river accord.',
        'Governor Mark Doe complains about the river tolls.',
      ],
      'At the harbour summit in Taormina, who complained about the Freedonian car imports?',
    );
    expect(answers[0]?.kind).toBe('person');
    expect(answers[0]?.text).toContain('John Roe');
  });
});

describe('a question for whom someone acted, with a phrase set before it', () => {
  it('answers with the one the asked person put in the role, not the role holder the phrase names', () => {
    const answers = answererOverDated([
      ['2017-02-01', 'The Senate confirms Al Cole as Secretary of Labor.'],
      ['2018-07-12', 'Secretary of Labor Al Cole resigns.'],
      [
        '2018-07-12',
        'President Ana Ruiz puts Pat Pell in charge of the labor department on an interim basis.',
      ],
    ]).ask(
      'After the labor secretary quit in July 2018, who did Ruiz put in charge of the department on an interim basis?',
    ).answers;
    expect(answers[0]?.text).toMatch(/^Pat Pell/);
  });
});

describe('a body that acts as the subject of an event', () => {
  const texts = [
    'The Harbour Board publicly chastises the ferry company for not carrying bicycles.',
    'The ferry company adds a route.',
    'Due to the storm, the Harbour Reserve closes the port for a day.',
  ];

  it('leaves an adverb before the verb out of its name: "The Harbour Board publicly chastises"', () => {
    const [first] = answersOver(
      texts,
      'Who publicly scolded the ferry company for not carrying bicycles?',
    );
    expect(first?.speaker).toBe('The Harbour Board');
  });

  it('reads it past an opening phrase, though it starts in lower case: "Due to …, the …"', () => {
    const [first] = answersOver(texts, 'Which institution closed the port because of the storm?');
    expect(first?.speaker).toBe('The Harbour Reserve');
  });
});

describe('a person described with the month the answer falls in', () => {
  it('searches without the month: an event that mentions it for another reason is no better', () => {
    const answers = answererOverDated([
      [
        '2017-07-24',
        'President Ana Ruiz attends the harvest fair with Al Cole. The fair apologises on July 27, 2017 for the speech.',
      ],
      ['2017-07-27', 'President Ana Ruiz nominates Pat Pell as ambassador to Freedonia.'],
    ]).ask('Who did Ruiz name in July 2017 as her envoy to Freedonia?').answers;
    expect(answers[0]?.text).toMatch(/^Pat Pell/);
  });
});

describe('a body named after a person', () => {
  it('answers with "The Roe administration" that acts, not with John Roe', () => {
    const answers = answersOver(
      [
        'The Roe administration announces it is adding 28 Freedonian companies to a trade blacklist over human rights abuses.',
        'President John Roe speaks about trade with Freedonia.',
      ],
      'Who announced adding 28 Freedonian companies to a blacklist over human rights abuses?',
    );
    expect(answers[0]?.speaker).toBe('The Roe administration');
  });
});

describe('a person the question names under another entry', () => {
  it('does not answer with the person the question names ("Sisi\'s leadership" is Abdel el-Sisi)', () => {
    const answers = answersOver(
      [
        "President John Roe holds a bilateral meeting with Freedonian President Abdel Fattah el-Sisi at the White House, praising Sisi's leadership and offering support for Freedonia's anti-terrorism measures.",
        "President John Roe issues a statement expressing his confidence in President Sisi's ability to respond.",
        'President John Roe meets farmers.',
      ],
      "Who praised el-Sisi's leadership at a White House meeting and offered support for Freedonia's counterterror efforts?",
    );
    expect(answers[0]?.text).not.toContain('el-Sisi:');
    expect(answers[0]?.text).toContain('John Roe');
  });
});

describe('a person asked for by title that the dataset holds as no person', () => {
  it('names who stands after the asked title in the best event ("Governor Jim Justice")', () => {
    const answers = answersOver(
      [
        'President John Roe attends a rally at Harbour City, where Governor Jim Justice announces his switch from the Whigs to the Tories.',
        'President John Roe attacks Governor Ralph Northam of West Freedonia in a tweet.',
      ],
      'which governor announced at a roe rally that he was jumping ship from the whigs to the tories',
    );
    expect(answers[0]?.speaker).toBe('Jim Justice');
  });

  it('names who stands after the title and its country for "Which <title> did X meet …"', () => {
    const answers = answersOver(
      [
        'Under Secretary of State Tom Vail meets with Norland Ambassador to the U.S. Budi Karta.',
        'Ambassador Ann Holt meets the harbour board.',
      ],
      'Which Norland ambassador did Under Secretary of State Vail meet?',
    );
    expect(answers[0]?.speaker).toBe('Budi Karta');
  });
});

describe('a person asked for by the title the event gives them', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'Federal judge Derrick Watson permits Attorney General of Freedonia Doug Chin to submit a lawsuit against the revised travel ban.',
      'Doug Chin meets reporters.',
      'Doug Chin files a motion.',
      'Agency official Dr. Rick Bright is fired by President Ann Lee after questioning a treatment.',
      'President Ann Lee holds a rally.',
    ]),
    { referenceDate: REFERENCE },
  );

  it.each([
    ["Which federal judge let Freedonia's attorney general bring a lawsuit?", /^Derrick Watson/],
    ['Which agency official was fired after questioning a treatment?', /^Rick Bright/],
  ])(
    'answers "%s" with the person titled so, though the question describes others',
    (question, name) => {
      expect(answerer.ask(question).answers[0]?.text).toMatch(name);
    },
  );

  it('reads a plural title before two names as singling out neither', () => {
    const answers = answersOver(
      [
        'Congressional leaders Mary Poole and Chuck Schumer agree on a three-week stopgap deal.',
        'Mary Poole speaks.',
        'Mary Poole votes.',
        'Democratic leader Chuck Schumer speaks.',
      ],
      'Which Democratic leader agreed on the three-week stopgap deal?',
    );
    expect(answers[0]?.text).toMatch(/^Chuck Schumer/);
  });
});

describe('the subject of an irregular verb the question asks about', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'Governor Mark Doe meets Ana Ruiz, an envoy of Freedonia, at the harbour.',
      'Governor Mark Doe opens a bridge.',
      'Governor Mark Doe signs a budget.',
      'President Ann Lee attends the swearing in of Judge Amy Cole by Justice Tom Reed.',
      'President Ann Lee holds a rally.',
      'President Ann Lee signs an order.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('answers "Who met …?" with the subject of "meets", as "Who greeted …?" would be', () => {
    expect(answerer.ask('Who met the Freedonian envoy at the harbour?').answers[0]?.text).toMatch(
      /^Mark Doe/,
    );
  });

  it('takes no one before "the swearing in of …" for its subject', () => {
    expect(answerer.ask('Who swore in Amy Cole?').answers[0]?.text).not.toMatch(/^Ann Lee/);
  });
});

describe('a body asked for, the subject after a long opening phrase', () => {
  it('reads the subject past an opening phrase of many words up to its comma', () => {
    const [first] = answersOver(
      [
        'In response to a tweet by President John Roe withdrawing an invitation to the player Sam Curry to visit the palace, the entire Freedonia Warriors team states that it will forgo the visit.',
        'President John Roe visits the port.',
      ],
      'Which team said it would skip the palace visit after Roe withdrew the invitation?',
    );
    expect(first?.speaker).toBe('The entire Freedonia Warriors team');
  });
});

describe('"Which <people> …" asking for several', () => {
  it('answers with the event of what they did, named by its subject, not with one holder of the role', () => {
    const answerer = answererOverDated([
      ['2019-03-01', 'Senator Mia Stone of Wessex speaks on the harbour bill.'],
      ['2019-06-01', 'Senator Mia Stone visits the Wessex port.'],
      ['2020-01-20', 'Senator Mia Stone visits the Wessex port again.'],
      [
        '2020-01-29',
        'Senators begin the question portion of the trial. Senate Republicans move to block new witnesses.',
      ],
    ]);
    const [best] = answerer.ask(
      'Which senators moved to further block new witnesses on January 29, 2020?',
    ).answers;
    expect(best?.kind).toBe('event');
    expect(best?.text).toMatch(/block new witnesses/);
    // Named by the subject of the asked verb, not by the first sentence's.
    expect(best?.speaker).toBe('Senate Republicans');
  });
});

describe('"Which <people> …" answered by everyone the event names', () => {
  it('names all the people of the event the question does not name, in the order written', () => {
    const [best] = answersOver(
      [
        'Quill Administration officials, led by Harbour Secretary Tim Bale, Port Director Jon Doe and Dock Chief Mia Stone, hold closed-door briefings with the council on the strike that killed Max Rook.',
      ],
      'Which officials led the closed-door briefings for the council on the strike that killed Rook?',
    );
    expect(best?.speaker).toBe('Tim Bale, Jon Doe, and Mia Stone');
  });

  it('passes over an event naming one person for a later one naming several', () => {
    const [best] = answersOver(
      [
        'The Justice Office announces it will overrule harbour prosecutors in the trial of Quill associate Max Rook.',
        'In response, all three prosecutors (Tim Bale, Jon Doe and Mia Stone) withdraw from the Rook trial.',
        'Ada Quill opens a bridge.',
      ],
      'Which prosecutors withdrew from the Max Rook trial after the Justice Office overruled them?',
    );
    expect(best?.speaker).toBe('Tim Bale, Jon Doe, and Mia Stone');
  });
});

describe('"Which <title> …" with two titled people in the event', () => {
  it('takes the one whose whole title, read anywhere in the report, is the asked one', () => {
    const [best] = answersOver(
      [
        'President John Roe removes Ann Fell from her position as Bureau Director. The Grey House explains that it is acting on the recommendation of Deputy Attorney General Mary Poole and Attorney General Bob Stone.',
        'Attorney General Bob Stone visits Wessex.',
        'Deputy Attorney General Mary Poole testifies.',
      ],
      "Which deputy attorney general did the Grey House cite as having recommended Ann Fell's removal?",
    );
    expect(best?.kind).toBe('person');
    expect(best?.text).toContain('Mary Poole');
  });
});
