import fc from 'fast-check';
import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { fitEmbed } from '../../../src/bot/render/limits.js';
import { expectWithinLimits } from './expect-limits.js';

describe('fitEmbed', () => {
  it('leaves an embed within the limits unchanged', () => {
    const embed: APIEmbed = {
      title: 'A title',
      description: 'Some text',
      fields: [{ name: 'n', value: 'v' }],
      footer: { text: 'f' },
    };
    expect(fitEmbed(embed)).toEqual(embed);
  });

  it('cuts each oversized part to its own limit with an ellipsis', () => {
    const words = (n: number) => 'word '.repeat(n).trim();
    const fitted = fitEmbed({
      title: words(100),
      description: words(2000),
      fields: [{ name: words(100), value: words(500) }],
    });
    expectWithinLimits(fitted);
    expect(fitted.title?.endsWith('word…')).toBe(true);
    expect(fitted.fields?.[0]?.value.endsWith('word…')).toBe(true);
  });

  it('keeps the footer (the page state) whole while shrinking the rest to 6000 in total', () => {
    const footer = 'Page 1/3 · /ask question:When did Sessions recuse himself?';
    const fitted = fitEmbed({
      title: 't'.repeat(256),
      description: 'd '.repeat(3000),
      fields: Array.from({ length: 30 }, (_, i) => ({
        name: `field ${i}`,
        value: 'v '.repeat(600),
      })),
      footer: { text: footer },
    });
    expectWithinLimits(fitted);
    expect(fitted.footer?.text).toBe(footer);
  });

  it('fits any embed within every Discord limit', () => {
    const text = fc.string({ maxLength: 8000 });
    const embed = fc.record(
      {
        title: text,
        description: text,
        footer: fc.record({ text }),
        fields: fc.array(fc.record({ name: text, value: text }), { maxLength: 40 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(embed, (value) => {
        expectWithinLimits(fitEmbed(value));
      }),
      { numRuns: 200 },
    );
  });
});
