/**
 * The answering core: questions in, answers with sources out. Indexes are built once here; each
 * question is understood once (src/question) and handed to the handler for its kind (intents/),
 * which retrieves candidates (retrieve.ts), ranks them (rank/) and shapes the answers. What
 * found nothing gets suggestions (no-match.ts). Each question walks only the postings of its
 * words, so answering stays fast on large datasets.
 */
import type { Dataset } from '../dataset/schema.js';
import { parseQuestion } from '../question/parse.js';
import type { Intent } from '../question/types.js';
import { DatasetIndex } from '../search/dataset-index.js';
import type { Slices } from '../search/slices.js';
import { activity, type Activity, type ActivityOptions } from './activity.js';
import {
  AUTOCOMPLETE_CHOICES,
  eventCard,
  personCard,
  suggestEvents,
  suggestPeople,
} from './cards.js';
import { createContext, type AnswerContext } from './context.js';
import { eventsOn, timeline } from './days.js';
import { answerDate } from './intents/date.js';
import type { IntentHandler } from './intents/intent.js';
import { answerSaid, searchQuotes } from './intents/said.js';
import { answerSearch } from './intents/search.js';
import { answerVerify } from './intents/verify.js';
import { answerWhen } from './intents/when.js';
import { answerWho } from './intents/who.js';
import { answerWhoSaid } from './intents/who-said.js';
import { impossibleDateHints, suggestionsFor } from './no-match.js';
import { onThisDay } from './on-this-day.js';
import { MAX_ANSWERS } from './types.js';
import type {
  Answer,
  Answerer,
  AnswererOptions,
  AskOptions,
  AskResult,
  DatasetStats,
  DateAnswer,
  EventCard,
  EventSuggestion,
  MessageCheck,
  MonthDay,
  OnThisDayResult,
  PersonCard,
  PersonSuggestion,
  QuoteSearch,
  TimelineOptions,
  TimelineResult,
  Verification,
} from './types.js';
import { verifyQuote } from './verify.js';
import { verifyMessage } from './verify-message.js';

const DEFAULT_LIMIT = 5;
const MAX_LIMIT = MAX_ANSWERS;

const WARM_UP_QUESTIONS = [
  'What happened on March 2, 2017?',
  'between Jan 20 and Jan 27, 2017',
  'who is sesions yesterday',
  'When did it happen last week in June 2018?',
];

/** One handler per kind of question: each chooses its candidates and shapes its answers. */
const HANDLERS: Readonly<Record<Intent, IntentHandler>> = {
  date: answerDate,
  who: answerWho,
  said: answerSaid,
  'who-said': answerWhoSaid,
  verify: answerVerify,
  when: answerWhen,
  search: answerSearch,
};

export function createAnswerer(dataset: Dataset, options: AnswererOptions = {}): Answerer {
  return new IndexedAnswerer(dataset, options);
}

/**
 * Compiles the question parser's patterns by parsing a few questions (chrono-node's take hundreds
 * of milliseconds on first use). Needs no dataset: a server does it while its dataset loads.
 */
export function warmUpQuestionParser(referenceDate = new Date()): void {
  for (const sample of WARM_UP_QUESTIONS) parseQuestion(sample, referenceDate);
}

/** The answerer over an index built before (loaded from a snapshot, see search/snapshot.ts). */
export function answererFromIndex(index: DatasetIndex, options: AnswererOptions = {}): Answerer {
  return new IndexedAnswerer(index.dataset, options, index);
}

/**
 * The same answerer with its indexes built in slices (see Slices), for a server that must keep
 * answering while it indexes a new dataset.
 */
export function* buildAnswerer(dataset: Dataset, options: AnswererOptions = {}): Slices<Answerer> {
  const index = yield* DatasetIndex.build(dataset);
  yield;
  return new IndexedAnswerer(dataset, options, index);
}

class IndexedAnswerer implements Answerer {
  private readonly ctx: AnswerContext;

