/**
 * Page controls that survive a restart: First, Previous, Next, Last, and Go to… (a form taking a
 * page number or, in lists with dates, a date). A button's custom id holds what it does and when
 * it stops working; the embed footer holds the command line that produced the list
 * (`Page 2 of 3 · /ask question:…`); the command simply runs again for the new page. Who may
 * press is whoever Discord says ran the command: a client can send any custom id, so the owner
 * written in it only serves where there is no Discord to ask (the offline console).
 *
 * Custom ids are versioned (`pg1:`). An id this version cannot read, such as the `page:` ids of
 * the version before, is answered with a request to run the command again, never with an error.
 */
import { ButtonStyle, ComponentType, TextInputStyle } from 'discord.js';
import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIComponentInMessageActionRow,
  APIModalInteractionResponseCallbackData,
} from 'discord.js';
import { parseCommandLine } from '../command-line.js';
import { textOf } from '../i18n/index.js';
import { quoted } from './answers.js';
import { pageOfPages } from './counts.js';
import { readPageTarget, type DaySpan } from './page-jump.js';

/** Results per page in list replies. */
export const PAGE_SIZE = 5;
/** How long page buttons keep working after the page they sit on was shown. */
export const PAGE_TTL_MS = 15 * 60_000;
/** The custom id of the Go to… form's one text input. */
export const GO_TO_INPUT_ID = 'target';

/** The English words of the page controls; replies use the asker's language (i18n/). */
export const PAGE_TEXT = textOf(undefined).pages;

export const FIRST_LABEL = PAGE_TEXT.first;
export const PREVIOUS_LABEL = PAGE_TEXT.previous;
export const NEXT_LABEL = PAGE_TEXT.next;
export const LAST_LABEL = PAGE_TEXT.last;
export const GO_TO_LABEL = PAGE_TEXT.goTo;

export type PageAction = 'first' | 'previous' | 'next' | 'last' | 'go-to';

export interface PageButton {
  /** The user it was made for (trusted only offline: see the module comment). */
  ownerId: string;
  action: PageAction;
  /** Zero-based: the page a turning button leads to; the page shown, for Go to…. */
  page: number;
  /** How many pages the list had when the button was made. */
  pageCount: number;
  /** Go to… only: whether the list's entries have dates to jump to. */
  dates: boolean;
  /** Milliseconds since the epoch after which the button is refused. */
  expiresAt: number;
}

const VERSION = 'pg1';
const ACTION_CODES: Record<Exclude<PageAction, 'go-to'>, string> = {
  first: 'f',
  previous: 'p',
  next: 'n',
  last: 'l',
};
/** Go to… is `g` in a list of pages only, `d` in one with dates. */
const GO_TO_CODES = { pages: 'g', dates: 'd' } as const;
const CUSTOM_ID = /^pg1:([\w-]{1,32}):([fpnlgd]):(\d{1,4}):(\d{1,4}):([0-9a-z]{1,11})$/;
const MAX_PAGE = 9999;

/**
 * `pg1:<owner>:<action>:<page>:<page count>:<expiry in base 36>`: at most 60 characters, well
 * under Discord's 100. The action letter keeps the ids of one row apart (First and Previous can
 * lead to the same page), as Discord requires.
 */
export function encodePageButton(button: PageButton): string {
  if (!/^[\w-]{1,32}$/.test(button.ownerId)) {
    throw new Error(`page button owner must be an id of 1 to 32 word characters`);
  }
  const page = Math.min(MAX_PAGE, Math.max(0, Math.floor(button.page)));
  const pageCount = Math.min(MAX_PAGE, Math.max(0, Math.floor(button.pageCount)));
  const expiresAt = Math.max(0, Math.floor(button.expiresAt));
  const action =
    button.action === 'go-to'
      ? GO_TO_CODES[button.dates ? 'dates' : 'pages']
      : ACTION_CODES[button.action];
  return `${VERSION}:${button.ownerId}:${action}:${page}:${pageCount}:${expiresAt.toString(36)}`;
}

