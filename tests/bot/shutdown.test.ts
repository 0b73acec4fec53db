import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { installShutdown, WorkTracker } from '../../src/bot/shutdown.js';
import { createLogger } from '../../src/log.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const silent = createLogger({
  level: 'info',
  destination: new Writable({
    write: (_chunk, _encoding, done) => {
      done();
    },
  }),
});

describe('WorkTracker', () => {
  it('runs work while accepting and counts it while in flight', async () => {
    const tracker = new WorkTracker();
    const gate = deferred();
    const running = tracker.run(() => gate.promise);
    expect(tracker.inFlight).toBe(1);
    gate.resolve();
    expect(await running).toBe(true);
    expect(tracker.inFlight).toBe(0);
  });

  it('turns work away after stopAccepting', async () => {
    const tracker = new WorkTracker();
    tracker.stopAccepting();
    let ran = false;
    expect(await tracker.run(() => Promise.resolve().then(() => void (ran = true)))).toBe(false);
    expect(ran).toBe(false);
  });

  it('drains: waits for work in flight to settle, including failures', async () => {
    const tracker = new WorkTracker();
    const gate = deferred();
    const failing = tracker.run(() => Promise.reject(new Error('x')));
    void tracker.run(() => gate.promise);
    await expect(failing).rejects.toThrow('x');
    const drained = tracker.drain(1_000);
    gate.resolve();
    expect(await drained).toBe(true);
  });

  it('gives up draining after the timeout', async () => {
    const tracker = new WorkTracker();
    void tracker.run(() => new Promise(() => undefined));
    expect(await tracker.drain(20)).toBe(false);
  });
});

describe('installShutdown', () => {
  it('stops accepting, finishes in-flight work, closes, then exits 0', async () => {
    const tracker = new WorkTracker();
    const steps: string[] = [];
    const gate = deferred();
    void tracker.run(async () => {
      await gate.promise;
      steps.push('work finished');
    });
    const shutdown = installShutdown({
      tracker,
      logger: silent,
      close: () => {
        steps.push('closed');
        return Promise.resolve();
      },
      exit: (code) => steps.push(`exit ${code}`),
      signals: [],
    });
    const done = shutdown('test');
    expect(tracker.accepting).toBe(false);
    gate.resolve();
    await done;
    expect(steps).toEqual(['work finished', 'closed', 'exit 0']);
  });

  it('runs once even when signalled twice', async () => {
    const exits: number[] = [];
    const shutdown = installShutdown({
      tracker: new WorkTracker(),
      logger: silent,
      close: () => Promise.resolve(),
      exit: (code) => exits.push(code),
      signals: [],
    });
    await Promise.all([shutdown('a'), shutdown('b')]);
    expect(exits).toEqual([0]);
  });

  it('exits 1 when closing fails', async () => {
    const exits: number[] = [];
    const shutdown = installShutdown({
      tracker: new WorkTracker(),
      logger: silent,
      close: () => Promise.reject(new Error('socket stuck')),
      exit: (code) => exits.push(code),
      signals: [],
    });
    await shutdown('test');
    expect(exits).toEqual([1]);
  });
});
