import { ButtonStyle, ComponentType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { markdownToText, replyToText } from '../../src/console/render-text.js';

describe('markdownToText', () => {
  it('spells links out, drops bold marks and removes escapes', () => {
    expect(
      markdownToText(String.raw`**Source:** [@ABC\_News](https://t.co/x) \*not bold\* 1\. ok`),
    ).toBe('Source: @ABC_News <https://t.co/x> *not bold* 1. ok');
  });

  it('leaves an escaped bracket alone rather than reading it as a link', () => {
    expect(markdownToText(String.raw`\[click](https://evil.example)`)).toBe(
      '[click](https://evil.example)',
    );
  });
});

describe('replyToText', () => {
  it('prints title, description, fields, footer and the buttons that can be pressed', () => {
    const text = replyToText({
      embeds: [
        {
          title: 'When?',
          description: '2 answers',
          fields: [
            {
              name: '1\\. 2 March 2017 · Event',
              value: 'Something\nSource: [@A](https://a.example)',
            },
          ],
          footer: { text: 'Page 1/2 · /ask question:When?' },
        },
      ],
      components: [
        {
          type: ComponentType.ActionRow,
          components: [
            {
              type: ComponentType.Button,
              style: ButtonStyle.Secondary,
              label: '◀ Previous',
              custom_id: 'a',
              disabled: true,
            },
            {
              type: ComponentType.Button,
              style: ButtonStyle.Secondary,
              label: 'Next ▶',
              custom_id: 'b',
            },
          ],
        },
      ],
    });
    expect(text).toBe(
      [
        '== When? ==',
        '',
        '2 answers',
        '',
        '1. 2 March 2017 · Event',
        '   Something',
        '   Source: @A <https://a.example>',
        '',
        '-- Page 1/2 · /ask question:When?',
        '',
        '[Next ▶]',
      ].join('\n'),
    );
  });
});
