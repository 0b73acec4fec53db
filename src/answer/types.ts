/**
 * What the answering core gives back. Every adapter (the `ask` CLI, the offline console, the
 * Discord commands) renders these shapes; none of them computes answers of its own.
 */
import type { Dataset, Event, Person, Quote, Source } from '../dataset/schema.js';

import type { Claim } from '../question/claims.js';
import type { MonthDay } from '../question/month-day.js';
import type { DayRange, Intent } from '../question/types.js';
import type { Activity, ActivityOptions } from './activity.js';

/** Defined by question understanding, the layer below; re-exported for the adapters. */
export type { DayRange, Intent, MonthDay };
export type {
  Activity,
  ActivityOptions,
  ActivityPeriod,
  ActivityStep,
  KeyEvent,
} from './activity.js';

export type AnswerKind = 'event' | 'quote' | 'person' | 'fact';

/** Where an answer comes from, ready to show as a link. */
export interface Citation {
  kind: 'tweet' | 'article';
  /** "@ABCPolitics" for a tweet; the publisher, the URL's host, or "article" otherwise. */
  label: string;
  /** A link to show, when the input gave one (a tweet's first link, an article's URL). */
  url: string | null;
  /** The source's date, YYYY-MM-DD. */
  date: string;
  /** Set when the source has no name of its own: `label` is then the word "article". */
  unnamed?: true;
}

export interface Answer {
  kind: AnswerKind;
  /** Id of the quote, event, fact or person this answer is. */
  id: string;
  /** The quote, the event or fact text, or for a person their name and roles. */
  text: string;
  /** When it happened or was said: YYYY, YYYY-MM or YYYY-MM-DD; null if unknown. */
  date: string | null;
  /** Who said it: a quote's speaker, or whom an event reports saying something. */
  speaker?: string;
  /** The speaker's person id, for an event that reports a known person's words. */
  speakerId?: string;
  /**
   * Quotes only: the words around the quotation that deny or hedge it ("were not"), shown
   * before it so a reader sees `were not “misleading.”`, never the bare word as a claim.
   */
  qualifier?: string;
  eventId: string | null;
  /** Handle or URL, as in `ask --json`. */
  source: string | null;
  citation: Citation | null;
  /** Higher is better; comparable only within one result list. */
  score: number;
}

/**
 * How a claimed quotation compares with the dataset:
 * - `exact`: those words were said by that speaker (or by anyone, when no speaker is named);
 * - `paraphrase`: that speaker said nearly this, in other words;
 * - `other-speaker`: the words were said, but by someone else (the answer names them);
 * - `related`: the speaker said something on it, but not the claim; or the words appear and the
 *   source denies them (`his answers were not "misleading."`);
 * - `not-found`: nothing close.
 */
export type Verdict = 'exact' | 'paraphrase' | 'other-speaker' | 'related' | 'not-found';

/**
 * Something to try when nothing was found, as data: each reply words it in its asker's language.
 * Questions and dates are read in English, so the questions offered stay English.
 */
export type Suggestion =
  /** The days the dataset covers, YYYY-MM-DD. */
  | { kind: 'coverage'; first: string; last: string }
  | { kind: 'empty-dataset' }
  /** A date the calendar does not have, as written ("2017-13-45"). */
  | { kind: 'impossible-date'; written: string }
  /** How to write a date. */
  | { kind: 'date-examples' }
  /** A known speaker said nothing on the topic: how many quotes they have in all. */
  | { kind: 'no-quote-on-topic'; name: string; topic: string; count: number }
  /** A word read as another ("sesions" as "sessions"). */
  | { kind: 'spelling'; typed: string; read: string }
  /** A question the dataset answers, to ask instead. */
  | { kind: 'question'; question: string }
  /** What kinds of question there are. */
  | { kind: 'ask-examples' };

/** The most answers the core gives for one request; counts stop there too (see AskResult). */
export const MAX_ANSWERS = 100;

export interface AskResult {
  question: string;
  intent: Intent;
  /** Best first; empty when nothing matched. */
  answers: Answer[];
  /**
   * With `count`: how many answers there are, of which `answers` are the first, counted up to
   * MAX_ANSWERS (so MAX_ANSWERS means that many or more). Absent: as many as `answers`.
   */
  total?: number;
  /** Only for `verify`. */
  verdict?: Verdict;
  /** Only for `date` (and `when` when a range was named). */
  range?: DayRange;
  /** Close names, dates or quotes to offer when there are no answers (may be empty otherwise). */
  suggestions: Suggestion[];
}

/** Quotes matching words, best first. */
export interface QuoteSearch {
  answers: Answer[];
  /**
   * How many quotes match, of which `answers` are the first: counted past the limit (as
   * AskResult's total) only when asked to `count`, else as many as `answers`.
   */
  total: number;
}

