/**
 * A per-user token bucket against floods: each user may spend `capacity` requests at once, and
 * tokens come back steadily over `windowMs`. Pure apart from the injected clock, so tests can
 * step time by hand.
 */
import { textOf } from './i18n/index.js';

export interface CooldownOptions {
  /** Requests a user may make in a burst. */
  capacity: number;
  /** Time for an empty bucket to refill completely. */
  windowMs: number;
  now?: () => number;
}

export type CooldownDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface Cooldown {
  /** Spends one token for `userId` if there is one. */
  take(userId: string): CooldownDecision;
}

/** Five requests per ten seconds: plenty for a person, too few for a script. */
export const DEFAULT_COOLDOWN = { capacity: 5, windowMs: 10_000 } as const;

/**
 * Autocomplete requests come one per keystroke: five a second with a burst of ten covers fast
 * typing; beyond that a user gets no suggestions until they slow down, so one user cannot
 * starve everyone else's answers.
 */
export const AUTOCOMPLETE_COOLDOWN = { capacity: 10, windowMs: 2_000 } as const;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export function createCooldown(options: CooldownOptions = DEFAULT_COOLDOWN): Cooldown {
  const { capacity, windowMs } = options;
  const now = options.now ?? Date.now;
  const refillPerMs = capacity / windowMs;
  const buckets = new Map<string, Bucket>();
  let lastSweep = now();

  /** Full buckets carry no information: dropping them keeps memory bounded by active users. */
  const sweep = (time: number): void => {
    if (time - lastSweep < windowMs) return;
    lastSweep = time;
    for (const [userId, bucket] of buckets) {
      if (bucket.tokens + (time - bucket.updatedAt) * refillPerMs >= capacity) {
        buckets.delete(userId);
      }
    }
  };

  return {
    take(userId) {
      const time = now();
      sweep(time);
      const bucket = buckets.get(userId) ?? { tokens: capacity, updatedAt: time };
      const tokens = Math.min(capacity, bucket.tokens + (time - bucket.updatedAt) * refillPerMs);
      if (tokens < 1) {
        buckets.set(userId, { tokens, updatedAt: time });
        return { allowed: false, retryAfterMs: Math.ceil((1 - tokens) / refillPerMs) };
      }
      buckets.set(userId, { tokens: tokens - 1, updatedAt: time });
      return { allowed: true };
    },
  };
}

/** The polite refusal shown to a user who is going too fast, in their language. */
export function cooldownMessage(retryAfterMs: number, locale?: string): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return textOf(locale).router.cooldown(seconds);
}
