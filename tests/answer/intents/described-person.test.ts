import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../src/answer/answerer.js';
import { REFERENCE, syntheticDatasetOf } from '../datasets.js';

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
