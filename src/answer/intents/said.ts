/**
 * "What did Sessions say about Russia?", "What did a White House official say?": the speaker's
 * quotes on the topic, or in the events about it; and the quote search behind `/quote`.
 */
import type { ParsedQuestion } from '../../question/parse.js';
import { sanitizeQuestion } from '../../question/sanitize.js';
import { DocKind } from '../../search/dataset-index.js';
import { at, type AnswerContext } from '../context.js';
import { noQuoteOnTopicHints } from '../no-match.js';
import { ownedRoleHolders, resolvePerson } from '../people-in-text.js';
import { quoteAnswer } from '../render.js';
import { reportedStatements } from '../reported.js';
import { compareQuote } from '../similarity.js';
import { answersOf, meetsRange, roundScore, searchHits, speakerFilter } from '../retrieve.js';
import type { Answer } from '../types.js';
import type { IntentHandler } from './intent.js';

export const answerSaid: IntentHandler = (ctx, parsed, limit) => {
  const { dataset, index } = ctx;
  const subject = parsed.subject ?? '';
  const match = resolvePerson(ctx, subject);
  // "Trump's personal lawyer" is whoever held that role for him.
  const holders = match === null ? ownedRoleHolders(ctx, subject) : [];
  const bySpeaker = speakerFilter(
    ctx,
    holders.length > 0 ? holders : (match?.index ?? null),
    subject,
  );
  // What an event reports them saying in the writer's words ("President Trump threatens to
  // prorogue both houses of Congress", "The Washington Post reports that …").
  const reported =
    parsed.topic.length === 0
      ? []
      : reportedStatements(
          ctx,
          parsed.topic,
          match !== null
            ? { person: match.index }
            : holders.length > 0
              ? null
              : { phrase: subject },
          parsed.range,
          limit,
        );
  const reportedAnswers = reported.map((statement) => statement.answer);
  if (bySpeaker === null) return { answers: reportedAnswers };
  if (parsed.topic.length === 0) {
    const all = dataset.quotes
      .map((quote, i) => ({ quote, doc: index.docOf(DocKind.quote, i) }))
      .filter(({ doc }) => bySpeaker(doc))
      .sort((a, b) => b.quote.when.date.localeCompare(a.quote.when.date))
      .slice(0, limit)
      .map(({ quote }) => quoteAnswer(quote, ctx.lookup, 1));
    return { answers: all };
  }
  const allHits = searchHits(
    ctx,
    parsed.topic,
    limit,
    [DocKind.quote],
    { people: [], range: parsed.range },
    bySpeaker,
  );
  // The search falls back on quotes from any time when none is in the asked range; a statement
  // reported in the range answers better than those.
  const inRange = meetsRange(ctx, parsed.range);
  const hits = allHits.filter((hit) => inRange(hit.doc));
  const quoted = answersOf(ctx, hits, limit);
  const topQuote =
    hits[0] === undefined ? undefined : at(dataset.quotes, index.refs[hits[0].doc] ?? 0);
  const topReported = reported[0];
  // A reported statement comes first when it matches the topic better than any quotation.
  if (
    topReported !== undefined &&
    topQuote !== undefined &&
    topQuote.eventId !== topReported.answer.eventId &&
    topReported.coverage > compareQuote(parsed.topic, topQuote.sentence).coverage
  ) {
    return { answers: [...reportedAnswers, ...quoted].slice(0, limit) };
  }
  if (hits.length > 0) return { answers: quoted };
  // The topic may be what the event is about rather than the words quoted: "What did Mulvaney
  // say about holding back Ukraine's aid?" → his quote in the event about the aid.
  const inEvents = quotesInEventsAbout(ctx, match?.index ?? null, bySpeaker, parsed);
  if (inEvents.length > 0) return { answers: inEvents.slice(0, limit) };
  if (reported.length > 0) return { answers: reportedAnswers };
  if (allHits.length > 0) return { answers: answersOf(ctx, allHits, limit) };
  const name = match?.person.name ?? subject;
  const count = dataset.quotes.filter((_, i) => bySpeaker(index.docOf(DocKind.quote, i))).length;
  return { answers: [], suggestions: noQuoteOnTopicHints(name, parsed.topic, count) };
};

/**
 * The speaker's quotes in the events that best match the question's topic, best event first. The
 * speaker is a known person (whose events are preferred) or any speaker the filter accepts ("a
 * FEMA spokesperson" for "FEMA").
 */
function quotesInEventsAbout(
  ctx: AnswerContext,
  speaker: number | null,
  bySpeaker: (doc: number) => boolean,
  parsed: ParsedQuestion,
): Answer[] {
  const own =
    speaker === null
      ? ctx.dataset.quotes.filter((_, i) => bySpeaker(ctx.index.docOf(DocKind.quote, i)))
      : (ctx.quotesBySpeaker.get(speaker) ?? []).map((i) => at(ctx.dataset.quotes, i));
  if (own.length === 0) return [];
  const hits = searchHits(ctx, parsed.topic, 3, [DocKind.event], {
    people: speaker === null ? [] : [speaker],
    range: parsed.range,
  });
  return hits.flatMap((hit) => {
    const eventId = ctx.dataset.events[ctx.index.refs[hit.doc] ?? -1]?.id;
    return own
      .filter((quote) => quote.eventId === eventId)
      .map((quote) => quoteAnswer(quote, ctx.lookup, roundScore(hit.score)));
  });
}

/** Quotes matching words, by one speaker (an id) or anyone; an unknown id matches nothing. */
export function searchQuotes(
  ctx: AnswerContext,
  search: string,
  speakerId: string | undefined,
  limit: number,
): Answer[] {
  const speaker = speakerId === undefined ? null : (ctx.personById.get(speakerId) ?? -1);
  if (speaker === -1) return [];
  const filter = speaker === null ? undefined : (speakerFilter(ctx, speaker, '') ?? undefined);
  const hits = searchHits(
    ctx,
    sanitizeQuestion(search),
    limit,
    [DocKind.quote],
    { people: [], range: null },
    filter,
  );
  return answersOf(ctx, hits, limit);
}
