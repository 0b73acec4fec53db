/**
 * Discord signs every request it sends to the Interactions Endpoint URL with the application's
 * Ed25519 key: `X-Signature-Ed25519` is the signature (hex) of `X-Signature-Timestamp` followed by
 * the raw body. Anyone can reach a public endpoint, so nothing of a request is read before its
 * signature checks out against the application's public key (DISCORD_PUBLIC_KEY, from the
 * Developer Portal). Node's own crypto verifies it; no package is needed.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-signature-ed25519';
export const TIMESTAMP_HEADER = 'x-signature-timestamp';

/**
 * A signed request older (or newer, for a skewed clock) than this is refused. The signature alone
 * never expires, so without this a request captured anywhere on its way could be replayed at the
 * endpoint for as long as the key lives, each replay costing an answer.
 */
export const MAX_SIGNATURE_AGE_MS = 5 * 60_000;

/** An Ed25519 public key is 32 bytes; the Developer Portal shows it as 64 hex characters. */
export const PUBLIC_KEY_PATTERN = /^[0-9a-f]{64}$/i;
const SIGNATURE_PATTERN = /^[0-9a-f]{128}$/i;
const TIMESTAMP_PATTERN = /^\d{1,12}$/;

/** The application's public key as Node's crypto takes it, from the Developer Portal's hex. */
export function parsePublicKey(hex: string): KeyObject {
  if (!PUBLIC_KEY_PATTERN.test(hex)) {
    throw new Error('an Ed25519 public key is 64 hexadecimal characters');
  }
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') },
    format: 'jwk',
  });
}

export type SignatureProblem =
  /** One of the two headers is absent. */
  | 'missing-headers'
  /** A header is not what Discord sends (not hex of the right length, not a Unix time). */
  | 'malformed-headers'
  /** The signature does not match the timestamp and body under this key. */
  | 'bad-signature'
  /** Signed, but too long ago (or too far ahead): see MAX_SIGNATURE_AGE_MS. */
  | 'stale';

export type SignatureCheck = { ok: true } | { ok: false; problem: SignatureProblem };

export interface SignedRequest {
  /** `X-Signature-Ed25519` as received. */
  signature: string | undefined;
  /** `X-Signature-Timestamp` as received: Unix time in seconds. */
  timestamp: string | undefined;
  /** The body exactly as received: a single changed byte fails the check. */
  body: Uint8Array;
}

export function verifyRequest(
  request: SignedRequest,
  publicKey: KeyObject,
  now: number = Date.now(),
  maxAgeMs: number = MAX_SIGNATURE_AGE_MS,
): SignatureCheck {
  const { signature, timestamp, body } = request;
  if (signature === undefined || timestamp === undefined) {
    return { ok: false, problem: 'missing-headers' };
  }
  if (!SIGNATURE_PATTERN.test(signature) || !TIMESTAMP_PATTERN.test(timestamp)) {
    return { ok: false, problem: 'malformed-headers' };
  }
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  if (!verify(null, signed, publicKey, Buffer.from(signature, 'hex'))) {
    return { ok: false, problem: 'bad-signature' };
  }
  // Read only once the signature vouches for it.
  if (Math.abs(now - Number(timestamp) * 1000) > maxAgeMs) return { ok: false, problem: 'stale' };
  return { ok: true };
}
