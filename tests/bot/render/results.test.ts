import { describe, expect, it } from 'vitest';
import type { Answer, AskResult } from '../../../src/answer/types.js';
import type { Person } from '../../../src/dataset/schema.js';
import { decodePageButton } from '../../../src/bot/render/pagination.js';
import { COLORS } from '../../../src/bot/render/reply.js';
import {
  renderAskResult,
  renderDateAnswer,
  renderQuotes,
  renderTimeline,
  renderUnknownEvent,
  renderUnknownPerson,
  renderVerification,
} from '../../../src/bot/render/results.js';
import { expectReplyWithinLimits } from './expect-limits.js';

const context = {
  userId: '812345678901234567',
  page: 0,
  now: new Date('2024-05-01T12:00:00Z'),
  commandLine: '/ask question:x',
};

const quote: Answer = {
  kind: 'quote',
  id: 'q1',
  text: 'My reply was honest and correct',
  date: '2017-03-02',
  speaker: 'Jeff Sessions',
  eventId: 'e1',
  source: '@ABCPolitics',
  citation: { kind: 'tweet', label: '@ABCPolitics', url: null, date: '2017-03-02' },
  score: 1,
};

function askResult(overrides: Partial<AskResult>): AskResult {
  return { question: 'x', intent: 'search', answers: [], suggestions: [], ...overrides };
}

describe('counts on cut lists of answers and quotes', () => {
  const many = (count: number): Answer[] =>
    Array.from({ length: count }, (_, i) => ({ ...quote, id: `q${i}` }));

  it('says "first N of M" when the core counted more answers than the list shows', () => {
    const count = (total: number | undefined) =>
      renderAskResult('x', askResult({ answers: many(25), total }), context).embeds[0]?.description;
    expect(count(40)).toBe('First 25 of 40 answers, best first.');
    expect(count(100)).toBe('First 25 of 100 or more answers, best first.');
    expect(count(25)).toBe('25 answers, best first.');
    expect(count(undefined)).toBe('25 answers, best first.');
  });

  it('says how many quotes match in all, by the speaker when one is asked for', () => {
    const speaker = { id: 'person-jane-roe', name: 'Jane Roe' } as Person;
    const reply = renderQuotes(
      { search: 'budget', speaker },
      { answers: many(25), total: 73 },
      context,
    );
    expect(reply.embeds[0]?.description).toBe(
      'First 25 of 73 quotes by Jane Roe matching “budget”, best first.',
    );
    const german = renderQuotes(
      { search: 'budget', speaker: null },
      { answers: many(25), total: 73 },
      { ...context, locale: 'de' },
    );
    expect(german.embeds[0]?.description).toBe(
      'Die ersten 25 Zitate von insgesamt 73 passend zu „budget“, die besten zuerst.',
    );
  });
});

