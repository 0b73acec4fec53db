import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../src/answer/answerer.js';
import { REFERENCE, syntheticDatasetOf } from '../datasets.js';

describe('who holds a role for someone', () => {
  const answerer = createAnswerer(
    syntheticDatasetOf([
      "President John Roe's lawyer Ada Quill says the case is closed.",
      'Ada Quill meets President John Roe at the lodge.',
      'A lawyer, Carl Pike, sues President John Roe over the lodge.',
      'Attorney General Ben Marsh meets John Roe.',
    ]),
    { referenceDate: REFERENCE },
  );

  it('answers "Who was Roe\'s lawyer?" with the lawyer named with Roe, not another lawyer in his events', () => {
    const answers = answerer.ask("Who was Roe's lawyer?").answers;
    expect(answers[0]?.kind).toBe('person');
    expect(answers[0]?.text).toMatch(/^Ada Quill/);
  });
});
