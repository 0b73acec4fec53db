/**
 * Small talk gets the help card instead of an answer, so a question mistaken for small talk would
 * never be answered: the cases that must stay questions matter as much as the ones that must not.
 */
import { describe, expect, it } from 'vitest';
import { smallTalkOf } from '../../src/question/small-talk.js';

describe('small talk', () => {
  it.each([
    ['help', 'help'],
    ['Help!', 'help'],
    ['HELP ME PLEASE', 'help'],
    ['helppp', 'help'],
    ['?', 'help'],
    ['???', 'help'],
    ['', 'help'],
    ['   \n\t ', 'help'],
    ['👋', 'help'],
    ['<@123456789012345678>', 'help'],
    ['what can you do?', 'help'],
    ['hi, what can I ask you?', 'help'],
    ['hi', 'greeting'],
    ['Hello!', 'greeting'],
    ['hey there', 'greeting'],
    ['hiii bot', 'greeting'],
    ['Good morning everyone :)', 'greeting'],
    ['<@123456789012345678> hello', 'greeting'],
    ['thanks', 'thanks'],
    ['Thank you so much!', 'thanks'],
    ['ok thx', 'thanks'],
    ['hi, and thanks', 'thanks'],
  ] as const)('%j is small talk (%s)', (text, kind) => {
    expect(smallTalkOf(text)).toBe(kind);
  });

  it.each([
    ['help desk scandal', 'a subject that starts with "help"'],
    ['who helped Flynn', '"helped" is not "help"'],
    ['hi-tech', 'one word, hyphenated'],
    ['What did Trump say about help?', 'a question about help'],
    ['help me find when Sessions recused', 'a request for an answer'],
    ['hello Sessions', 'a greeting and a name: the name may be the question'],
    ['Hey Jude', 'a title'],
    ['thanks giving', 'more than thanks'],
    ['Ty Cobb', 'a name that starts like "ty"'],
    ['who are you, Sessions?', 'about someone else'],
    ['what can you do about Russia', 'more than "what can you do"'],
    ['2017', 'a year'],
    ['ok', 'a filler alone answers something else'],
    ['Sessions', 'a name'],
  ])('%j is a question (%s)', (text) => {
    expect(smallTalkOf(text)).toBeNull();
  });
});
