/**
 * Graceful shutdown: once a signal arrives the bot takes no new work, lets the answers already
 * being written finish (for a bounded time, so a stuck request cannot hold the process hostage),
 * then closes its connections and exits 0.
 */
import type { Logger } from '../log.js';

/** Counts work in progress and says whether new work is still welcome. */
export class WorkTracker {
  #accepting = true;
  readonly #inFlight = new Set<Promise<unknown>>();

  get accepting(): boolean {
    return this.#accepting;
  }

  get inFlight(): number {
    return this.#inFlight.size;
  }

  /** Runs `work` unless shutdown has begun; returns false when it was turned away. */
  async run(work: () => Promise<void>): Promise<boolean> {
    if (!this.#accepting) return false;
    const promise = work();
    this.#inFlight.add(promise);
    try {
      await promise;
    } finally {
      this.#inFlight.delete(promise);
    }
    return true;
  }

  stopAccepting(): void {
    this.#accepting = false;
  }

  /** Resolves true when everything in flight has settled, false if `timeoutMs` ran out first. */
  async drain(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => {
        resolve(false);
      }, timeoutMs);
    });
    const settled = (async (): Promise<true> => {
      while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
      return true;
    })();
    try {
      return await Promise.race([settled, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }
}

export interface ShutdownOptions {
  tracker: WorkTracker;
  logger: Logger;
  /** Closes connections (the Discord client, file watchers). */
  close: () => Promise<void>;
  /** How long in-flight work may take to finish. */
  drainTimeoutMs?: number;
  exit?: (code: number) => void;
  signals?: NodeJS.Signals[];
}

export const DEFAULT_DRAIN_TIMEOUT_MS = 10_000;

/**
 * Installs SIGINT/SIGTERM handlers and returns the shutdown routine, so other endings (stdin
 * closing in console mode) go through the same steps. Calling it twice is harmless.
 */
export function installShutdown(options: ShutdownOptions): (reason: string) => Promise<void> {
  const { tracker, logger, close } = options;
  const drainTimeoutMs = options.drainTimeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let started: Promise<void> | undefined;

  const shutdown = (reason: string): Promise<void> => {
    started ??= (async () => {
      logger.info({ reason, inFlight: tracker.inFlight }, 'shutting down');
      tracker.stopAccepting();
      const drained = await tracker.drain(drainTimeoutMs);
      if (!drained) {
        logger.warn({ inFlight: tracker.inFlight, drainTimeoutMs }, 'gave up waiting for work');
      }
      let code = 0;
      try {
        await close();
      } catch (error) {
        logger.error({ err: error }, 'error while closing');
        code = 1;
      }
      logger.info({ code }, 'stopped');
      exit(code);
    })();
    return started;
  };

  for (const signal of options.signals ?? (['SIGINT', 'SIGTERM'] as NodeJS.Signals[])) {
    process.on(signal, () => {
      void shutdown(signal);
    });
  }
  return shutdown;
}
