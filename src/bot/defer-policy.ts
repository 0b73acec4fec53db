/**
 * When to acknowledge an interaction before working on it. An answer sent in the interaction
 * callback itself is outside the bot's global limit of 50 requests per second, while a deferral
 * needs a webhook edit that discord.js holds to that limit, so under a burst deferred answers
 * queue. Answers are normally ready in a millisecond or two, so the router answers in the
 * callback and defers only when the answer might miss Discord's 3-second window: the interaction
 * is already old when it reaches the handler (a busy gateway or event loop held it up), or this
 * command has lately been slow (a very large dataset). Commands are synchronous, so the choice is
 * made before running one, from what is known then.
 */

/** Half of Discord's 3 s: the other half is left for the callback's round trip. */
export const REPLY_BUDGET_MS = 1_500;

/** How much of a slow run's duration is still expected of the next run of that command. */
const SLOWNESS_MEMORY = 0.9;

export interface DeferPolicy {
  /**
   * True when the answer might not be sent in time: acknowledge first, answer by edit.
   * `ageMs` is how long ago Discord created the interaction.
   */
  shouldDefer(command: string, ageMs: number): boolean;
  /** Records how long a run of `command` took, so that a slow command is deferred next time. */
  record(command: string, workMs: number): void;
}

export function createDeferPolicy(budgetMs = REPLY_BUDGET_MS): DeferPolicy {
  // A decaying maximum per command: a slow run is remembered for the next few runs and then
  // forgotten as fast runs follow; a command that stays slow keeps renewing it.
  const expectedMs = new Map<string, number>();
  return {
    shouldDefer(command, ageMs) {
      return Math.max(0, ageMs) + (expectedMs.get(command) ?? 0) > budgetMs;
    },
    record(command, workMs) {
      const remembered = (expectedMs.get(command) ?? 0) * SLOWNESS_MEMORY;
      expectedMs.set(command, Math.max(workMs, remembered));
    },
  };
}
