/**
 * Dataset records as answers: one place decides what text, date and citation each kind shows, so
 * every adapter renders the same thing.
 */
import type { Dataset, Event, Fact, Person, Quote, Source } from '../dataset/schema.js';
import type { Answer, Citation } from './types.js';
import { latestFirst } from './latest.js';

/** Longest event text shown as an answer; longer summaries fall back to the title. */
const MAX_EVENT_TEXT = 400;
/** A source text up to this long is one report, compared whole with a claim. */
const REPORT_MAX = 1000;

export interface Lookup {
  dataset: Dataset;
  sourceById: ReadonlyMap<string, Source>;
  eventById: ReadonlyMap<string, Event>;
}

export function citationOf(source: Source | undefined): Citation | null {
  if (source === undefined) return null;
  if (source.kind === 'tweet') {
    const handle = source.handle.startsWith('@') ? source.handle : `@${source.handle}`;
    return { kind: 'tweet', label: handle, url: source.links[0] ?? null, date: source.date };
  }
  const named = source.publisher ?? hostOf(source.url);
  return {
    kind: 'article',
    label: named ?? 'article',
    url: source.url,
    date: source.date,
    ...(named === null ? { unnamed: true } : {}),
  };
}

/** The `source` of `ask --json`: a tweet's handle, an article's URL (or its label). */
export function sourceLabel(citation: Citation | null): string | null {
  if (citation === null) return null;
  return citation.kind === 'tweet' ? citation.label : (citation.url ?? citation.label);
}

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

export function eventText(event: Event): string {
  if (event.summary.length > 0 && event.summary.length <= MAX_EVENT_TEXT) return event.summary;
  return event.title.length > 0 ? event.title : event.summary.slice(0, MAX_EVENT_TEXT);
}

/** The event's first source that is not a repeat of another. */
export function primarySource(event: Event, lookup: Lookup): Source | undefined {
  let first: Source | undefined;
  for (const id of event.sourceIds) {
    const source = lookup.sourceById.get(id);
    if (source === undefined) continue;
    first ??= source;
    if (source.kind === 'article' || source.duplicateOf === null) return source;
  }
  return first;
}

/**
 * What an event reports, whole: its source's text when that is a short report (a timeline
 * entry), else its title and summary (a long article would hold the words of any claim).
 */
export function reportedText(event: Event, lookup: Lookup): string {
  const source = primarySource(event, lookup);
  return source !== undefined && source.text.length <= REPORT_MAX
    ? source.text
    : `${event.title} ${event.summary}`;
}

export function eventAnswer(event: Event, lookup: Lookup, score: number): Answer {
  const citation = citationOf(primarySource(event, lookup));
  return {
    kind: 'event',
    id: event.id,
    text: eventText(event),
    date: event.date,
    eventId: event.id,
    source: sourceLabel(citation),
    citation,
    score,
  };
}

export function quoteAnswer(quote: Quote, lookup: Lookup, score: number): Answer {
  const citation = citationOf(lookup.sourceById.get(quote.sourceId));
  return {
    kind: 'quote',
    id: quote.id,
    text: quote.text,
    ...(quote.qualifier === null ? {} : { qualifier: quote.qualifier }),
    date: quote.when.date,
    speaker: quote.speaker?.name ?? 'unknown speaker',
    eventId: quote.eventId,
    source: sourceLabel(citation),
    citation,
    score,
  };
}

export function factAnswer(fact: Fact, lookup: Lookup, score: number): Answer {
  const citation = citationOf(lookup.sourceById.get(fact.sourceId));
  return {
    kind: 'fact',
    id: fact.id,
    text: fact.text,
    date: fact.when.date,
    eventId: fact.eventId,
    source: sourceLabel(citation),
    citation,
    score,
  };
}

/** "Jeff Sessions: Attorney General; former Senator (also: Sessions)". */
export function describePerson(person: Person): string {
  const roles = person.roles.map((role) => (role.former ? `former ${role.title}` : role.title));
  const aliases = person.aliases.filter((alias) => alias !== person.name);
  return (
    person.name +
    (roles.length > 0 ? `: ${roles.join('; ')}` : '') +
    (aliases.length > 0 ? ` (also: ${aliases.join(', ')})` : '')
  );
}

/** The events a person is named in, latest first (sorted once per person: see `latestFirst`). */
export function eventsLatestFirst(person: Person, lookup: Lookup): readonly Event[] {
  return latestFirst(
    person,
    () =>
      person.eventIds
        .map((id) => lookup.eventById.get(id))
        .filter((event): event is Event => event !== undefined),
    (event) => event.date,
  );
}

export function personAnswer(person: Person, lookup: Lookup, score: number): Answer {
  const latest = eventsLatestFirst(person, lookup)[0];
  const citation = latest === undefined ? null : citationOf(primarySource(latest, lookup));
  return {
    kind: 'person',
    id: person.id,
    text: describePerson(person),
    date: latest?.date ?? null,
    eventId: null,
    source: sourceLabel(citation),
    citation,
    score,
  };
}

/** "Jeff Sessions (Attorney General)", at most `max` characters. */
export function personLabel(person: Person, max = 100): string {
  const role = person.roles.find((r) => !r.former) ?? person.roles[0];
  const label =
    role === undefined
      ? person.name
      : `${person.name} (${role.former ? 'former ' : ''}${role.title})`;
  return truncate(label, max);
}

const ELLIPSIS = '…';
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** How far before a cut to look for a place where a grapheme surely starts. */
const SEGMENT_WINDOW = 64;

/**
 * Cuts text longer than `max` UTF-16 units to at most `max`, ending in "…". It never splits a
 * grapheme (an emoji with its modifiers, a flag, a letter with its accents), cuts at a word
 * boundary when one is near, and drops trailing spaces and backslashes: a backslash would escape
 * the ellipsis once the text is shown as markdown.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < ELLIPSIS.length) return '';
  const cut = graphemeStartAt(text, max - ELLIPSIS.length);
  const head = text.slice(0, cut);
  // Cut at the last space unless the cut already falls between words or no space is near.
  const endsWord = /\s/.test(text.charAt(cut));
  const lastSpace = lastIndexWhere(head, (char) => /\s/.test(char));
  const kept = !endsWord && lastSpace >= cut * 0.6 ? head.slice(0, lastSpace) : head;
  const end = lastIndexWhere(kept, (char) => !/[\s\\]/.test(char)) + 1;
  return `${kept.slice(0, end)}${ELLIPSIS}`;
}

/**
 * Where the grapheme holding `text[index]` starts. Only the text near the cut is segmented, from
 * a place where a grapheme surely starts: between two ASCII characters other than CR LF no
 * grapheme rule joins, and none looks further back.
 */
function graphemeStartAt(text: string, index: number): number {
  let from = index;
  while (from > 0 && index - from < SEGMENT_WINDOW && !asciiBoundary(text, from)) from -= 1;
  if (!asciiBoundary(text, from)) from = 0;
  const window = text.slice(from, index + 2);
  return from + (GRAPHEMES.segment(window).containing(index - from)?.index ?? index - from);
}

function asciiBoundary(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before < 0x80 && after < 0x80 && !(before === 0x0d && after === 0x0a);
}

/**
 * Index of the last character that passes `test`, or -1. Read from the end, only as far as
 * needed.
 */
function lastIndexWhere(text: string, test: (char: string) => boolean): number {
  let index = text.length - 1;
  while (index >= 0 && !test(text.charAt(index))) index -= 1;
  return index;
}