describe('renderAskResult', () => {
  it('says plainly there is no answer and lists the suggestions, escaped', () => {
    const reply = renderAskResult(
      'Who is Zorblax?',
      askResult({
        suggestions: [
          { kind: 'question', question: 'Who is Jeff_Sessions?' },
          { kind: 'question', question: '@everyone look' },
        ],
      }),
      context,
    );
    expect(reply.embeds[0]?.description).toBe(
      "I couldn't find an answer to that in the dataset.\n\n**Try:**\n• Who is Jeff\\_Sessions?\n• @\u200beveryone look",
    );
    expect(reply.embeds[0]?.color).toBe(COLORS.none);
    expect(reply.components).toEqual([]);
  });

  it('names the date range it looked in', () => {
    const reply = renderAskResult(
      'What happened in 1999?',
      askResult({ intent: 'date', range: { from: '1999-01-01', to: '1999-12-31', text: '1999' } }),
      context,
    );
    expect(reply.embeds[0]?.description).toMatch(
      /^I couldn't find an answer to that in the dataset for 1999\./,
    );
  });

  it('leads a "when" answer with the date of the best answer', () => {
    const event: Answer = {
      ...quote,
      kind: 'event',
      speaker: undefined,
      text: 'Sessions recuses himself',
    };
    const reply = renderAskResult(
      'When?',
      askResult({ intent: 'when', answers: [event] }),
      context,
    );
    expect(reply.embeds[0]?.description).toMatch(
      /^\*\*2 March 2017\*\*: Sessions recuses himself\n/,
    );
  });

  it('leads a "who said" answer with the speaker', () => {
    const reply = renderAskResult(
      'Who said?',
      askResult({ intent: 'who-said', answers: [quote] }),
      context,
    );
    expect(reply.embeds[0]?.description).toMatch(
      /^\*\*Jeff Sessions\*\* said it \(2 March 2017\)\./,
    );
  });

  it('shows the verdict of a verify question first', () => {
    const reply = renderAskResult(
      'Did Sessions say "honest and correct"?',
      askResult({ intent: 'verify', verdict: 'exact', answers: [quote] }),
      context,
    );
    expect(reply.embeds[0]?.description?.split('\n')[0]).toBe(
      '✅ **Yes.** Those words are in the dataset.',
    );
    expect(reply.embeds[0]?.color).toBe(COLORS.exact);
  });

  it('puts 25 answers on five pages of five', () => {
    const answers = Array.from({ length: 25 }, (_, i) => ({
      ...quote,
      id: `q${i}`,
      text: `quote ${i}`,
    }));
    const reply = renderAskResult('x', askResult({ answers }), { ...context, page: 4 });
    expect(reply.embeds[0]?.fields?.map((field) => field.value.split('\n')[0])).toEqual([
      '“quote 20”',
      '“quote 21”',
      '“quote 22”',
      '“quote 23”',
      '“quote 24”',
    ]);
    expect(reply.embeds[0]?.footer?.text).toBe('Page 5 of 5 · /ask question:x');
    expectReplyWithinLimits(reply);
  });

  it('shows the last page for a page number past the end, saying so above it', () => {
    const answers = Array.from({ length: 7 }, (_, i) => ({ ...quote, id: `q${i}` }));
    const reply = renderAskResult('x', askResult({ answers }), { ...context, page: 99 });
    expect(reply.embeds[0]?.footer?.text).toBe('Page 2 of 2 · /ask question:x');
    expect(reply.content).toBe(
      'There is no page 100: this list has 2 pages, and this is the last.',
    );
  });

  it('puts no note above a page that is the one asked for', () => {
    const answers = Array.from({ length: 7 }, (_, i) => ({ ...quote, id: `q${i}` }));
    const reply = renderAskResult('x', askResult({ answers }), { ...context, page: 1 });
    expect(reply.content).toBeUndefined();
  });
});

describe('jumping through a list by date', () => {
  /** One entry a day from 1 January 2018: page p holds days 5p+1 to 5p+5. */
  const daily = Array.from({ length: 20 }, (_, i) => ({
    ...quote,
    id: `q${i}`,
    date: `2018-01-${String(i + 1).padStart(2, '0')}`,
  }));
  const goToOf = (reply: { components: { components: unknown[] }[] }) =>
    decodePageButton(
      (reply.components[0]?.components.at(-1) as { custom_id: string } | undefined)?.custom_id ??
        '',
    );
  const day = (date: string) => ({ from: date, to: date });

  it('shows the page of a timeline holding the date, and its Go to… takes dates', () => {
    const reply = renderTimeline(
      { person: null },
      { entries: daily, total: 20 },
      { ...context, pageDate: day('2018-01-12') },
    );
    expect(reply.embeds[0]?.footer?.text).toBe('Page 3 of 4 · /ask question:x');
    expect(reply.embeds[0]?.fields?.[1]?.name).toContain('12 January 2018');
    expect(reply.content).toBeUndefined();
    expect(goToOf(reply)).toMatchObject({ action: 'go-to', page: 2, dates: true });
  });

  it('shows the page of a date list holding the date, or the nearest, saying so', () => {
    const reply = renderDateAnswer(
      'January 2018',
      {
        range: { from: '2018-01-01', to: '2018-01-31', text: 'January 2018' },
        answers: daily,
        total: 20,
        suggestions: [],
      },
      { ...context, pageDate: day('2018-02-10') },
    );
    expect(reply.embeds[0]?.footer?.text).toBe('Page 4 of 4 · /ask question:x');
    expect(reply.content).toBe(
      'Nothing in this list is dated 10 February 2018; this page holds the nearest date, 20 January 2018.',
    );
  });

  it('keeps lists without dates to page numbers: Go to… takes no date, and a date stays put', () => {
    const reply = renderAskResult('x', askResult({ answers: daily }), {
      ...context,
      page: 1,
      pageDate: day('2018-01-12'),
    });
    expect(goToOf(reply)).toMatchObject({ action: 'go-to', dates: false });
    expect(reply.embeds[0]?.footer?.text).toBe('Page 2 of 4 · /ask question:x');
    expect(reply.content).toMatch(/page numbers only/);
  });
});