  constructor(
    readonly dataset: Dataset,
    options: AnswererOptions,
    index = new DatasetIndex(dataset),
  ) {
    this.ctx = createContext(dataset, index, options.referenceDate);
    // chrono-node compiles its patterns on first use (hundreds of ms): pay that at start-up, not
    // on the first question.
    warmUpQuestionParser(this.ctx.referenceDate());
  }

  ask(question: string, options: AskOptions = {}): AskResult {
    const ctx = this.ctx;
    const parsed = parseQuestion(
      typeof question === 'string' ? question : '',
      ctx.referenceDate(),
      ctx.dateSpan(),
    );
    const base = { question: parsed.text, intent: parsed.intent };
    if (parsed.dateProblem !== null) {
      return { ...base, answers: [], suggestions: impossibleDateHints(ctx, parsed.dateProblem) };
    }
    const limit = clampLimit(options.limit);
    const handler = HANDLERS[parsed.intent];
    const result: AskResult = { ...base, suggestions: [], ...handler(ctx, parsed, limit) };
    if (options.count === true) {
      result.total = totalOf(
        result.answers.length,
        limit,
        () => handler(ctx, parsed, MAX_LIMIT).answers.length,
      );
    }
    if (result.answers.length === 0 && result.suggestions.length === 0) {
      result.suggestions = suggestionsFor(ctx, parsed);
    }
    return result;
  }

  searchQuotes(
    search: string,
    options: { speakerId?: string; limit?: number; count?: boolean } = {},
  ): QuoteSearch {
    const limit = clampLimit(options.limit);
    const find = (most: number): Answer[] =>
      searchQuotes(this.ctx, search, options.speakerId, most);
    const answers = find(limit);
    const total =
      options.count === true
        ? totalOf(answers.length, limit, () => find(MAX_LIMIT).length)
        : answers.length;
    return { answers, total };
  }

  suggestPeople(partialName: string, limit = AUTOCOMPLETE_CHOICES): PersonSuggestion[] {
    return suggestPeople(this.ctx, partialName, limit);
  }

  suggestEvents(partialQuery: string, limit = AUTOCOMPLETE_CHOICES): EventSuggestion[] {
    return suggestEvents(this.ctx, partialQuery, limit);
  }

  person(idOrName: string): PersonCard | null {
    return personCard(this.ctx, idOrName);
  }

  event(idOrQuery: string): EventCard | null {
    return eventCard(this.ctx, idOrQuery);
  }

  eventsOn(when: string, options: { limit?: number } = {}): DateAnswer {
    return eventsOn(this.ctx, when, clampLimit(options.limit));
  }

  onThisDay(monthDay: MonthDay, options: { limit?: number } = {}): OnThisDayResult {
    return onThisDay(this.ctx, monthDay, clampLimit(options.limit));
  }

  timeline(options: TimelineOptions): TimelineResult {
    return timeline(this.ctx, options);
  }

  activity(options: ActivityOptions): Activity {
    return activity(this.ctx, options);
  }

  verify(quote: string, options: { speakerId?: string } = {}): Verification {
    return verifyQuote(this.ctx, quote, options.speakerId);
  }

  verifyMessage(text: string): MessageCheck {
    return verifyMessage(this.ctx, text);
  }

  stats(): DatasetStats {
    const { dataset } = this;
    const span = this.ctx.dateSpan();
    return {
      events: dataset.events.length,
      quotes: dataset.quotes.length,
      people: dataset.people.filter((person) => person.kind === 'person').length,
      facts: dataset.facts.length,
      sources: dataset.sources.length,
      firstDate: span?.first ?? null,
      lastDate: span?.last ?? null,
      attributions: dataset.attributions.map((attribution) => attribution.text),
    };
  }
}

/**
 * How many answers there are when `shown` were found with `limit`: a list the limit cut is
 * counted again with the most the core gives (MAX_ANSWERS: a count of that many means "or more").
 */
function totalOf(shown: number, limit: number, recount: () => number): number {
  return shown < limit || limit >= MAX_LIMIT ? shown : Math.max(shown, recount());
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(Math.max(1, Math.floor(limit)), MAX_LIMIT);
}
