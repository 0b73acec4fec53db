import { describe, expect, it } from 'vitest';
import { rewritePhrases, synonymsOf } from '../../src/search/synonyms.js';
import { stem } from '../../src/search/text.js';

describe('synonyms', () => {
  it.each([
    ['covid', 'coronavirus'],
    ['potus', 'president'],
    ['acquit', 'clear'],
    ['repeal', 'scrap'],
    ['fire', 'dismiss'],
  ])('treats "%s" and "%s" as the same news word', (a, b) => {
    expect(synonymsOf(stem(a))).toContain(stem(b));
  });

  it.each([
    ['when was he sworn in', 'sworn'],
    ['when did she pass away', 'die'],
    ['when was trump kicked off twitter', 'suspend twitter'],
    ['when did the tax bill become law', 'sign'],
    ['banned for good', 'permanently'],
  ])('rewrites the phrase in "%s"', (text, expected) => {
    expect(rewritePhrases(text)).toContain(expected);
  });
});
