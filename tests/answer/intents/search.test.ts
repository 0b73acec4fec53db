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
});
