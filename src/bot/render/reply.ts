/**
 * The two shapes every reply takes: a paged list of entries (answers, quotes, events) and a
 * notice (no answer, a problem with the input). Both end in `fitEmbed`, so no reply can break
 * Discord's limits.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Reply } from '../command.js';
import { textOf } from '../i18n/index.js';
import { suggestionList } from './answers.js';
import { EMBED_LIMITS, fitEmbed } from './limits.js';
import { choosePage, type DaySpan } from './page-jump.js';
import { PAGE_SIZE, pageControls, pageFooter } from './pagination.js';
import { oneLine, safeText, safeUrl } from './text.js';

export const COLORS = {
  answer: 0x5865f2,
  none: 0x99aab5,
  exact: 0x57f287,
  paraphrase: 0xfee75c,
  notFound: 0xed4245,
} as const;

export interface ReplyContext {
  userId: string;
  /** Zero-based; clamped to the pages there are, with a note when it lies outside them. */
  page: number;
  /** Show the page holding this date instead, in a list whose entries have dates (Go to…). */
  pageDate?: DaySpan | undefined;
  now: Date;
  /** The asker's Discord locale: page buttons, counts and notes follow it. */
  locale?: string | undefined;
}

export interface ListView {
  /** Plain text (escaped here). */
  title: string;
  /** Markdown, already escaped by the caller. */
  description: string;
  /** Every entry across all pages, in order. */
  entries: APIEmbedField[];
  /**
   * Each entry's date (YYYY, YYYY-MM or YYYY-MM-DD, or null), for lists people can jump through
   * by date (a timeline, a date's events): their Go to… takes a date too.
   */
  entryDates?: readonly (string | null)[];
  /** Shown after the entries on every page (e.g. an event's sources). */
  extraFields?: APIEmbedField[];
  color?: number;
  url?: string | null;
  /** The command line that produces this list, for the footer and the page buttons. */
  commandLine: string;
}

/** A list reply showing one page of entries, with page controls when there are more. */
export function listReply(view: ListView, context: ReplyContext): Reply {
  const pageCount = Math.max(1, Math.ceil(view.entries.length / PAGE_SIZE));
  const dates = view.entryDates?.some((date) => date !== null) === true;
  const { page, note } = choosePage({
    page: context.page,
    date: context.pageDate,
    pageCount,
    pageSize: PAGE_SIZE,
    entryDates: dates ? view.entryDates : undefined,
    locale: context.locale,
  });
  const footer = pageFooter(page, pageCount, view.commandLine, context.locale);
  // A footer that cannot hold the whole command line could not be re-run: show one page only.
  const paged = pageCount > 1 && footer.length <= EMBED_LIMITS.footer;
  const shown = paged ? page : 0;
  const embed: APIEmbed = {
    title: safeText(oneLine(view.title), EMBED_LIMITS.title),
    description: view.description,
    color: view.color ?? COLORS.answer,
    fields: [
      ...view.entries.slice(shown * PAGE_SIZE, (shown + 1) * PAGE_SIZE),
      ...(view.extraFields ?? []),
    ],
    footer: { text: paged ? footer : view.commandLine },
  };
  const url = safeUrl(view.url);
  if (url !== null) embed.url = url;
  return {
    ...(paged && note !== null ? { content: note } : {}),
    embeds: [fitEmbed(embed)],
    components: paged
      ? pageControls({
          ownerId: context.userId,
          page,
          pageCount,
          now: context.now,
          dates,
          locale: context.locale,
        })
      : [],
  };
}

export interface NoticeView {
  /** Plain text (escaped here). */
  title: string;
  /** Markdown, already escaped by the caller. */
  message: string;
  /** Plain text from the core (escaped here), offered as things to try. */
  suggestions?: readonly string[];
  color?: number;
  commandLine?: string;
  /** The asker's Discord locale, for the words around the message. */
  locale?: string | undefined;
}

/**
 * A reply saying plainly what happened, with the core's suggestions when it has any. A notice
 * means nothing was found or the input could not be read, so it is for the asker alone.
 */
export function noticeReply(view: NoticeView): Reply {
  const suggestions = view.suggestions ?? [];
  const heading = `\n\n**${textOf(view.locale).tryHeading}**\n`;
  const room = EMBED_LIMITS.description - view.message.length - heading.length;
  const description =
    suggestions.length === 0
      ? view.message
      : `${view.message}${heading}${suggestionList(suggestions, Math.max(0, room), view.locale)}`;
  const embed: APIEmbed = {
    title: safeText(oneLine(view.title), EMBED_LIMITS.title),
    description,
    color: view.color ?? COLORS.none,
  };
  if (view.commandLine !== undefined) embed.footer = { text: view.commandLine };
  return { embeds: [fitEmbed(embed)], components: [], onlyForAsker: true };
}
