import { describe, expect, it } from 'vitest';
import { spellOutRoleEpithets } from '../../src/question/role-epithets.js';

describe('spellOutRoleEpithets', () => {
  it.each([
    ["Did America's top diplomat visit Delhi?", "Did America's secretary of state visit Delhi?"],
    ['Who did the interior chief name?', 'Who did the interior secretary name?'],
    ['Which Pentagon chief signed the orders?', 'Which defense secretary signed the orders?'],
    ['did EPA chief Scott Pruitt resign', 'did EPA administrator Scott Pruitt resign'],
    ['Who was the acting DEA chief?', 'Who was the acting DEA administrator?'],
    ['Who was the acting spy chief?', 'Who was the acting director of national intelligence?'],
    ["the nation's top law enforcement officer", "the nation's attorney general"],
  ])('spells "%s" as "%s"', (text, spelt) => {
    expect(spellOutRoleEpithets(text)).toBe(spelt);
  });

  it("leaves another country's office alone", () => {
    const text = 'Who met Iraqi intelligence chief Mustafa Kadhimi?';
    expect(spellOutRoleEpithets(text)).toBe(text);
  });

  it('leaves words that only look like an epithet alone', () => {
    const texts = [
      'Who was chief of staff?',
      'What did the head of state say?',
      'Did the top diplomat on Korea resign?',
    ];
    for (const text of texts) {
      expect(spellOutRoleEpithets(text)).toBe(text);
    }
  });
});
