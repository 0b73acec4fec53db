/**
 * "What did Sessions say about Russia?", "What did a White House official say?": the speaker's
 * quotes on the topic, or in the events about it; and the quote search behind `/quote`.
 */
import { listOfNames } from '../../language/name-list.js';
import { tagTokens } from '../../language/part-of-speech.js';
import { splitSentences } from '../../language/sentences.js';
import type { ParsedQuestion } from '../../question/parse.js';
import { sanitizeQuestion } from '../../question/sanitize.js';
import { DocKind } from '../../search/dataset-index.js';
import { stem, words } from '../../search/text.js';
import { at, type AnswerContext } from '../context.js';
import { noQuoteOnTopicHints } from '../no-match.js';
import { ownedRoleHolders, resolvePerson } from '../people-in-text.js';
import { eventAnswer, quoteAnswer, reportedText } from '../render.js';
import {
  eventsActedIn,
  reportedStatements,
  subjectSharingWords,
  type Reporter,
} from '../reported.js';
import { distinctiveStems, mentionsMost } from '../topic-words.js';
import { compareQuote } from '../similarity.js';
import {
  answersOf,
  focusOf,
  meetsRange,
  roundScore,
  searchAnswers,
  searchHits,
  speakerFilter,
} from '../retrieve.js';
import { dateWithin } from '../days.js';
import type { Answer, DayRange } from '../types.js';
import type { IntentHandler } from './intent.js';

/** Two subjects joined: "Trump and Angela Merkel". */
const COORDINATED = /^(.+?)\s+(?:and|&)\s+(.+)$/i;
/** Words that say something was said on Twitter. */
const ON_TWITTER = /\b(?:tweet(?:s|ed|ing)?|twitter)\b/i;
/** How much a statement made where the question says (on Twitter) counts, in topic coverage. */
const MEDIUM_BONUS = 0.25;

export const answerSaid: IntentHandler = (ctx, parsed, limit) => {
  const result = saidAnswers(ctx, parsed, limit);
  return { ...result, answers: creditedToAll(ctx, parsed.subject ?? '', result.answers) };
};

