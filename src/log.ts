/**
 * Structured logs: pino JSON lines on stderr, because stdout belongs to the offline console.
 * Secrets are kept out twice over: known fields are redacted by path, and every line is scrubbed
 * of the secret strings themselves (the bot token, interaction tokens inside webhook URLs), so a
 * token cannot leak through an error message or a URL that happens to be logged.
 *
 * People are kept out too (PRIVACY.md): a `userId` field is written as a keyed hash, so one
 * user's lines can be followed without the log naming them, and a failed Discord request is
 * logged without the body the bot sent, which carries answers and the question they quote.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel, UserIdLogging } from './config/env.js';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level: LogLevel;
  /** Exact strings that must never be written, e.g. the bot token. */
  secrets?: (string | undefined)[];
  /** Where lines go; stderr (synchronously, so lines before an exit are not lost) by default. */
  destination?: DestinationStream;
  /**
   * How `userId` fields are written: `hashed` (the default) under `key`, or `clear` for
   * debugging. Without a key a random one is made, so refs correlate within this process only.
   */
  userIds?: { mode?: UserIdLogging; key?: string | undefined };
}

/** 16 hex characters (64 bits): no collisions among any realistic number of users. */
const USER_REF_LENGTH = 16;

/** A user id as the logs carry it: HMAC-SHA-256 of the id under `key`, shortened. */
export function userRef(userId: string, key: string | Buffer): string {
  return createHmac('sha256', key).update(userId).digest('hex').slice(0, USER_REF_LENGTH);
}

/** pino's error serializer, minus what discord.js keeps of the request a failed call sent. */
function errorWithoutRequestBody(error: Error): Record<string, unknown> {
  const { requestBody: _sent, ...rest } = pino.stdSerializers.err(error) as Record<string, unknown>;
  return rest;
}

const REDACTED = '[Redacted]';

/** Interaction callbacks and follow-ups carry a per-interaction secret in their URL path. */
const INTERACTION_TOKEN_IN_URL = /(\/(?:interactions|webhooks)\/\d+\/)[\w.-]{20,}/g;

export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter(
    (secret): secret is string => secret !== undefined && secret.length >= 8,
  );
  const scrub = (line: string): string => {
    let clean = line.replace(INTERACTION_TOKEN_IN_URL, `$1${REDACTED}`);
    for (const secret of secrets) clean = clean.replaceAll(secret, REDACTED);
    return clean;
  };
  const mode = options.userIds?.mode ?? 'hashed';
  const key = options.userIds?.key ?? randomBytes(32);
  return pino(
    {
      level: options.level,
      base: { pid: process.pid },
      serializers: {
        err: errorWithoutRequestBody,
        userId: (id: unknown) =>
          mode === 'hashed' && typeof id === 'string' ? userRef(id, key) : id,
      },
      redact: {
        paths: [
          'token',
          '*.token',
          'config.token',
          'headers.authorization',
          '*.headers.authorization',
          'DISCORD_TOKEN',
          '*.DISCORD_TOKEN',
        ],
        censor: REDACTED,
      },
      hooks: { streamWrite: scrub },
    },
    options.destination ?? pino.destination({ fd: 2, sync: true }),
  );
}
