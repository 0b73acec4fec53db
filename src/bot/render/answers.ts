/**
 * One answer from the core as one embed field: its date and speaker (or kind) in the name, the
 * text and a source link in the value. Every list reply shows answers this way. `locale` is the
 * asker's Discord locale: the labels and dates follow it, the answer's own text does not.
 */
import type { APIEmbedField } from 'discord.js';
import type { Answer, Citation, Suggestion } from '../../answer/types.js';
import { textOf } from '../i18n/index.js';
import { suggestionText } from '../i18n/suggestions.js';
import { formatDate } from './dates.js';
import { EMBED_LIMITS } from './limits.js';
import { link, oneLine, safeText } from './text.js';

/** "[@ABCPolitics](https://t.co/…), 2 March 2017": the date only when it differs from `shownDate`. */
export function citationText(
  citation: Citation,
  shownDate: string | null = null,
  locale?: string,
): string {
  const label = citation.unnamed === true ? textOf(locale).answers.article : citation.label;
  const source = link(label, citation.url);
  return citation.date === shownDate ? source : `${source}, ${formatDate(citation.date, locale)}`;
}

/** “Quoted text” („…“ in German), escaped and cut to `max` characters including the marks. */
export function quoted(text: string, max: number, locale?: string): string {
  const { open, close } = textOf(locale).quoteMarks;
  return `${open}${safeText(oneLine(text), max - open.length - close.length)}${close}`;
}

export function answerHeading(answer: Answer, locale?: string): string {
  const text = textOf(locale).answers;
  const date = answer.date === null ? text.undated : formatDate(answer.date, locale);
  // An event or report carries who did or said it when the answer knows ("Event · Alex Azar").
  const who =
    answer.kind === 'quote'
      ? (answer.speaker ?? text.unknownSpeaker)
      : answer.speaker === undefined
        ? text.kinds[answer.kind]
        : `${text.kinds[answer.kind]} · ${answer.speaker}`;
  return `${date} · ${who}`;
}

/** The field for one answer; `prefix` leads its name ("3." in a list, "Closest quote ·"). */
export function answerField(answer: Answer, prefix: string, locale?: string): APIEmbedField {
  const name = safeText(
    oneLine(`${prefix} ${answerHeading(answer, locale)}`),
    EMBED_LIMITS.fieldName,
  );
  const label = textOf(locale).answers.source;
  const source =
    answer.citation === null
      ? ''
      : `\n${label}: ${citationText(answer.citation, answer.date, locale)}`;
  const room = EMBED_LIMITS.fieldValue - source.length;
  const qualifier =
    answer.qualifier === undefined ? '' : `${safeText(oneLine(answer.qualifier), 60)} `;
  const text =
    answer.kind === 'quote'
      ? `${qualifier}${quoted(answer.text, room - qualifier.length, locale)}`
      : safeText(oneLine(answer.text), room);
  return { name, value: `${text}${source}` };
}

/** "• line" for each item, escaped; at most `max` characters in all, with "…and N more". */
export function bulletList(items: readonly string[], max: number, locale?: string): string {
  const { andMore } = textOf(locale).answers;
  const lines: string[] = [];
  let used = 0;
  for (const [i, item] of items.entries()) {
    const line = `• ${item}`;
    const more = andMore(items.length - i);
    if (used + line.length + 1 > max - more.length - 1) {
      lines.push(more);
      break;
    }
    lines.push(line);
    used += line.length + 1;
  }
  return lines.join('\n');
}

/** Things to try (plain text), escaped, as a bullet list. */
export function suggestionList(
  suggestions: readonly string[],
  max: number,
  locale?: string,
): string {
  return bulletList(
    suggestions.map((suggestion) => safeText(oneLine(suggestion), 300)),
    max,
    locale,
  );
}

/** The core's suggestions in the asker's language, as plain text for a notice's list. */
export function suggestionsText(suggestions: readonly Suggestion[], locale?: string): string[] {
  return suggestions.map((suggestion) => suggestionText(suggestion, locale));
}
