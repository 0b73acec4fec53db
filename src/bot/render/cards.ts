/**
 * Cards for one person or one event: who they are or what happened, then their quotes and
 * events (paged like any list), with the event's sources linked on every page.
 */
import type { APIEmbedField } from 'discord.js';
import { citationOf } from '../../answer/render.js';
import type { EventCard, PersonCard } from '../../answer/types.js';
import type { Quote, Source } from '../../dataset/schema.js';
import type { Reply } from '../command.js';
import { textOf } from '../i18n/index.js';
import { answerField, bulletList, citationText, quoted } from './answers.js';
import { shownOfTotal } from './counts.js';
import { formatDate } from './dates.js';
import { EMBED_LIMITS } from './limits.js';
import { listReply } from './reply.js';
import type { RenderContext } from './results.js';
import { oneLine, safeText } from './text.js';

export function renderPersonCard(card: PersonCard, context: RenderContext): Reply {
  const { person } = card;
  const { locale } = context;
  const text = textOf(locale).cards;
  const roles = person.roles.map((role) => (role.former ? text.former(role.title) : role.title));
  const aliases = person.aliases.filter((alias) => alias !== person.name);
  const lines = [
    roles.length === 0 ? null : text.roles(safeText(roles.join('; '), 1000)),
    aliases.length === 0 ? null : text.aliases(safeText(aliases.join(', '), 1000)),
    shownLine(card, locale),
  ];
  const entries = [
    ...card.quotes.map((answer, i) => answerField(answer, text.quoteNumber(i + 1), locale)),
    ...card.events.map((answer, i) => answerField(answer, text.eventNumber(i + 1), locale)),
  ];
  return listReply(
    {
      title: person.name,
      description: lines.filter((line) => line !== null).join('\n'),
      entries,
      commandLine: context.commandLine,
    },
    context,
  );
}

/** "**Shown:** latest 10 of 34 quotes, then 5 events, each newest first." */
function shownLine({ quotes, events, totals }: PersonCard, locale: string | undefined): string {
  const { cards, nouns } = textOf(locale);
  const shown = (count: number, total: number, noun: typeof nouns.quote): string | null =>
    total === 0 ? null : shownOfTotal(count, total, noun, 'latest', locale);
  const parts = [
    shown(quotes.length, totals.quotes, nouns.quote),
    shown(events.length, totals.events, nouns.event),
  ].filter((part) => part !== null);
  if (parts.length === 0) return cards.shownNothing;
  return cards.shown(parts.join(cards.then), parts.length > 1);
}

export function renderEventCard(card: EventCard, context: RenderContext): Reply {
  const { event } = card;
  const { locale } = context;
  const strings = textOf(locale);
  const text = strings.cards;
  const sourceById = new Map(card.sources.map((source) => [source.id, source]));
  const title = event.title.length > 0 ? event.title : event.summary;
  const summary =
    event.summary.length > 0 && event.summary !== event.title
      ? `${safeText(oneLine(event.summary), 3000)}\n\n`
      : '';
  const people =
    card.people.length === 0 ? text.noPeople : card.people.map((person) => person.name).join(', ');
  const description = [
    `${summary}${text.date(formatDate(event.date, locale))}`,
    text.people(safeText(people, 500)),
    card.quotes.length === 0 ? null : text.quoteCount(card.quotes.length),
  ]
    .filter((line) => line !== null)
    .join('\n');
  const firstUrl = card.sources.map((source) => citationOf(source)?.url ?? null).find(Boolean);
  return listReply(
    {
      title,
      url: firstUrl ?? null,
      description,
      entries: card.quotes.map((quote, i) =>
        quoteField(quote, sourceById.get(quote.sourceId), `${i + 1}.`, locale),
      ),
      extraFields: card.sources.length === 0 ? [] : [sourcesField(card.sources, locale)],
      commandLine: context.commandLine,
    },
    context,
  );
}

function quoteField(
  quote: Quote,
  source: Source | undefined,
  prefix: string,
  locale: string | undefined,
): APIEmbedField {
  const text = textOf(locale).answers;
  const speaker = quote.speaker?.name ?? text.unknownSpeaker;
  const name = safeText(
    oneLine(`${prefix} ${formatDate(quote.when.date, locale)} · ${speaker}`),
    EMBED_LIMITS.fieldName,
  );
  const citation = citationOf(source);
  const from =
    citation === null ? '' : `\n${text.source}: ${citationText(citation, quote.when.date, locale)}`;
  const words = quoted(quote.text, EMBED_LIMITS.fieldValue - from.length, locale);
  return { name, value: `${words}${from}` };
}

/** Every source of the event as a link with its date, as many as fit in one field. */
function sourcesField(sources: readonly Source[], locale: string | undefined): APIEmbedField {
  const text = textOf(locale).cards;
  const lines = sources.map((source) => {
    const citation = citationOf(source);
    const label =
      citation === null ? safeText(source.id, 100) : citationText(citation, null, locale);
    return source.kind === 'tweet' && source.duplicateOf !== null ? text.repeat(label) : label;
  });
  return {
    name: text.sources(sources.length),
    value: bulletList(lines, EMBED_LIMITS.fieldValue, locale),
  };
}
