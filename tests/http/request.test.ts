/**
 * Reading a request: the body is bounded before it is held (declared or streamed past the limit),
 * and a signed body is read as PING, an interaction with the fields the endpoint acts on, or a
 * named problem.
 */
import { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, parseInteraction, readBody } from '../../src/http/request.js';

function incoming(chunks: string[], headers: Record<string, string> = {}): IncomingMessage {
  return Object.assign(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), {
    headers,
  }) as unknown as IncomingMessage;
}

const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));

const INTERACTION = {
  type: 2,
  id: '1234567890123456789',
  application_id: '900000000000000001',
  token: 'aW50ZXJhY3Rpb246abc',
  data: { name: 'ask' },
};

describe('readBody', () => {
  it('returns the bytes as sent', async () => {
    expect((await readBody(incoming(['{"a":', '1}']), 100)).toString()).toBe('{"a":1}');
  });

  it('refuses a declared length past the limit before reading', async () => {
    await expect(readBody(incoming(['x'], { 'content-length': '101' }), 100)).rejects.toThrow(
      BodyTooLargeError,
    );
  });

  it('refuses a body that grows past the limit without a declared length', async () => {
    await expect(readBody(incoming(['x'.repeat(60), 'x'.repeat(60)]), 100)).rejects.toThrow(
      'larger than 100 bytes',
    );
  });
});

describe('parseInteraction', () => {
  it('reads a PING', () => {
    expect(parseInteraction(json({ type: 1, id: '1', application_id: '2' }))).toEqual({
      ok: true,
      kind: 'ping',
    });
  });

  it('reads an interaction, keeping the whole payload for discord.js', () => {
    expect(parseInteraction(json(INTERACTION))).toEqual({
      ok: true,
      kind: 'interaction',
      id: INTERACTION.id,
      applicationId: INTERACTION.application_id,
      token: INTERACTION.token,
      type: 2,
      payload: INTERACTION,
    });
  });

  it('names what is wrong with a body that is not an interaction', () => {
    expect(parseInteraction(Buffer.from('{"type":'))).toEqual({
      ok: false,
      problem: 'the body is not JSON',
    });
    expect(parseInteraction(json({ ...INTERACTION, id: 'x' }))).toEqual({
      ok: false,
      problem: 'not an interaction: id must be a Discord id',
    });
    expect(parseInteraction(json({ ...INTERACTION, token: undefined }))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^not an interaction: token /) as string,
    });
    expect(parseInteraction(json([1]))).toMatchObject({ ok: false });
  });
});
