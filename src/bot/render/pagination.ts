/**
 * Page buttons that survive a restart. The button's custom id holds the page it leads to and when
 * it stops working; the embed footer holds the command line that produced the results
 * (`Page 2/3 · /ask question:…`); the command simply runs again for the new page. Who may press
 * is whoever Discord says ran the command: a client can send any custom id, so the owner written
 * in it only serves where there is no Discord to ask (the offline console).
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent } from 'discord.js';
import type { APIButtonComponentWithCustomId, APIComponentInMessageActionRow } from 'discord.js';
import { parseCommandLine } from '../command-line.js';

/** Results per page in list replies. */
export const PAGE_SIZE = 5;
/** How long page buttons keep working after the page they sit on was shown. */
export const PAGE_TTL_MS = 15 * 60_000;

export interface PageButton {
  /** The user it was made for (trusted only offline: see the module comment). */
  ownerId: string;
  /** Zero-based page the button leads to. */
  page: number;
  /** Milliseconds since the epoch after which the button is refused. */
  expiresAt: number;
}

const PREFIX = 'page';
const CUSTOM_ID = /^page:([\w-]{1,32}):(\d{1,4}):([0-9a-z]{1,11})$/;

/** `page:<owner>:<page>:<expiry in base 36>`, well under Discord's 100 characters. */
export function encodePageButton(button: PageButton): string {
  if (!/^[\w-]{1,32}$/.test(button.ownerId)) {
    throw new Error(`page button owner must be an id of 1 to 32 word characters`);
  }
  const page = Math.max(0, Math.floor(button.page));
  const expiresAt = Math.max(0, Math.floor(button.expiresAt));
  return `${PREFIX}:${button.ownerId}:${page}:${expiresAt.toString(36)}`;
}

export function decodePageButton(customId: string): PageButton | null {
  const match = CUSTOM_ID.exec(customId);
  if (match === null) return null;
  const [, ownerId, page, expiresAt] = match;
  if (ownerId === undefined || page === undefined || expiresAt === undefined) return null;
  return { ownerId, page: Number(page), expiresAt: parseInt(expiresAt, 36) };
}

const PAGE_PREFIX = /^Page (\d+)\/(\d+) · /;

/** The footer of a list reply: "Page 2/3 · /ask question:…", or just the command line. */
export function pageFooter(page: number, pageCount: number, commandLine: string): string {
  return pageCount > 1 ? `Page ${page + 1}/${pageCount} · ${commandLine}` : commandLine;
}

export type PageRefusal = 'not-owner' | 'expired' | 'malformed';

export type PageRequest =
  | { ok: true; command: string; options: Record<string, string>; page: number }
  | { ok: false; reason: PageRefusal; message: string };

export const PAGE_REFUSALS: Record<PageRefusal, string> = {
  'not-owner':
    'Only the person who ran this command can turn its pages. Run it yourself to browse.',
  expired: 'These page buttons have expired. Run the command again to see more.',
  malformed: 'This button no longer works. Run the command again.',
};

function refuse(reason: PageRefusal): PageRequest {
  return { ok: false, reason, message: PAGE_REFUSALS[reason] };
}

/**
 * What a page-button press asks for, when the custom id's owner can be trusted (offline, where no
 * one else can press): the command and options to run again and the page to show, or why it is
 * refused, with the message to show the presser.
 */
export function pageFromButton(
  customId: string,
  footer: string | null,
  clickerId: string,
  now: Date,
): PageRequest {
  const button = decodePageButton(customId);
  if (button === null) return refuse('malformed');
  return pageRequest(button, footer, clickerId, button.ownerId, now);
}

/**
 * A press on Discord: `ownerId` is who Discord says ran the command the message answers (null if
 * it names nobody), and only they may turn the pages, whatever owner the custom id names.
 */
export function resolvePageButton(press: {
  customId: string;
  footer: string | null;
  userId: string;
  ownerId: string | null;
  now: Date;
}): PageRequest {
  const button = decodePageButton(press.customId);
  if (button === null) return refuse('malformed');
  return pageRequest(button, press.footer, press.userId, press.ownerId, press.now);
}

function pageRequest(
  button: PageButton,
  footer: string | null,
  clickerId: string,
  ownerId: string | null,
  now: Date,
): PageRequest {
  if (ownerId === null || ownerId !== clickerId) return refuse('not-owner');
  if (now.getTime() > button.expiresAt) return refuse('expired');
  if (footer === null) return refuse('malformed');
  const line = parseCommandLine(footer.replace(PAGE_PREFIX, ''));
  if (!line.ok) return refuse('malformed');
  return { ok: true, command: line.name, options: line.options, page: button.page };
}

export const PREVIOUS_LABEL = '◀ Previous';
export const NEXT_LABEL = 'Next ▶';

/**
 * Previous / Next for page `page` of `pageCount` (none for a single page). A button that leads
 * nowhere is disabled and points at the current page, so the two ids always differ.
 */
export function pageControls(options: {
  ownerId: string;
  page: number;
  pageCount: number;
  now: Date;
}): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const { ownerId, page, pageCount } = options;
  if (pageCount <= 1) return [];
  const expiresAt = options.now.getTime() + PAGE_TTL_MS;
  const button = (
    label: string,
    target: number,
    enabled: boolean,
  ): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: encodePageButton({ ownerId, page: enabled ? target : page, expiresAt }),
    disabled: !enabled,
  });
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        button(PREVIOUS_LABEL, page - 1, page > 0),
        button(NEXT_LABEL, page + 1, page < pageCount - 1),
      ],
    },
  ];
}
