import { describe, expect, it } from 'vitest';
import {
  escapeText,
  link,
  neutraliseMentions,
  safeText,
  safeUrl,
  truncate,
} from '../../../src/bot/render/text.js';

describe('neutraliseMentions', () => {
  it('breaks @everyone, @here and user, role and channel mentions with a zero-width space', () => {
    const text = neutraliseMentions('@everyone @HERE <@123> <@!456> <@&789> <#42>');
    expect(text).toBe(
      '@\u200beveryone @\u200bHERE <\u200b@123> <\u200b@!456> <\u200b@&789> <\u200b#42>',
    );
    expect(text).not.toMatch(/@(everyone|here)|<@!?&?\d+>|<#\d+>/i);
  });
});

describe('escapeText', () => {
  it('escapes markdown so dataset text shows as written', () => {
    expect(escapeText('**bold** _it_ `code` ~~s~~ ||spoiler|| [l](http://x)')).toBe(
      String.raw`\*\*bold\*\* \_it\_ \`code\` \~\~s\~\~ \|\|spoiler\|\| \[l](http://x)`,
    );
  });

  it('escapes line-start markdown: headings, quotes, lists and subtext', () => {
    expect(escapeText('# h\n> q\n- a\n+ b\n1. c\n-# small')).toBe(
      String.raw`\# h` +
        '\n' +
        String.raw`\> q` +
        '\n' +
        String.raw`\- a` +
        '\n' +
        String.raw`\+ b` +
        '\n' +
        String.raw`1\. c` +
        '\n' +
        String.raw`\-# small`,
    );
  });

  it('neutralises mentions too', () => {
    expect(escapeText('hi @everyone')).toBe('hi @\u200beveryone');
  });
});

describe('truncate', () => {
  it('leaves text within the limit alone', () => {
    expect(truncate('short', 5)).toBe('short');
  });

  it('cuts on a word boundary and adds an ellipsis, within the limit', () => {
    const cut = truncate('the quick brown fox jumps over the lazy dog', 20);
    expect(cut).toBe('the quick brown fox…');
    expect(cut.length).toBeLessThanOrEqual(20);
  });

  it('cuts inside a word when there is no space near the end', () => {
    const cut = truncate('x'.repeat(10_000), 1024);
    expect(cut).toHaveLength(1024);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never splits an emoji in half', () => {
    const cut = truncate('😀'.repeat(10), 6);
    expect(cut).toBe('😀😀…');
    expect(cut.length).toBeLessThanOrEqual(6);
  });

  it('drops a trailing backslash so it cannot escape the ellipsis', () => {
    expect(truncate(String.raw`aaaaaaa\*bbbbbbbbbbbb`, 9)).toBe('aaaaaaa…');
  });

  it('never splits a flag, an emoji sequence or a letter from its accent', () => {
    expect(truncate('🇫🇷🇩🇪🇮🇹', 8)).toBe('🇫🇷…');
    expect(truncate('ab👍🏽cd', 6)).toBe('ab…');
    expect(truncate('ne\u0301e\u0301e\u0301', 3)).toBe('n…');
  });
});

describe('safeText', () => {
  it('cuts escaped text without splitting an emoji sequence', () => {
    expect(safeText('*a*👨‍👩‍👧 x', 10)).toBe(String.raw`\*a\*…`);
  });
});

describe('safeUrl and link', () => {
  it('accepts http(s) URLs and encodes characters that would end a markdown link', () => {
    expect(safeUrl('https://example.com/a_(b) c')).toBe('https://example.com/a_%28b%29%20c');
  });

  it('rejects other schemes and non-URLs', () => {
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });

  it('makes a markdown link when there is a URL, else shows the escaped label', () => {
    expect(link('@ABCPolitics', 'https://t.co/x')).toBe('[@ABCPolitics](https://t.co/x)');
    expect(link('Fox_News', null)).toBe(String.raw`Fox\_News`);
  });
});
