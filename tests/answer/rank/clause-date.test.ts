import { describe, expect, it } from 'vitest';
import { clauseDateFit, OTHER_CLAUSE_FACTOR } from '../../../src/answer/rank/clause-date.js';
import type { Fact } from '../../../src/dataset/schema.js';
import { stem } from '../../../src/search/text.js';

const asked = (...words: string[]): Set<string> => new Set(words.map(stem));
const NOMINATION =
  'President John Roe nominates Ann Lee to fill the vacancy left by Jane Doe, who died on September 18.';
const factOf = (clause: string, date: string): Fact =>
  ({ id: 'f1', eventId: 'e1', text: NOMINATION, clause, when: { date } }) as unknown as Fact;

describe('clauseDateFit: is the asked action told in the clause the event is dated by', () => {
  it('lowers an event that tells the asked action only in a clause another date governs', () => {
    const facts = [factOf('who died', '2020-09-18')];
    expect(clauseDateFit(NOMINATION, '2020-09-26', facts, asked('died'))).toBe(OTHER_CLAUSE_FACTOR);
  });

  it('keeps an event whose main clause tells the asked action, or whose clause shares its date', () => {
    const facts = [factOf('who died', '2020-09-18')];
    expect(clauseDateFit(NOMINATION, '2020-09-26', facts, asked('nominate'))).toBe(1);
    const sameDay = [factOf('who died', '2020-09-26')];
    expect(clauseDateFit(NOMINATION, '2020-09-26', sameDay, asked('died'))).toBe(1);
  });
});
