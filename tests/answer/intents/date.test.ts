import { describe, expect, it } from 'vitest';
import { answererOverDated } from '../datasets.js';

describe('what happened to a named person in a range', () => {
  it('credits an event to the person when they are its subject', () => {
    const [first] = answererOverDated([
      ['2018-02-06', 'Secretary of Labor Ann Lee is admitted to hospital.'],
      ['2018-03-02', 'Secretary of Labor Ann Lee visits the harbour.'],
    ]).ask('What happened to Ann Lee in early February 2018?').answers;
    expect(first?.text).toMatch(/admitted to hospital/);
    expect(first?.speaker).toBe('Ann Lee');
  });
});
