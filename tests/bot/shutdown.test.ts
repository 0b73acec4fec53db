import { Writable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  installShutdown,
  WorkTracker,
  type ClosingStep,
  type ProcessControl,
} from '../../src/bot/shutdown.js';
import { createLogger } from '../../src/log.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** A logger that keeps its lines, to check what shutdown said. */
function recordingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({
    level: 'info',
    destination: new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    }),
  });
  return { logger, lines, messages: () => lines.map((line) => line.msg) };
}

/** Stands in for the process: records exits and kills; `pending` plays the system requests. */
function fakeProcess(pending: () => string[] = () => []) {
  const ends: string[] = [];
  const control: ProcessControl = {
    exit: (code) => ends.push(`exit ${code}`),
    kill: () => ends.push('kill'),
    pendingSystemRequests: pending,
  };
  return { control, ends };
}

const never = (): Promise<void> => new Promise(() => undefined);
const step = (name: string, close: () => Promise<void>): ClosingStep => ({ name, close });

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
    const { control, ends } = fakeProcess();
    const shutdown = installShutdown({
      tracker,
      logger: silent,
      closing: [
        step('store', () => {
          steps.push('closed');
          return Promise.resolve();
        }),
      ],
      processControl: control,
      signals: [],
    });
    const done = shutdown('test');
    expect(tracker.accepting).toBe(false);
    gate.resolve();
    await done;
    expect(steps).toEqual(['work finished', 'closed']);
    expect(ends).toEqual(['exit 0']);
  });

  it('runs once even when signalled twice', async () => {
    const { control, ends } = fakeProcess();
    const shutdown = installShutdown({
      tracker: new WorkTracker(),
      logger: silent,
      closing: [step('store', () => Promise.resolve())],
      processControl: control,
      signals: [],
    });
    await Promise.all([shutdown('a'), shutdown('b')]);
    expect(ends).toEqual(['exit 0']);
  });

  it('exits 1 when closing fails', async () => {
    const { control, ends } = fakeProcess();
    const shutdown = installShutdown({
      tracker: new WorkTracker(),
      logger: silent,
      closing: [step('Discord client', () => Promise.reject(new Error('socket stuck')))],
      processControl: control,
      signals: [],
    });
    await shutdown('test');
    expect(ends).toEqual(['exit 1']);
  });

  describe('the hard deadline', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('exits 1 at the deadline when a close never resolves, naming the step it cut short', async () => {
      const { logger, lines } = recordingLogger();
      const { control, ends } = fakeProcess();
      let clientClosed = false;
      const shutdown = installShutdown({
        tracker: new WorkTracker(),
        logger,
        closing: [
          step('dataset store', never),
          step('Discord client', () => {
            clientClosed = true;
            return Promise.resolve();
          }),
        ],
        deadlineMs: 3_000,
        processControl: control,
        signals: [],
      });
      void shutdown('SIGTERM');

      await vi.advanceTimersByTimeAsync(2_999);
      expect(ends).toEqual([]);
      expect(clientClosed).toBe(true);
      await vi.advanceTimersByTimeAsync(1);

      expect(ends).toEqual(['exit 1']);
      expect(
        lines.find((line) => line.msg === 'shutdown deadline passed; exiting with work unfinished'),
      ).toMatchObject({
        level: 50,
        deadlineMs: 3_000,
        unfinished: ['dataset store'],
      });
      expect(lines.at(-1)).toMatchObject({ msg: 'stopped', code: 1 });
    });

    it('defaults to 10 s in all', async () => {
      const { control, ends } = fakeProcess();
      const shutdown = installShutdown({
        tracker: new WorkTracker(),
        logger: silent,
        closing: [step('dataset store', never)],
        processControl: control,
        signals: [],
      });
      void shutdown('SIGTERM');
      await vi.advanceTimersByTimeAsync(9_999);
      expect(ends).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(ends).toEqual(['exit 1']);
    });

    it('exits 1 when work is still in flight after the drain time, having closed everything', async () => {
      const tracker = new WorkTracker();
      void tracker.run(never);
      const { logger, messages } = recordingLogger();
      const { control, ends } = fakeProcess();
      let closed = false;
      const shutdown = installShutdown({
        tracker,
        logger,
        closing: [
          step('Discord client', () => {
            closed = true;
            return Promise.resolve();
          }),
        ],
        deadlineMs: 3_000,
        drainTimeoutMs: 1_000,
        processControl: control,
        signals: [],
      });
      void shutdown('SIGTERM');
      await vi.advanceTimersByTimeAsync(1_000);

      expect(closed).toBe(true);
      expect(ends).toEqual(['exit 1']);
      expect(messages()).toEqual(['shutting down', 'gave up waiting for work', 'stopped']);
    });

    it('leaves no timer behind when everything finishes in time, so a clean exit is not held up', async () => {
      const { control, ends } = fakeProcess();
      const shutdown = installShutdown({
        tracker: new WorkTracker(),
        logger: silent,
        closing: [step('dataset store', () => Promise.resolve())],
        processControl: control,
        signals: [],
      });
      await shutdown('SIGTERM');
      expect(ends).toEqual(['exit 0']);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('waits for system requests still pending after closing, then exits 0', async () => {
      let checks = 0;
      const { control, ends } = fakeProcess(() => (++checks <= 3 ? ['FSReqPromise'] : []));
      const shutdown = installShutdown({
        tracker: new WorkTracker(),
        logger: silent,
        closing: [step('dataset store', () => Promise.resolve())],
        deadlineMs: 3_000,
        processControl: control,
        signals: [],
      });
      const done = shutdown('SIGTERM');
      await vi.advanceTimersByTimeAsync(100);
      await done;
      expect(ends).toEqual(['exit 0']);
    });

    it('kills the process when a system request is stuck at the deadline, since exit would wait for it forever', async () => {
      const { logger, lines } = recordingLogger();
      const { control, ends } = fakeProcess(() => ['FSReqPromise']);
      const shutdown = installShutdown({
        tracker: new WorkTracker(),
        logger,
        closing: [step('dataset store', () => Promise.resolve())],
        deadlineMs: 3_000,
        processControl: control,
        signals: [],
      });
      void shutdown('SIGTERM');
      await vi.advanceTimersByTimeAsync(3_000);

      expect(ends).toEqual(['kill']);
      expect(
        lines.find((line) => line.msg === 'shutdown deadline passed; exiting with work unfinished')
          ?.unfinished,
      ).toEqual(['system requests (FSReqPromise)']);
      expect(lines.at(-1)).toMatchObject({ msg: 'stopped', code: 1, killedWith: 'SIGKILL' });
      expect(vi.getTimerCount()).toBe(0);
    });
  });

  it('ends a real process at the deadline though nothing else keeps its event loop alive', () => {
    const shutdownModule = path.resolve(
      path.dirname(fileURLToPath(import.meta.url)),
      '../../src/bot/shutdown.ts',
    );
    const script = `
      import { installShutdown, WorkTracker } from ${JSON.stringify(shutdownModule)};
      import { createLogger } from ${JSON.stringify(path.join(path.dirname(shutdownModule), '../log.ts'))};
      const shutdown = installShutdown({
        tracker: new WorkTracker(),
        logger: createLogger({ level: 'info' }),
        closing: [{ name: 'stuck closable', close: () => new Promise(() => {}) }],
        deadlineMs: 200,
        signals: [],
      });
      void shutdown('test');
    `;
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(
      /"unfinished":\["stuck closable"\].*"msg":"shutdown deadline passed/,
    );
  });
});