export function decodePageButton(customId: string): PageButton | null {
  const match = CUSTOM_ID.exec(customId);
  if (match === null) return null;
  const [, ownerId, code, page, pageCount, expiresAt] = match;
  if (ownerId === undefined || code === undefined || page === undefined) return null;
  const turn = Object.entries(ACTION_CODES).find(([, letter]) => letter === code)?.[0];
  return {
    ownerId,
    action: (turn as PageAction | undefined) ?? 'go-to',
    page: Number(page),
    pageCount: Number(pageCount),
    dates: code === GO_TO_CODES.dates,
    expiresAt: parseInt(expiresAt ?? '', 36),
  };
}

/**
 * The footer of a list reply: "Page 2 of 3 · /ask question:…", or just the command line. The
 * command line stays as the bot reads it back (English names) in every language.
 */
export function pageFooter(
  page: number,
  pageCount: number,
  commandLine: string,
  locale?: string,
): string {
  return pageCount > 1 ? `${pageOfPages(page, pageCount, locale)} · ${commandLine}` : commandLine;
}

/** The command line in a footer, whatever words stand before it. */
function commandLineIn(footer: string): string | null {
  if (footer.startsWith('/')) return footer;
  const start = footer.indexOf(' · /');
  return start < 0 ? null : footer.slice(start + ' · '.length);
}

export type PageRefusal =
  | 'not-owner'
  | 'expired'
  | 'malformed'
  | 'outdated'
  /** Go to… was given something that is neither a page number nor a date. */
  | 'unreadable'
  /** Go to… was given a date in a list without dates. */
  | 'no-dates';

/** Run the command again and show this page. */
export interface PageTurn {
  ok: true;
  command: string;
  options: Record<string, string>;
  /** Zero-based; may lie outside the list (typed into Go to…): the list clamps it. */
  page: number;
  /** Show the page holding this date instead (Go to… in a list with dates). */
  pageDate?: DaySpan;
}

/** Open the Go to… form. */
export interface PageForm {
  ok: true;
  command: string;
  form: APIModalInteractionResponseCallbackData;
}

export interface PageRefused {
  ok: false;
  reason: PageRefusal;
  message: string;
}

export type PageRequest = PageTurn | PageForm | PageRefused;

/** The fixed refusals, each with the message shown to the presser (in English here). */
export const PAGE_REFUSALS = PAGE_TEXT.refusals;

function refuse(reason: keyof typeof PAGE_REFUSALS, locale?: string): PageRefused {
  return { ok: false, reason, message: textOf(locale).pages.refusals[reason] };
}

/** A press on a page button, or the submit of the Go to… form it opened (`input` set). */
export interface PagePress {
  customId: string;
  /** The footer text of the message's first embed, where the command line is kept. */
  footer: string | null;
  /** Who pressed. */
  userId: string;
  /** Who Discord says ran the command the message answers; null if it names nobody. */
  ownerId: string | null;
  now: Date;
  /** What was typed into the Go to… form, when this is its submit. */
  input?: string | undefined;
  /** The presser's Discord locale: refusals and the form are in their language. */
  locale?: string | undefined;
}

/**
 * A press on Discord: only `ownerId`, who Discord says ran the command, may turn the pages,
 * whatever owner the custom id names. Gives the command and options to run again with the page
 * (or date) to show, the Go to… form to open, or why the press is refused, with the message to
 * show the presser.
 */
