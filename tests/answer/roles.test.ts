import { beforeAll, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/answerer.js';
import { RoleTenures, roleStems } from '../../src/answer/roles.js';
import type { Answerer } from '../../src/answer/types.js';
import { stem } from '../../src/search/text.js';
import {
  REFERENCE,
  corpusAvailable,
  loadCorpus,
  syntheticDatasetOf,
  syntheticDatasetOfDated,
} from './datasets.js';

// One event a day from 2018-01-01: Doe holds the role first, then Poe, then Roe.
const dataset = syntheticDatasetOf([
  'National Security Advisor Mark Doe meets Japanese officials.',
  'National Security Advisor Mark Doe briefs the press.',
  'National Security Advisor Jane Poe travels to Seoul.',
  'National Security Advisor Jane Poe resigns.',
  'National Security Advisor Tom Roe is sworn in.',
]);
const answerer = createAnswerer(dataset, { referenceDate: REFERENCE });
const first = (question: string): string | undefined =>
  answerer.ask(question).answers[0]?.text.split(':')[0];

describe('role holders over time', () => {
  it('names who held a role on a date', () => {
    expect(first('Who was national security adviser on January 3, 2018?')).toBe('Jane Poe');
    expect(first('Who was national security advisor on 2 January 2018?')).toBe('Mark Doe');
  });

  it('names who held a role after or before someone', () => {
    expect(first('Who was national security adviser after Poe?')).toBe('Tom Roe');
    expect(first('Who was national security adviser before Jane Poe?')).toBe('Mark Doe');
  });

  it('names the first holder of a role', () => {
    expect(first('Who was the first national security adviser?')).toBe('Mark Doe');
  });

  it('reads "first" in a title ("first lady") as no order of holders', () => {
    const dated = createAnswerer(
      syntheticDatasetOfDated([
        [
          '2017-05-01',
          'The palace defunds Girls Learn, a program started by former First Lady Ann Lee.',
        ],
        ['2018-01-01', 'First Lady Mia Stone opens a school.'],
        ['2019-01-01', 'First Lady Mia Stone visits a hospital.'],
      ]),
      { referenceDate: REFERENCE },
    );
    expect(
      dated.ask('Which former first lady started the Girls Learn program the palace defunded?')
        .answers[0]?.text,
    ).toMatch(/Ann Lee/);
  });

  it('answers "Who did <role> <verb> …?" with whom the holder met, not with the holder', () => {
    expect(first('Who did the national security adviser meet on January 1, 2018?')).not.toBe(
      'Mark Doe',
    );
  });

  it('leaves a question with no time, order or "first" to the other answers', () => {
    expect(answerer.ask('Who is Jane Poe?').answers[0]?.text.split(':')[0]).toBe('Jane Poe');
  });
});

describe('role holders who left', () => {
  const dated = syntheticDatasetOfDated([
    ['2017-02-01', 'FBI Director Mark Doe testifies before Congress.'],
    ['2017-03-01', 'FBI Director Mark Doe meets the president.'],
    ['2017-05-09', 'The White House defends the dismissal of Mark Doe.'],
    ['2019-01-28', 'FBI Director Jane Poe announces charges.'],
  ]);
  const roles = createAnswerer(dated, { referenceDate: REFERENCE });
  const holder = (question: string) => roles.ask(question).answers[0]?.text.split(':')[0];

  it('hold the role up to the day an event says they left it', () => {
    expect(holder('Who was FBI director in April 2017?')).toBe('Mark Doe');
  });

  it('are followed by the next holder from that day, though the events name them only later', () => {
    expect(holder('Who was FBI director in 2018?')).toBe('Jane Poe');
  });
});

describe('role holders put in office by an event', () => {
  it('hold the role from the day the event says so ("The Senate confirms X as …")', () => {
    const dated = syntheticDatasetOfDated([
      ['2017-02-02', 'Secretary of State Rex Tell meets his counterparts.'],
      ['2018-03-13', 'Secretary of State John Sully stands in for a day.'],
      ['2018-04-26', 'The Senate confirms Ann Lee as the 70th U.S. Secretary of State.'],
      ['2018-12-23', 'Secretary of State Ann Lee visits Seoul.'],
    ]);
    const roles = createAnswerer(dated, { referenceDate: REFERENCE });
    const answer = roles.ask('Who was secretary of state in June 2018?');
    expect(answer.answers[0]?.text.split(':')[0]).toBe('Ann Lee');
  });
});

describe('role holders named by an event', () => {
  it('prefers the person the event for the date names, when they hold the role', () => {
    const named = syntheticDatasetOf([
      'National Security Advisor Mark Doe meets Japanese officials.',
      'President John Roe fires National Security Advisor Mark Doe.',
      'President John Roe names National Security Advisor Jane Poe.',
    ]);
    const roles = createAnswerer(named, { referenceDate: REFERENCE });
    const answer = roles.ask('Who did Roe name as national security adviser on January 3, 2018?');
    expect(answer.answers[0]?.text.split(':')[0]).toBe('Jane Poe');
  });
});

describe('a role holder the question names', () => {
  it('is not the answer: the event that describes the change is', () => {
    const named = syntheticDatasetOf([
      'Secretary of Health Tom Pryce meets nurses.',
      'President John Roe visits Ohio.',
      'Secretary of Health Tom Pryce resigns over his use of private jets, with President John Roe naming Dan Wrigley, a deputy, to serve as acting secretary.',
    ]);
    const roles = createAnswerer(named, { referenceDate: REFERENCE });
    const answer = roles.ask(
      'Who became acting health secretary when Tom Pryce quit over his jets?',
    );
    expect(answer.answers[0]?.text.split(':')[0]).toBe('Dan Wrigley');
  });
});

describe('"after" that names no holder', () => {
  it('leaves the person to the event the question describes', () => {
    const senate = syntheticDatasetOf([
      'Senator Cal Mack votes on the bill.',
      'Senator Ann Tilly meets farmers.',
      'Senators Ann Tilly and Bo Leeds test positive for the flu. As a result, Senate Majority Leader Cal Mack halts all Senate floor action for two weeks.',
      'Senate Majority Leader Cal Mack meets the president.',
      'Senator Ann Tilly speaks to reporters.',
      'Senator Ann Tilly visits Ohio.',
    ]);
    const roles = createAnswerer(senate, { referenceDate: REFERENCE });
    const answer = roles.ask(
      'Which Senate leader halted floor action for two weeks after two senators caught the flu in 2018?',
    );
    expect(answer.answers[0]?.text.split(':')[0]).toBe('Cal Mack');
  });
});

describe('an office qualified by its organisation', () => {
  it("is not another organisation's office of the same name", () => {
    const offices = syntheticDatasetOf([
      'Deputy Director Max Bowe of the bureau testifies.',
      'Deputy Director Max Bowe meets agents.',
      'Kelly Shaw, a senior aide on the economic team, announces she will be leaving as deputy director of the Economic Council.',
    ]);
    const roles = createAnswerer(offices, { referenceDate: REFERENCE });
    const answer = roles.ask(
      'Which deputy director of the Economic Council announced in 2018 that she was leaving?',
    );
    expect(answer.answers[0]?.text.split(':')[0]).toBe('Kelly Shaw');
  });

  it('is not an office whose title holds only some of its words', () => {
    const offices = syntheticDatasetOf([
      'Chief of Staff Reo Price meets the cabinet.',
      'Chief of Staff Reo Price briefs the press.',
      'Chairman of the Joint Chiefs of Staff Joe Dunn travels to Iraq.',
    ]);
    const roles = createAnswerer(offices, { referenceDate: REFERENCE });
    const answer = roles.ask('Who was chairman of the Joint Chiefs of Staff in 2018?');
    expect(answer.answers[0]?.text.split(':')[0]).toBe('Joe Dunn');
  });
});

describe('role holders named by the office they take', () => {
  // 2018-01-01 … 2018-01-04: Doe holds the role, Poe is only nominated, then Roe takes over.
  const takers = syntheticDatasetOf([
    'Attorney General Mark Doe testifies before Congress.',
    'President Lee intends to nominate Jane Poe as attorney general.',
    'Attorney General Mark Doe resigns.',
    'Tom Roe takes over as attorney general following the departure of Mark Doe.',
  ]);
  const roleAnswerer = createAnswerer(takers, { referenceDate: REFERENCE });
  const firstOf = (question: string): string | undefined =>
    roleAnswerer.ask(question).answers[0]?.text.split(':')[0];

  it('counts "X takes over as R" as holding the role, but not "nominate X as R"', () => {
    expect(firstOf('Who was attorney general after Doe?')).toBe('Tom Roe');
  });

  it('reads "AG" in a question as attorney general', () => {
    expect(firstOf('who was AG after doe left')).toBe('Tom Roe');
  });
});

describe('which role a question asks about', () => {
  // 2018-01-01 … 2018-01-06.
  const offices = syntheticDatasetOf([
    'Attorney General Mark Doe and Deputy Attorney General Jane Poe brief Congress.',
    'Defense Secretary Tom Roe visits the troops.',
    'Defense Secretary Tom Roe resigns.',
    'Acting Defense Secretary Ann Lee meets NATO allies.',
    'The agency releases the Freedonia report to the public.',
    'National Security Adviser Ken Ito meets Japanese officials.',
  ]);
  const officeAnswerer = createAnswerer(offices, { referenceDate: REFERENCE });
  const firstOf = (question: string): string | undefined =>
    officeAnswerer.ask(question).answers[0]?.text.split(':')[0];

  it('answers with the most specific role the question names, not a role inside it', () => {
    expect(firstOf('Who was deputy attorney general on January 1, 2018?')).toBe('Jane Poe');
  });

  it('counts an acting holder as a holder of the role', () => {
    expect(firstOf('Who became acting defense secretary after Roe left?')).toBe('Ann Lee');
  });

  it('reads a time given by an event ("when the report was released")', () => {
    expect(firstOf('Who was deputy attorney general when the Freedonia report was released?')).toBe(
      'Jane Poe',
    );
  });

  it('does not answer a deputy role no one holds with the holder of the role above it', () => {
    const answer = officeAnswerer.ask('Who was deputy defense secretary on January 3, 2018?')
      .answers[0];
    expect(answer?.text.startsWith('Tom Roe')).not.toBe(true);
  });

  it('reads "adviser" and "advisor" as one role', () => {
    expect(firstOf('Who was national security advisor on January 6, 2018?')).toBe('Ken Ito');
  });
});

describe('role holders asked for by a bare phrase or another spelling of the role', () => {
  // 2018-01-01 … 2018-01-03: Doe holds the office first, then Poe, named with "Department".
  const spelled = syntheticDatasetOf([
    'Secretary of Homeland Security Mark Doe visits the border.',
    'The Department of Homeland Security publishes a report.',
    'Department of Homeland Security Secretary Jane Poe meets governors.',
  ]);
  const roles = createAnswerer(spelled, { referenceDate: REFERENCE });
  const firstOf = (question: string): string | undefined =>
    roles.ask(question).answers[0]?.text.split(':')[0];

  it('reads "Department of … Secretary" and "Secretary of …" as one role', () => {
    expect(firstOf('Who was secretary of homeland security after Doe?')).toBe('Jane Poe');
  });

  it('answers a bare role with an order, and an acronym the data spells out, like a question', () => {
    expect(firstOf('DHS secretary after Doe')).toBe('Jane Poe');
  });
});

describe('roles that share a stem', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      'Senator Mary Poole visits the farm.',
      'Senator Mary Poole meets the press.',
      'Senate Democratic leader Tom Shum agrees to the stopgap deal.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('does not take "the Senate Democratic leader" for a senator', () => {
    const best = answerer.ask('Who was the Senate Democratic leader in January 2018?').answers[0];
    expect(best?.text).not.toMatch(/^Mary Poole/);
  });
});

