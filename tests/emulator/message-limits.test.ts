import { describe, expect, it } from 'vitest';
import {
  checkMessageBody,
  codePointLength,
  commandListSchema,
  invalidFormBody,
  isEmptyMessage,
  pingsOf,
} from './message-limits.js';

function errorsOf(body: unknown, prefix: string[] = []): unknown {
  const result = checkMessageBody(body, prefix);
  return result.ok ? undefined : result.error.errors;
}

const tooLong = (max: number) => ({
  _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` }],
});

describe('Discord message limits', () => {
  it('accepts content of exactly 2000 code points, emoji counted once', () => {
    expect(checkMessageBody({ content: '😀'.repeat(2000) }).ok).toBe(true);
    expect(codePointLength('😀')).toBe(1);
  });

  it('reports content over 2000 under the field path, nested under data for callbacks', () => {
    expect(errorsOf({ content: 'x'.repeat(2001) }, ['data'])).toEqual({
      data: { content: tooLong(2000) },
    });
  });

  it('reports each embed limit at its own path', () => {
    const embed = {
      title: 't'.repeat(257),
      description: 'd'.repeat(4097),
      fields: [{ name: 'n'.repeat(257), value: 'v'.repeat(1025) }],
    };
    expect(errorsOf({ embeds: [embed] })).toEqual({
      embeds: {
        '0': {
          title: tooLong(256),
          description: tooLong(4096),
          fields: { '0': { name: tooLong(256), value: tooLong(1024) } },
        },
      },
    });
  });

  it('refuses more than 10 embeds and more than 25 fields', () => {
    expect(errorsOf({ embeds: Array.from({ length: 11 }, () => ({ title: 'x' })) })).toEqual({
      embeds: tooLong(10),
    });
    const fields = Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' }));
    expect(errorsOf({ embeds: [{ fields }] })).toEqual({
      embeds: { '0': { fields: tooLong(25) } },
    });
  });

  it('refuses embeds whose combined text exceeds 6000 even when each field fits', () => {
    const embeds = Array.from({ length: 2 }, () => ({ description: 'd'.repeat(3001) }));
    expect(errorsOf({ embeds })).toEqual({
      embeds: {
        _errors: [
          { code: 'MAX_EMBED_SIZE_EXCEEDED', message: 'Embed size exceeds maximum size of 6000' },
        ],
      },
    });
  });

  it('refuses a button custom_id over 100 characters and rows of more than 5 buttons', () => {
    const button = (id: string) => ({ type: 2, style: 1, label: 'Next', custom_id: id });
    expect(errorsOf({ components: [{ type: 1, components: [button('x'.repeat(101))] }] })).toEqual({
      components: { '0': { components: { '0': { custom_id: tooLong(100) } } } },
    });
    const six = Array.from({ length: 6 }, (_, i) => button(`b${i}`));
    expect(errorsOf({ components: [{ type: 1, components: six }] })).toEqual({
      components: { '0': { components: tooLong(5) } },
    });
  });

  it('treats a message with no content, embeds or components as empty', () => {
    const parsed = checkMessageBody({ content: '', embeds: [] });
    expect(parsed.ok && isEmptyMessage(parsed.body)).toBe(true);
  });
});

describe('pings', () => {
  const user = '123456789012345678';
  const role = '223456789012345678';
  const content = `@everyone <@${user}> <@&${role}>`;

  it('pings everything written when allowed_mentions is absent', () => {
    const parsed = checkMessageBody({ content });
    expect(parsed.ok && pingsOf(parsed.body)).toEqual({
      everyone: true,
      users: [user],
      roles: [role],
    });
  });

  it('pings no one with allowed_mentions parse: []', () => {
    const parsed = checkMessageBody({ content, allowed_mentions: { parse: [] } });
    expect(parsed.ok && pingsOf(parsed.body)).toEqual({ everyone: false, users: [], roles: [] });
  });

  it('refuses parse users together with an explicit users list', () => {
    expect(errorsOf({ content, allowed_mentions: { parse: ['users'], users: [user] } })).toEqual({
      allowed_mentions: {
        parse: {
          _errors: [
            {
              code: 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
              message: 'parse:[users] and users: [ids...] are mutually exclusive.',
            },
          ],
        },
      },
    });
  });
});

describe('command definitions', () => {
  it('refuses upper-case names, missing descriptions and required options after optional ones', () => {
    const parsed = commandListSchema.safeParse(
      [
        { name: 'Ask', description: 'x' },
        { name: 'who' },
        {
          name: 'quote',
          description: 'q',
          options: [
            { type: 3, name: 'speaker', description: 's' },
            { type: 3, name: 'search', description: 's', required: true },
          ],
        },
      ],
      { reportInput: true },
    );
    expect(parsed.success).toBe(false);
    const body = parsed.success ? undefined : invalidFormBody(parsed.error.issues);
    expect(body?.code).toBe(50035);
    expect(Object.keys(body?.errors ?? {}).sort()).toEqual(['0', '1', '2']);
    expect(body?.errors?.['2']).toEqual({
      options: {
        '1': {
          required: {
            _errors: [
              {
                code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
                message: 'Required options must be placed before non-required options',
              },
            ],
          },
        },
      },
    });
  });
  it('holds localizations to Discord’s locales and to the rules of the names they translate', () => {
    const check = (command: Record<string, unknown>) => {
      const parsed = commandListSchema.safeParse([command], { reportInput: true });
      return parsed.success ? undefined : invalidFormBody(parsed.error.issues).errors?.['0'];
    };
    const option = (name: string, localized: Record<string, string>) => ({
      type: 3,
      name,
      description: 'd',
      name_localizations: localized,
    });
    expect(
      check({
        name: 'who',
        description: 'd',
        name_localizations: { de: 'wer', 'es-419': 'quién' },
        description_localizations: { fr: 'Fiche d’une personne' },
        options: [option('name', { fr: 'nom' }), option('from', { de: 'von' })],
      }),
    ).toBeUndefined();
    expect(
      check({ name: 'Verify quotes', type: 3, name_localizations: { de: 'Zitate prüfen' } }),
    ).toBeUndefined();
    const codes = (errors: unknown): string[] =>
      JSON.stringify(errors ?? {})
        .match(/"code":"[A-Z_]+"/g)
        ?.map((code) => code.slice(8, -1)) ?? [];
    expect(
      codes(check({ name: 'who', description: 'd', name_localizations: { xx: 'wer' } })),
    ).toEqual(['BASE_TYPE_CHOICES']);
    expect(
      codes(check({ name: 'who', description: 'd', name_localizations: { de: 'Wer Ist' } })),
    ).toEqual(['APPLICATION_COMMAND_INVALID_NAME']);
    expect(
      codes(check({ name: 'who', description: 'd', description_localizations: { fr: '' } })),
    ).toEqual(['BASE_TYPE_BAD_LENGTH']);
    // A localized option name may not take another option's name, default or localized.
    const timeline = (from: Record<string, string>, to: Record<string, string>) =>
      codes(
        check({
          name: 'timeline',
          description: 'd',
          options: [option('from', from), option('to', to)],
        }),
      );
    expect(timeline({ de: 'to' }, {})).toEqual(['APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS']);
    expect(timeline({ de: 'bis' }, { de: 'bis' })).toHaveLength(2);
    expect(timeline({ de: 'von' }, { de: 'bis' })).toEqual([]);
  });
});
