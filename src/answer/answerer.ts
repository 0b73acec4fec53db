/**
 * The answering core: questions in, answers with sources out. Indexes are built once here; each
 * question walks only the postings of its words, so answering stays fast on large datasets.
 */
import type { Dataset, Event, Quote } from '../dataset/schema.js';
import { parseQuestion, type ParsedQuestion } from '../question/parse.js';
import { predicateFit } from './predicate.js';
import { proximityFit, stemPairs } from './proximity.js';
import { holderFor, roleStems, RoleTenures, type RoleConstraint } from './roles.js';
import { parseDateRange, type DateSpan } from '../question/dates.js';
import { hasWords, sanitizeQuestion } from '../question/sanitize.js';
import { DatasetIndex, DocKind } from '../search/dataset-index.js';
import { dayNumber, lastDayNumber } from '../search/days.js';
import type { Hit } from '../search/inverted-index.js';
import type { PersonMatch } from '../search/people.js';
import { buildQuery } from '../search/query.js';
import { synonymsOf } from '../search/synonyms.js';
import type { Slices } from '../search/slices.js';
import { isStopword, stem, words } from '../search/text.js';
import {
  eventAnswer,
  eventText,
  factAnswer,
  personAnswer,
  personLabel,
  primarySource,
  quoteAnswer,
  truncate,
  type Lookup,
} from './render.js';
import { compareQuote } from './similarity.js';
import type {
  Answer,
  Answerer,
  AnswererOptions,
  AskOptions,
  AskResult,
  DatasetStats,
  DateAnswer,
  DayRange,
  EventCard,
  EventSuggestion,
  PersonCard,
  PersonSuggestion,
  TimelineOptions,
  TimelineResult,
  Verification,
} from './types.js';

const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 100;
/** Documents linked to a person the question names rank this much higher. */
const PERSON_BOOST = 1.6;
/** Candidates fetched before re-ranking quotes by closeness to a claim. */
/** "after Jim Mattis left", "replaced Kelly": the person before in a role. */
const AFTER_PERSON =
  /\b(?:after|replac(?:ed|ing)|succeed(?:ed|ing))\s+(.+?)(?=\s+(?:as|in|on|at|left|resigned|quit|was|stepped|departed|when)\b|[?.!,]|$)/i;
/** "before Barr", "preceded Pompeo": the person after in a role. */
const BEFORE_PERSON =
  /\b(?:before|preceded|preceding)\s+(.+?)(?=\s+(?:as|in|on|at|took|was|became|when)\b|[?.!,]|$)/i;
/** The words of a question that ask about the order of a role's holders. */
function roleOrderOf(text: string): { after?: string; before?: string; first: boolean } {
  const after = AFTER_PERSON.exec(text)?.[1];
  const before = BEFORE_PERSON.exec(text)?.[1];
  return {
    ...(after === undefined ? {} : { after }),
    ...(before === undefined ? {} : { before }),
    first: /\bfirst\b/i.test(text),
  };
}

/** How much the length of an event's report adds to its weight in a day's list (see eventsIn). */
const LENGTH_WEIGHT = 2;
/** Words that ask what someone did without saying what: "What did Trump do on …?" */
const DOING_WORDS = new Set(['do', 'did', 'does', 'doing', 'done', 'happen', 'happened', 'up']);
/** How many of an event's most prominent people count toward its weight in a day's list. */
const PROMINENT_PEOPLE = 3;
/** How much each person's prominence adds to an event's weight in a day's list. */
const PERSON_WEIGHT = 0.25;
/** How many of the best events a described person is looked for in. */
const WHO_EVENTS = 2;
/** Share of a claim's content words a quote must hold to be on its subject (`related`). */
const RELATED_COVERAGE = 0.4;
/** Share of a claim's content words an event about the speaker must hold to make it `related`. */
const EVENT_RELATED_COVERAGE = 0.5;
const QUOTE_CANDIDATES = 25;
/** Questions that ask for a person: "Who …", "Which Supreme Court pick …", "Which senator …". */
const ASKS_FOR_PERSON =
  /^(?:who|whom|which\s+(?:[\p{L}-]+\s+){0,3}?(?:person|people|man|woman|officials?|senators?|chiefs?|picks?|nominees?|judges?|justices?|lawyers?|advis[eo]rs?|secretar(?:y|ies)|directors?|leaders?|members?|candidates?|aides?|ambassadors?|governors?|generals?|journalists?|hosts?|spokes(?:man|woman|person)|attorneys?|officers?|ministers?|presidents?|congressm[ae]n|congresswom[ae]n|representatives?|lawmakers?|staffers?))\b/iu;
/** The share of a "when …" clause's words an event must have to date the clause. */
const EVENT_CLAUSE_COVERAGE = 0.6;
/** How many of a claim's rarest words decide whether a text is about it (most must be there). */
const DISTINCTIVE_WORDS = 3;
/** A source text up to this long is one report, compared whole with a claim. */
const REPORT_MAX = 1000;

const WARM_UP_QUESTIONS = [
  'What happened on March 2, 2017?',
  'between Jan 20 and Jan 27, 2017',
  'who is sesions yesterday',
  'When did it happen last week in June 2018?',
];

type Kinds = readonly DocKind[];
const ALL_KINDS: Kinds = [DocKind.event, DocKind.quote, DocKind.fact];

