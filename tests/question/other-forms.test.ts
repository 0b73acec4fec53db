import { describe, expect, it } from 'vitest';
import { asStandardQuestion } from '../../src/question/other-forms.js';
import { parseQuestion } from '../../src/question/parse.js';

const REFERENCE = new Date(Date.UTC(2017, 2, 2, 12));

describe('asStandardQuestion: questions about people and their words in other forms', () => {
  it.each([
    ['What do you know about Jeff Sessions?', 'Who is Jeff Sessions'],
    ["What is Sessions's role?", 'Who is Sessions'],
    ['What job did Kellyanne Conway have?', 'Who is Kellyanne Conway'],
    ['Whose quote is "fake news"?', 'Who said "fake news"'],
    ['Who was it that said "lock her up"?', 'Who said "lock her up"'],
    ['"You\'re fired" — who said that?', 'Who said "You\'re fired"'],
    ['How did Pelosi react to the speech?', 'What did Pelosi say about the speech'],
    [
      'How did Trump react when Cohen pleaded guilty?',
      'What did Trump say about Cohen pleaded guilty',
    ],
    ["What was Pelosi's response to the shutdown?", 'What did Pelosi say about the shutdown'],
    ["Pelosi's comments on the wall?", 'What did Pelosi say about the wall'],
    [
      "What was Trump's position on Walmart and Oracle buying into TikTok?",
      'What did Trump say about Walmart and Oracle buying into TikTok',
    ],
    ["What is Pompeo's take on the transition?", 'What did Pompeo say about the transition'],
    [
      "What was Trump's Camp David meeting with his security team about?",
      'What did Trump say about Camp David meeting with his security team',
    ],
  ])('reads "%s" as "%s"', (question, standard) => {
    expect(asStandardQuestion(question)).toBe(standard);
  });

  it('is null for a question already in a standard form', () => {
    expect(asStandardQuestion('Who is Jeff Sessions?')).toBeNull();
  });
});

describe('parseQuestion: other forms keep their text and take the standard intent', () => {
  it.each([
    ['What do you know about Jeff Sessions?', 'who', { subject: 'Jeff Sessions' }],
    ['Whose quote is "fake news"?', 'who-said', { quote: 'fake news' }],
    ['How did Pelosi react to the speech?', 'said', { subject: 'Pelosi', topic: 'the speech' }],
    ["Give me Pelosi's statements about the wall", 'said', { subject: 'Pelosi' }],
  ] as const)('"%s" is a %s question', (question, intent, parts) => {
    expect(parseQuestion(question, REFERENCE)).toMatchObject({ intent, text: question, ...parts });
  });
});
