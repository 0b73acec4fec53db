/**
 * Structured logs: pino JSON lines on stderr, because stdout belongs to the offline console.
 * Secrets are kept out twice over: known fields are redacted by path, and every line is scrubbed
 * of the secret strings themselves (the bot token, interaction tokens inside webhook URLs), so a
 * token cannot leak through an error message or a URL that happens to be logged.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config/env.js';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level: LogLevel;
  /** Exact strings that must never be written, e.g. the bot token. */
  secrets?: (string | undefined)[];
  /** Where lines go; stderr (synchronously, so lines before an exit are not lost) by default. */
  destination?: DestinationStream;
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
  return pino(
    {
      level: options.level,
      base: { pid: process.pid },
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
