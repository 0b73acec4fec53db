/**
 * Chat text carries things that are not the question: Discord mentions, markdown, links, and
 * sometimes a whole pasted article. This strips them and bounds the length so answering time stays
 * bounded whatever arrives.
 */

/** Questions are short; beyond this the rest is ignored (a pasted article is not a question). */
export const MAX_QUESTION_LENGTH = 300;

const MENTION = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|@(?:everyone|here)\b/g;
const URL = /\bhttps?:\/\/\S+/g;
const MARKDOWN = /[*_~`|>#]+|\[([^\]]*)\]\([^)]*\)/g;
const CURLY_DOUBLE = /[“”„«»]/g;
const CURLY_SINGLE = /[‘’‚]/g;

export function sanitizeQuestion(text: string): string {
  const head = text.slice(0, MAX_QUESTION_LENGTH * 4);
  const cleaned = head
    .replace(MENTION, ' ')
    .replace(URL, ' ')
    .replace(MARKDOWN, (_match, label: string | undefined) => label ?? ' ')
    .replace(CURLY_DOUBLE, '"')
    .replace(CURLY_SINGLE, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length <= MAX_QUESTION_LENGTH ? cleaned : cutAtWord(cleaned, MAX_QUESTION_LENGTH);
}

function cutAtWord(text: string, length: number): string {
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return space > length / 2 ? cut.slice(0, space) : cut;
}

/** True when the text has at least one letter or digit: emoji and punctuation alone ask nothing. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
