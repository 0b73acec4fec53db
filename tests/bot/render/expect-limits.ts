import type { APIEmbed } from 'discord.js';
import { expect } from 'vitest';
import type { Reply } from '../../../src/bot/command.js';
import { EMBED_LIMITS, embedLength } from '../../../src/bot/render/limits.js';

/** Every Discord embed limit, checked the way Discord counts. */
export function expectWithinLimits(embed: APIEmbed): void {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.title);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.description);
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.footer);
  expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.fields);
  for (const field of embed.fields ?? []) {
    expect(field.name.length).toBeGreaterThan(0);
    expect(field.name.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
    expect(field.value.length).toBeGreaterThan(0);
    expect(field.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
  }
  expect(embedLength(embed)).toBeLessThanOrEqual(EMBED_LIMITS.total);
}

/** Every embed of a reply within Discord's limits, and custom ids within 100 characters. */
export function expectReplyWithinLimits(reply: Reply): void {
  for (const embed of reply.embeds) expectWithinLimits(embed);
  for (const row of reply.components) {
    for (const component of row.components) {
      if ('custom_id' in component) expect(component.custom_id.length).toBeLessThanOrEqual(100);
    }
  }
}
