/**
 * Making dataset and user text safe to show in an embed: markdown is escaped so a quote renders
 * as written, and mentions are broken with a zero-width space so they can never ping, even where
 * `allowedMentions` is forgotten. Long text is cut on a word boundary with an ellipsis.
 */
import { escapeMarkdown } from 'discord.js';
import { truncate } from '../../answer/render.js';

/** The answer layer's cut: graphemes kept whole, on a word boundary, no backslash before "…". */
export { truncate };

const ZERO_WIDTH_SPACE = '\u200b';

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
