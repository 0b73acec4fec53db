/**
 * Replies for the core's result lists: answers to a question, quotes, events in a date range, a
 * timeline, and a quote check. Each says plainly when nothing was found.
 */
import type {
  AskResult,
  Answer,
  DateAnswer,
  PersonSuggestion,
  EventSuggestion,
  TimelineResult,
  Verdict,
  Verification,
} from '../../answer/types.js';
import type { Person } from '../../dataset/schema.js';
import type { Reply } from '../command.js';
import { answerField, quoted } from './answers.js';
import { capitalise, shownOfTotal } from './counts.js';
import { formatDate, formatRange } from './dates.js';
import { COLORS, listReply, noticeReply, type ReplyContext } from './reply.js';
import { escapeText, oneLine, safeText } from './text.js';

export interface RenderContext extends ReplyContext {
  /** The command line that produced the result, shown in the footer and re-run by page buttons. */
  commandLine: string;
}

const EVENTS = { one: 'event', many: 'events' } as const;
const ENTRIES = { one: 'entry', many: 'entries' } as const;

function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

const VERDICTS: Record<Verdict, { line: string; color: number }> = {
  exact: { line: '✅ **Yes.** Those words are in the dataset.', color: COLORS.exact },
  paraphrase: {
    line: '🟡 **Close, but not word for word.** The closest real quote is below.',
    color: COLORS.paraphrase,
  },
  'other-speaker': {
    line: '↔️ **Said, but by someone else.** The real speaker is below.',
    color: COLORS.paraphrase,
  },
  related: {
    line: '⚠️ **Not as claimed.** The closest quote below is on the subject but does not say that.',
    color: COLORS.paraphrase,
  },
  'not-found': {
    line: '❌ **No.** Nothing in the dataset is close to that quote.',
    color: COLORS.notFound,
  },
};

/**
 * The one-line answer a person looks for first: the date for "when", the speaker for "who said".
 * Other intents are answered by the list itself.
 */
export function leadLine(result: AskResult): string | null {
  const best = result.answers[0];
  if (best === undefined) return null;
  if (result.intent === 'when' && best.date !== null) {
    return `**${formatDate(best.date)}**: ${safeText(oneLine(best.text), 300)}`;
  }
  if (result.intent === 'who-said' && best.speaker !== undefined) {
    const when = best.date === null ? '' : ` (${formatDate(best.date)})`;
    return `**${safeText(oneLine(best.speaker), 200)}** said it${when}.`;
  }
  return null;
}

/** `question` is the asker's own words, shown as the title (the core's copy is normalised). */
export function renderAskResult(
  question: string,
  result: AskResult,
  context: RenderContext,
): Reply {
  const range = result.range === undefined ? '' : ` for ${formatRange(result.range)}`;
  if (result.answers.length === 0) {
    return noticeReply({
      title: question,
      message: `I couldn't find an answer to that in the dataset${range}.`,
      suggestions: result.suggestions,
      commandLine: context.commandLine,
    });
  }
  const lines: string[] = [];
  const verdict = result.verdict === undefined ? undefined : VERDICTS[result.verdict];
  if (verdict !== undefined) lines.push(verdict.line);
  const lead = leadLine(result);
  if (lead !== null) lines.push(lead);
  if (result.range !== undefined) lines.push(`**Dates:** ${formatRange(result.range)}`);
  lines.push(`${plural(result.answers.length, 'answer')}, best first.`);
  return listReply(
    {
      title: question,
      description: lines.join('\n'),
      entries: result.answers.map((answer, i) => answerField(answer, `${i + 1}.`)),
      color: verdict?.color ?? COLORS.answer,
      commandLine: context.commandLine,
    },
    context,
  );
}

export function renderQuotes(
  query: { search: string; speaker: Person | null },
  quotes: Answer[],
  context: RenderContext,
): Reply {
  const by = query.speaker === null ? '' : ` by ${safeText(oneLine(query.speaker.name), 100)}`;
  const search = quoted(query.search, 200);
  if (quotes.length === 0) {
    return noticeReply({
      title: 'No matching quote',
      message: `No quote${by} in the dataset matches ${search}.`,
      suggestions:
        query.speaker === null
          ? ['Try fewer or different words.', 'Pick a speaker to see only their quotes.']
          : [
              'Try fewer or different words.',
              `See /who name:${query.speaker.name} for their latest quotes.`,
            ],
      commandLine: context.commandLine,
    });
  }
  return listReply(
    {
      title: query.speaker === null ? 'Quotes' : `Quotes by ${query.speaker.name}`,
      description: `${plural(quotes.length, 'quote')}${by} matching ${search}, best first.`,
      entries: quotes.map((answer, i) => answerField(answer, `${i + 1}.`)),
      commandLine: context.commandLine,
    },
    context,
  );
}