describe('renderVerification', () => {
  it('shows the closest quote and the alternatives, coloured by the verdict', () => {
    const reply = renderVerification(
      { quote: 'honest and correct', speaker: null },
      { verdict: 'paraphrase', best: quote, alternatives: [{ ...quote, id: 'q2', text: 'Other' }] },
      { ...context, commandLine: '/verify quote:honest and correct' },
    );
    const embed = reply.embeds[0];
    expect(embed?.title).toBe('Did anyone say it?');
    expect(embed?.color).toBe(COLORS.paraphrase);
    expect(embed?.fields?.map((field) => field.name)).toEqual([
      'Closest real quote · 2 March 2017 · Jeff Sessions',
      'Also close · 2 March 2017 · Jeff Sessions',
    ]);
  });
});

describe('who sees a reply', () => {
  const range = { from: '2017-03-02', to: '2017-03-02', text: '2017-03-02' };
  const found = { answers: [quote], total: 1, suggestions: [] };

  // A failed lookup or an unreadable date helps no one else in the channel: the router makes
  // these ephemeral even when the command was public.
  it.each([
    ['no answer to a question', () => renderAskResult('Who is Zorblax?', askResult({}), context)],
    [
      'no matching quote',
      () => renderQuotes({ search: 'zorblax', speaker: null }, { answers: [], total: 0 }, context),
    ],
    [
      'a date it could not read',
      () =>
        renderDateAnswer(
          'blursday',
          { range: null, answers: [], total: 0, suggestions: [] },
          context,
        ),
    ],
    [
      'no events on a date',
      () =>
        renderDateAnswer('2017-03-02', { range, answers: [], total: 0, suggestions: [] }, context),
    ],
    [
      'a timeline date it could not read',
      () =>
        renderTimeline(
          { person: null, from: 'blursday' },
          {
            entries: [],
            total: 0,
            error: { kind: 'unreadable-date', bound: 'from', written: 'blursday' },
          },
          context,
        ),
    ],
    [
      'an empty timeline',
      () => renderTimeline({ person: null }, { entries: [], total: 0 }, context),
    ],
    [
      'a quote found nowhere',
      () =>
        renderVerification(
          { quote: 'zorblax', speaker: null },
          { verdict: 'not-found', best: null, alternatives: [] },
          context,
        ),
    ],
    ['an unknown person', () => renderUnknownPerson('Zorblax', [], '/who name:Zorblax')],
    ['an unknown event', () => renderUnknownEvent('zorblax', [], '/event query:zorblax')],
  ])('shows %s to the asker alone', (_case, render) => {
    expect(render().onlyForAsker).toBe(true);
  });

  it.each([
    ['an answer', () => renderAskResult('x', askResult({ answers: [quote] }), context)],
    [
      'quotes',
      () =>
        renderQuotes({ search: 'honest', speaker: null }, { answers: [quote], total: 1 }, context),
    ],
    ['a day', () => renderDateAnswer('2017-03-02', { ...found, range }, context)],
    ['a timeline', () => renderTimeline({ person: null }, { entries: [quote], total: 1 }, context)],
    [
      'a verdict with its closest quote',
      () =>
        renderVerification(
          { quote: 'honest', speaker: null },
          { verdict: 'exact', best: quote, alternatives: [] },
          context,
        ),
    ],
  ])('shows %s to everyone the command was for', (_case, render) => {
    expect(render().onlyForAsker).toBeUndefined();
  });
});