/** The answers before several listed people are credited together (`creditedToAll`). */
const saidAnswers: IntentHandler = (ctx, parsed, limit) => {
  const { dataset, index } = ctx;
  const subject = parsed.subject ?? '';
  const match = resolvePerson(ctx, subject);
  // "What did Trump and Angela Merkel hold …?": what the first did with the other, whom the
  // topic then holds.
  const pair = match === null ? COORDINATED.exec(subject) : null;
  if (pair !== null && resolvePerson(ctx, pair[1] ?? '') !== null) {
    const topic = `${pair[2] ?? ''} ${parsed.topic}`.trim();
    return answerSaid(ctx, { ...parsed, subject: pair[1] ?? '', topic }, limit);
  }
  // "Trump's personal lawyer" is whoever held that role for him.
  const holders = match === null ? ownedRoleHolders(ctx, subject) : [];
  const bySpeaker = speakerFilter(
    ctx,
    holders.length > 0 ? holders : (match?.index ?? null),
    subject,
  );
  // Whose statements count: the person, whoever holds the role, or a speaker phrase that names
  // nobody known; an organisation the people index knows by one name ("Justice Department") may
  // be the subject of an event by another ("The Department of Justice moves to block …").
  const reporters: Exclude<Reporter, null>[] =
    match !== null
      ? [{ person: match.index }, { phrase: subject }]
      : holders.length > 0
        ? holders.map((holder) => ({ person: holder }))
        : [{ phrase: subject }];
  if (parsed.topic.length === 0) {
    if (bySpeaker === null) return { answers: [] };
    // "What did Pelosi announce on September 24, 2019?": what they said in the range, their own
    // words first, else the events about them that day.
    const inRange = meetsRange(ctx, parsed.range);
    const all = dataset.quotes
      .map((quote, i) => ({ quote, doc: index.docOf(DocKind.quote, i) }))
      .filter(({ doc }) => bySpeaker(doc) && inRange(doc))
      .sort((a, b) => b.quote.when.date.localeCompare(a.quote.when.date))
      .slice(0, limit)
      .map(({ quote }) => quoteAnswer(quote, ctx.lookup, 1));
    if (all.length > 0 || parsed.range === null || match === null) return { answers: all };
    return { answers: eventsAboutIn(ctx, match.index, parsed.range, limit) };
  }
  // Three kinds of answer, ranked together by how well their words fit the topic: the speaker's
  // quotations on it; what an event reports them saying in the writer's words ("President Trump
  // threatens to prorogue both houses of Congress", "The Washington Post reports that …"); and
  // events they are the subject of ("The White House announces a deal whereby the U.S. can
  // resume exporting pork to Argentina").
  // A known person's reported statements are found by their id; the phrase only adds events
  // whose subject names them another way.
  const reportedBy = match === null ? reporters : reporters.slice(0, 1);
  const reported = reportedBy.flatMap((reporter) =>
    reportedStatements(ctx, parsed.topic, reporter, parsed.range, limit),
  );
  const acted = reporters.flatMap((reporter) =>
    eventsActedIn(ctx, parsed.topic, reporter, parsed.range, limit),
  );
  const allHits =
    bySpeaker === null
      ? []
      : searchHits(
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
  // A quotation is on the topic when its sentence holds most of the topic's rarest words: a
  // quote that shares only "speech" with "taxes in his Indianapolis speech" is not.
  const rarest = distinctiveStems(ctx, parsed.topic);
  const quotes = allHits
    .filter((hit) => inRange(hit.doc))
    .map((hit) => {
      const quote = at(dataset.quotes, index.refs[hit.doc] ?? 0);
      return {
        answer: quoteAnswer(quote, ctx.lookup, roundScore(hit.score)),
        sentence: quote.sentence,
        coverage: compareQuote(parsed.topic, quote.sentence).coverage,
      };
    });
  const onTopic = quotes.filter((quote) => mentionsMost(quote.sentence, rarest));
  // "What did Trump tweet about …": words said on Twitter fit better than a statement's.
  const asksForTweets = ON_TWITTER.test(parsed.text);
  const onMedium = (candidate: { answer: Answer; sentence: string }): boolean =>
    asksForTweets &&
    (candidate.answer.citation?.kind === 'tweet' || ON_TWITTER.test(candidate.sentence));
  const fit = (candidate: { answer: Answer; coverage: number; sentence: string }): number =>
    candidate.coverage + (onMedium(candidate) ? MEDIUM_BONUS : 0);
  // Equally on the topic, the speaker's own words first; of two reports, the one with the
  // topic's rarest words ("Indianapolis" of "taxes in his Indianapolis speech").
  const rarity = (candidate: { sentence: string }): number => {
    const present = new Set(words(candidate.sentence).map(stem));
    return rarest.reduce((sum, term, rank) => sum + (present.has(term) ? 1 / (rank + 1) : 0), 0);
  };
  const ownWords = (candidate: { answer: Answer }): number =>
    candidate.answer.kind === 'quote' ? 1 : 0;
  // "What did Trump announce about Turkey?": equally on the topic, a report that he announced
  // something answers before his words on Turkey said some other way.
  const askedVerb = parsed.speechVerb === undefined ? null : stem(parsed.speechVerb);
  const usesAskedVerb = (candidate: { sentence: string }): number =>
    askedVerb !== null && words(candidate.sentence).some((word) => stem(word) === askedVerb)
      ? 1
      : 0;
  // Each candidate's features are worked out once, not once per comparison of the sort.
  const ranked = [...onTopic, ...reported, ...acted]
    .map((candidate, order) => ({
      ...candidate,
      order,
      keys: [fit(candidate), usesAskedVerb(candidate), ownWords(candidate), rarity(candidate)],
    }))
    .sort((a, b) => {
      for (const [i, key] of b.keys.entries()) {
        const difference = key - (a.keys[i] ?? 0);
        if (difference !== 0) return difference;
      }
      return a.order - b.order;
    });
  // An event chosen for what it reports of the speaker is shown by their own words in it, when
  // it quotes them ("Doe called the exchange "absolutely appropriate"").
  const own = ownQuotesByEvent(
    ctx,
    match?.index ?? null,
    bySpeaker,
    new Set(
      ranked.flatMap(({ answer }) =>
        answer.kind === 'quote' ? [] : [answer.eventId ?? answer.id],
      ),
    ),
  );
  const answers = oncePerEvent(
    ranked.flatMap(({ answer }) =>
      answer.kind === 'quote' ? [answer] : (own.get(answer.eventId ?? answer.id) ?? [answer]),
    ),
  ).slice(0, limit);
  if (answers.length > 0) return { answers };
  // The topic may be what the event is about rather than the words quoted: "What did Mulvaney
  // say about holding back Ukraine's aid?" → his quote in the event about the aid.
  if (bySpeaker === null) return { answers: eventsOnSpeakerAndTopic(ctx, parsed, rarest, limit) };
  const inEvents = quotesInEventsAbout(ctx, match?.index ?? null, bySpeaker, parsed);
  if (inEvents.length > 0) return { answers: inEvents.slice(0, limit) };
  if (quotes.length > 0) return { answers: quotes.map((quote) => quote.answer) };
  // Asked about a day, what the speaker did that day answers before their words on other days
  // ("What did Trump claim about the election in the early hours of Nov 4, 2020?").
  if (parsed.range !== null && match !== null) {
    const that = eventsAboutIn(ctx, match.index, parsed.range, limit);
    if (that.length > 0) return { answers: that };
  }
  if (allHits.length > 0) return { answers: answersOf(ctx, allHits, limit) };
  const events = eventsOnSpeakerAndTopic(ctx, parsed, rarest, limit);
  if (events.length > 0) return { answers: events };
  const name = match?.person.name ?? subject;
  const count = dataset.quotes.filter((_, i) => bySpeaker(index.docOf(DocKind.quote, i))).length;
  return { answers: [], suggestions: noQuoteOnTopicHints(name, parsed.topic, count) };
};

/** The words of a text's first sentence before its first verb: its subject, titles and all. */
function subjectBeforeVerb(text: string): string {
  const first = splitSentences(text)[0]?.text ?? '';
  const tokens = tagTokens(first);
  const verb = tokens.findIndex((token) => token.pos === 'VERB' && /^\p{Ll}/u.test(token.text));
  return tokens
    .slice(0, verb < 0 ? 0 : verb)
    .map((token) => token.text)
    .join(' ');
}

/** A subject that lists people: "Ratcliffe, Meadows and O'Brien". */
const LIST_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/;

/**
 * "What did Ratcliffe, Meadows and O'Brien brief GOP lawmakers about?": an event whose subject is
 * every person the question lists is credited to them all, not to the one it was found by.
 */
function creditedToAll(ctx: AnswerContext, subject: string, answers: Answer[]): Answer[] {
  const parts = subject.split(LIST_SEPARATOR).filter((part) => part.length > 0);
  if (parts.length < 2) return answers;
  const people = parts.map((part) => resolvePerson(ctx, part)?.index);
  if (people.some((index) => index === undefined)) return answers;
  const listed = [...new Set(people as number[])].map((index) => at(ctx.dataset.people, index));
  if (listed.length < 2) return answers;
  const names = listOfNames(listed.map((person) => person.name));
  return answers.map((answer) => {
    const event =
      answer.kind === 'event' ? ctx.lookup.eventById.get(answer.eventId ?? answer.id) : undefined;
    if (event === undefined) return answer;
    // Only when they are the event's subject together: in "Roe holds a press conference with
    // Berg", Roe does it.
    const subject = words(subjectBeforeVerb(reportedText(event, ctx.lookup)));
    const inSubject = (name: string): boolean => subject.includes(words(name).at(-1) ?? '');
    if (!listed.every((person) => inSubject(person.name))) return answer;
    const credited: Answer = { ...answer, speaker: names };
    // Several people: no one person's id.
    delete credited.speakerId;
    return credited;
  });
}

/**
 * Events whose words name the speaker and the topic, when neither quotes nor reports of the
 * speaker were found: "What did Trump's lawyers say in their brief to the Senate?" → the event
 * about the brief, in the writer's words. An event must hold most of the topic's rarest words.
 */
function eventsOnSpeakerAndTopic(
  ctx: AnswerContext,
  parsed: ParsedQuestion,
  rarest: readonly string[],
  limit: number,
): Answer[] {
  // A topic with no word of its own ("for") finds nothing to stand on.
  if (rarest.length === 0) return [];
  const subject = parsed.subject ?? '';
  const text = `${subject} ${parsed.topic}`;
  return searchAnswers(ctx, text, limit, [DocKind.event], focusOf(ctx, text, parsed.range))
    .filter((answer) => mentionsMost(answer.text, rarest))
    .map((answer) => {
      // The event's own subject is named as its speaker when it shares the asker's words.
      const event = ctx.lookup.eventById.get(answer.eventId ?? answer.id);
      const speaker = event === undefined ? null : subjectSharingWords(ctx, event, subject);
      return speaker === null ? answer : { ...answer, speaker };
    });
}

/**
 * The events a person is named in within a range, in date order; those whose sentence they are
 * the subject of ("Speaker of the House Nancy Pelosi announces …") as theirs. Walks only the
 * person's own events.
 */
function eventsAboutIn(
  ctx: AnswerContext,
  person: number,
  range: DayRange,
  limit: number,
): Answer[] {
  const { id, name, eventIds } = at(ctx.dataset.people, person);
  return eventIds
    .flatMap((eventId) => ctx.lookup.eventById.get(eventId) ?? [])
    .filter((event) => dateWithin(event.date, range))
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, limit)
    .map((event) => {
      const answer = eventAnswer(event, ctx.lookup, 1);
      return subjectSharingWords(ctx, event, name) === null
        ? answer
        : { ...answer, speaker: name, speakerId: id };
    });
}

