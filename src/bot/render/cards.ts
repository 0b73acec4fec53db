/**
 * Cards for one person or one event: who they are or what happened, then their quotes and
 * events (paged like any list), with the event's sources linked on every page.
 */
import type { APIEmbedField } from 'discord.js';
import { citationOf } from '../../answer/render.js';
import type { EventCard, PersonCard } from '../../answer/types.js';
import type { Quote, Source } from '../../dataset/schema.js';
import type { Reply } from '../command.js';
import { answerField, bulletList, citationText, quoted } from './answers.js';
import { shownOfTotal } from './counts.js';
import { formatDate } from './dates.js';
import { EMBED_LIMITS } from './limits.js';
import { listReply } from './reply.js';
import type { RenderContext } from './results.js';
import { oneLine, safeText } from './text.js';

export function renderPersonCard(card: PersonCard, context: RenderContext): Reply {
  const { person } = card;
  const roles = person.roles.map((role) => (role.former ? `former ${role.title}` : role.title));
  const aliases = person.aliases.filter((alias) => alias !== person.name);
  const lines = [
    roles.length === 0 ? null : `**Roles:** ${safeText(roles.join('; '), 1000)}`,
    aliases.length === 0 ? null : `**Also called:** ${safeText(aliases.join(', '), 1000)}`,
    shownLine(card),
  ];
  const entries = [
    ...card.quotes.map((answer, i) => answerField(answer, `Quote ${i + 1} ·`)),
    ...card.events.map((answer, i) => answerField(answer, `Event ${i + 1} ·`)),
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

const QUOTES = { one: 'quote', many: 'quotes' } as const;
const EVENTS = { one: 'event', many: 'events' } as const;

/** "**Shown:** latest 10 of 34 quotes, then 5 events, each newest first." */
function shownLine({ quotes, events, totals }: PersonCard): string {
  const parts = [
    totals.quotes === 0 ? null : shownOfTotal(quotes.length, totals.quotes, QUOTES, 'latest'),
    totals.events === 0 ? null : shownOfTotal(events.length, totals.events, EVENTS, 'latest'),
  ].filter((part) => part !== null);
  if (parts.length === 0) return '**Shown:** no quotes or events.';
  return `**Shown:** ${parts.join(', then ')}, ${parts.length > 1 ? 'each ' : ''}newest first.`;
}

export function renderEventCard(card: EventCard, context: RenderContext): Reply {
  const { event } = card;
  const sourceById = new Map(card.sources.map((source) => [source.id, source]));
  const title = event.title.length > 0 ? event.title : event.summary;
  const summary =
    event.summary.length > 0 && event.summary !== event.title
      ? `${safeText(oneLine(event.summary), 3000)}\n\n`
      : '';
  const people =
    card.people.length === 0 ? 'none named' : card.people.map((person) => person.name).join(', ');
  const description = [
    `${summary}**Date:** ${formatDate(event.date)}`,
    `**People:** ${safeText(people, 500)}`,
    card.quotes.length === 0 ? null : `**Quotes:** ${card.quotes.length}`,
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
        quoteField(quote, sourceById.get(quote.sourceId), `${i + 1}.`),
      ),
      extraFields: card.sources.length === 0 ? [] : [sourcesField(card.sources)],
      commandLine: context.commandLine,
    },
    context,
  );
}

function quoteField(quote: Quote, source: Source | undefined, prefix: string): APIEmbedField {
  const speaker = quote.speaker?.name ?? 'Unknown speaker';
  const name = safeText(
    oneLine(`${prefix} ${formatDate(quote.when.date)} · ${speaker}`),
    EMBED_LIMITS.fieldName,
  );
  const citation = citationOf(source);
  const from = citation === null ? '' : `\nSource: ${citationText(citation, quote.when.date)}`;
  return { name, value: `${quoted(quote.text, EMBED_LIMITS.fieldValue - from.length)}${from}` };
}

/** Every source of the event as a link with its date, as many as fit in one field. */
function sourcesField(sources: readonly Source[]): APIEmbedField {
  const lines = sources.map((source) => {
    const citation = citationOf(source);
    const label = citation === null ? safeText(source.id, 100) : citationText(citation);
    return source.kind === 'tweet' && source.duplicateOf !== null ? `${label} (repeat)` : label;
  });
  return { name: `Sources (${sources.length})`, value: bulletList(lines, EMBED_LIMITS.fieldValue) };
}