export function createAnswerer(dataset: Dataset, options: AnswererOptions = {}): Answerer {
  return new IndexedAnswerer(dataset, options);
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

interface Focus {
  /** People the question names (indexes into dataset.people), best first. */
  people: number[];
  range: DayRange | null;
}

class IndexedAnswerer implements Answerer {
  private readonly index: DatasetIndex;
  private readonly lookup: Lookup;
  private readonly personById: Map<string, number>;
  /** Role tenures, read from the events on the first question about a role holder. */
  private roles: RoleTenures | null = null;
  private readonly eventPosition: Map<string, number>;
  private readonly quotesBySpeaker: Map<number, number[]>;
  private readonly referenceDate: () => Date;

  constructor(
    readonly dataset: Dataset,
    options: AnswererOptions,
    index = new DatasetIndex(dataset),
  ) {
    this.index = index;
    this.lookup = {
      dataset,
      sourceById: new Map(dataset.sources.map((source) => [source.id, source])),
      eventById: new Map(dataset.events.map((event) => [event.id, event])),
    };
    this.personById = new Map(dataset.people.map((person, i) => [person.id, i]));
    this.eventPosition = new Map(dataset.events.map((event, i) => [event.id, i]));
    this.quotesBySpeaker = new Map();
    dataset.quotes.forEach((quote, i) => {
      const person =
        quote.speaker?.personId == null ? undefined : this.personById.get(quote.speaker.personId);
      if (person === undefined) return;
      const list = this.quotesBySpeaker.get(person);
      if (list === undefined) this.quotesBySpeaker.set(person, [i]);
      else list.push(i);
    });
    const fixed = options.referenceDate;
    this.referenceDate = () => fixed ?? new Date();
    // chrono-node compiles its patterns on first use (hundreds of ms): pay that at start-up, not
    // on the first question.
    for (const sample of WARM_UP_QUESTIONS) parseQuestion(sample, this.referenceDate());
  }

  /** How much a person matters in the dataset: the log of how many events name them. */
  private prominence(personId: string): number {
    const index = this.personById.get(personId);
    return index === undefined ? 0 : Math.log1p(this.dataset.people[index]?.eventIds.length ?? 0);
  }

  /**
   * The ids of the people a topic names when it names nothing else ("Trump do", "the Obamas"):
   * null when it has other content words or names nobody.
   */
  private peopleOnly(topic: string): string[] | null {
    const people = this.mentionedPeople(topic);
    if (people.length === 0) return null;
    const nameWords = new Set(
      people.flatMap((index) => {
        const person = at(this.dataset.people, index);
        return [person.name, ...person.aliases].flatMap((name) => words(name));
      }),
    );
    const rest = words(topic).filter(
      (word) => !isStopword(word) && !DOING_WORDS.has(word) && !nameWords.has(word),
    );
    return rest.length > 0 ? null : people.map((index) => at(this.dataset.people, index).id);
  }

  /**
   * The summed prominence of the few most prominent people an event names: a list of six
   * ambassadors is not six times as important as a summit of two heads of government.
   */
  private topProminence(personIds: readonly string[]): number {
    const values = personIds.map((id) => this.prominence(id)).sort((a, b) => b - a);
    let sum = 0;
    for (const value of values.slice(0, PROMINENT_PEOPLE)) sum += value;
    return sum;
  }

  /** The days the dataset covers, where a date written without a year is read. */
  private dateSpan(): DateSpan | null {
    const order = this.index.eventsByDate;
    const first = this.dataset.events[order[0] ?? -1]?.date;
    const last = this.dataset.events[order[order.length - 1] ?? -1]?.date;
    return first === undefined || last === undefined ? null : { first, last };
  }

  ask(question: string, options: AskOptions = {}): AskResult {
    const limit = clampLimit(options.limit);
    const parsed = parseQuestion(
      typeof question === 'string' ? question : '',
      this.referenceDate(),
      this.dateSpan(),
    );
    if (parsed.dateProblem !== null) {
      return {
        question: parsed.text,
        intent: parsed.intent,
        answers: [],
        suggestions: [
          `“${parsed.dateProblem}” is not a real date: check the month and the day.`,
          this.coverageHint(),
        ],
      };
    }
    const result = this.answer(parsed, limit);
    if (result.answers.length === 0 && result.suggestions.length === 0) {
      result.suggestions = this.suggestionsFor(parsed);
    }
    return result;
  }

  private answer(parsed: ParsedQuestion, limit: number): AskResult {
    const base = { question: parsed.text, intent: parsed.intent, suggestions: [] as string[] };
    switch (parsed.intent) {
      case 'date': {
        const range = parsed.range;
        if (range === null) return { ...base, answers: [] };
        // "What did Trump do on June 6?": a topic that is only people lists their events then,
        // the one that matters most first, rather than the one that repeats their name most.
        const onlyPeople = this.peopleOnly(parsed.topic);
        if (onlyPeople !== null) {
          return { ...base, range, answers: this.eventsIn(range, limit, onlyPeople) };
        }
        const answers =
          parsed.topic.length > 0
            ? this.searchAnswers(
                parsed.topic,
                limit,
                [DocKind.event],
                this.focusOf(parsed.topic, range),
              )
            : [];
        // A date question lists what happened then: topic matches outside the range do not count.
        const within = answers.filter(
          (answer) =>
            answer.date !== null &&
            answer.date.slice(0, 10) >= range.from.slice(0, answer.date.length) &&
            answer.date.slice(0, 10) <= range.to,
        );
        return {
          ...base,
          range,
          answers: within.length > 0 ? within : this.eventsIn(range, limit),
        };
      }
      case 'who': {
        const holder = this.describedOrRoleHolder(parsed, limit);
        if (holder !== null) return { ...base, answers: holder };
        const answers = this.whoAnswers(parsed.subject ?? '', limit);
        return {
          ...base,
          answers:
            answers.length > 0 ? answers : this.whoByDescription(parsed.text, parsed.range, limit),
        };
      }
      case 'said':
        return this.saidAnswers(parsed, limit, base);
      case 'who-said': {
        const found = this.closestQuotes(parsed.quote ?? '', null);
        const answers = found.filter((f) => f.verdict !== 'not-found').map((f) => f.answer);
        return { ...base, answers: answers.slice(0, limit) };
      }
      case 'verify': {
        const speaker = this.resolvePerson(parsed.subject ?? '')?.index ?? null;
        const verification = this.verifyWith(parsed.quote ?? '', speaker, parsed.subject, {
          context: parsed.topic,
          range: parsed.range,
        });
        const answers =
          verification.best === null ? [] : [verification.best, ...verification.alternatives];
        return { ...base, verdict: verification.verdict, answers: answers.slice(0, limit) };
      }
      case 'when': {
        const focus = this.focusOf(parsed.topic, parsed.range);
        const hits = earliestInTopBand(
          this.realisedFirst(
            this.searchHits(parsed.topic, limit, ALL_KINDS, focus),
            parsed.topic,
            focus,
          ),
          this.index.firstDay,
        );
        const answers = this.dedupe(
          hits.map((hit) => this.answerOf(hit.doc, round(hit.score))),
          limit,
        );
        return { ...base, ...(parsed.range === null ? {} : { range: parsed.range }), answers };
      }
      case 'search': {
        // "Who replaced Mulvaney as chief of staff?": a person described by what they did.
        if (ASKS_FOR_PERSON.test(parsed.text)) {
          const holder = this.describedOrRoleHolder(parsed, limit);
          if (holder !== null) return { ...base, answers: holder };
          const people = this.whoByDescription(parsed.text, parsed.range, limit);
          if (people.length > 0) return { ...base, answers: people };
        }
        const onlyPeople = parsed.range === null ? null : this.peopleOnly(parsed.topic);
        if (parsed.range !== null && onlyPeople !== null) {
          const range = parsed.range;
          return { ...base, range, answers: this.eventsIn(range, limit, onlyPeople) };
        }
        const focus = this.focusOf(parsed.topic, parsed.range);
        const answers = this.searchAnswers(parsed.topic, limit, ALL_KINDS, focus);
        return { ...base, ...(parsed.range === null ? {} : { range: parsed.range }), answers };
      }
    }
  }

  /**
   * For a question about a role holder: the person the best events describe, when they hold the
   * role ("Who did Trump name as national security adviser in September 2019?" is answered by the
   * event that names him), else the holder the tenures give. Null when the question asks about no
   * role with a time, an order or "first".
   */
  private describedOrRoleHolder(parsed: ParsedQuestion, limit: number): Answer[] | null {
    const byRole = this.roleHolderAnswers(parsed, limit);
    if (byRole.length === 0) return null;
    // "first", "after X", "before X" are about the order of holders, which only tenures know.
    const order = roleOrderOf(parsed.text);
    if (order.first || order.after !== undefined || order.before !== undefined) return byRole;
    const described = this.whoByDescription(parsed.text, parsed.range, limit);
    const person =
      described[0]?.kind === 'person' ? this.personById.get(described[0].id) : undefined;
    const extra = this.acronymStems(parsed.text);
    const holders = this.roles?.holdersFor(parsed.text, extra) ?? [];
    // The described person counts if the tenures hold them, or if the data gives them the role
    // at all ("names Robert O'Brien as national security adviser" gives no tenure yet).
    const asked = this.roles?.askedRole(parsed.text, extra) ?? null;
    const holdsRole = (index: number): boolean =>
      asked !== null &&
      at(this.dataset.people, index).roles.some((role) => {
        const stems = roleStems(role.title);
        return stems.length === asked.length && stems.every((part) => asked.includes(part));
      });
    return person !== undefined &&
      (holders.some((tenure) => tenure.person === person) || holdsRole(person))
      ? described
      : byRole;
  }

  /** The words of the names the question's acronyms stand for ("DHS"). */
  private acronymStems(text: string): string[] {
    return (text.match(/\b\p{Lu}{2,6}\b/gu) ?? []).flatMap((acronym) => [
      ...this.index.text.acronyms.expand(acronym),
    ]);
  }

  /**
   * Who held a role at a time, after or before someone, or first ("Who was national security
   * adviser in 2017?", "Who was DHS secretary after Kelly?"): from the tenures the events give.
   * Empty when the question names no role or no such constraint.
   */
  private roleHolderAnswers(parsed: ParsedQuestion, limit: number): Answer[] {
    const text = parsed.text;
    const { after, before, first } = roleOrderOf(text);
    const constraint: RoleConstraint = {
      range: parsed.range ?? this.dayOfEvent(text),
      after: after === undefined ? null : (this.resolvePerson(after)?.index ?? null),
      before: before === undefined ? null : (this.resolvePerson(before)?.index ?? null),
      first,
    };
    const constrained =
      constraint.range !== null ||
      constraint.after !== null ||
      constraint.before !== null ||
      constraint.first;
    if (!constrained) return [];
    this.roles ??= new RoleTenures(this.dataset);
    const holders = this.roles.holdersFor(text, this.acronymStems(text));
    if (holders === null) return [];
    const holder = holderFor(holders, constraint);
    if (holder === null) return [];
    const person = at(this.dataset.people, holder.person);
    const card = this.cardOf(holder.person, limit);
    return [personAnswer(person, this.lookup, 1), ...card.events].slice(0, limit);
  }

  /**
   * The day of the event a "when …" clause names ("… when the Mueller report was released"): the
   * best event for the clause's words. Null without such a clause or a matching event.
   */
  private dayOfEvent(question: string): DayRange | null {
    const clause = /\bwhen\s+(.{6,})$/i.exec(question.replace(/[?!.]+$/, ''))?.[1];
    if (clause === undefined) return null;
    const hit = this.searchHits(clause, 1, [DocKind.event], this.focusOf(clause, null))[0];
    const date =
      hit === undefined ? undefined : this.dataset.events[this.index.refs[hit.doc] ?? -1]?.date;
    return date === undefined || (hit?.coverage ?? 0) < EVENT_CLAUSE_COVERAGE
      ? null
      : { from: date, to: date, text: `when ${clause}` };
  }

  /**
   * A person the question describes rather than names ("Who replaced Mick Mulvaney as chief of
   * staff?"): the best events for the description, and in them the person the question does not
   * already name. Of several, the one with the fewest events in the dataset, since the most
   * specific is the one described ("President Trump names Robert O'Brien" is about O'Brien). The
   * person comes first, then the events that say so.
   */
  private whoByDescription(question: string, range: DayRange | null, limit: number): Answer[] {
    const description = question.replace(
      /^(?:who|whom)\s+(?:is|was|are|were|did|has|had)?\s*/i,
      '',
    );
    if (!hasWords(description)) return [];
    const focus = this.focusOf(description, range);
    const named = new Set(focus.people);
    const events = this.searchAnswers(description, limit, [DocKind.event], focus);
    for (const answer of events.slice(0, WHO_EVENTS)) {
      const event = answer.eventId === null ? undefined : this.lookup.eventById.get(answer.eventId);
      const candidates = (event?.personIds ?? [])
        .map((id) => this.personById.get(id))
        .filter((index): index is number => index !== undefined && !named.has(index))
        .map((index) => at(this.dataset.people, index))
        .filter((person) => person.kind === 'person')
        .sort((a, b) => a.eventIds.length - b.eventIds.length);
      const person = candidates[0];
      if (person !== undefined) {
        return [personAnswer(person, this.lookup, 1), ...events].slice(0, limit);
      }
    }
    return [];
  }

  // ---- search -------------------------------------------------------------------------------

  /** Ranked answers for free text, filtered and boosted by the people and dates it names. */
  private searchAnswers(text: string, limit: number, kinds: Kinds, focus: Focus): Answer[] {
    const hits = this.searchHits(text, limit, kinds, focus);
    return this.dedupe(
      hits.map((hit) => this.answerOf(hit.doc, round(hit.score))),
      limit,
    );
  }

  private searchHits(
    text: string,
    limit: number,
    kinds: Kinds,
    focus: Focus,
    extra?: (doc: number) => boolean,
  ): Hit[] {
    const query = buildQuery(text, this.index.text);
    if (query.groups.length === 0 || query.unknownNames.length > 0) return [];
    const { kinds: docKinds, personLinks, firstDay, lastDay } = this.index;
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
      const from = dayNumber(focus.range.from);
      const to = lastDayNumber(focus.range.to);
      const inRange = this.index.text.search(query.groups, {
        ...base,
        accept: (doc) =>
          (firstDay[doc] ?? 0) <= to &&
          (lastDay[doc] ?? 0) >= from &&
          (extra === undefined || extra(doc)),
      });
      if (inRange.length > 0) return inRange;
    }
    return this.index.text.search(query.groups, {
      ...base,
      ...(extra === undefined ? {} : { accept: extra }),
    });
  }

  /**
   * Hits re-ranked by whether they report the asked action as done (see predicate.ts), so "When
   * was Barr confirmed?" finds the vote, not the confirmation hearing.
   */
  private realisedFirst(hits: Hit[], topic: string, focus: Focus): Hit[] {
    const names = new Set(
      focus.people.flatMap((person) => words(at(this.dataset.people, person).name).map(stem)),
    );
    // The asked words with their synonyms: "clear" is realised by "is acquitted" too.
    const asked = new Set(
      buildQuery(topic, this.index.text)
        .groups.flatMap((group) => group.terms.map((term) => term.stem))
        .filter((term) => term.length > 0 && !names.has(term)),
    );
    const pairs = contentPairs(topic);
    if (asked.size === 0 && pairs.size === 0) return hits;
    return hits
      .map((hit) => {
        const text = this.answerOf(hit.doc, 0).text;
        return {
          ...hit,
          score: hit.score * predicateFit(text, asked) * proximityFit(text, pairs),
        };
      })
      .sort((a, b) => b.score - a.score);
  }

  /** The people a free-text question names: exact names and titles, or close misspellings of rare words. */
  private mentionedPeople(text: string): number[] {
    const all = words(text).filter((word) => word.length > 0);
    const found: number[] = [];
    const used = new Set<number>();
    const longest = this.index.people.longestName;
    for (let size = Math.min(longest, all.length); size >= 1; size--) {
      for (let start = 0; start + size <= all.length; start++) {
        let overlaps = false;
        for (let k = 0; k < size && !overlaps; k++) overlaps = used.has(start + k);
        if (overlaps) continue;
        const phrase = all.slice(start, start + size);
        if (isStopword(phrase[0] ?? '') || isStopword(phrase[size - 1] ?? '')) continue;
        const match = this.personForWords(phrase);
        if (match === null) continue;
        if (!found.includes(match.index)) found.push(match.index);
        for (let k = 0; k < size; k++) used.add(start + k);
      }
    }
    return found;
  }

  private personForWords(phrase: string[]): PersonMatch | null {
    const key = phrase.join(' ');
    const vocabulary = this.index.text.vocabulary;
    const exact = this.index.people.exactMatches(key);
    // A single common word ("price", "president") names someone only if usually written as a name.
    const single = phrase.length === 1;
    if (exact.length > 0) {
      const first = exact[0];
      if (first === undefined) return null;
      // A bare title ("president", "national security adviser") is shared by many people over
      // time: it names nobody in particular.
      const holders = new Set(exact.filter((m) => m.kind === 'role').map((m) => m.index));
      if (first.kind === 'role' && (single || holders.size > 1)) return null;
      if (
        !single ||
        first.kind === 'surname' ||
        vocabulary.isMostlyCapitalised(key) ||
        !vocabulary.has(key)
      )
        return first;
      return null;
    }
    if (single && key.length <= 4) return this.personByInitials(key);
    // Only unknown words may be misspelled names: a word the texts use is what it says.
    if (!single || vocabulary.has(key)) return null;
    const fuzzy = this.index.people.fuzzy(key, 1)[0];
    return fuzzy !== undefined && fuzzy.kind !== 'role' ? fuzzy : null;
  }

  private focusOf(text: string, range: DayRange | null): Focus {
    return { people: this.mentionedPeople(text), range };
  }

  private answerOf(doc: number, score: number): Answer {
    const ref = this.index.refs[doc] ?? 0;
    switch (this.index.kinds[doc]) {
      case DocKind.quote:
        return quoteAnswer(at(this.dataset.quotes, ref), this.lookup, score);
      case DocKind.fact: {
        const fact = this.dataset.facts[ref];
        if (fact !== undefined) return factAnswer(fact, this.lookup, score);
        break;
      }
      default:
        break;
    }
    return eventAnswer(at(this.dataset.events, ref), this.lookup, score);
  }

  /** Drops answers repeating an earlier answer's text (a fact restating its event). */
  private dedupe(answers: Answer[], limit: number): Answer[] {
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

  // ---- dates --------------------------------------------------------------------------------

  /**
   * Events in a range, the one that matters most first, then oldest. What matters: an event that
   * more sources report, and that names people who matter in the dataset (each person counts by
   * the log of how many events name them, so a meeting of two heads of government outranks a
   * ceremony for one guest; only the three most prominent count), and that the report says more about (the log of its length: an
   * impeachment vote gets a paragraph, a rally one line). Events that name nobody ("The Capitol
   * is evacuated") still rank low. Tried and dropped: how many events in the weeks around use an
   * event's rare words, which ranked the development questions' answers lower.
   */
  private eventsIn(range: DayRange, limit: number, people: readonly string[] = []): Answer[] {
    const positions = this.index.eventsBetween(dayNumber(range.from), lastDayNumber(range.to));
    const scored: { position: number; weight: number }[] = [];
    for (const position of positions) {
      const event = this.dataset.events[position];
      if (event === undefined) continue;
      if (people.length > 0 && !people.some((id) => event.personIds.includes(id))) continue;
      const weight =
        event.sourceIds.length +
        PERSON_WEIGHT * this.topProminence(event.personIds) +
        LENGTH_WEIGHT * Math.log1p(this.reportedText(event).length / 100);
      if (scored.length === limit && weight <= (scored[limit - 1]?.weight ?? 0)) continue;
      let at = scored.length;
      while (at > 0 && (scored[at - 1]?.weight ?? 0) < weight) at--;
      scored.splice(at, 0, { position, weight });
      if (scored.length > limit) scored.pop();
    }
    const events = scored.map(({ position, weight }) =>
      eventAnswer(at(this.dataset.events, position), this.lookup, weight),
    );
    return [...events, ...this.factsIn(range, limit - events.length)];
  }

  /**
   * Dated facts in a range, after its events: an event's article often says what happened on
   * other days ("his confirmation hearing in January"), and a range without events of its own
   * is still answered from them.
   */
  private factsIn(range: DayRange, limit: number): Answer[] {
    if (limit <= 0) return [];
    const facts = this.index.factsWithin(dayNumber(range.from), lastDayNumber(range.to));
    return facts
      .slice(0, limit)
      .map((position) => factAnswer(at(this.dataset.facts, position), this.lookup, 0));
  }

  eventsOn(when: string, options: { limit?: number } = {}): DateAnswer {
    const range = parseDateRange(sanitizeQuestion(when), this.referenceDate(), this.dateSpan());
    if (range === null) {
      return {
        range: null,
        answers: [],
        total: 0,
        suggestions: [
          this.coverageHint(),
          'Try a date like "March 2, 2017", "June 2018" or "2017-03".',
        ],
      };
    }
    const answers = this.eventsIn(range, clampLimit(options.limit));
    const total = this.index.eventsBetween(dayNumber(range.from), lastDayNumber(range.to)).length;
    return {
      range,
      answers,
      total,
      suggestions: answers.length > 0 ? [] : [this.coverageHint()],
    };
  }

  // ---- people -------------------------------------------------------------------------------

  private resolvePerson(phrase: string): PersonMatch | null {
    if (!hasWords(phrase)) return null;
    return this.index.people.resolve(phrase, 1)[0] ?? this.personByInitials(phrase.trim());
  }

  /** "RBG", "AOC": a person the dataset names in full whose initials these are. */
  private personByInitials(word: string): PersonMatch | null {
    if (!/^\p{L}{2,4}$/u.test(word)) return null;
    const spelt = this.index.text.acronyms.expand(word);
    if (spelt.length < 2) return null;
    const match = this.index.people.resolve(spelt.join(' '), 1)[0];
    // The spelt-out name must be the person's own, not a title or an organisation's name.
    return match !== undefined && match.kind !== 'role' && match.person.kind === 'person'
      ? match
      : null;
  }

  private whoAnswers(subject: string, limit: number): Answer[] {
    const match = this.resolvePerson(subject);
    if (match === null) return [];
    const card = this.cardOf(match.index, limit);
    return [personAnswer(match.person, this.lookup, 1), ...card.quotes, ...card.events].slice(
      0,
      limit,
    );
  }

  private cardOf(index: number, limit: number): PersonCard {
    const person = at(this.dataset.people, index);
    const quotes = (this.quotesBySpeaker.get(index) ?? [])
      .map((i) => at(this.dataset.quotes, i))
      .sort((a, b) => b.when.date.localeCompare(a.when.date))
      .slice(0, limit)
      .map((quote) => quoteAnswer(quote, this.lookup, 1));
    const events = person.eventIds
      .map((id) => this.lookup.eventById.get(id))
      .filter((event): event is Event => event !== undefined)
      .sort((a, b) => b.date.localeCompare(a.date))
      .slice(0, limit)
      .map((event) => eventAnswer(event, this.lookup, 1));
    return { person, quotes, events };
  }

  person(idOrName: string): PersonCard | null {
    const byId = this.personById.get(idOrName);
    const index = byId ?? this.resolvePerson(idOrName)?.index;
    return index === undefined ? null : this.cardOf(index, 10);
  }

  suggestPeople(partialName: string, limit = 25): PersonSuggestion[] {
    return this.index.people
      .suggest(sanitizeQuestion(partialName), Math.min(limit, 25))
      .map((match) => ({ personId: match.person.id, label: personLabel(match.person) }));
  }

  // ---- quotes -------------------------------------------------------------------------------

  private saidAnswers(
    parsed: ParsedQuestion,
    limit: number,
    base: Omit<AskResult, 'answers'>,
  ): AskResult {
    const subject = parsed.subject ?? '';
    const match = this.resolvePerson(subject);
    const bySpeaker = this.speakerFilter(match?.index ?? null, subject);
    if (bySpeaker === null) return { ...base, answers: [] };
    if (parsed.topic.length === 0) {
      const all = this.dataset.quotes
        .map((quote, i) => ({ quote, doc: this.index.docOf(DocKind.quote, i) }))
        .filter(({ doc }) => bySpeaker(doc))
        .sort((a, b) => b.quote.when.date.localeCompare(a.quote.when.date))
        .slice(0, limit)
        .map(({ quote }) => quoteAnswer(quote, this.lookup, 1));
      return { ...base, answers: all };
    }
    const hits = this.searchHits(
      parsed.topic,
      limit,
      [DocKind.quote],
      { people: [], range: parsed.range },
      bySpeaker,
    );
    const answers = hits.map((hit) => this.answerOf(hit.doc, round(hit.score)));
    if (answers.length > 0) return { ...base, answers: this.dedupe(answers, limit) };
    // The topic may be what the event is about rather than the words quoted: "What did Mulvaney
    // say about holding back Ukraine's aid?" → his quote in the event about the aid.
    const inEvents = match === null ? [] : this.quotesInEventsAbout(match.index, parsed);
    if (inEvents.length > 0) return { ...base, answers: inEvents.slice(0, limit) };
    const name = match?.person.name ?? subject;
    const count = this.dataset.quotes.filter((_, i) =>
      bySpeaker(this.index.docOf(DocKind.quote, i)),
    ).length;
    return {
      ...base,
      answers: [],
      suggestions: [
        `No quote by ${name} matches "${truncate(parsed.topic, 60)}" (${count} quote${count === 1 ? '' : 's'} by ${name} in the dataset).`,
        `What did ${name} say?`,
      ],
    };
  }

  /** The speaker's quotes in the events that best match the question's topic, best event first. */
  private quotesInEventsAbout(speaker: number, parsed: ParsedQuestion): Answer[] {
    const own = (this.quotesBySpeaker.get(speaker) ?? []).map((i) => at(this.dataset.quotes, i));
    if (own.length === 0) return [];
    const hits = this.searchHits(parsed.topic, 3, [DocKind.event], {
      people: [speaker],
      range: parsed.range,
    });
    return hits.flatMap((hit) => {
      const eventId = this.dataset.events[this.index.refs[hit.doc] ?? -1]?.id;
      return own
        .filter((quote) => quote.eventId === eventId)
        .map((quote) => quoteAnswer(quote, this.lookup, round(hit.score)));
    });
  }

  /**
   * Which quote documents a speaker phrase covers: a resolved person's quotes, or else quotes whose
   * speaker is named with those words ("a White House official"). Null when nobody matches.
   */
  private speakerFilter(person: number | null, phrase: string): ((doc: number) => boolean) | null {
    const { kinds, refs } = this.index;
    if (person !== null) {
      const id = this.dataset.people[person]?.id;
      return (doc) =>
        kinds[doc] === DocKind.quote &&
        this.dataset.quotes[refs[doc] ?? 0]?.speaker?.personId === id;
    }
    const wanted = words(phrase).filter((word) => !isStopword(word));
    if (wanted.length === 0) return null;
    const matches = (quote: Quote | undefined): boolean => {
      if (quote?.speaker == null) return false;
      const have = new Set(words(quote.speaker.name));
      return wanted.every((word) => have.has(word));
    };
    if (!this.dataset.quotes.some(matches)) return null;
    return (doc) => kinds[doc] === DocKind.quote && matches(this.dataset.quotes[refs[doc] ?? 0]);
  }

  searchQuotes(search: string, options: { speakerId?: string; limit?: number } = {}): Answer[] {
    const limit = clampLimit(options.limit);
    const speaker =
      options.speakerId === undefined ? null : (this.personById.get(options.speakerId) ?? -1);
    if (speaker === -1) return [];
    const filter = speaker === null ? undefined : (this.speakerFilter(speaker, '') ?? undefined);
    const hits = this.searchHits(
      sanitizeQuestion(search),
      limit,
      [DocKind.quote],
      { people: [], range: null },
      filter,
    );
    return this.dedupe(
      hits.map((hit) => this.answerOf(hit.doc, round(hit.score))),
      limit,
    );
  }

  /** Quotes closest to a claimed quotation, closest first, each with its verdict. */
  private closestQuotes(
    claim: string,
    speaker: number | null,
  ): { answer: Answer; verdict: Verification['verdict']; coverage: number }[] {
    const filter = speaker === null ? undefined : (this.speakerFilter(speaker, '') ?? undefined);
    const hits = this.searchHits(
      claim,
      QUOTE_CANDIDATES,
      [DocKind.quote],
      { people: [], range: null },
      filter,
    );
    const rank = {
      exact: 4,
      paraphrase: 3,
      'other-speaker': 2,
      related: 1,
      'not-found': 0,
    } as const;
    return hits
      .map((hit) => {
        const quote = at(this.dataset.quotes, this.index.refs[hit.doc] ?? 0);
        const comparison = compareQuote(claim, quote.text, quote.negated);
        return {
          answer: quoteAnswer(quote, this.lookup, round(comparison.coverage)),
          ...comparison,
          score: hit.score,
        };
      })
      .sort(
        (a, b) => rank[b.verdict] - rank[a.verdict] || b.coverage - a.coverage || b.score - a.score,
      );
  }

  verify(quote: string, options: { speakerId?: string } = {}): Verification {
    const speaker =
      options.speakerId === undefined ? null : (this.personById.get(options.speakerId) ?? null);
    return this.verifyWith(sanitizeQuestion(quote), speaker, null);
  }

  /**
   * `claim` is the words to find; `about.context` the whole claim around them ("there were "…" in
   * Charlottesville"), which an event may report without quoting it.
   */
  private verifyWith(
    claim: string,
    speaker: number | null,
    unresolvedSpeaker: string | null,
    about: { context: string; range: DayRange | null } = { context: claim, range: null },
  ): Verification {
    const notFound: Verification = { verdict: 'not-found', best: null, alternatives: [] };
    if (!hasWords(claim)) return notFound;
    const speakerWords =
      unresolvedSpeaker === null
        ? []
        : words(unresolvedSpeaker).filter((word) => !isStopword(word));
    const named = speaker !== null || speakerWords.length > 0;
    // Quotes by the named speaker: the person's own (searched among theirs, so a prolific speaker's
    // quote is not crowded out), or, for a phrase that names nobody known ("a White House
    // official", "Iran"), quotes whose speaker shares its words.
    const anyone = this.closestQuotes(claim, null);
    const theirs =
      speaker !== null
        ? this.closestQuotes(claim, speaker)
        : speakerWords.length > 0
          ? anyone.filter((f) =>
              words(f.answer.speaker ?? '').some((word) => speakerWords.includes(word)),
            )
          : anyone;
    const others = (from: readonly { answer: Answer; coverage: number }[], skip: Answer) =>
      from
        .filter((f) => f.answer !== skip && f.coverage > 0)
        .slice(0, 3)
        .map((f) => f.answer);
    const best = theirs[0];
    if (best !== undefined && best.verdict !== 'not-found') {
      return {
        verdict: best.verdict,
        best: best.answer,
        alternatives: others(theirs, best.answer),
      };
    }
    // The words may be real but someone else's: name who said them.
    if (named) {
      const elsewhere = anyone.find((f) => f.verdict === 'exact' || f.verdict === 'paraphrase');
      if (elsewhere !== undefined) {
        return {
          verdict: 'other-speaker',
          best: elsewhere.answer,
          alternatives: others(anyone, elsewhere.answer),
        };
      }
    }
    // Something on the subject, not the claim: shown under a verdict that does not say yes. The
    // subject may be in the speaker's quotes or in an event about them ("Trump backs away from a
    // joint cyber security unit with Putin").
    if (
      best !== undefined &&
      best.coverage >= RELATED_COVERAGE &&
      mentionsMost(best.answer.text, this.distinctiveStems(claim))
    ) {
      return { verdict: 'related', best: best.answer, alternatives: others(theirs, best.answer) };
    }
    const event =
      this.eventOnClaim(about.context, speaker, speakerWords, about.range) ??
      (about.context === claim ? null : this.eventOnClaim(claim, speaker, speakerWords, null));
    if (event !== null) return { verdict: 'related', best: event, alternatives: [] };
    if (best === undefined || best.coverage === 0) return notFound;
    return { verdict: 'not-found', best: best.answer, alternatives: others(theirs, best.answer) };
  }

  /**
   * The claim's rarest words in the dataset (their stems, rarest first, unknown words before all):
   * what a text must mostly mention to be about the claim at all ("swamp" and "drain" in "drain the swamp by the end of
   * his first year", not "end" and "year").
   */
  private distinctiveStems(claim: string): string[] {
    const counted = new Map<string, number>();
    for (const word of words(claim)) {
      if (word.length < 3 || isStopword(word)) continue;
      const term = stem(word);
      // A word the dataset never uses is the most distinctive of all.
      counted.set(term, this.index.text.frequency(term));
    }
    return [...counted]
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
      .slice(0, DISTINCTIVE_WORDS)
      .map(([term]) => term);
  }

  /**
   * What an event reports, whole: its source's text when that is a short report (a timeline
   * entry), else its title and summary (a long article would hold the words of any claim).
   */
  private reportedText(event: Event): string {
    const source = primarySource(event, this.lookup);
    return source !== undefined && source.text.length <= REPORT_MAX
      ? source.text
      : `${event.title} ${event.summary}`;
  }

  /**
   * An event about the speaker (a named person, or one whose text has the words of a described
   * speaker such as "officials") that holds most of the claim's content words: the claim's
   * subject is in the data even if no quotation says it.
   */
  private eventOnClaim(
    claim: string,
    speaker: number | null,
    speakerWords: readonly string[],
    range: DayRange | null,
  ): Answer | null {
    if (speaker === null && speakerWords.length === 0) return null;
    const focus: Focus = { people: speaker === null ? [] : [speaker], range };
    const personId = speaker === null ? null : (this.dataset.people[speaker]?.id ?? null);
    for (const hit of this.searchHits(claim, 3, [DocKind.event], focus)) {
      const event = this.dataset.events[this.index.refs[hit.doc] ?? -1];
      if (event === undefined) continue;
      const about =
        personId !== null
          ? event.personIds.includes(personId)
          : words(this.reportedText(event)).some((word) => speakerWords.includes(word));
      const text = this.reportedText(event);
      if (
        about &&
        mentionsMost(text, this.distinctiveStems(claim)) &&
        compareQuote(claim, text).coverage >= EVENT_RELATED_COVERAGE
      ) {
        return this.answerOf(hit.doc, round(hit.score));
      }
    }
    return null;
  }

  // ---- events -------------------------------------------------------------------------------

  suggestEvents(partialQuery: string, limit = 25): EventSuggestion[] {
    const text = sanitizeQuestion(partialQuery);
    const capped = Math.min(limit, 25);
    let positions: number[];
    if (!hasWords(text)) {
      positions = [
        ...this.index.eventsByDate.subarray(Math.max(0, this.index.eventsByDate.length - capped)),
      ].reverse();
    } else {
      const query = buildQuery(text, this.index.text, { prefixLast: true });
      const hits = this.index.text.search(query.groups, {
        limit: capped,
        accept: (doc) => this.index.kinds[doc] === DocKind.event,
      });
      positions = hits.map((hit) => this.index.refs[hit.doc] ?? 0);
    }
    return positions.map((position) => {
      const event = at(this.dataset.events, position);
      return {
        eventId: event.id,
        label: truncate(`${event.date} · ${event.title || eventText(event)}`, 100),
      };
    });
  }

  event(idOrQuery: string): EventCard | null {
    let position = this.eventPosition.get(idOrQuery);
    if (position === undefined) {
      const hit = this.searchHits(sanitizeQuestion(idOrQuery), 1, [DocKind.event], {
        people: [],
        range: null,
      })[0];
      position = hit === undefined ? undefined : this.index.refs[hit.doc];
    }
    const event = position === undefined ? undefined : this.dataset.events[position];
    if (event === undefined) return null;
    const people = new Set(event.personIds);
    return {
      event,
      sources: event.sourceIds
        .map((id) => this.lookup.sourceById.get(id))
        .filter((s) => s !== undefined),
      quotes: this.dataset.quotes.filter((quote) => quote.eventId === event.id),
      people: this.dataset.people.filter((person) => people.has(person.id)),
    };
  }

  timeline(options: TimelineOptions): TimelineResult {
    const limit = Math.min(Math.max(1, options.limit ?? 25), 500);
    const reference = this.referenceDate();
    const from =
      options.from === undefined || options.from.trim() === ''
        ? null
        : parseDateRange(options.from, reference, this.dateSpan());
    const to =
      options.to === undefined || options.to.trim() === ''
        ? null
        : parseDateRange(options.to, reference, this.dateSpan());
    if (options.from !== undefined && options.from.trim() !== '' && from === null) {
      return {
        entries: [],
        total: 0,
        error: `could not understand the "from" date "${truncate(options.from, 40)}"`,
      };
    }
    if (options.to !== undefined && options.to.trim() !== '' && to === null) {
      return {
        entries: [],
        total: 0,
        error: `could not understand the "to" date "${truncate(options.to, 40)}"`,
      };
    }
    const low = from === null ? Number.NEGATIVE_INFINITY : dayNumber(from.from);
    const high = to === null ? Number.POSITIVE_INFINITY : lastDayNumber(to.to);
    const inRange = (date: string): boolean =>
      lastDayNumber(date) >= low && dayNumber(date) <= high;

    const entries: Answer[] = [];
    // Counted in full even where only the first `limit` are built, so the reply can say so.
    let total = 0;
    let quotePositions: Iterable<number>;
    if (options.personId === undefined) {
      const positions = this.index.eventsBetween(Math.max(low, -1e9), Math.min(high, 1e9));
      total += positions.length;
      for (const position of positions) {
        entries.push(eventAnswer(at(this.dataset.events, position), this.lookup, 1));
        if (entries.length === limit) break;
      }
      quotePositions = this.dataset.quotes.keys();
    } else {
      const person = this.personById.get(options.personId);
      if (person === undefined)
        return {
          entries: [],
          total: 0,
          error: `unknown person id "${truncate(options.personId, 40)}"`,
        };
      for (const id of this.dataset.people[person]?.eventIds ?? []) {
        const event = this.lookup.eventById.get(id);
        if (event !== undefined && inRange(event.date)) {
          entries.push(eventAnswer(event, this.lookup, 1));
          total += 1;
        }
      }
      quotePositions = this.quotesBySpeaker.get(person) ?? [];
    }
    for (const i of quotePositions) {
      const quote = this.dataset.quotes[i];
      if (quote !== undefined && inRange(quote.when.date)) {
        entries.push(quoteAnswer(quote, this.lookup, 1));
        total += 1;
      }
    }
    entries.sort(
      (a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.kind.localeCompare(b.kind),
    );
    return { entries: entries.slice(0, limit), total };
  }

  stats(): DatasetStats {
    const first = this.index.eventsByDate[0];
    const last = this.index.eventsByDate[this.index.eventsByDate.length - 1];
    return {
      events: this.dataset.events.length,
      quotes: this.dataset.quotes.length,
      people: this.dataset.people.filter((person) => person.kind === 'person').length,
      facts: this.dataset.facts.length,
      sources: this.dataset.sources.length,
      firstDate: first === undefined ? null : (this.dataset.events[first]?.date ?? null),
      lastDate: last === undefined ? null : (this.dataset.events[last]?.date ?? null),
      attributions: this.dataset.attributions.map((attribution) => attribution.text),
    };
  }

  // ---- no answer ----------------------------------------------------------------------------

  /** Close names, spellings, dates or example questions for a question that found nothing. */
  private suggestionsFor(parsed: ParsedQuestion): string[] {
    const suggestions: string[] = [];
    const text = [parsed.subject, parsed.topic, parsed.quote]
      .filter((part) => part !== null && part !== '')
      .join(' ');
    const query = buildQuery(text, this.index.text);
    for (const { typed, read } of query.corrections)
      suggestions.push(`Did you mean "${read}" for "${typed}"?`);
    const named = new Set<string>();
    for (const word of words(text).slice(0, 8)) {
      if (word.length < 4 || isStopword(word)) continue;
      for (const match of this.index.people.fuzzy(word, 2)) {
        if (named.has(match.person.id)) continue;
        named.add(match.person.id);
        suggestions.push(`Who is ${match.person.name}?`);
      }
    }
    if (parsed.range !== null || parsed.intent === 'date') suggestions.push(this.coverageHint());
    if (suggestions.length === 0) {
      const known = [...this.dataset.people].sort(
        (a, b) => b.eventIds.length - a.eventIds.length,
      )[0];
      if (known !== undefined) suggestions.push(`Who is ${known.name}?`);
      const stats = this.stats();
      if (stats.firstDate !== null) suggestions.push(`What happened on ${stats.firstDate}?`);
      suggestions.push('Ask about a person, a date or a quote, e.g. "When did … resign?"');
    }
    return suggestions.slice(0, 5);
  }

  private coverageHint(): string {
    const { firstDate, lastDate } = this.stats();
    return firstDate === null
      ? 'The dataset is empty.'
      : `The dataset covers ${firstDate} to ${lastDate ?? firstDate}.`;
  }
}

/** Hits scoring within this share of the best are treated as equally relevant for `when`. */
const WHEN_BAND = 0.8;

/**
 * For "when did X happen", the first report of an event is the answer; later events mention it in
 * passing ("the fired FBI director"). Among hits nearly as good as the best, the oldest goes first.
 */
function earliestInTopBand(hits: Hit[], firstDay: Int32Array): Hit[] {
  const best = hits[0]?.score ?? 0;
  const band = hits.filter((hit) => hit.score >= best * WHEN_BAND);
  const rest = hits.slice(band.length);
  return [...band.sort((a, b) => (firstDay[a.doc] ?? 0) - (firstDay[b.doc] ?? 0)), ...rest];
}

/** A record by position; positions come from the index built over the same arrays. */
function at<T>(records: readonly T[], position: number): T {
  const record = records[position];
  if (record === undefined) throw new Error(`no record at position ${String(position)}`);
  return record;
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(Math.max(1, Math.floor(limit)), MAX_LIMIT);
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/**
 * Whether the text mentions most of the stems (two, or the only one), directly or through a
 * synonym.
 */
function mentionsMost(text: string, wanted: readonly string[]): boolean {
  const present = new Set(words(text).map(stem));
  const found = wanted.filter(
    (term) => present.has(term) || synonymsOf(term).some((synonym) => present.has(synonym)),
  );
  return found.length >= Math.min(2, wanted.length);
}

/** The question's adjacent word pairs in which neither word is a stopword. */
function contentPairs(text: string): Set<string> {
  const pairs = new Set<string>();
  for (const pair of stemPairs(text)) {
    const [first = '', second = ''] = pair.split(' ');
    if (!isStopword(first) && !isStopword(second) && first.length > 1 && second.length > 1) {
      pairs.add(pair);
    }
  }
  return pairs;
}
