/**
 * Discord rejects a whole message when one embed part is too long, so every embed passes through
 * `fitEmbed` last: each part is cut to its own limit, then the longest parts are shortened until
 * the embed's total fits. Callers still size their text to the limits, so this rarely cuts.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { truncate } from './text.js';

export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  total: 6000,
} as const;

/** What Discord counts towards the 6000-character total of an embed. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/** Shown for empty field names or values, which Discord refuses. */
const BLANK = '\u200b';
/** Parts are never shortened below this while others can give way. */
const MIN_PART = 80;

export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (fitted.title !== undefined) fitted.title = truncate(fitted.title, EMBED_LIMITS.title);
  if (fitted.description !== undefined) {
    fitted.description = truncate(fitted.description, EMBED_LIMITS.description);
  }
  if (fitted.footer !== undefined) {
    fitted.footer = { ...fitted.footer, text: truncate(fitted.footer.text, EMBED_LIMITS.footer) };
  }
  if (fitted.author !== undefined) {
    fitted.author = { ...fitted.author, name: truncate(fitted.author.name, EMBED_LIMITS.author) };
  }
  if (fitted.fields !== undefined) {
    fitted.fields = fitted.fields.slice(0, EMBED_LIMITS.fields).map(fitField);
  }
  shrinkToTotal(fitted);
  return fitted;
}

function fitField(field: APIEmbedField): APIEmbedField {
  const name = truncate(field.name, EMBED_LIMITS.fieldName);
  const value = truncate(field.value, EMBED_LIMITS.fieldValue);
  return {
    ...field,
    name: name.trim() === '' ? BLANK : name,
    value: value.trim() === '' ? BLANK : value,
  };
}

/** Shortens the longest of the description and field values, then drops trailing fields. */
function shrinkToTotal(embed: APIEmbed): void {
  for (let excess = embedLength(embed) - EMBED_LIMITS.total; excess > 0;) {
    const fields = embed.fields ?? [];
    const longestField = fields.reduce<APIEmbedField | null>(
      (best, field) => (best === null || field.value.length > best.value.length ? field : best),
      null,
    );
    const descriptionLength = embed.description?.length ?? 0;
    const longest = Math.max(descriptionLength, longestField?.value.length ?? 0);
    if (longest > MIN_PART) {
      const target = Math.max(MIN_PART, longest - excess);
      if (descriptionLength === longest && embed.description !== undefined) {
        embed.description = truncate(embed.description, target);
      } else if (longestField !== null) {
        longestField.value = truncate(longestField.value, target);
      }
    } else if (fields.length > 0) {
      embed.fields = fields.slice(0, -1);
    } else {
      // Only short parts are left: the title and footer are all that can still give way.
      if (embed.title !== undefined) embed.title = truncate(embed.title, MIN_PART);
      if (embed.footer !== undefined) {
        embed.footer = { ...embed.footer, text: truncate(embed.footer.text, MIN_PART) };
      }
      break;
    }
    excess = embedLength(embed) - EMBED_LIMITS.total;
  }
}
