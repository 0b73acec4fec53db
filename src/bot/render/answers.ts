/**
 * One answer from the core as one embed field: its date and speaker (or kind) in the name, the
 * text and a source link in the value. Every list reply shows answers this way.
 */
import type { APIEmbedField } from 'discord.js';
import type { Answer, Citation } from '../../answer/types.js';
import { formatDate } from './dates.js';
import { EMBED_LIMITS } from './limits.js';
import { link, oneLine, safeText } from './text.js';

const KIND_LABELS: Record<Answer['kind'], string> = {
  event: 'Event',
  quote: 'Quote',
  fact: 'Reported',
  person: 'Person',
};

/** "[@ABCPolitics](https://t.co/…), 2 March 2017": the date only when it differs from `shownDate`. */
export function citationText(citation: Citation, shownDate: string | null = null): string {
  const source = link(citation.label, citation.url);
  return citation.date === shownDate ? source : `${source}, ${formatDate(citation.date)}`;
}

/** “Quoted text”, escaped and cut to `max` characters including the marks. */
export function quoted(text: string, max: number): string {
  return `“${safeText(oneLine(text), max - 2)}”`;
}

export function answerHeading(answer: Answer): string {
  const date = answer.date === null ? 'Undated' : formatDate(answer.date);
  const who =
    answer.kind === 'quote' ? (answer.speaker ?? 'Unknown speaker') : KIND_LABELS[answer.kind];
  return `${date} · ${who}`;
}

/** The field for one answer; `prefix` leads its name ("3." in a list, "Closest quote ·"). */
export function answerField(answer: Answer, prefix: string): APIEmbedField {
  const name = safeText(oneLine(`${prefix} ${answerHeading(answer)}`), EMBED_LIMITS.fieldName);
  const source =
    answer.citation === null ? '' : `\nSource: ${citationText(answer.citation, answer.date)}`;
  const room = EMBED_LIMITS.fieldValue - source.length;
  const qualifier =
    answer.qualifier === undefined ? '' : `${safeText(oneLine(answer.qualifier), 60)} `;
  const text =
    answer.kind === 'quote'
      ? `${qualifier}${quoted(answer.text, room - qualifier.length)}`
      : safeText(oneLine(answer.text), room);
  return { name, value: `${text}${source}` };
}

/** "• line" for each item, escaped; at most `max` characters in all, with "…and N more". */
export function bulletList(items: readonly string[], max: number): string {
  const lines: string[] = [];
  let used = 0;
  for (const [i, item] of items.entries()) {
    const line = `• ${item}`;
    const more = `…and ${items.length - i} more`;
    if (used + line.length + 1 > max - more.length - 1) {
      lines.push(more);
      break;
    }
    lines.push(line);
    used += line.length + 1;
  }
  return lines.join('\n');
}

/** Suggestions from the core, escaped, as a bullet list. */
export function suggestionList(suggestions: readonly string[], max: number): string {
  return bulletList(
    suggestions.map((suggestion) => safeText(oneLine(suggestion), 300)),
    max,
  );
}