export function renderDateAnswer(when: string, result: DateAnswer, context: RenderContext): Reply {
  if (result.range === null) {
    return noticeReply({
      title: 'Date not understood',
      message: `I couldn't read a date in ${quoted(when, 200)}.`,
      suggestions: result.suggestions,
      commandLine: context.commandLine,
    });
  }
  const period = formatRange(result.range);
  if (result.answers.length === 0) {
    return noticeReply({
      title: `Nothing found for ${period}`,
      message: `The dataset has no events for ${escapeText(period)}.`,
      suggestions: result.suggestions,
      commandLine: context.commandLine,
    });
  }
  const single = result.range.from === result.range.to;
  return listReply(
    {
      title: `What happened ${single ? 'on' : 'in'} ${period}`,
      description: countLine(result),
      entries: result.answers.map((answer, i) => answerField(answer, `${i + 1}.`)),
      entryDates: result.answers.map((answer) => answer.date),
      commandLine: context.commandLine,
    },
    context,
  );
}

/** "3 events, the most prominent first", or "First 25 of 403 events … narrow the range". */
function countLine(result: DateAnswer): string {
  const shown = result.answers.filter((answer) => answer.kind === 'event').length;
  if (result.total > shown) {
    return `${capitalise(shownOfTotal(shown, result.total, EVENTS))}, the most prominent first: narrow the range to see the rest.`;
  }
  const facts = result.answers.length - shown;
  const reported = facts > 0 ? ` and ${plural(facts, 'dated report')}` : '';
  return `${plural(shown, 'event')}${reported}, the most prominent first.`;
}

export function renderTimeline(
  query: { person: Person | null; from?: string | undefined; to?: string | undefined },
  result: TimelineResult,
  context: RenderContext,
): Reply {
  const title = query.person === null ? 'Timeline' : `Timeline · ${query.person.name}`;
  if (result.error !== undefined) {
    return noticeReply({
      title,
      message: `${capitalise(safeText(result.error, 300))}.`,
      suggestions: ['Write dates like "March 2, 2017", "2017-03" or "2017".'],
      commandLine: context.commandLine,
    });
  }
  const span = [
    query.from === undefined ? '' : ` from ${quoted(query.from, 102)}`,
    query.to === undefined ? '' : ` to ${quoted(query.to, 102)}`,
  ].join('');
  if (result.entries.length === 0) {
    return noticeReply({
      title,
      message: `No events or quotes${span} in the dataset.`,
      commandLine: context.commandLine,
    });
  }
  const first = result.entries[0]?.date ?? null;
  const last = result.entries[result.entries.length - 1]?.date ?? null;
  const covered =
    first === null || last === null
      ? ''
      : first === last
        ? ` (${formatDate(first)})`
        : ` (${formatDate(first)} to ${formatDate(last)})`;
  const shown = capitalise(shownOfTotal(result.entries.length, result.total, ENTRIES));
  const cut = result.total > result.entries.length;
  return listReply(
    {
      title,
      description: `${shown}${span}${covered}, oldest first${cut ? ': narrow the range to see the rest' : ''}.`,
      entries: result.entries.map((answer, i) => answerField(answer, `${i + 1}.`)),
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
  const who = query.speaker === null ? 'anyone' : query.speaker.name;
  const verdict = VERDICTS[verification.verdict];
  const claim = `**You asked about:** ${quoted(query.quote, 1000)}`;
  const title = `Did ${who} say it?`;
  if (verification.best === null) {
    return noticeReply({
      title,
      message: `${verdict.line}\n${claim}`,
      suggestions: [
        'Try a shorter part of the quote, in its original words.',
        ...(query.speaker === null ? [] : ['Try without a speaker.']),
      ],
      color: verdict.color,
      commandLine: context.commandLine,
    });
  }
  return listReply(
    {
      title,
      description: `${verdict.line}\n${claim}`,
      entries: [
        answerField(verification.best, 'Closest real quote ·'),
        ...verification.alternatives.map((answer) => answerField(answer, 'Also close ·')),
      ],
      color: verdict.color,
      commandLine: context.commandLine,
    },
    context,
  );
}

export function renderUnknownPerson(
  name: string,
  suggestions: readonly PersonSuggestion[],
  commandLine: string,
): Reply {
  return noticeReply({
    title: 'Person not found',
    message: `I don't know anyone called ${quoted(name, 102)} in the dataset.`,
    suggestions: suggestions.map((suggestion) => `Did you mean ${suggestion.label}?`),
    commandLine,
  });
}

export function renderUnknownEvent(
  query: string,
  suggestions: readonly EventSuggestion[],
  commandLine: string,
): Reply {
  return noticeReply({
    title: 'Event not found',
    message: `No event in the dataset matches ${quoted(query, 202)}.`,
    suggestions: suggestions.map((suggestion) => suggestion.label),
    commandLine,
  });
}
