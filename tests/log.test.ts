import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, userRef, type LoggerOptions } from '../src/log.js';

const USER = '812345678901234567';
const KEY = 'a-key-of-sixteen-or-more';

/** A logger writing into an array, and the lines it wrote. */
function capture(options: Omit<LoggerOptions, 'level' | 'destination'> = {}) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger({ level: 'info', destination, ...options }), lines };
}

describe('userRef', () => {
  it('is 16 hex characters, the same for the same id and key, and differs by key or id', () => {
    expect(userRef(USER, KEY)).toMatch(/^[0-9a-f]{16}$/);
    expect(userRef(USER, KEY)).toBe(userRef(USER, KEY));
    expect(userRef(USER, 'another-key-of-16-chars')).not.toBe(userRef(USER, KEY));
    expect(userRef('812345678901234568', KEY)).not.toBe(userRef(USER, KEY));
  });
});

describe('user ids in log lines', () => {
  it('are written as the keyed hash by default, never in clear', () => {
    const { logger, lines } = capture({ userIds: { key: KEY } });
    logger.info({ userId: USER }, 'interaction');
    expect(lines.join('')).not.toContain(USER);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ userId: userRef(USER, KEY) });
  });

  it('correlate within one process under its random key when no key is given', () => {
    const { logger, lines } = capture();
    logger.info({ userId: USER }, 'one');
    logger.info({ userId: USER }, 'two');
    const [first, second] = lines.map((line) => JSON.parse(line) as { userId: string });
    expect(first?.userId).toMatch(/^[0-9a-f]{16}$/);
    expect(first?.userId).toBe(second?.userId);
    expect(lines.join('')).not.toContain(USER);
  });

  it('are written in clear when LOG_USER_IDS=clear asks for it', () => {
    const { logger, lines } = capture({ userIds: { mode: 'clear', key: KEY } });
    logger.info({ userId: USER }, 'interaction');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ userId: USER });
  });

  it('never write the key itself when it is listed as a secret', () => {
    const { logger, lines } = capture({ secrets: [KEY], userIds: { key: KEY } });
    logger.info({ config: { logUserIdKey: KEY } }, 'started');
    expect(lines.join('')).not.toContain(KEY);
  });
});

describe('errors in log lines', () => {
  it('leave out the body of a failed request, which carries answers and questions', () => {
    const { logger, lines } = capture();
    const error = Object.assign(new Error('Invalid Form Body'), {
      code: 50035,
      requestBody: { json: { content: 'the question someone asked' } },
    });
    logger.error({ err: error }, 'interaction handler failed');
    const line = JSON.parse(lines[0] ?? '{}') as { err: Record<string, unknown> };
    expect(line.err).toMatchObject({ message: 'Invalid Form Body', code: 50035 });
    expect(lines.join('')).not.toContain('the question someone asked');
  });
});
