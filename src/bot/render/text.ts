/**
 * Making dataset and user text safe to show in an embed: markdown is escaped so a quote renders
 * as written, and mentions are broken with a zero-width space so they can never ping, even where
 * `allowedMentions` is forgotten. Long text is cut on a word boundary with an ellipsis.
 */
import { escapeMarkdown } from 'discord.js';

const ZERO_WIDTH_SPACE = '\u200b';
export const ELLIPSIS = '…';

const MARKDOWN = {
  heading: true,
  bulletedList: true,
  numberedList: true,
  maskedLink: true,
} as const;

/** `@everyone`, `@here`, `<@123>`, `<@!123>`, `<@&123>` and `<#123>`, shown but inert. */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<(@[!&]?|#)(\d+)>/g, `<${ZERO_WIDTH_SPACE}$1$2>`);
}

/** Text from the dataset or a user, ready to put inside markdown. */
export function escapeText(text: string): string {
  const escaped = escapeMarkdown(neutraliseMentions(text), MARKDOWN);
  // Line starts escapeMarkdown leaves alone: block quotes, "-#" subtext and "+" bullets.
  return escaped.replace(/^(\s*)(>|-#|\+ )/gm, '$1\\$2');
}

/** Collapses runs of whitespace (newlines included) for one-line places like titles. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts too-long text to `max` characters, on a word boundary when one is near, with "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  let cut = max - ELLIPSIS.length;
  // Never split a surrogate pair (an emoji) in half.
  if (isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
  const head = text.slice(0, cut);
  // Cut at the last space unless the cut already falls between words or no space is near.
  const endsWord = /\s/.test(text.charAt(cut));
  const lastSpace = head.search(/\s\S*$/);
  const kept = !endsWord && lastSpace >= cut * 0.6 ? head.slice(0, lastSpace) : head;
  // A trailing backslash would escape the ellipsis; trailing spaces look like a gap.
  return `${kept.replace(/[\s\\]+$/, '')}${ELLIPSIS}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Escaped and cut to fit: dataset or user text for a place holding at most `max` characters. */
export function safeText(text: string, max: number): string {
  // Cut first: escaping only lengthens text, and escapeMarkdown is slow on very long input.
  return truncate(escapeText(truncate(text, max)), max);
}

/** An http(s) URL that is safe inside a markdown link, or null. */
export function safeUrl(url: string | null | undefined): string | null {
  if (url === null || url === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  // Parentheses and spaces would end the markdown link early.
  const href = parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
  return href.length <= 512 ? href : null;
}

/** `[label](url)` when there is a usable URL, else the label alone (both escaped). */
export function link(label: string, url: string | null | undefined, maxLabel = 100): string {
  const text = safeText(oneLine(label), maxLabel);
  const href = safeUrl(url);
  return href === null ? text : `[${text}](${href})`;
}
