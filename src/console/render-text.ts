/**
 * A reply as plain text for a terminal: the embed's title, description, fields and footer in
 * order, markdown links as "label <url>", escapes removed, and the page buttons that can be
 * pressed shown as [◀ Previous] [Next ▶].
 */
import { ComponentType, type APIEmbed } from 'discord.js';
import type { Reply } from '../bot/command.js';

const LINK = /(?<!\\)\[((?:\\.|[^\]\\])*)\]\((https?:\/\/[^)\s]+)\)/g;

/** Markdown as a terminal shows it best: links spelled out, bold marks and escapes removed. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(LINK, (_match, label: string, url: string) => `${label} <${url}>`)
    .replace(/(?<!\\)\*\*/g, '')
    .replace(/\\([\\*_~`|>#\-+.[\]()!:])/g, '$1');
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : `${prefix}${line}`))
    .join('\n');
}

export function embedToText(embed: APIEmbed): string {
  const parts: string[] = [];
  if (embed.title !== undefined) {
    const title = markdownToText(embed.title);
    parts.push(embed.url === undefined ? `== ${title} ==` : `== ${title} == <${embed.url}>`);
  }
  if (embed.description !== undefined) parts.push(markdownToText(embed.description));
  for (const field of embed.fields ?? []) {
    parts.push(`${markdownToText(field.name)}\n${indent(markdownToText(field.value), '   ')}`);
  }
  if (embed.footer !== undefined) parts.push(`-- ${embed.footer.text}`);
  return parts.join('\n\n');
}

/** Labels of the buttons that can be pressed; disabled ones lead nowhere and are left out. */
export function buttonsToText(reply: Reply): string {
  const labels: string[] = [];
  for (const row of reply.components) {
    for (const component of row.components) {
      if (component.type !== ComponentType.Button || component.disabled === true) continue;
      labels.push(`[${'label' in component ? (component.label ?? '?') : '?'}]`);
    }
  }
  return labels.join(' ');
}

/** Where a picture the reply carries was saved: a terminal shows its path. */
export function pictureToText(file: string): string {
  return `Picture: ${file}`;
}

export function replyToText(reply: Reply): string {
  const parts = [
    ...(reply.content === undefined || reply.content === '' ? [] : [reply.content]),
    ...reply.embeds.map(embedToText),
  ];
  const buttons = buttonsToText(reply);
  if (buttons !== '') parts.push(buttons);
  return parts.join('\n\n');
}
