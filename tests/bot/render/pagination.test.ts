import { ButtonStyle, ComponentType, type APIButtonComponentWithCustomId } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  NEXT_LABEL,
  PAGE_REFUSALS,
  PAGE_TTL_MS,
  PREVIOUS_LABEL,
  decodePageButton,
  encodePageButton,
  pageControls,
  pageFooter,
  pageFromButton,
  resolvePageButton,
} from '../../../src/bot/render/pagination.js';

const OWNER = '812345678901234567';
const NOW = new Date('2024-05-01T12:00:00Z');
const FOOTER = 'Page 1/3 · /quote search:"honest and correct" speaker:Sessions';

function buttons(page: number, pageCount: number): APIButtonComponentWithCustomId[] {
  return pageControls({ ownerId: OWNER, page, pageCount, now: NOW }).flatMap(
    (row) => row.components as APIButtonComponentWithCustomId[],
  );
}

describe('page button custom ids', () => {
  it('round-trip owner, page and expiry within 100 characters', () => {
    const button = { ownerId: OWNER, page: 12, expiresAt: NOW.getTime() + PAGE_TTL_MS };
    const id = encodePageButton(button);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodePageButton(id)).toEqual(button);
  });

  it.each(['', 'page', 'page:1:2', 'other:1:2:3', `page:${OWNER}:x:abc`, `page:${OWNER}:1:ABC`])(
    'decode %j as null',
    (id) => {
      expect(decodePageButton(id)).toBeNull();
    },
  );
});

describe('pageControls', () => {
  it('shows no buttons for a single page', () => {
    expect(pageControls({ ownerId: OWNER, page: 0, pageCount: 1, now: NOW })).toEqual([]);
  });

  it('disables Previous on the first page and leads Next to the second', () => {
    const [previous, next] = buttons(0, 3);
    expect(previous).toMatchObject({
      type: ComponentType.Button,
      label: PREVIOUS_LABEL,
      disabled: true,
    });
    expect(next).toMatchObject({
      style: ButtonStyle.Secondary,
      label: NEXT_LABEL,
      disabled: false,
    });
    expect(decodePageButton(next?.custom_id ?? '')).toEqual({
      ownerId: OWNER,
      page: 1,
      expiresAt: NOW.getTime() + PAGE_TTL_MS,
    });
  });

  it('gives the two buttons different custom ids on every page, as Discord requires', () => {
    for (let page = 0; page < 4; page++) {
      const [previous, next] = buttons(page, 4);
      expect(previous?.custom_id).not.toBe(next?.custom_id);
    }
  });

  it('disables Next on the last page', () => {
    const [previous, next] = buttons(2, 3);
    expect(decodePageButton(previous?.custom_id ?? '')?.page).toBe(1);
    expect(next?.disabled).toBe(true);
  });
});

describe('pageFromButton', () => {
  const next = buttons(0, 3)[1]?.custom_id ?? '';

  it('gives the command, its options and the new page for the owner within the time', () => {
    expect(pageFromButton(next, FOOTER, OWNER, NOW)).toEqual({
      ok: true,
      command: 'quote',
      options: { search: 'honest and correct', speaker: 'Sessions' },
      page: 1,
    });
  });

  it('reads the command line from a footer without a page prefix too', () => {
    const request = pageFromButton(next, '/who name:sessions', OWNER, NOW);
    expect(request).toMatchObject({ ok: true, command: 'who', options: { name: 'sessions' } });
  });

  it('refuses someone else, saying only the asker can turn pages', () => {
    expect(pageFromButton(next, FOOTER, '899999999999999999', NOW)).toEqual({
      ok: false,
      reason: 'not-owner',
      message: PAGE_REFUSALS['not-owner'],
    });
  });

  it('refuses after the expiry time with a clear message', () => {
    const later = new Date(NOW.getTime() + PAGE_TTL_MS + 1);
    const request = pageFromButton(next, FOOTER, OWNER, later);
    expect(request).toMatchObject({ ok: false, reason: 'expired' });
    if (!request.ok) expect(request.message).toMatch(/expired.*Run the command again/);
  });

  it('still works just before expiry, as after a restart (nothing but the message is needed)', () => {
    const almost = new Date(NOW.getTime() + PAGE_TTL_MS);
    expect(pageFromButton(next, FOOTER, OWNER, almost).ok).toBe(true);
  });

  it.each([
    ['a foreign custom id', 'something-else', FOOTER],
    ['a missing footer', next, null],
    ['a footer that is not a command line', next, 'Page 1/2 · hello'],
  ])('refuses %s as malformed', (_what, customId, footer) => {
    expect(pageFromButton(customId, footer, OWNER, NOW)).toMatchObject({
      ok: false,
      reason: 'malformed',
    });
  });

  it('is offered to the router with its press-object shape', () => {
    expect(
      resolvePageButton({
        customId: next,
        footer: FOOTER,
        userId: OWNER,
        ownerId: OWNER,
        now: NOW,
      }),
    ).toEqual(pageFromButton(next, FOOTER, OWNER, NOW));
  });
});

describe('resolvePageButton (a press on Discord)', () => {
  const STRANGER = '899999999999999999';
  const press = (customId: string, userId: string, ownerId: string | null) =>
    resolvePageButton({ customId, footer: FOOTER, userId, ownerId, now: NOW });

  it("takes the owner from Discord's report, not from a custom id naming the presser", () => {
    const forged = encodePageButton({
      ownerId: STRANGER,
      page: 1,
      expiresAt: NOW.getTime() + PAGE_TTL_MS,
    });
    expect(press(forged, STRANGER, OWNER)).toMatchObject({ ok: false, reason: 'not-owner' });
    expect(press(forged, OWNER, OWNER)).toMatchObject({ ok: true, page: 1 });
  });

  it('refuses everyone when Discord names nobody as having run the command', () => {
    const next = buttons(0, 3)[1]?.custom_id ?? '';
    expect(press(next, OWNER, null)).toMatchObject({ ok: false, reason: 'not-owner' });
  });
});

describe('pageFooter', () => {
  it('prefixes the page only when there is more than one', () => {
    expect(pageFooter(0, 3, '/who name:x')).toBe('Page 1/3 · /who name:x');
    expect(pageFooter(0, 1, '/who name:x')).toBe('/who name:x');
  });
});
