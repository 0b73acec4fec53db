/**
 * A person's or an event's card (what the `/who` and `/event` commands show), and the
 * autocomplete suggestions that lead to them.
 */
import { hasWords, sanitizeQuestion } from '../question/sanitize.js';
import { DocKind } from '../search/dataset-index.js';
import { buildQuery } from '../search/query.js';
import { at, type AnswerContext } from './context.js';
import { latestFirst } from './latest.js';
import { resolvePerson } from './people-in-text.js';
import {
  eventAnswer,
  eventsLatestFirst,
  eventText,
  personLabel,
  quoteAnswer,
  truncate,
} from './render.js';
import { searchHits } from './retrieve.js';
import type { EventCard, EventSuggestion, PersonCard, PersonSuggestion } from './types.js';

/** Quotes and events a person card lists, each latest first. */
const CARD_ENTRIES = 10;
/** Discord offers at most 25 autocomplete choices: the default and the cap of both lists. */
export const AUTOCOMPLETE_CHOICES = 25;
/** Discord's limit on an autocomplete choice's name. */
const LABEL_MAX = 100;

/** A person's latest quotes and events, at most `limit` of each. */
export function cardOf(ctx: AnswerContext, index: number, limit: number): PersonCard {
  const person = at(ctx.dataset.people, index);
  const spoken = ctx.quotesBySpeaker.get(index) ?? [];
  const allQuotes = latestFirst(
    spoken,
    () => spoken.map((i) => at(ctx.dataset.quotes, i)),
    (quote) => quote.when.date,
  );
  const allEvents = eventsLatestFirst(person, ctx.lookup);
  return {
    person,
    quotes: allQuotes.slice(0, limit).map((quote) => quoteAnswer(quote, ctx.lookup, 1)),
    events: allEvents.slice(0, limit).map((event) => eventAnswer(event, ctx.lookup, 1)),
    totals: { quotes: allQuotes.length, events: allEvents.length },
  };
}

/** By person id, or the best fuzzy match of a name. */
export function personCard(ctx: AnswerContext, idOrName: string): PersonCard | null {
  const byId = ctx.personById.get(idOrName);
  const index = byId ?? resolvePerson(ctx, idOrName)?.index;
  return index === undefined ? null : cardOf(ctx, index, CARD_ENTRIES);
}

/** By event id, or the best match of a query. */
export function eventCard(ctx: AnswerContext, idOrQuery: string): EventCard | null {
  const { dataset } = ctx;
  let position = ctx.eventPosition.get(idOrQuery);
  if (position === undefined) {
    const hit = searchHits(ctx, sanitizeQuestion(idOrQuery), 1, [DocKind.event], {
      people: [],
      range: null,
    })[0];
    position = hit === undefined ? undefined : ctx.index.refs[hit.doc];
  }
  const event = position === undefined ? undefined : dataset.events[position];
  if (event === undefined) return null;
  const people = new Set(event.personIds);
  return {
    event,
    sources: event.sourceIds
      .map((id) => ctx.lookup.sourceById.get(id))
      .filter((s) => s !== undefined),
    quotes: dataset.quotes.filter((quote) => quote.eventId === event.id),
    people: dataset.people.filter((person) => people.has(person.id)),
  };
}

export function suggestPeople(
  ctx: AnswerContext,
  partialName: string,
  limit: number,
): PersonSuggestion[] {
  return ctx.index.people
    .suggest(sanitizeQuestion(partialName), Math.min(limit, AUTOCOMPLETE_CHOICES))
    .map((match) => ({ personId: match.person.id, label: personLabel(match.person) }));
}

/** The latest events for an empty query; else events matching its words, the last as a prefix. */
export function suggestEvents(
  ctx: AnswerContext,
  partialQuery: string,
  limit: number,
): EventSuggestion[] {
  const { index } = ctx;
  const text = sanitizeQuestion(partialQuery);
  const capped = Math.min(limit, AUTOCOMPLETE_CHOICES);
  let positions: number[];
  if (!hasWords(text)) {
    positions = [
      ...index.eventsByDate.subarray(Math.max(0, index.eventsByDate.length - capped)),
    ].reverse();
  } else {
    const query = buildQuery(text, index.text, { prefixLast: true });
    const hits = index.text.search(query.groups, {
      limit: capped,
      accept: (doc) => index.kinds[doc] === DocKind.event,
    });
    positions = hits.map((hit) => index.refs[hit.doc] ?? 0);
  }
  return positions.map((position) => {
    const event = at(ctx.dataset.events, position);
    return {
      eventId: event.id,
      label: truncate(`${event.date} · ${event.title || eventText(event)}`, LABEL_MAX),
    };
  });
}
