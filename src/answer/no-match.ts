/**
 * What a reply offers when nothing matched. "No match" is one shape everywhere: an empty answer
 * list, with these suggestions (close names, spellings, the dates covered, an example question)
 * so the asker has somewhere to go. Every such suggestion is made here, as data (`Suggestion`):
 * the replies word it in the asker's language.
 */
import type { ParsedQuestion } from '../question/parse.js';
import { buildQuery } from '../search/query.js';
import { isStopword, words } from '../search/text.js';
import type { AnswerContext } from './context.js';
import { truncate } from './render.js';
import type { Suggestion } from './types.js';

/** At most this many suggestions for a question that found nothing. */
const MAX_SUGGESTIONS = 5;

export function coverageHint(ctx: AnswerContext): Suggestion {
  const span = ctx.dateSpan();
  return span === null
    ? { kind: 'empty-dataset' }
    : { kind: 'coverage', first: span.first, last: span.last };
}

/** For a date the calendar does not have ("2017-13-45", "February 30"). */
export function impossibleDateHints(ctx: AnswerContext, written: string): Suggestion[] {
  return [{ kind: 'impossible-date', written }, coverageHint(ctx)];
}

/** For a text in which no date could be understood. */
export function noDateHints(ctx: AnswerContext): Suggestion[] {
  return [coverageHint(ctx), { kind: 'date-examples' }];
}

/** For a speaker who is known but said nothing on the topic: how much they did say. */
export function noQuoteOnTopicHints(name: string, topic: string, count: number): Suggestion[] {
  return [
    { kind: 'no-quote-on-topic', name, topic: truncate(topic, 60), count },
    { kind: 'question', question: `What did ${name} say?` },
  ];
}

/** Close names, spellings, dates or example questions for a question that found nothing. */
export function suggestionsFor(ctx: AnswerContext, parsed: ParsedQuestion): Suggestion[] {
  const suggestions: Suggestion[] = [];
  const text = [parsed.subject, parsed.topic, parsed.quote]
    .filter((part) => part !== null && part !== '')
    .join(' ');
  const query = buildQuery(text, ctx.index.text);
  for (const { typed, read } of query.corrections)
    suggestions.push({ kind: 'spelling', typed, read });
  const named = new Set<string>();
  for (const word of words(text).slice(0, 8)) {
    if (word.length < 4 || isStopword(word)) continue;
    for (const match of ctx.index.people.fuzzy(word, 2)) {
      if (named.has(match.person.id)) continue;
      named.add(match.person.id);
      suggestions.push({ kind: 'question', question: `Who is ${match.person.name}?` });
    }
  }
  if (parsed.range !== null || parsed.intent === 'date') suggestions.push(coverageHint(ctx));
  if (suggestions.length === 0) {
    const known = [...ctx.dataset.people].sort((a, b) => b.eventIds.length - a.eventIds.length)[0];
    if (known !== undefined) {
      suggestions.push({ kind: 'question', question: `Who is ${known.name}?` });
    }
    const firstDate = ctx.dateSpan()?.first;
    if (firstDate !== undefined) {
      suggestions.push({ kind: 'question', question: `What happened on ${firstDate}?` });
    }
    suggestions.push({ kind: 'ask-examples' });
  }
  return suggestions.slice(0, MAX_SUGGESTIONS);
}
