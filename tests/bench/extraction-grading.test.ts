import { describe, expect, it } from 'vitest';
import { personMatches } from '../../bench/extraction.js';
import type { Person } from '../../src/dataset/schema.js';

const person = (name: string, aliases: string[] = []): Person => ({
  id: 'p1',
  kind: 'person',
  name,
  aliases,
  roles: [],
  eventIds: [],
});

describe('the extraction benchmark judges a speaker by the names the labels give', () => {
  it('takes a full name the labels give the gold person', () => {
    const vazquez = person('Wanda Vázquez Garced', ['Vázquez']);
    expect(personMatches('Wanda Vázquez', vazquez)).toBe(false);
    expect(personMatches('Wanda Vázquez', vazquez, ['Wanda Vázquez Garced', 'Vázquez'])).toBe(true);
  });

  it('does not take a lone surname the labels give for another person of that surname', () => {
    expect(personMatches('Wanda Vázquez', person('Vázquez'), ['Vázquez'])).toBe(false);
  });
});
