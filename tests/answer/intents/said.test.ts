import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../src/answer/answerer.js';
import { REFERENCE, syntheticDatasetOf } from '../datasets.js';

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
