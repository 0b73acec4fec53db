/**
 * Makes each server's daily post when it falls due (src/settings/schedule.ts says when). One timer
 * for all servers, set for the earliest next post and never for longer than `maxWaitMs`: each time
 * it fires, what is due is worked out again from the clock, so a late timer, a suspended machine or
 * a clock change neither drifts nor posts twice. On start it posts what came due while the bot was
 * down (once: the latest missed day). The day is recorded after the post is made; the post carries
 * a nonce Discord checks, so a restart in between does not post it twice either.
 */
import type { Logger } from '../log.js';
import { duePost, nextPost, type Occurrence } from '../settings/schedule.js';
import type { SettingsStore } from '../settings/store.js';

/** The clock and timers, injected so tests run a day in no time. */
export interface Clock {
  now(): Date;
  /** A timer that must not keep the process alive (unref'd). */
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

export const systemClock: Clock = {
  now: () => new Date(),
  setTimer: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimer: (timer) => {
    clearTimeout(timer as NodeJS.Timeout);
  },
};

export interface DailyTarget {
  guildId: string;
  channelId: string;
  /** The local day (YYYY-MM-DD) whose list to post. */
  day: string;
}

export type PostOutcome =
  /** `messageId` null: the day had nothing to post, and nothing was sent. */
  | { ok: true; messageId: string | null }
  /** `retry` false: trying again that day would fail the same way (no access, no channel). */
  | { ok: false; reason: string; retry: boolean };

export interface DailyPosterOptions {
  store: SettingsStore;
  /** Makes one post; must not throw (a failure is an outcome). */
  send(target: DailyTarget): Promise<PostOutcome>;
  /** Whether this process posts for a server (under sharding, only its shard's servers). */
  owns?(guildId: string): boolean;
  /** Runs each round of posts as tracked work, so a shutdown lets it finish and starts no more. */
  track?(work: () => Promise<void>): Promise<boolean>;
  logger: Logger;
  clock?: Clock;
  /** The longest the timer waits before looking again; default 10 minutes. */
  maxWaitMs?: number;
  /** How long after a failure that may pass (Discord unavailable) a post is tried again. */
  retryAfterMs?: number;
}

const DEFAULT_MAX_WAIT_MS = 10 * 60_000;
const DEFAULT_RETRY_AFTER_MS = 5 * 60_000;

export class DailyPoster {
  readonly #options: DailyPosterOptions;
  readonly #clock: Clock;
  #timer: unknown = null;
  #round: Promise<void> | null = null;
  #again = false;
  #closed = false;
  /** Servers whose last post failed for now: not tried again before this time (ms). */
  readonly #retryAt = new Map<string, number>();
  #unsubscribe: (() => void) | null = null;

  constructor(options: DailyPosterOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
  }

  /** Posts what is due now (what was missed while the bot was down), then keeps time. */
  async start(): Promise<void> {
    this.#unsubscribe ??= this.#options.store.onChange(() => {
      void this.runDue();
    });
    await this.runDue();
    const { store, logger } = this.#options;
    const servers = store
      .dailySchedules()
      .filter(({ guildId }) => this.#options.owns?.(guildId) !== false);
    const now = this.#clock.now();
    const next = servers
      .map(({ guildId, schedule }) => nextPost(schedule, store.dailyRecord(guildId), now).at)
      .sort((a, b) => a.getTime() - b.getTime())[0];
    logger.info(
      { servers: servers.length, next: next?.toISOString() ?? null },
      'daily posts started',
    );
  }

  /**
   * One round: every due post made, then the timer set for the next. A call during a round makes
   * one more round after it (settings changed meanwhile); resolves when the rounds are done.
   */
  runDue(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    if (this.#round !== null) {
      this.#again = true;
      return this.#round;
    }
    const round = (async () => {
      try {
        this.#again = false;
        do {
          const accepted = await (this.#options.track?.(() => this.#postDue()) ??
            this.#postDue().then(() => true));
          if (!accepted) {
            // Shutting down: no more rounds.
            this.#disarm();
            return;
          }
        } while (this.#takeAgain() && !this.#closed);
        this.#arm();
      } catch (error) {
        this.#options.logger.error({ err: error }, 'daily posts: round failed');
        this.#arm();
      } finally {
        this.#round = null;
      }
    })();
    this.#round = round;
    return round;
  }

  /** Whether another round was asked for during this one; asks no more. */
  #takeAgain(): boolean {
    const again = this.#again;
    this.#again = false;
    return again;
  }

  /** Stops the timer and waits for a post in flight. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#unsubscribe?.();
    this.#disarm();
    await this.#round;
  }

  async #postDue(): Promise<void> {
    const { store, logger } = this.#options;
    for (const { guildId, schedule } of store.dailySchedules()) {
      if (this.#closed) return;
      if (this.#options.owns?.(guildId) === false) continue;
      const now = this.#clock.now();
      if ((this.#retryAt.get(guildId) ?? 0) > now.getTime()) continue;
      const due = duePost(schedule, store.dailyRecord(guildId), now);
      if (due === null) continue;
      const outcome = await this.#send({ guildId, channelId: schedule.channelId, day: due.day });
      // The settings may have changed while the post was on its way; it was made all the same.
      const done = this.#clock.now();
      if (outcome.ok) {
        this.#retryAt.delete(guildId);
        store.recordPosted(guildId, due.day, done, outcome.messageId);
        logger.info(
          {
            guildId,
            day: due.day,
            posted: outcome.messageId !== null,
            lateMs: lateness(due, done),
          },
          outcome.messageId === null ? 'daily post: nothing on this day' : 'daily post made',
        );
      } else {
        if (outcome.retry) this.#retryAt.set(guildId, done.getTime() + this.#retryAfter());
        store.recordFailure(guildId, due.day, done, outcome.reason, outcome.retry);
        logger.warn(
          { guildId, day: due.day, reason: outcome.reason, retry: outcome.retry },
          'daily post failed',
        );
      }
    }
  }

  async #send(target: DailyTarget): Promise<PostOutcome> {
    try {
      return await this.#options.send(target);
    } catch (error) {
      return {
        ok: false,
        reason: error instanceof Error ? error.message : String(error),
        retry: true,
      };
    }
  }

  #retryAfter(): number {
    return this.#options.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
  }

  /** Sets the timer for the earliest next post (or retry), at most `maxWaitMs` away. */
  #arm(): void {
    this.#disarm();
    if (this.#closed) return;
    const { store } = this.#options;
    const now = this.#clock.now();
    let wakeAt = now.getTime() + (this.#options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS);
    for (const { guildId, schedule } of store.dailySchedules()) {
      if (this.#options.owns?.(guildId) === false) continue;
      const next = nextPost(schedule, store.dailyRecord(guildId), now).at.getTime();
      const retry = this.#retryAt.get(guildId);
      wakeAt = Math.min(wakeAt, retry === undefined ? next : Math.max(next, retry));
    }
    this.#timer = this.#clock.setTimer(
      () => {
        this.#timer = null;
        void this.runDue();
      },
      Math.max(0, wakeAt - now.getTime()),
    );
  }

  #disarm(): void {
    if (this.#timer !== null) this.#clock.clearTimer(this.#timer);
    this.#timer = null;
  }
}

function lateness(due: Occurrence, now: Date): number {
  return Math.max(0, now.getTime() - due.at.getTime());
}
