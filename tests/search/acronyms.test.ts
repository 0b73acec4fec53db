import { describe, expect, it } from 'vitest';
import { Acronyms } from '../../src/search/acronyms.js';
import { stem } from '../../src/search/text.js';

describe('Acronyms', () => {
  it('derives acronyms from the names the texts write out, small words skipped', () => {
    const acronyms = new Acronyms();
    acronyms.add('The Department of Homeland Security issues guidance.');
    acronyms.add('Justice Ruth Bader Ginsburg dies.');
    expect(acronyms.expand('DHS')).toEqual(['department', 'homeland', 'security'].map(stem));
    expect(acronyms.expand('rbg')).toEqual(['ruth', 'bader', 'ginsburg'].map(stem));
  });

  it('picks the most frequent spelling out when two names share initials', () => {
    const acronyms = new Acronyms();
    acronyms.add('Attorney General Sessions speaks. Attorney General Barr speaks.');
    acronyms.add('Andrew Gillum concedes.');
    expect(acronyms.expand('ag')).toEqual(['attorney', 'general'].map(stem));
  });

  it('derives an acronym that keeps the "of" of a name too', () => {
    const acronyms = new Acronyms();
    acronyms.add('The Department of Justice files a brief.');
    expect(acronyms.expand('DOJ')).toEqual(['department', 'justice'].map(stem));
    expect(acronyms.expand('DJ')).toEqual(['department', 'justice'].map(stem));
  });

  it('expands nothing the texts never spell out', () => {
    expect(new Acronyms().expand('xyz')).toEqual([]);
  });
});
