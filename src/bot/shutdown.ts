/**
 * Graceful shutdown: once a signal arrives the bot takes no new work, lets the answers already
 * being written finish, closes what it holds open (the dataset watcher, the Discord client) and
 * exits 0. All of it runs against a hard deadline, so nothing stuck — a request that never ends,
 * a dataset read from a hung mount, a close that never resolves — can keep the process alive:
 * past the deadline it logs what was cut short and exits 1.
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

/** Something to close on the way out, named for the log should it fail or hang. */
export interface ClosingStep {
  name: string;
  close: () => Promise<void>;
}

/** The few process operations shutdown needs, so tests can stand in for them. */
export interface ProcessControl {
  exit: (code: number) => void;
  /** Kinds of request the operating system is still serving for the process (file reads, DNS). */
  pendingSystemRequests: () => string[];
  /** Ends the process at once, without waiting for anything. */
  kill: () => void;
}

/**
 * libuv serves file reads and DNS look-ups on worker threads, and `process.exit` waits for those
 * threads: a read that never returns (a named pipe, a hung network mount) would keep an exiting
 * process alive forever. Such requests show up as these resource kinds.
 */
const SYSTEM_REQUEST = /^(?:FSReq|GetAddrInfoReqWrap$|GetNameInfoReqWrap$)/;

export const realProcess: ProcessControl = {
  exit: (code) => process.exit(code),
  pendingSystemRequests: () =>
    process.getActiveResourcesInfo().filter((kind) => SYSTEM_REQUEST.test(kind)),
  kill: () => process.kill(process.pid, 'SIGKILL'),
};

export interface ShutdownOptions {
  tracker: WorkTracker;
  logger: Logger;
  /** Closed side by side once work has drained, so one that hangs does not keep the others open. */
  closing: ClosingStep[];
  /** The hard limit for the whole shutdown, counted from the signal. */
  deadlineMs?: number;
  /** How long in-flight work may take; by default the deadline less time kept for closing. */
  drainTimeoutMs?: number;
  processControl?: ProcessControl;
  signals?: NodeJS.Signals[];
}

export const DEFAULT_SHUTDOWN_DEADLINE_MS = 10_000;
/** Kept back from draining for closing: ample for a gateway close and a file watcher. */
const CLOSING_ALLOWANCE_MS = 2_000;
/** How often to look again for system requests that must finish before a normal exit. */
const SYSTEM_REQUEST_POLL_MS = 20;

function drainBudget(deadlineMs: number): number {
  return deadlineMs - Math.min(CLOSING_ALLOWANCE_MS, deadlineMs / 2);
}

/**
 * A timer for a deadline. It is deliberately not unref'd: when all that is left is a promise that
 * never settles, nothing else holds the event loop open, and an unref'd timer would let the
 * process drift out with code 0 and no word of what was cut short. `cancel` clears it, so it never
 * holds up a shutdown that finished in time.
 */
export function startDeadline(ms: number): { passed: Promise<'deadline'>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const passed = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => {
      resolve('deadline');
    }, ms);
  });
  return {
    passed,
    cancel: () => {
      clearTimeout(timer);
    },
  };
}

/**
 * Installs SIGINT/SIGTERM handlers and returns the shutdown routine, so other endings (stdin
 * closing in console mode) go through the same steps. Calling it twice is harmless.
 */
export function installShutdown(options: ShutdownOptions): (reason: string) => Promise<void> {
  const { tracker, logger, closing } = options;
  const deadlineMs = options.deadlineMs ?? DEFAULT_SHUTDOWN_DEADLINE_MS;
  const drainTimeoutMs = options.drainTimeoutMs ?? drainBudget(deadlineMs);
  const control = options.processControl ?? realProcess;
  /** Closing steps begun and not yet finished: what the deadline cut short, should it pass. */
  const closingNow = new Set<string>();
  let deadlinePassed = false;
  let started: Promise<void> | undefined;

  const drainAndClose = async (): Promise<number> => {
    const drained = await tracker.drain(drainTimeoutMs);
    if (!drained) {
      logger.warn({ inFlight: tracker.inFlight, drainTimeoutMs }, 'gave up waiting for work');
    }
    const closed = await Promise.all(
      closing.map(async (step) => {
        closingNow.add(step.name);
        try {
          await step.close();
          return true;
        } catch (error) {
          logger.error({ err: error, step: step.name }, 'error while closing');
          return false;
        } finally {
          closingNow.delete(step.name);
        }
      }),
    );
    // A read that is merely slow (a reload that began just before the signal) gets the time left,
    // since process.exit would wait for it anyway.
    while (!deadlinePassed && control.pendingSystemRequests().length > 0) {
      await new Promise((resolve) => setTimeout(resolve, SYSTEM_REQUEST_POLL_MS));
    }
    return drained && closed.every(Boolean) ? 0 : 1;
  };

  const unfinished = (): string[] => {
    const pending = control.pendingSystemRequests();
    return [
      ...(tracker.inFlight > 0 ? [`work in flight (${tracker.inFlight})`] : []),
      ...closingNow,
      ...(pending.length > 0 ? [`system requests (${pending.join(', ')})`] : []),
    ];
  };

  const exit = (code: number): void => {
    const stuck = control.pendingSystemRequests();
    if (stuck.length === 0) {
      logger.info({ code }, 'stopped');
      control.exit(code);
      return;
    }
    logger.error(
      { pending: stuck },
      'a system request is stuck and a normal exit would wait for it forever; killing the process',
    );
    logger.info({ code, killedWith: 'SIGKILL' }, 'stopped');
    control.kill();
  };

  const shutdown = (reason: string): Promise<void> => {
    started ??= (async () => {
      logger.info({ reason, inFlight: tracker.inFlight, deadlineMs }, 'shutting down');
      tracker.stopAccepting();
      const deadline = startDeadline(deadlineMs);
      const outcome = await Promise.race([drainAndClose(), deadline.passed]);
      deadline.cancel();
      let code: number;
      if (outcome === 'deadline') {
        deadlinePassed = true;
        logger.error(
          { deadlineMs, unfinished: unfinished() },
          'shutdown deadline passed; exiting with work unfinished',
        );
        code = 1;
      } else {
        code = outcome;
      }
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
