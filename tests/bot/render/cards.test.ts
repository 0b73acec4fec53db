import { describe, expect, it } from 'vitest';
import type { Answer, PersonCard } from '../../../src/answer/types.js';
import { renderPersonCard } from '../../../src/bot/render/cards.js';

const context = {
  userId: '812345678901234567',
  page: 0,
  now: new Date('2024-05-01T12:00:00Z'),
  commandLine: '/who name:Jane Roe',
};

function answers(kind: Answer['kind'], count: number): Answer[] {
  return Array.from({ length: count }, (_, i) => ({
    kind,
    id: `${kind}-${i}`,
    text: `${kind} ${i}`,
    date: '2017-03-02',
    eventId: null,
    source: null,
    citation: null,
    score: 1,
  }));
}

function card(shown: { quotes: number; events: number }, totals: PersonCard['totals']): PersonCard {
  return {
    person: {
      id: 'person-jane-roe',
      kind: 'person',
      name: 'Jane Roe',
      aliases: ['Jane Roe'],
      roles: [],
      eventIds: [],
    },
    quotes: answers('quote', shown.quotes),
    events: answers('event', shown.events),
    totals,
  };
}

const description = (personCard: PersonCard): string =>
  renderPersonCard(personCard, context).embeds[0]?.description ?? '';

describe("a person's card counts", () => {
  it('says "latest N of M" for each list the card cut', () => {
    expect(description(card({ quotes: 10, events: 10 }, { quotes: 34, events: 52 }))).toContain(
      '**Shown:** latest 10 of 34 quotes, then latest 10 of 52 events, each newest first.',
    );
  });

  it('gives plain counts for lists shown whole, and leaves out an empty one', () => {
    expect(description(card({ quotes: 3, events: 10 }, { quotes: 3, events: 12 }))).toContain(
      '**Shown:** 3 quotes, then latest 10 of 12 events, each newest first.',
    );
    expect(description(card({ quotes: 0, events: 1 }, { quotes: 0, events: 1 }))).toContain(
      '**Shown:** 1 event, newest first.',
    );
  });
});
