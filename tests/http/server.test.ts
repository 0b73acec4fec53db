/**
 * The endpoint over real HTTP: nothing reaches the handler unless Discord's signature checks out
 * (401), an oversized body is refused before it is read (413), PING gets PONG, the handler's
 * answer is the response, health is on /healthz, and a stopping instance takes no new work.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { HttpAnswer } from '../../src/http/callback-bridge.js';
import {
  startInteractionsServer,
  type InteractionsServer,
  type ReceivedInteraction,
} from '../../src/http/server.js';
import { parsePublicKey } from '../../src/http/signature.js';
import { createLogger } from '../../src/log.js';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const publicHex = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString(
  'hex',
);

const INTERACTION = {
  type: 2,
  id: '1234567890123456789',
  application_id: '900000000000000001',
  token: 'aW50ZXJhY3Rpb246abc',
  data: { name: 'ask' },
};

let server: InteractionsServer | undefined;
let accepting = true;
const handled: ReceivedInteraction[] = [];
const written: boolean[] = [];

async function start(answer: HttpAnswer = { status: 200, json: '{"type":4,"data":{}}' }) {
  server = await startInteractionsServer({
    host: '127.0.0.1',
    port: 0,
    publicKey: parsePublicKey(publicHex),
    maxBodyBytes: 4096,
    accepting: () => accepting,
    handle: (interaction) => {
      handled.push(interaction);
      return { answer: Promise.resolve(answer), written: (onTheWire) => written.push(onTheWire) };
    },
    health: () => ({ healthy: accepting, body: { dataset: 'loaded' } }),
    logger: createLogger({ level: 'silent' }),
  });
  return server;
}

function post(body: string, headers: Record<string, string> = signedHeaders(body)) {
  if (server === undefined) throw new Error('not started');
  return fetch(`${server.url}/interactions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

function signedHeaders(body: string, at = Date.now()): Record<string, string> {
  const timestamp = String(Math.floor(at / 1000));
  return {
    'X-Signature-Ed25519': sign(null, Buffer.from(timestamp + body), privateKey).toString('hex'),
    'X-Signature-Timestamp': timestamp,
  };
}

afterEach(async () => {
  await server?.close();
  server = undefined;
  accepting = true;
  handled.length = 0;
  written.length = 0;
});

describe('POST /interactions', () => {
  it('answers PING with PONG, as JSON', async () => {
    await start();
    const response = await post('{"type":1}');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ type: 1 });
  });

  it('answers an interaction with what the handler answers, and says when it is written', async () => {
    await start();
    const response = await post(JSON.stringify(INTERACTION));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ type: 4, data: {} });
    expect(handled.map((interaction) => interaction.id)).toEqual([INTERACTION.id]);
    expect(written).toEqual([true]);
  });

  it('answers 202 with no body when the handler answered through the callback endpoint', async () => {
    await start({ status: 202 });
    const response = await post(JSON.stringify(INTERACTION));
    expect(response.status).toBe(202);
    expect(await response.text()).toBe('');
  });

  it('refuses unsigned, tampered, foreign-signed and old requests with 401, unread', async () => {
    await start();
    const body = JSON.stringify(INTERACTION);
    const other = generateKeyPairSync('ed25519').privateKey;
    const timestamp = String(Math.floor(Date.now() / 1000));
    const refused = [
      await post(body, {}),
      await post(body.replace('ask', 'who'), signedHeaders(body)),
      await post(body, {
        'X-Signature-Ed25519': sign(null, Buffer.from(timestamp + body), other).toString('hex'),
        'X-Signature-Timestamp': timestamp,
      }),
      await post(body, signedHeaders(body, Date.now() - 10 * 60_000)),
      await post('{"type":1}', {}),
    ];
    expect(refused.map((response) => response.status)).toEqual([401, 401, 401, 401, 401]);
    expect(await refused[0]?.json()).toEqual({ error: 'invalid request signature' });
    expect(handled).toEqual([]);
  });

  it('refuses a body over the limit with 413', async () => {
    await start();
    const body = JSON.stringify({ ...INTERACTION, padding: 'x'.repeat(5000) });
    const response = await post(body);
    expect(response.status).toBe(413);
    expect(handled).toEqual([]);
  });

  it('refuses a signed body that is not an interaction with 400', async () => {
    await start();
    const response = await post('{"type":2}');
    expect(response.status).toBe(400);
    expect(handled).toEqual([]);
  });

  it('takes no new interaction once stopping (503), while still answering PING', async () => {
    await start();
    accepting = false;
    expect((await post(JSON.stringify(INTERACTION))).status).toBe(503);
    expect((await post('{"type":1}')).status).toBe(200);
    expect(handled).toEqual([]);
  });
});

describe('other requests', () => {
  it('serves health on /healthz: 200 while answering, 503 once stopping', async () => {
    const { url } = await start();
    const healthy = await fetch(`${url}/healthz`);
    expect(healthy.status).toBe(200);
    expect(await healthy.json()).toEqual({ dataset: 'loaded' });
    accepting = false;
    expect((await fetch(`${url}/healthz`)).status).toBe(503);
  });

  it('answers other paths 404 and other methods 405', async () => {
    const { url } = await start();
    expect((await fetch(`${url}/`)).status).toBe(404);
    const get = await fetch(`${url}/interactions`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await fetch(`${url}/healthz`, { method: 'POST' })).status).toBe(405);
  });
});
