/**
 * Candidates for free text: the index's postings for the question's words, limited to the asked
 * kinds of record, to the question's dates when any match there, and boosted for the people it
 * names. Ranking policy beyond that lives in rank/ and in the intents that use it.
 */
import type { Quote } from '../dataset/schema.js';
import { DocKind } from '../search/dataset-index.js';
import { dayNumber, lastDayNumber } from '../search/days.js';
import type { Hit } from '../search/inverted-index.js';
import { buildQuery } from '../search/query.js';
import { isStopword, words } from '../search/text.js';
import { at, type AnswerContext } from './context.js';
import { mentionedPeople } from './people-in-text.js';
import { eventAnswer, factAnswer, quoteAnswer } from './render.js';
import type { Answer, DayRange } from './types.js';

/** Documents linked to a person the question names rank this much higher. */
const PERSON_BOOST = 1.6;

export type Kinds = readonly DocKind[];
export const ALL_KINDS: Kinds = [DocKind.event, DocKind.quote, DocKind.fact];

/** What a search leans towards besides its words. */
export interface Focus {
  /** People the question names (indexes into dataset.people), best first. */
  people: number[];
  range: DayRange | null;
}

export function focusOf(ctx: AnswerContext, text: string, range: DayRange | null): Focus {
  return { people: mentionedPeople(ctx, text), range };
}

/**
 * Hits for free text, best first. Where the focus has a range, hits inside it if there are any;
 * `extra` narrows the documents further (a speaker's quotes). Empty when the text has no
 * searchable word or names someone the dataset has never heard of.
 */
export function searchHits(
  ctx: AnswerContext,
  text: string,
  limit: number,
  kinds: Kinds,
  focus: Focus,
  extra?: (doc: number) => boolean,
): Hit[] {
  const query = buildQuery(text, ctx.index.text);
  if (query.groups.length === 0 || query.unknownNames.length > 0) return [];
  const { kinds: docKinds, personLinks } = ctx.index;
  let kindMask = 0;
  for (const kind of kinds) kindMask |= 1 << kind;
  const people = focus.people;
  const boost =
    people.length === 0
      ? undefined
      : (doc: number): number =>
          (personLinks[doc] ?? []).some((p) => people.includes(p)) ? PERSON_BOOST : 1;
  const base = {
    limit: limit * 3,
    kinds: docKinds,
    kindMask,
    ...(boost === undefined ? {} : { boost, maxBoost: PERSON_BOOST }),
  };
  if (focus.range !== null) {
    // Texts dated within the range first; then texts whose vaguer date only overlaps it (a fact
    // known to the year is no evidence of what happened on a day of that year).
    const { within, overlapping } = datedIn(ctx, focus.range);
    for (const inRange of [within, overlapping]) {
      const hits = ctx.index.text.search(query.groups, {
        ...base,
        accept: (doc) => inRange(doc) && (extra === undefined || extra(doc)),
      });
      if (hits.length > 0) return hits;
    }
  }
  return ctx.index.text.search(query.groups, {
    ...base,
    ...(extra === undefined ? {} : { accept: extra }),
  });
}

/** Tests of a document's dates against a range: dated within it, or only overlapping it. */
function datedIn(
  ctx: AnswerContext,
  range: DayRange,
): { within: (doc: number) => boolean; overlapping: (doc: number) => boolean } {
  const { firstDay, lastDay } = ctx.index;
  const from = dayNumber(range.from);
  const to = lastDayNumber(range.to);
  return {
    within: (doc) => (firstDay[doc] ?? 0) >= from && (lastDay[doc] ?? 0) <= to,
    overlapping: (doc) => (firstDay[doc] ?? 0) <= to && (lastDay[doc] ?? 0) >= from,
  };
}

/** Whether a document's date meets a range (every document's does when there is none). */
export function meetsRange(ctx: AnswerContext, range: DayRange | null): (doc: number) => boolean {
  return range === null ? () => true : datedIn(ctx, range).overlapping;
}

/** Ranked answers for free text, filtered and boosted by the people and dates it names. */
export function searchAnswers(
  ctx: AnswerContext,
  text: string,
  limit: number,
  kinds: Kinds,
  focus: Focus,
): Answer[] {
  return answersOf(ctx, searchHits(ctx, text, limit, kinds, focus), limit);
}

