/**
 * Long work written as a generator that yields between slices of it. Run to the end at once it is
 * an ordinary call; a caller that must keep serving meanwhile (the bot, while it indexes a new
 * dataset) can instead run a few slices, let other work in, and go on.
 */
export type Slices<T> = Generator<undefined, T, undefined>;

export function runToEnd<T>(work: Slices<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done === true) return step.value;
  }
}