export function resolvePageButton(press: PagePress): PageRequest {
  const { locale } = press;
  const text = textOf(locale).pages;
  const button = decodePageButton(press.customId);
  if (button === null) return refuse('outdated', locale);
  if (press.ownerId === null || press.ownerId !== press.userId) return refuse('not-owner', locale);
  if (press.now.getTime() > button.expiresAt) return refuse('expired', locale);
  const line = parseCommandLine(commandLineIn(press.footer ?? '') ?? '');
  if (!line.ok) return refuse('malformed', locale);
  const { name: command, options } = line;
  if (button.action !== 'go-to') {
    // A form is only ever opened by Go to…: a submit naming another button was not made here.
    if (press.input !== undefined) return refuse('malformed', locale);
    return { ok: true, command, options, page: button.page };
  }
  if (press.input === undefined)
    return { ok: true, command, form: goToForm(press.customId, button, locale) };
  const target = readPageTarget(press.input, press.now);
  if (target.kind === 'page') return { ok: true, command, options, page: target.page };
  if (target.kind === 'date' && button.dates) {
    return { ok: true, command, options, page: button.page, pageDate: target.range };
  }
  if (target.kind === 'date') {
    return { ok: false, reason: 'no-dates', message: text.noDates(button.pageCount) };
  }
  const typed = quoted(press.input, 60, locale);
  return {
    ok: false,
    reason: 'unreadable',
    message: text.unreadable(typed, button.dates, button.pageCount),
  };
}

/**
 * A press where no Discord reports who ran the command (the offline console, where no one else
 * can press): the owner the custom id names is trusted. There is no form to open offline: Go to…
 * is pressed with what would be typed into it (`input`).
 */
export function pageFromButton(
  customId: string,
  footer: string | null,
  clickerId: string,
  now: Date,
  input?: string,
  locale?: string,
): PageTurn | PageRefused {
  const ownerId = decodePageButton(customId)?.ownerId ?? null;
  const request = resolvePageButton({
    customId,
    footer,
    userId: clickerId,
    ownerId,
    now,
    input,
    locale,
  });
  return 'form' in request ? refuse('malformed', locale) : request;
}

/**
 * The Go to… form: one text input for a page number, or a date in a list with dates. Its custom
 * id is the button's own, so the submit carries the same state back.
 */
export function goToForm(
  customId: string,
  button: Pick<PageButton, 'page' | 'pageCount' | 'dates'>,
  locale?: string,
): APIModalInteractionResponseCallbackData {
  const kind = button.dates ? 'dates' : 'pages';
  const text = textOf(locale).pages;
  return {
    custom_id: customId,
    title: text.formTitle[kind],
    components: [
      {
        type: ComponentType.Label,
        label: text.inputLabel[kind],
        description: text.inputHint(pageOfPages(button.page, button.pageCount, locale)),
        component: {
          type: ComponentType.TextInput,
          custom_id: GO_TO_INPUT_ID,
          style: TextInputStyle.Short,
          required: true,
          min_length: 1,
          max_length: 40,
          placeholder: text.inputPlaceholder[kind],
        },
      },
    ],
  };
}

/**
 * First, Previous, Next, Last and Go to… for page `page` of `pageCount` (none for a single page).
 * A button that leads nowhere is disabled and points at the current page. `dates` says whether
 * Go to… may take a date (the list's entries have dates).
 */
export function pageControls(options: {
  ownerId: string;
  page: number;
  pageCount: number;
  now: Date;
  dates?: boolean;
  /** The asker's Discord locale, for the buttons' labels. */
  locale?: string | undefined;
}): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const { ownerId, page, pageCount } = options;
  const text = textOf(options.locale).pages;
  if (pageCount <= 1) return [];
  const expiresAt = options.now.getTime() + PAGE_TTL_MS;
  const last = pageCount - 1;
  const button = (
    action: PageAction,
    label: string,
    target: number,
    enabled: boolean,
  ): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: encodePageButton({
      ownerId,
      action,
      page: enabled ? target : page,
      pageCount,
      dates: options.dates === true,
      expiresAt,
    }),
    disabled: !enabled,
  });
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        button('first', text.first, 0, page > 0),
        button('previous', text.previous, page - 1, page > 0),
        button('next', text.next, page + 1, page < last),
        button('last', text.last, last, page < last),
        button('go-to', text.goTo, page, true),
      ],
    },
  ];
}