/** Hits as answers, in their order, at most `limit` and none repeating another. */
export function answersOf(ctx: AnswerContext, hits: readonly Hit[], limit: number): Answer[] {
  return dedupe(
    hits.map((hit) => reportDayForCoarseFact(ctx, answerOf(ctx, hit.doc, roundScore(hit.score)))),
    limit,
  );
}

/**
 * A fact dated only by the year or month its own report falls in ("the 2020 Conservative
 * Political Action Conference" in a report of 29 February 2020) tells no more than the report:
 * the report answers for it, with its day.
 */
function reportDayForCoarseFact(ctx: AnswerContext, answer: Answer): Answer {
  if (answer.kind !== 'fact' || answer.eventId === null || answer.date === null) return answer;
  const event = ctx.lookup.eventById.get(answer.eventId);
  if (event === undefined || event.date.length <= answer.date.length) return answer;
  if (!event.date.startsWith(answer.date)) return answer;
  return eventAnswer(event, ctx.lookup, answer.score);
}

export function answerOf(ctx: AnswerContext, doc: number, score: number): Answer {
  const ref = ctx.index.refs[doc] ?? 0;
  switch (ctx.index.kinds[doc]) {
    case DocKind.quote:
      return quoteAnswer(at(ctx.dataset.quotes, ref), ctx.lookup, score);
    case DocKind.fact: {
      const fact = ctx.dataset.facts[ref];
      if (fact !== undefined) return factAnswer(fact, ctx.lookup, score);
      break;
    }
    default:
      break;
  }
  return eventAnswer(at(ctx.dataset.events, ref), ctx.lookup, score);
}

/** Drops answers repeating an earlier answer's text (a fact restating its event). */
export function dedupe(answers: readonly Answer[], limit: number): Answer[] {
  const seen = new Set<string>();
  const kept: Answer[] = [];
  for (const answer of answers) {
    const key = `${answer.text.toLowerCase()}|${answer.date ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(answer);
    if (kept.length === limit) break;
  }
  return kept;
}

/**
 * Which quote documents a speaker phrase covers: a resolved person's quotes, or else quotes whose
 * speaker is named with those words ("a White House official"). Null when nobody matches.
 */
/** Share of a speaker phrase's words a described speaker's name must hold. */
const PHRASE_SHARE = 0.6;

/**
 * Whether a speaker's words (a name, a sentence's subject) hold a speaker phrase's content
 * words: all of them, or most ("the members who quit the National Infrastructure Advisory
 * Council" is "Seven members of the National Infrastructure Advisory Council").
 */
export function namesPhrase(
  speakerWords: readonly string[],
  phraseWords: readonly string[],
): boolean {
  const have = new Set(speakerWords);
  const shared = phraseWords.filter((word) => have.has(word)).length;
  return (
    shared === phraseWords.length || (shared >= 2 && shared / phraseWords.length >= PHRASE_SHARE)
  );
}

/** The stems of each acronym among a speaker phrase's words ("doj": department, justice). */
export function acronymsSpelledOut(
  ctx: AnswerContext,
  speakerWords: readonly string[],
): (readonly string[])[] {
  return speakerWords
    .filter((word) => /^[a-z]{2,6}$/.test(word))
    .map((word) => ctx.index.text.acronyms.expand(word))
    .filter((stems) => stems.length > 0);
}

export function speakerFilter(
  ctx: AnswerContext,
  person: number | readonly number[] | null,
  phrase: string,
): ((doc: number) => boolean) | null {
  const { kinds, refs } = ctx.index;
  const quotes = ctx.dataset.quotes;
  if (person !== null) {
    const people = typeof person === 'number' ? [person] : person;
    const ids = new Set<string | null | undefined>(
      people.map((index) => ctx.dataset.people[index]?.id),
    );
    return (doc) =>
      kinds[doc] === DocKind.quote && ids.has(quotes[refs[doc] ?? 0]?.speaker?.personId);
  }
  const wanted = words(phrase).filter((word) => !isStopword(word));
  if (wanted.length === 0) return null;
  const matches = (quote: Quote | undefined): boolean => {
    if (quote?.speaker == null) return false;
    return namesPhrase(words(quote.speaker.name), wanted);
  };
  if (!quotes.some(matches)) return null;
  return (doc) => kinds[doc] === DocKind.quote && matches(quotes[refs[doc] ?? 0]);
}

/** Answer scores are shown (`ask --json`), so they are rounded to three decimals. */
export function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}
