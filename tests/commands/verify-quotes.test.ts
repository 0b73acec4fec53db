/**
 * "Verify quotes" (right-click a message → Apps): its definition, and its reply to the asker
 * alone — per claim the verdict, the real words, who said them, when and the source — or a short
 * explanation when the message has nothing to check; within Discord's limits whatever the data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/types.js';
import type { MessageCommand, Reply, TargetMessage } from '../../src/bot/command.js';
import { loadCommandSet } from '../../src/bot/load-commands.js';
import { expectReplyWithinLimits } from '../bot/render/expect-limits.js';
import { bundledAnswerer, NOW, replyText, syntheticAnswerer, USER } from './helpers.js';

let verifyQuotes: MessageCommand;
let answerer: Answerer;
beforeAll(async () => {
  const command = (await loadCommandSet()).messageCommands.get('Verify quotes');
  if (command === undefined) throw new Error('no message command "Verify quotes"');
  verifyQuotes = command;
  answerer = await bundledAnswerer();
});

const check = (message: TargetMessage, using: Answerer = answerer): Reply =>
  verifyQuotes.execute(message, { answerer: using, userId: USER, page: 0, now: NOW });

describe('"Verify quotes" definition', () => {
  it('is a message command, everywhere the slash commands are, named in German, French and Spanish', () => {
    expect(verifyQuotes.data.toJSON()).toEqual({
      name: 'Verify quotes',
      type: 3,
      contexts: [0, 1, 2],
      integration_types: [0, 1],
      name_localizations: {
        de: 'Zitate prüfen',
        fr: 'Vérifier les citations',
        'es-ES': 'Verificar citas',
        'es-419': 'Verificar citas',
      },
      default_member_permissions: undefined,
      default_permission: undefined,
      dm_permission: undefined,
    });
  });
});

describe('"Verify quotes" reply', () => {
  it('gives each claim its verdict, the real words, who said them, when and the source', () => {
    const reply = check({
      content:
        'Sessions said "I have not met with any Russians at any time" and Trump said ' +
        '"My reply to the question of Senator Franken was honest and correct"',
      authorName: 'Alice',
      url: 'https://discord.com/channels/1/2/3',
    });
    expect(reply.onlyForAsker).toBe(true);
    expect(reply.components).toEqual([]);
    expect(reply.embeds).toHaveLength(1);
    const embed = reply.embeds[0];
    expect(embed?.title).toBe('Verify quotes');
    expect(embed?.url).toBe('https://discord.com/channels/1/2/3');
    expect(embed?.description).toBe(
      'I checked the 2 claims in [this message](https://discord.com/channels/1/2/3) by Alice.',
    );
    expect(embed?.fields?.map((field) => field.name)).toEqual([
      '1. ✅ Said, word for word',
      '2. ↔️ Said, but by someone else',
    ]);
    expect(embed?.fields?.[0]?.value).toBe(
      [
        '**Claimed:** “I have not met with any Russians at any time” (Jeff Sessions)',
        "**Real words:** “I have not met with any Russians at any time to discuss any political campaign and those remarks are unbelievable to me and false and I don't have anything else to say about that”",
        '**Said by:** Jeff Sessions, 2 March 2017',
        '**Source:** article',
      ].join('\n'),
    );
    const second = embed?.fields?.[1]?.value ?? '';
    expect(second).toContain(
      '**Claimed:** “My reply to the question of Senator Franken was honest and correct” (Donald Trump)',
    );
    expect(second).toContain('**Said by:** Jeff Sessions, 2 March 2017');
    expect(second).toMatch(/\*\*Source:\*\* @ABCPolitics$/);
    expectReplyWithinLimits(reply);
  });

  it('says plainly when words are not in the dataset', () => {
    const reply = check({ content: 'Sessions said "I like big trucks"' });
    expect(reply.embeds[0]?.fields).toEqual([
      {
        name: '1. ❌ Not found',
        value:
          '**Claimed:** “I like big trucks” (Jeff Sessions)\nNothing in the dataset is close to those words.',
      },
    ]);
    expect(reply.embeds[0]?.description).toBe('I checked the one claim in this message.');
  });

  it('says how many claims were left unchecked past the limit', () => {
    const content = Array.from({ length: 7 }, (_, i) => `Trump said "claim ${i} here".`).join(' ');
    const reply = check({ content });
    expect(reply.embeds[0]?.fields).toHaveLength(5);
    expect(reply.embeds[0]?.description).toContain(
      'Only the first 5 of 7 were checked: use /verify for the others.',
    );
  });

  it.each([
    ['only emoji', '😂🔥'],
    ['a link', 'https://t.co/4nTtDyMBID'],
    ['a code block', '```\nsay("hello world")\n```'],
    ['"ok"', 'ok'],
  ])(
    'explains, to the asker alone, that a message with %s has nothing to check',
    (_what, content) => {
      const reply = check({ content });
      expect(reply.onlyForAsker).toBe(true);
      expect(reply.embeds[0]?.title).toBe('Nothing to check');
      expect(reply.embeds[0]?.description).toMatch(/^I found no quotation or claim to check/);
      expect(reply.embeds[0]?.fields ?? []).toEqual([]);
      expectReplyWithinLimits(reply);
    },
  );

  it('keeps a hostile author name and message from pinging or formatting', () => {
    const reply = check({
      content:
        '@everyone <@123456789012345678> said "**owned** @here [click](https://evil.example)"',
      authorName: '@everyone **boss**',
      url: 'javascript:alert(1)',
    });
    const text = replyText(reply);
    expect(text).not.toMatch(/@(everyone|here)/);
    expect(text).not.toMatch(/(?<!\\)\*\*(owned|boss)/);
    expect(reply.embeds[0]?.url).toBeUndefined();
  });
});

describe('"Verify quotes" with oversized data', () => {
  const long = 'budget '.repeat(1_500).trim();
  const oversized = syntheticAnswerer({
    events: 10,
    speaker: 'Jane **Roe**',
    quote: (i) => `${long} ${i}`,
  });

  it('stays within every Discord limit with five long claims and long real quotes', () => {
    const content = Array.from(
      { length: 6 },
      (_, i) => `Roe said "${i} ${'budget '.repeat(40).trim()}".`,
    ).join('\n');
    const reply = check({ content, authorName: 'x'.repeat(300) }, oversized);
    expect(reply.embeds[0]?.fields).toHaveLength(5);
    expectReplyWithinLimits(reply);
  });
});
