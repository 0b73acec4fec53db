/**
 * Replies for the core's result lists: answers to a question, quotes, events in a date range, a
 * timeline, and a quote check. Each says plainly when nothing was found. Every fixed word comes
 * from the asker's language (i18n/); the answers themselves stay as the dataset wrote them.
 */
import type {
  AskResult,
  Answer,
  DateAnswer,
  PersonSuggestion,
  EventSuggestion,
  QuoteSearch,
  TimelineProblem,
  TimelineResult,
  Verification,
} from '../../answer/types.js';
import type { Person } from '../../dataset/schema.js';
import type { Reply } from '../command.js';
import { commandUsage } from '../i18n/commands.js';
import { textOf, type Strings } from '../i18n/index.js';
import { answerField, quoted, suggestionsText } from './answers.js';
import { capitalise } from '../../language/letter-case.js';
import { countNoun, shownOfCounted, shownOfTotal } from './counts.js';
import { formatDate, formatRange } from './dates.js';
import { COLORS, listReply, noticeReply, type ReplyContext } from './reply.js';
import { escapeText, oneLine, safeText } from './text.js';

export interface RenderContext extends ReplyContext {
  /** The command line that produced the result, shown in the footer and re-run by page buttons. */
  commandLine: string;
}

const VERDICT_COLORS = {
  exact: COLORS.exact,
  paraphrase: COLORS.paraphrase,
  'other-speaker': COLORS.paraphrase,
  related: COLORS.paraphrase,
  'not-found': COLORS.notFound,
} as const;

/** Numbered list entries: "1.", "2.", … */
function numbered(answers: readonly Answer[], locale: string | undefined) {
  return answers.map((answer, i) => answerField(answer, `${i + 1}.`, locale));
}

/**
 * The one-line answer a person looks for first: the date for "when", the speaker for "who said".
 * Other intents are answered by the list itself.
 */
export function leadLine(result: AskResult, locale?: string): string | null {
  const text = textOf(locale).ask;
  const best = result.answers[0];
  if (best === undefined) return null;
  if (result.intent === 'when' && best.date !== null) {
    return text.when(formatDate(best.date, locale), safeText(oneLine(best.text), 300));
  }
  if (result.intent === 'who-said' && best.speaker !== undefined) {
    const speaker = safeText(oneLine(best.speaker), 200);
    return best.date === null
      ? text.saidIt(speaker)
      : text.saidItOn(speaker, formatDate(best.date, locale));
  }
  return null;
}

/** `question` is the asker's own words, shown as the title (the core's copy is normalised). */
export function renderAskResult(
  question: string,
  result: AskResult,
  context: RenderContext,
): Reply {
  const { locale } = context;
  const strings = textOf(locale);
  const text = strings.ask;
  if (result.answers.length === 0) {
    return noticeReply({
      title: question,
      message:
        result.range === undefined
          ? text.noAnswer
          : text.noAnswerFor(formatRange(result.range, locale)),
      suggestions: suggestionsText(result.suggestions, locale),
      commandLine: context.commandLine,
      locale,
    });
  }
  const lines: string[] = [];
  if (result.verdict !== undefined) lines.push(strings.verdicts[result.verdict]);
  const lead = leadLine(result, locale);
  if (lead !== null) lines.push(lead);
  if (result.range !== undefined) lines.push(text.dates(formatRange(result.range, locale)));
  const count = shownOfCounted(result.answers.length, result.total, strings.nouns.answer, locale);
  lines.push(text.bestFirst(capitalise(count)));
  return listReply(
    {
      title: question,
      description: lines.join('\n'),
      entries: numbered(result.answers, locale),
      color: result.verdict === undefined ? COLORS.answer : VERDICT_COLORS[result.verdict],
      commandLine: context.commandLine,
    },
    context,
  );
}

export function renderQuotes(
  query: { search: string; speaker: Person | null },
  found: QuoteSearch,
  context: RenderContext,
): Reply {
  const { locale } = context;
  const strings = textOf(locale);
  const text = strings.quotes;
  const name = query.speaker === null ? null : safeText(oneLine(query.speaker.name), 100);
  const search = quoted(query.search, 200, locale);
  if (found.answers.length === 0) {
    return noticeReply({
      title: text.noneTitle,
      message: name === null ? text.none(search) : text.noneBy(name, search),
      suggestions:
        query.speaker === null
          ? [text.fewerWords, text.pickSpeaker]
          : [
              text.fewerWords,
              text.seeWho(commandUsage('who', { name: query.speaker.name }, locale)),
            ],
      commandLine: context.commandLine,
      locale,
    });
  }
  const count = capitalise(
    shownOfCounted(found.answers.length, found.total, strings.nouns.quote, locale),
  );
  return listReply(
    {
      title: query.speaker === null ? text.title : text.titleBy(query.speaker.name),
      description: name === null ? text.found(count, search) : text.foundBy(count, name, search),
      entries: numbered(found.answers, locale),
      commandLine: context.commandLine,
    },
    context,
  );
}