/**
 * The speaker's quotes (a known person's, or those the filter accepts) in the given events, by
 * event id.
 */
function ownQuotesByEvent(
  ctx: AnswerContext,
  speaker: number | null,
  bySpeaker: ((doc: number) => boolean) | null,
  events: ReadonlySet<string>,
): Map<string, Answer[]> {
  const byEvent = new Map<string, Answer[]>();
  if (events.size === 0 || (speaker === null && bySpeaker === null)) return byEvent;
  const indices =
    speaker !== null
      ? (ctx.quotesBySpeaker.get(speaker) ?? [])
      : ctx.dataset.quotes.map((_, i) => i);
  for (const i of indices) {
    const quote = at(ctx.dataset.quotes, i);
    if (!events.has(quote.eventId)) continue;
    if (speaker === null && bySpeaker !== null && !bySpeaker(ctx.index.docOf(DocKind.quote, i))) {
      continue;
    }
    const answers = byEvent.get(quote.eventId) ?? [];
    answers.push(quoteAnswer(quote, ctx.lookup, 1));
    byEvent.set(quote.eventId, answers);
  }
  return byEvent;
}

/**
 * The answers without an event that a quotation above already stands for: a quote and the
 * report of it in the same event are one answer.
 */
function oncePerEvent(answers: readonly Answer[]): Answer[] {
  const events = new Set<string>();
  const ids = new Set<string>();
  return answers.filter((answer) => {
    const event = answer.eventId ?? answer.id;
    if (ids.has(answer.id) || (answer.kind !== 'quote' && events.has(event))) return false;
    ids.add(answer.id);
    events.add(event);
    return true;
  });
}

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
