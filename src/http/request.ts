/**
 * Reading a request to the interactions endpoint: the body, bounded in size before it is held in
 * memory, and, once its signature checked out, the interaction in it. Only the fields this
 * endpoint acts on are checked here; discord.js reads the rest as it does a gateway packet.
 */
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';

/**
 * The largest body accepted. An interaction carries at most a message (a message command's
 * target, a button's message: 4,000 characters of content, embeds up to 6,000) and some ids, far
 * below this; anything larger is not from Discord.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the request body is larger than ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * The whole body as bytes. Refuses (BodyTooLargeError) as soon as the declared length or the bytes
 * received pass `limit`, without reading on.
 */
export async function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit);
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of request) {
    const bytes = chunk as Buffer;
    received += bytes.length;
    if (received > limit) throw new BodyTooLargeError(limit);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** Discord's interaction type PING: sent when the URL is saved, and now and then to check it. */
export const PING = 1;

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id');

const PingSchema = z.looseObject({ type: z.literal(PING) });

const InteractionSchema = z.looseObject({
  type: z.number().int().min(2),
  id: snowflake,
  application_id: snowflake,
  token: z.string().min(1),
});

export type ParsedRequest =
  | { ok: true; kind: 'ping' }
  | {
      ok: true;
      kind: 'interaction';
      id: string;
      applicationId: string;
      token: string;
      type: number;
      /** The interaction as Discord sent it, for discord.js to read. */
      payload: Record<string, unknown>;
    }
  | { ok: false; problem: string };

/** The interaction in a (signature-checked) body, or what is wrong with it. */
export function parseInteraction(body: Uint8Array): ParsedRequest {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(body).toString('utf8'));
  } catch {
    return { ok: false, problem: 'the body is not JSON' };
  }
  if (PingSchema.safeParse(value).success) return { ok: true, kind: 'ping' };
  const parsed = InteractionSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    return {
      ok: false,
      problem: `not an interaction: ${field === '' ? '' : `${field} `}${issue?.message ?? 'invalid'}`,
    };
  }
  const { id, application_id: applicationId, token, type } = parsed.data;
  return { ok: true, kind: 'interaction', id, applicationId, token, type, payload: parsed.data };
}