describe('a one-word role with another noun before it', () => {
  const directors = createAnswerer(
    syntheticDatasetOfDated([
      ['2018-08-01', 'Director Ann Vale opens the agency office.'],
      ['2018-08-02', 'Director Ann Vale briefs staff.'],
      [
        '2018-08-09',
        'Ben Cole, the White House director of media affairs for regional outlets, resigns.',
      ],
    ]),
    { referenceDate: REFERENCE },
  );

  it('names another role ("media affairs director"), not the one-word role\'s holder', () => {
    const answers = directors.ask('Which media affairs director left in August 2018?').answers;
    expect(answers[0]?.text).not.toMatch(/^Ann Vale/);
    expect(answers.some((answer) => answer.text.includes('Ben Cole'))).toBe(true);
  });

  it('stays the role with a word that only qualifies it ("the former director")', () => {
    expect(directors.ask('Who was the former director in August 2018?').answers[0]?.text).toMatch(
      /^Ann Vale/,
    );
  });
});

describe.skipIf(!corpusAvailable)('a role named as the kind of person who did something', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer(await loadCorpus(), {
      referenceDate: new Date(Date.UTC(2021, 0, 20, 12)),
    });
  }, 60_000);
  const first = (question: string): string | undefined =>
    answerer.ask(question).answers[0]?.text.split(':')[0];

  it('answers "Which <role> <did something> …?" with who did it, not the holder then', () => {
    // Nikki Haley was the ambassador the tenures know in January 2018; Feeley is the one who quit.
    expect(
      first(
        'Which American ambassador quit in January 2018 over disagreements with the Trump administration?',
      ),
    ).toBe('John Feeley');
  });

  it('does not answer with someone described who holds another role of the kind', () => {
    // The event also names "Mexican Interior Secretary Miguel Angel Osorio Chong".
    expect(
      first(
        'Which Homeland Security secretary traveled to Mexico with Tillerson in February 2017?',
      ),
    ).toBe('John Kelly');
  });
});

describe('roleStems', () => {
  it('leaves out a noun of the office or its work, whose stem the holder shares', () => {
    expect(roleStems('EPA Administrator')).toEqual(['epa', stem('administrator')]);
    expect(roleStems('earlier US administrations')).toEqual([stem('earlier')]);
    expect(roleStems('the presidency')).toEqual([]);
  });
});

describe('a role named in a question', () => {
  const tenures = new RoleTenures(
    syntheticDatasetOf([
      'North Korean Leader Kim Lee fires a missile.',
      'North Korean Leader Kim Lee meets envoys.',
    ]),
  );

  it('is named by its words standing together', () => {
    expect(tenures.askedRole('Who was the North Korean leader in January 2018?')).not.toBeNull();
  });

  it('is not named by its words far apart ("leader … the North Korean threat")', () => {
    expect(
      tenures.askedRole('Which leader held a press conference on the North Korean threat?'),
    ).toBeNull();
  });
});
