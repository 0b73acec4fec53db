import {
  ButtonStyle,
  ComponentType,
  TextInputStyle,
  type APIButtonComponentWithCustomId,
} from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED } from '../../properties/arbitraries.js';
import {
  FIRST_LABEL,
  GO_TO_INPUT_ID,
  GO_TO_LABEL,
  LAST_LABEL,
  NEXT_LABEL,
  PAGE_REFUSALS,
  PAGE_TTL_MS,
  PREVIOUS_LABEL,
  decodePageButton,
  encodePageButton,
  goToForm,
  pageControls,
  pageFooter,
  pageFromButton,
  resolvePageButton,
  type PageAction,
  type PageButton,
} from '../../../src/bot/render/pagination.js';

const OWNER = '812345678901234567';
const STRANGER = '899999999999999999';
const NOW = new Date('2024-05-01T12:00:00Z');
const FOOTER = 'Page 1 of 3 · /quote search:"honest and correct" speaker:Sessions';

function buttons(page: number, pageCount: number, dates = false): APIButtonComponentWithCustomId[] {
  return pageControls({ ownerId: OWNER, page, pageCount, now: NOW, dates }).flatMap(
    (row) => row.components as APIButtonComponentWithCustomId[],
  );
}

function buttonLabelled(
  label: string,
  page: number,
  pageCount: number,
  dates = false,
): APIButtonComponentWithCustomId {
  const button = buttons(page, pageCount, dates).find((candidate) => candidate.label === label);
  if (button === undefined) throw new Error(`no button ${label}`);
  return button;
}

const button = (overrides: Partial<PageButton> = {}): PageButton => ({
  ownerId: OWNER,
  action: 'next',
  page: 1,
  pageCount: 3,
  dates: false,
  expiresAt: NOW.getTime() + PAGE_TTL_MS,
  ...overrides,
});

/** A press on Discord by `userId` of a message whose command `ownerId` ran. */
const press = (customId: string, extra: { userId?: string; input?: string } = {}) =>
  resolvePageButton({
    customId,
    footer: FOOTER,
    userId: extra.userId ?? OWNER,
    ownerId: OWNER,
    now: NOW,
    input: extra.input,
  });

describe('page button custom ids', () => {
  it('round-trip every field of every button within 100 characters', () => {
    const action = fc.constantFrom<PageAction>('first', 'previous', 'next', 'last', 'go-to');
    fc.assert(
      fc.property(
        fc.stringMatching(/^[\w-]{1,32}$/),
        action,
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 9999 }),
        fc.boolean(),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        (ownerId, kind, page, pageCount, dates, expiresAt) => {
          const made = { ownerId, action: kind, page, pageCount, expiresAt, dates };
          const id = encodePageButton(made);
          expect(id.length).toBeLessThanOrEqual(100);
          expect(decodePageButton(id)).toEqual({ ...made, dates: kind === 'go-to' && dates });
        },
      ),
      { seed: SEED },
    );
  });

  it('is versioned, so a later format can tell its ids apart', () => {
    expect(encodePageButton(button())).toMatch(/^pg1:/);
  });

  it.each([
    '',
    'page',
    'pg1:1:n:2',
    'other:1:n:2:3:4',
    `page:${OWNER}:1:lvn1fd4w`,
    `pg1:${OWNER}:x:1:3:abc`,
    `pg1:${OWNER}:n:1:3:ABC`,
    `pg2:${OWNER}:n:1:3:abc`,
  ])('decodes %j as null', (id) => {
    expect(decodePageButton(id)).toBeNull();
  });
});

describe('pageControls', () => {
  it('shows no buttons for a single page', () => {
    expect(pageControls({ ownerId: OWNER, page: 0, pageCount: 1, now: NOW })).toEqual([]);
  });

  it('offers First, Previous, Next, Last and Go to… in one row', () => {
    const rows = pageControls({ ownerId: OWNER, page: 1, pageCount: 3, now: NOW });
    expect(rows).toHaveLength(1);
    expect(buttons(1, 3).map((b) => [b.label, b.style, b.disabled])).toEqual([
      [FIRST_LABEL, ButtonStyle.Secondary, false],
      [PREVIOUS_LABEL, ButtonStyle.Secondary, false],
      [NEXT_LABEL, ButtonStyle.Secondary, false],
      [LAST_LABEL, ButtonStyle.Secondary, false],
      [GO_TO_LABEL, ButtonStyle.Secondary, false],
    ]);
  });

  it('leads First to page 1, Previous and Next one page away, Last to the last page', () => {
    const target = (label: string) => decodePageButton(buttonLabelled(label, 2, 5).custom_id)?.page;
    expect([FIRST_LABEL, PREVIOUS_LABEL, NEXT_LABEL, LAST_LABEL].map(target)).toEqual([0, 1, 3, 4]);
  });

  it('disables First and Previous on the first page, Next and Last on the last, never Go to…', () => {
    const enabled = (page: number) =>
      buttons(page, 3)
        .filter((b) => b.disabled !== true)
        .map((b) => b.label);
    expect(enabled(0)).toEqual([NEXT_LABEL, LAST_LABEL, GO_TO_LABEL]);
    expect(enabled(1)).toEqual([FIRST_LABEL, PREVIOUS_LABEL, NEXT_LABEL, LAST_LABEL, GO_TO_LABEL]);
    expect(enabled(2)).toEqual([FIRST_LABEL, PREVIOUS_LABEL, GO_TO_LABEL]);
  });

  it('gives the buttons different custom ids on every page, as Discord requires', () => {
    for (let pageCount = 2; pageCount < 5; pageCount++) {
      for (let page = 0; page < pageCount; page++) {
        const ids = buttons(page, pageCount).map((b) => b.custom_id);
        expect(new Set(ids).size).toBe(ids.length);
      }
    }
  });

  it('marks Go to… as taking dates only in a list with dates', () => {
    const goTo = (dates: boolean) =>
      decodePageButton(buttonLabelled(GO_TO_LABEL, 1, 3, dates).custom_id);
    expect(goTo(true)).toMatchObject({ action: 'go-to', page: 1, pageCount: 3, dates: true });
    expect(goTo(false)).toMatchObject({ action: 'go-to', dates: false });
  });
});