export interface AskOptions {
  /** Most answers to return (default 5). */
  limit?: number;
  /**
   * Also count the answers past `limit`, up to MAX_ANSWERS, for a reply that says "first 25 of
   * 40": a list the limit cut is searched again for that many.
   */
  count?: boolean;
}

export interface PersonSuggestion {
  personId: string;
  /** "Jeff Sessions (Attorney General)": at most 100 characters, for autocomplete. */
  label: string;
}

export interface EventSuggestion {
  eventId: string;
  /** "2017-03-02 · AG Sessions recuses himself…": at most 100 characters. */
  label: string;
}

export interface PersonCard {
  person: Person;
  /** Latest first. */
  quotes: Answer[];
  /** Latest first. */
  events: Answer[];
  /** How many quotes and events the person has in all, of which the lists are the latest. */
  totals: { quotes: number; events: number };
}

export interface EventCard {
  event: Event;
  sources: Source[];
  quotes: Quote[];
  people: Person[];
}

export interface DateAnswer {
  /** Null when no date could be understood in the text. */
  range: DayRange | null;
  /** The events in the range, best first. */
  answers: Answer[];
  /** How many events the range holds in all, so a reply can say "first 25 of 403". */
  total: number;
  suggestions: Suggestion[];
}

export interface OnThisDayResult {
  monthDay: MonthDay;
  /** Across all years, the events that matter most first, then dated reports; each has its date. */
  answers: Answer[];
  /** How many events fall on that day in all years, so a reply can say "first 25 of 40". */
  total: number;
  /** The years that have events on that day, oldest first, with how many. */
  years: { year: number; events: number }[];
  suggestions: Suggestion[];
}

export interface TimelineOptions {
  personId?: string;
  /** Free text dates ("2017-03", "March 2017"): the start of `from`, the end of `to`. */
  from?: string;
  to?: string;
  limit?: number;
}

export interface TimelineResult {
  /** In date order, oldest first: events and quotes. */
  entries: Answer[];
  /** How many events and quotes the timeline holds in all, of which `entries` are the first. */
  total: number;
  /** Set when `from` or `to` could not be understood as a date (naming which), or the person. */
  error?: TimelineProblem;
}

export type TimelineProblem =
  | { kind: 'unreadable-date'; bound: 'from' | 'to'; written: string }
  | { kind: 'unknown-person'; personId: string };

export interface Verification {
  verdict: Verdict;
  /** The closest real quote, or null when nothing is close. */
  best: Answer | null;
  /** Other close quotes, best first. */
  alternatives: Answer[];
}

/** One claim found in a chat message (question/claims.ts), checked like `/verify`. */
export interface ClaimCheck {
  claim: Claim;
  /** The person the message names as the speaker, when the dataset knows them. */
  speaker: Person | null;
  verification: Verification;
}

export interface MessageCheck {
  /** In the order the message gives the claims; empty when it has nothing checkable. */
  checks: ClaimCheck[];
  /** Claims the message holds past the limit, not checked. */
  more: number;
}

export interface DatasetStats {
  events: number;
  quotes: number;
  people: number;
  facts: number;
  sources: number;
  /** YYYY-MM-DD of the first and last event; null for an empty dataset. */
  firstDate: string | null;
  lastDate: string | null;
  /** Credits and licences of the inputs, to show with the dataset. */
  attributions: string[];
}

/**
 * The answering core, built once per dataset (indexes are built at construction).
 * "No match" is an empty result, never an exception.
 */
export interface Answerer {
  readonly dataset: Dataset;
  ask(question: string, options?: AskOptions): AskResult;
  searchQuotes(
    search: string,
    options?: { speakerId?: string; limit?: number; count?: boolean },
  ): QuoteSearch;
  suggestPeople(partialName: string, limit?: number): PersonSuggestion[];
  suggestEvents(partialQuery: string, limit?: number): EventSuggestion[];
  /** By person id, or the best fuzzy match of a name. */
  person(idOrName: string): PersonCard | null;
  /** By event id, or the best fuzzy match of a query. */
  event(idOrQuery: string): EventCard | null;
  eventsOn(when: string, options?: { limit?: number }): DateAnswer;
  /** What happened on this day of the year, in every year the dataset covers. */
  onThisDay(monthDay: MonthDay, options?: { limit?: number }): OnThisDayResult;
  timeline(options: TimelineOptions): TimelineResult;
  /** How many events happened when, and the key ones, for the timeline picture. */
  activity(options: ActivityOptions): Activity;
  verify(quote: string, options?: { speakerId?: string }): Verification;
  /** The quotations (or main claim) of a chat message, each checked like `verify`. */
  verifyMessage(text: string): MessageCheck;
  stats(): DatasetStats;
}

export interface AnswererOptions {
  /** "Today" for relative dates in questions ("yesterday", "in March"); defaults to now. */
  referenceDate?: Date;
}