export function renderDateAnswer(when: string, result: DateAnswer, context: RenderContext): Reply {
  const { locale } = context;
  const text = textOf(locale).days;
  if (result.range === null) {
    return noticeReply({
      title: text.unreadableTitle,
      message: text.unreadable(quoted(when, 200, locale)),
      suggestions: suggestionsText(result.suggestions, locale),
      commandLine: context.commandLine,
      locale,
    });
  }
  const period = formatRange(result.range, locale);
  if (result.answers.length === 0) {
    return noticeReply({
      title: text.nothingTitle(period),
      message: text.nothing(escapeText(period)),
      suggestions: suggestionsText(result.suggestions, locale),
      commandLine: context.commandLine,
      locale,
    });
  }
  const single = result.range.from === result.range.to;
  return listReply(
    {
      title: single ? text.titleDay(period) : text.titlePeriod(period),
      description: countLine(result, textOf(locale), locale),
      entries: numbered(result.answers, locale),
      entryDates: result.answers.map((answer) => answer.date),
      commandLine: context.commandLine,
    },
    context,
  );
}

/** "3 events, the most prominent first", or "First 25 of 403 events … narrow the range". */
function countLine(result: DateAnswer, strings: Strings, locale: string | undefined): string {
  const { days, nouns } = strings;
  const shown = result.answers.filter((answer) => answer.kind === 'event').length;
  if (result.total > shown) {
    return days.cut(capitalise(shownOfTotal(shown, result.total, nouns.event, 'first', locale)));
  }
  const facts = result.answers.length - shown;
  const events = capitalise(countNoun(shown, nouns.event, locale));
  return facts > 0
    ? days.withReports(events, countNoun(facts, nouns.report, locale))
    : days.all(events);
}

/** What went wrong with a timeline's bounds or person, in words. */
function problemText(problem: TimelineProblem, strings: Strings): string {
  if (problem.kind === 'unknown-person') {
    return strings.timeline.unknownPerson(safeText(problem.personId, 100));
  }
  const option = strings.commands.timeline.options[problem.bound].name;
  return strings.timeline.unreadableDate(option, safeText(problem.written, 100));
}

export function renderTimeline(
  query: { person: Person | null; from?: string | undefined; to?: string | undefined },
  result: TimelineResult,
  context: RenderContext,
): Reply {
  const { locale } = context;
  const strings = textOf(locale);
  const text = strings.timeline;
  const title = query.person === null ? text.title : text.titleOf(query.person.name);
  if (result.error !== undefined) {
    return noticeReply({
      title,
      message: problemText(result.error, strings),
      suggestions: [text.dateExamples],
      commandLine: context.commandLine,
      locale,
    });
  }
  const span = [
    query.from === undefined ? '' : text.from(quoted(query.from, 102, locale)),
    query.to === undefined ? '' : text.to(quoted(query.to, 102, locale)),
  ].join('');
  if (result.entries.length === 0) {
    return noticeReply({
      title,
      message: text.nothing(span),
      commandLine: context.commandLine,
      locale,
    });
  }
  const first = result.entries[0]?.date ?? null;
  const last = result.entries[result.entries.length - 1]?.date ?? null;
  const covered =
    first === null || last === null
      ? ''
      : text.covers(
          first === last
            ? formatDate(first, locale)
            : strings.dates.range(formatDate(first, locale), formatDate(last, locale)),
        );
  const shown = capitalise(
    shownOfTotal(result.entries.length, result.total, strings.nouns.entry, 'first', locale),
  );
  const cut = result.total > result.entries.length;
  return listReply(
    {
      title,
      description: cut
        ? text.summaryCut(shown, `${span}${covered}`)
        : text.summary(shown, `${span}${covered}`),
      entries: numbered(result.entries, locale),
      entryDates: result.entries.map((answer) => answer.date),
      commandLine: context.commandLine,
    },
    context,
  );
}

export function renderVerification(
  query: { quote: string; speaker: Person | null },
  verification: Verification,
  context: RenderContext,
): Reply {
  const { locale } = context;
  const strings = textOf(locale);
  const text = strings.verify;
  const who = query.speaker === null ? text.anyone : query.speaker.name;
  const line = strings.verdicts[verification.verdict];
  const color = VERDICT_COLORS[verification.verdict];
  const claim = text.youAsked(quoted(query.quote, 1000, locale));
  const title = text.title(who);
  if (verification.best === null) {
    return noticeReply({
      title,
      message: `${line}\n${claim}`,
      suggestions: [text.shorterQuote, ...(query.speaker === null ? [] : [text.withoutSpeaker])],
      color,
      commandLine: context.commandLine,
      locale,
    });
  }
  return listReply(
    {
      title,
      description: `${line}\n${claim}`,
      entries: [
        answerField(verification.best, text.closest, locale),
        ...verification.alternatives.map((answer) => answerField(answer, text.alsoClose, locale)),
      ],
      color,
      commandLine: context.commandLine,
    },
    context,
  );
}

export function renderUnknownPerson(
  name: string,
  suggestions: readonly PersonSuggestion[],
  commandLine: string,
  locale?: string,
): Reply {
  const text = textOf(locale).unknown;
  return noticeReply({
    title: text.personTitle,
    message: text.person(quoted(name, 102, locale)),
    suggestions: suggestions.map((suggestion) => text.didYouMean(suggestion.label)),
    commandLine,
    locale,
  });
}

export function renderUnknownEvent(
  query: string,
  suggestions: readonly EventSuggestion[],
  commandLine: string,
  locale?: string,
): Reply {
  const text = textOf(locale).unknown;
  return noticeReply({
    title: text.eventTitle,
    message: text.event(quoted(query, 202, locale)),
    suggestions: suggestions.map((suggestion) => suggestion.label),
    commandLine,
    locale,
  });
}
