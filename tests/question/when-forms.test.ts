import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/question/parse.js';
import { asWhenQuestion, withoutWhenFrame } from '../../src/question/when-forms.js';

const REFERENCE = new Date(Date.UTC(2017, 2, 2, 12));

describe('asWhenQuestion: time questions in other forms', () => {
  it.each([
    ['How long ago did Sessions recuse himself?', 'When did Sessions recuse himself'],
    ['In what month did Flynn resign?', 'When did Flynn resign'],
    ['On which day was Comey fired?', 'When was Comey fired'],
    ['What was the date when Flynn resigned?', 'When Flynn resigned'],
    ["Date of Comey's firing?", "When was Comey's firing"],
    ["When'd Flynn resign?", 'When did Flynn resign'],
    ['Flynn resignation date?', 'When was Flynn resignation'],
    ['Flynn resigned when?', 'When was Flynn resigned'],
  ])('reads "%s" as "%s"', (question, when) => {
    expect(asWhenQuestion(question)).toBe(when);
  });

  it('is null for a question in another form', () => {
    expect(asWhenQuestion('Who was the attorney general?')).toBeNull();
    expect(asWhenQuestion('What happened on March 2, 2017?')).toBeNull();
  });
});

describe('withoutWhenFrame: words that frame a "when" question, not its event', () => {
  it.each([
    ['exactly did Flynn resign', 'Flynn resign'],
    ['it that Flynn resigned', 'Flynn resigned'],
    ["Flynn's resignation happen", "Flynn's resignation"],
  ])('reads "%s" as "%s"', (topic, event) => {
    expect(withoutWhenFrame(topic)).toBe(event);
  });
});

describe('parseQuestion: time questions in other forms are "when" questions', () => {
  it.each([
    'How long ago did Sessions recuse himself?',
    'In what month did Flynn resign?',
    "Date of Comey's firing?",
    'Flynn resigned when?',
  ])('"%s"', (question) => {
    expect(parseQuestion(question, REFERENCE)).toMatchObject({ intent: 'when', text: question });
  });
});
