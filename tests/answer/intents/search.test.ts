import { describe, expect, it } from 'vitest';
import { answererOverDated } from '../datasets.js';

describe('what a named person did, asked without a topic', () => {
  const answerer = answererOverDated([
    ['2018-01-29', 'Secretary of Labor Ann Lee is sworn in at the White House.'],
    ['2018-01-30', 'President John Roe congratulates Secretary of Labor Ann Lee.'],
    ['2018-02-02', 'Secretary of Labor Ann Lee visits the harbour.'],
  ]);

  it('credits the event to the person when they are its subject', () => {
    const [first] = answerer.ask('What did Ann Lee do on January 29, 2018?').answers;
    expect(first?.text).toMatch(/sworn in/);
    expect(first?.speaker).toBe('Ann Lee');
  });

  it('does not credit an event whose subject is someone else', () => {
    const [first] = answerer.ask('What did Ann Lee do on January 30, 2018?').answers;
    expect(first?.text).toMatch(/congratulates/);
    expect(first?.speaker).toBeUndefined();
  });

  it("does not credit an event whose subject the person only owns: 'Ann Lee's legal team'", () => {
    const [first] = answererOverDated([
      ['2018-03-05', "Secretary of Labor Ann Lee's legal team in the harbour case files a brief."],
      ['2018-03-06', 'Secretary of Labor Ann Lee visits the harbour.'],
    ]).ask('What did Ann Lee do on March 5, 2018?').answers;
    expect(first?.text).toMatch(/legal team/);
    expect(first?.speaker).not.toBe('Ann Lee');
  });

  it('does not credit an event that names the person only after a preposition', () => {
    const answerer = answererOverDated([
      ['2018-09-04', 'The Senate confirmation hearing for Secretary of Labor Ann Lee begins.'],
      [
        '2018-09-05',
        'In response to a tweet by Secretary of Labor Ann Lee withdrawing an invitation, the Freedonia Warriors team says it will skip the visit.',
      ],
      ['2018-09-06', 'Secretary of Labor Ann Lee visits the harbour.'],
    ]);
    const [hearing] = answerer.ask('What did Ann Lee do on September 4, 2018?').answers;
    expect(hearing?.text).toMatch(/confirmation hearing/);
    expect(hearing?.speaker).toBeUndefined();
    const [visit] = answerer.ask('What did Ann Lee do on September 5, 2018?').answers;
    expect(visit?.text).toMatch(/Warriors team/);
    expect(visit?.speaker).toBeUndefined();
  });
});

describe('a question for someone by a title with dots', () => {
  it('reads "Which U.S. official …" as asking for a person', () => {
    const [first] = answererOverDated([
      [
        '2017-05-26',
        'Secretary of State Al Cole meets with Secretary Pat Pell in London about the harbour bombing.',
      ],
      ['2017-06-02', 'Secretary of State Al Cole visits Mexico for U.S. trade talks.'],
      ['2017-06-03', 'Secretary Pat Pell visits Kabul.'],
    ]).ask('Which U.S. official met Secretary Pell in London about the harbour bombing?').answers;
    expect(first?.kind).toBe('person');
    expect(first?.text).toMatch(/^Al Cole/);
  });
});
