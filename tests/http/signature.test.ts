/**
 * Only requests Discord signed, recently, for exactly the bytes received pass: a changed byte, a
 * signature by another key, an old timestamp or missing headers are refused, each named.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  MAX_SIGNATURE_AGE_MS,
  parsePublicKey,
  verifyRequest,
  type SignedRequest,
} from '../../src/http/signature.js';

function keyPair(): { privateKey: KeyObject; publicHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  return { privateKey, publicHex: Buffer.from(jwk.x ?? '', 'base64url').toString('hex') };
}

const discord = keyPair();
const publicKey = parsePublicKey(discord.publicHex);
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const BODY = Buffer.from('{"type":2,"id":"1"}');

function signed(
  body: Buffer = BODY,
  { at = NOW, by = discord.privateKey }: { at?: number; by?: KeyObject } = {},
): SignedRequest {
  const timestamp = String(Math.floor(at / 1000));
  const signature = sign(null, Buffer.concat([Buffer.from(timestamp), body]), by).toString('hex');
  return { signature, timestamp, body };
}

describe('verifyRequest', () => {
  it('accepts what the application key signed, just now', () => {
    expect(verifyRequest(signed(), publicKey, NOW)).toEqual({ ok: true });
  });

  it('refuses a body changed by a single byte', () => {
    const request = signed();
    const tampered = Buffer.from(BODY);
    tampered[tampered.length - 2] = '2'.charCodeAt(0);
    expect(verifyRequest({ ...request, body: tampered }, publicKey, NOW)).toEqual({
      ok: false,
      problem: 'bad-signature',
    });
  });

  it('refuses a signature made with another key', () => {
    const request = signed(BODY, { by: keyPair().privateKey });
    expect(verifyRequest(request, publicKey, NOW)).toEqual({ ok: false, problem: 'bad-signature' });
  });

  it('refuses a timestamp other than the one signed', () => {
    const request = signed();
    const moved = { ...request, timestamp: String(Number(request.timestamp) + 1) };
    expect(verifyRequest(moved, publicKey, NOW)).toEqual({ ok: false, problem: 'bad-signature' });
  });

  it('refuses a genuine request older than five minutes (a replay), and one from the future', () => {
    const old = signed(BODY, { at: NOW - MAX_SIGNATURE_AGE_MS - 1_000 });
    expect(verifyRequest(old, publicKey, NOW)).toEqual({ ok: false, problem: 'stale' });
    const ahead = signed(BODY, { at: NOW + MAX_SIGNATURE_AGE_MS + 1_000 });
    expect(verifyRequest(ahead, publicKey, NOW)).toEqual({ ok: false, problem: 'stale' });
    const recent = signed(BODY, { at: NOW - MAX_SIGNATURE_AGE_MS + 1_000 });
    expect(verifyRequest(recent, publicKey, NOW)).toEqual({ ok: true });
  });

  it('refuses a request without either header', () => {
    const request = signed();
    expect(verifyRequest({ ...request, signature: undefined }, publicKey, NOW)).toEqual({
      ok: false,
      problem: 'missing-headers',
    });
    expect(verifyRequest({ ...request, timestamp: undefined }, publicKey, NOW)).toEqual({
      ok: false,
      problem: 'missing-headers',
    });
  });

  it('refuses headers Discord would never send, without trying them', () => {
    const request = signed();
    for (const wrong of [
      { signature: 'zz' },
      { signature: request.signature?.slice(2) },
      { timestamp: 'yesterday' },
      { timestamp: '-1' },
    ]) {
      expect(verifyRequest({ ...request, ...wrong }, publicKey, NOW)).toEqual({
        ok: false,
        problem: 'malformed-headers',
      });
    }
  });
});

describe('parsePublicKey', () => {
  it('takes the Developer Portal hex in either case, and nothing else', () => {
    expect(() => parsePublicKey(discord.publicHex.toUpperCase())).not.toThrow();
    expect(() => parsePublicKey('abc')).toThrow('64 hexadecimal characters');
    expect(() => parsePublicKey(`${discord.publicHex.slice(1)}g`)).toThrow();
  });
});
