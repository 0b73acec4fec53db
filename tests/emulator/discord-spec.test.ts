import { beforeAll, describe, expect, it } from 'vitest';
import { DiscordSpec, discordSpec, formatViolation } from './discord-spec.js';
import type { SpecCheck, SpecRequest } from './discord-spec.js';

// Reading and compiling the spec takes a second or more on a busy machine: not a test's time.
beforeAll(() => {
  discordSpec();
}, 60_000);

const id = '1234567890123456789';
const token = 'aW50ZXJhY3Rpb246dG9rZW4';

function check(
  method: string,
  path: string,
  body?: unknown,
  query = '',
): SpecCheck & { summary: string } {
  const request: SpecRequest = { method, path, query: new URLSearchParams(query), body };
  const result = discordSpec().check(request);
  return { ...result, summary: result.ok ? result.operation : formatViolation(result.violation) };
}

/** A reply as the bot renders one: an embed with fields and footer, a page button, no pings. */
const answerMessage = {
  content: '',
  embeds: [
    {
      title: 'When did Sessions recuse himself?',
      description: '2 March 2017: Attorney General Jeff Sessions is recusing himself.',
      url: 'https://t.co/4nTtDyMBID',
      color: 0x5865f2,
      fields: [{ name: '1. 2 March 2017 · Event', value: 'Source: @ABCPolitics', inline: false }],
      footer: { text: 'Page 1/3 · /ask question:When did Sessions recuse himself?' },
    },
  ],
  components: [
    { type: 1, components: [{ type: 2, style: 2, label: 'Next ▶', custom_id: `page:1:${id}` }] },
  ],
  allowed_mentions: { parse: [] },
};

