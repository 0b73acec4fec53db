/**
 * The core's suggestions (what to try when nothing was found) in words, in the asker's language.
 * Questions stay as the core wrote them: the bot reads questions in English.
 */
import type { Suggestion } from '../../answer/types.js';
import { formatDate } from '../render/dates.js';
import { textOf } from './index.js';

export function suggestionText(suggestion: Suggestion, locale?: string): string {
  const { hints } = textOf(locale);
  switch (suggestion.kind) {
    case 'coverage':
      return hints.coverage(
        formatDate(suggestion.first, locale),
        formatDate(suggestion.last, locale),
      );
    case 'empty-dataset':
      return hints.emptyDataset;
    case 'impossible-date':
      return hints.impossibleDate(suggestion.written);
    case 'date-examples':
      return hints.dateExamples;
    case 'no-quote-on-topic':
      return hints.noQuoteOnTopic(suggestion.name, suggestion.topic, suggestion.count);
    case 'spelling':
      return hints.spelling(suggestion.read, suggestion.typed);
    case 'question':
      return hints.question(suggestion.question);
    case 'ask-examples':
      return hints.askExamples;
  }
}