describe('resolvePageButton (a press on Discord)', () => {
  const next = buttonLabelled(NEXT_LABEL, 0, 3).custom_id;
  const goTo = buttonLabelled(GO_TO_LABEL, 0, 3).custom_id;
  const goToDates = buttonLabelled(GO_TO_LABEL, 0, 3, true).custom_id;

  it('gives the command, its options and the new page for the owner within the time', () => {
    expect(press(next)).toEqual({
      ok: true,
      command: 'quote',
      options: { search: 'honest and correct', speaker: 'Sessions' },
      page: 1,
    });
  });

  it('reads the command line from a footer without a page prefix too', () => {
    const request = resolvePageButton({
      customId: next,
      footer: '/who name:sessions',
      userId: OWNER,
      ownerId: OWNER,
      now: NOW,
    });
    expect(request).toMatchObject({ ok: true, command: 'who', options: { name: 'sessions' } });
  });

  it('opens the Go to… form, with the id of the button that opened it', () => {
    const request = press(goTo);
    expect(request).toEqual({
      ok: true,
      command: 'quote',
      form: goToForm(goTo, { page: 0, pageCount: 3, dates: false }),
    });
  });

  it("takes the owner from Discord's report, not from a custom id naming the presser", () => {
    const forged = encodePageButton(button({ ownerId: STRANGER }));
    const byStranger = resolvePageButton({
      customId: forged,
      footer: FOOTER,
      userId: STRANGER,
      ownerId: OWNER,
      now: NOW,
    });
    expect(byStranger).toEqual({
      ok: false,
      reason: 'not-owner',
      message: PAGE_REFUSALS['not-owner'],
    });
    expect(press(forged)).toMatchObject({ ok: true, page: 1 });
  });

  it('refuses someone else the Go to… form and its submit', () => {
    expect(press(goTo, { userId: STRANGER })).toMatchObject({ ok: false, reason: 'not-owner' });
    expect(press(goTo, { userId: STRANGER, input: '2' })).toMatchObject({
      ok: false,
      reason: 'not-owner',
    });
  });

  it('refuses everyone when Discord names nobody as having run the command', () => {
    const request = resolvePageButton({
      customId: next,
      footer: FOOTER,
      userId: OWNER,
      ownerId: null,
      now: NOW,
    });
    expect(request).toMatchObject({ ok: false, reason: 'not-owner' });
  });

  it('refuses after the expiry time with a clear message, and works just before it', () => {
    const at = (now: Date) =>
      resolvePageButton({ customId: next, footer: FOOTER, userId: OWNER, ownerId: OWNER, now });
    const request = at(new Date(NOW.getTime() + PAGE_TTL_MS + 1));
    expect(request).toMatchObject({ ok: false, reason: 'expired' });
    if (!request.ok) expect(request.message).toMatch(/expired.*Run the command again/);
    expect(at(new Date(NOW.getTime() + PAGE_TTL_MS)).ok).toBe(true);
  });

  it.each([
    [
      'the page ids of the version before',
      `page:${OWNER}:1:${(NOW.getTime() + 60_000).toString(36)}`,
    ],
    ['a foreign custom id', 'something-else'],
  ])('answers %s politely: run the command again', (_what, customId) => {
    expect(press(customId)).toEqual({
      ok: false,
      reason: 'outdated',
      message: PAGE_REFUSALS.outdated,
    });
    expect(PAGE_REFUSALS.outdated).toMatch(/older version.*Run the command again/);
  });

  it.each([
    ['a missing footer', null],
    ['a footer that is not a command line', 'Page 1 of 2 · hello'],
  ])('refuses %s as malformed', (_what, footer) => {
    expect(
      resolvePageButton({ customId: next, footer, userId: OWNER, ownerId: OWNER, now: NOW }),
    ).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('refuses a form submit carrying a turning button id (no such form is ever opened)', () => {
    expect(press(next, { input: '2' })).toMatchObject({ ok: false, reason: 'malformed' });
  });

  describe('a Go to… submit', () => {
    it('asks for the page typed, counted from 1, however far outside the list', () => {
      expect(press(goTo, { input: '3' })).toMatchObject({ ok: true, command: 'quote', page: 2 });
      expect(press(goTo, { input: ' page 2 ' })).toMatchObject({ ok: true, page: 1 });
      expect(press(goTo, { input: '99' })).toMatchObject({ ok: true, page: 98 });
      expect(press(goTo, { input: '0' })).toMatchObject({ ok: true, page: -1 });
    });

    it('asks for the page holding a date, in a list with dates', () => {
      expect(press(goToDates, { input: '2017-03-02' })).toEqual({
        ok: true,
        command: 'quote',
        options: { search: 'honest and correct', speaker: 'Sessions' },
        page: 0,
        pageDate: { from: '2017-03-02', to: '2017-03-02' },
      });
      expect(press(goToDates, { input: 'March 2017' })).toMatchObject({
        pageDate: { from: '2017-03-01', to: '2017-03-31' },
      });
    });

    it('refuses a date in a list without dates, saying what it takes instead', () => {
      const request = press(goTo, { input: '2017-03-02' });
      expect(request).toMatchObject({ ok: false, reason: 'no-dates' });
      if (!request.ok) expect(request.message).toMatch(/page numbers only.*from 1 to 3/);
    });

    it('refuses garbage, quoting it escaped and saying what to type', () => {
      const request = press(goToDates, { input: '**soon** @everyone' });
      expect(request).toMatchObject({ ok: false, reason: 'unreadable' });
      if (request.ok) return;
      expect(request.message).toContain('“\\*\\*soon\\*\\* @\u200beveryone”');
      expect(request.message).toMatch(/page number from 1 to 3, or a date such as 2017-03-02/);
      const pagesOnly = press(goTo, { input: 'soon' });
      if (!pagesOnly.ok) expect(pagesOnly.message).not.toMatch(/date/);
    });
  });
});

describe('pageFromButton (offline, where the custom id names the owner)', () => {
  const next = buttonLabelled(NEXT_LABEL, 0, 3).custom_id;
  const goTo = buttonLabelled(GO_TO_LABEL, 0, 3, true).custom_id;

  it('turns the page for the owner the id names and refuses anyone else', () => {
    expect(pageFromButton(next, FOOTER, OWNER, NOW)).toMatchObject({ ok: true, page: 1 });
    expect(pageFromButton(next, FOOTER, STRANGER, NOW)).toMatchObject({
      ok: false,
      reason: 'not-owner',
    });
  });

  it('presses Go to… with what would be typed into its form', () => {
    expect(pageFromButton(goTo, FOOTER, OWNER, NOW, '2')).toMatchObject({ ok: true, page: 1 });
    expect(pageFromButton(goTo, FOOTER, OWNER, NOW, '2017')).toMatchObject({
      ok: true,
      pageDate: { from: '2017-01-01', to: '2017-12-31' },
    });
  });

  it('has no form to open offline', () => {
    expect(pageFromButton(goTo, FOOTER, OWNER, NOW)).toMatchObject({
      ok: false,
      reason: 'malformed',
    });
  });
});

describe('goToForm', () => {
  it('asks for a page or a date with one short text input, within Discord limits', () => {
    const form = goToForm('pg1:1:d:0:3:abc', { page: 0, pageCount: 3, dates: true });
    expect(form).toEqual({
      custom_id: 'pg1:1:d:0:3:abc',
      title: 'Go to a page or a date',
      components: [
        {
          type: ComponentType.Label,
          label: 'Page number or date, e.g. 3 or 2017-03-02',
          description: 'Page 1 of 3 is showing.',
          component: {
            type: ComponentType.TextInput,
            custom_id: GO_TO_INPUT_ID,
            style: TextInputStyle.Short,
            required: true,
            min_length: 1,
            max_length: 40,
            placeholder: '3 or 2017-03-02',
          },
        },
      ],
    });
    expect(form.title.length).toBeLessThanOrEqual(45);
  });

  it('asks for a page number only in a list without dates', () => {
    const form = goToForm('pg1:1:g:0:3:abc', { page: 2, pageCount: 3, dates: false });
    expect(form.title).toBe('Go to a page');
    expect(form.components[0]).toMatchObject({
      label: 'Page number, e.g. 3',
      description: 'Page 3 of 3 is showing.',
    });
  });
});

describe('pageFooter', () => {
  it('says "Page p of P" only when there is more than one page', () => {
    expect(pageFooter(0, 3, '/who name:x')).toBe('Page 1 of 3 · /who name:x');
    expect(pageFooter(0, 1, '/who name:x')).toBe('/who name:x');
  });
});