describe("Discord's OpenAPI spec, as the emulator applies it", () => {
  it('accepts the requests a well-behaved bot sends', () => {
    const accepted = [
      check('GET', '/gateway/bot'),
      check('GET', '/users/@me'),
      check('GET', '/applications/@me'),
      check('POST', `/interactions/${id}/${token}/callback`, { type: 5, data: { flags: 64 } }),
      check(
        'POST',
        `/interactions/${id}/${token}/callback`,
        { type: 4, data: answerMessage },
        'with_response=true',
      ),
      check('POST', `/interactions/${id}/${token}/callback`, {
        type: 8,
        data: { choices: [{ name: 'Jeff Sessions', value: id }] },
      }),
      check('PATCH', `/webhooks/${id}/${token}/messages/@original`, answerMessage),
      check('POST', `/webhooks/${id}/${token}`, { content: 'Sorry.', flags: 64 }, 'wait=true'),
      check('POST', `/channels/${id}/messages`, {
        ...answerMessage,
        message_reference: { message_id: id, fail_if_not_exists: false },
      }),
      check('POST', '/users/@me/channels', { recipient_id: id }),
      check('PUT', `/applications/${id}/guilds/${id}/commands`, [
        {
          name: 'ask',
          description: 'Ask a question',
          type: 1,
          contexts: [0, 1, 2],
          integration_types: [0, 1],
          options: [{ type: 3, name: 'question', description: 'Your question', required: true }],
        },
      ]),
    ];
    expect(accepted.filter((result) => !result.ok).map((result) => result.summary)).toEqual([]);
  });

  it('matches a literal segment before a parameter: @original and @me are their own routes', () => {
    expect(check('PATCH', `/webhooks/${id}/${token}/messages/@original`, {}).summary).toContain(
      '(update_original_webhook_message)',
    );
    expect(check('PATCH', `/webhooks/${id}/${token}/messages/${id}`, {}).summary).toContain(
      '(update_webhook_message)',
    );
    expect(check('GET', '/users/@me').summary).toContain('(get_my_user)');
  });

  it('rejects an embed title over 256 characters with 50035 at data.embeds.0.title', () => {
    const result = check('POST', `/interactions/${id}/${token}/callback`, {
      type: 4,
      data: { embeds: [{ title: 'x'.repeat(257) }] },
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violation.problem).toBe('invalid body');
    expect(result.error).toEqual({
      code: 50035,
      message: 'Invalid Form Body',
      errors: {
        data: {
          embeds: {
            '0': {
              title: {
                _errors: [
                  { code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 256 or fewer in length.' },
                ],
              },
            },
          },
        },
      },
    });
  });

  it('counts characters as Discord does: 256 emoji of two UTF-16 units each fit a title', () => {
    const emoji = '😀'.repeat(256);
    expect(
      check('PATCH', `/webhooks/${id}/${token}/messages/@original`, { embeds: [{ title: emoji }] })
        .ok,
    ).toBe(true);
  });

  it('names only the field at fault, not every union branch the body does not match', () => {
    const result = check('POST', `/interactions/${id}/${token}/callback`, {
      type: 4,
      data: {
        embeds: [{ title: 'ok', color: 'blue' }],
        components: [{ type: 1, components: [{ type: 2, style: 1, label: 7, custom_id: 'x' }] }],
      },
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violation.fields).toEqual([
      {
        at: ['data', 'embeds', 0, 'color'],
        code: 'BASE_TYPE_BAD_TYPE',
        message: 'Must be integer or null.',
      },
      {
        at: ['data', 'components', 0, 'components', 0, 'label'],
        code: 'BASE_TYPE_BAD_TYPE',
        message: 'Must be string or null.',
      },
    ]);
  });

  it('rejects a callback type Discord does not have, and more than 25 autocomplete choices', () => {
    const unknownType = check('POST', `/interactions/${id}/${token}/callback`, { type: 99 });
    const tooMany = check('POST', `/interactions/${id}/${token}/callback`, {
      type: 8,
      data: { choices: Array.from({ length: 26 }, (_, i) => ({ name: `n${i}`, value: `v${i}` })) },
    });

    expect(unknownType.ok || unknownType.violation.fields.map((f) => [f.at, f.code])).toEqual([
      [['type'], 'BASE_TYPE_CHOICES'],
    ]);
    expect(tooMany.ok || tooMany.error?.errors).toEqual({
      data: {
        choices: {
          _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' }],
        },
      },
    });
  });

  it('treats a method or path Discord does not have as an unknown route', () => {
    const nowhere = check('GET', '/guilds/1/nothing');
    const wrongMethod = check('DELETE', '/gateway/bot');

    for (const result of [nowhere, wrongMethod]) {
      expect(result.ok || [result.violation.problem, result.error]).toEqual([
        'unknown route',
        undefined,
      ]);
    }
    expect(nowhere.summary).toBe(
      "GET /guilds/1/nothing: Discord's API has no such route (method and path are not in the spec)",
    );
  });

  it('accepts a command permission as the string discord.js sends, as Discord does', () => {
    const command = (permissions: unknown) => [
      {
        name: 'settings',
        description: 'x',
        contexts: [0],
        default_member_permissions: permissions,
      },
    ];
    const path = `/applications/${id}/guilds/${id}/commands`;
    for (const permissions of ['32', 32, null]) {
      expect(check('PUT', path, command(permissions)).summary).toBe(
        'PUT /applications/{application_id}/guilds/{guild_id}/commands (bulk_set_guild_application_commands)',
      );
    }
    expect(check('PUT', path, command('manage server')).ok).toBe(false);
  });

  it('checks query and path parameters against their schemas', () => {
    const badQuery = check('POST', `/webhooks/${id}/${token}`, { content: 'x' }, 'wait=maybe');
    const badId = check('POST', '/channels/general/messages', { content: 'x' });

    expect(badQuery.ok || [badQuery.violation.problem, badQuery.error?.errors]).toEqual([
      'invalid query',
      { wait: { _errors: [{ code: 'BASE_TYPE_BAD_TYPE', message: 'Must be boolean.' }] } },
    ]);
    expect(badId.ok || [badId.violation.problem, badId.violation.fields.map((f) => f.at)]).toEqual([
      'invalid path parameter',
      [['channel_id']],
    ]);
  });

  it('requires the body a route needs and refuses one where a route takes none', () => {
    const missing = check('POST', `/interactions/${id}/${token}/callback`);
    const unexpected = check('GET', '/gateway/bot', { shards: 2 });

    expect(missing.ok || missing.violation.fields.map((f) => f.code)).toEqual([
      'BASE_TYPE_REQUIRED',
    ]);
    expect(unexpected.ok || unexpected.violation.fields.map((f) => f.code)).toEqual([
      'BODY_NOT_ALLOWED',
    ]);
  });

  it('names the missing spec file and how to provide it', () => {
    expect(() => DiscordSpec.load('/nowhere/openapi.json')).toThrow(
      /spec is missing at \/nowhere\/openapi\.json.*DISCORD_OPENAPI_SPEC/s,
    );
  });
});
