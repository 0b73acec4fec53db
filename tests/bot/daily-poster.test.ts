/**
 * The daily scheduler against a fake clock: a day of timers runs in no time, and every wait is
 * one the scheduler asked for. Posts go to a recording `send`; the settings are a real SQLite
 * store in a temporary folder.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DailyPoster,
  systemClock,
  type Clock,
  type DailyTarget,
  type PostOutcome,
} from '../../src/bot/daily-poster.js';
import { WorkTracker } from '../../src/bot/shutdown.js';
import { createLogger } from '../../src/log.js';
import { SettingsStore } from '../../src/settings/store.js';

const GUILD = '100000000000000001';
const OTHER_GUILD = '100000000000000002';
const CHANNEL = '200000000000000001';
const MINUTE = 60_000;
const at = (iso: string): Date => new Date(iso);

/** A clock that moves only when told, firing the timers it passes in order. */
class FakeClock implements Clock {
  #now: number;
  #timers: { id: number; due: number; callback: () => void }[] = [];
  #nextId = 1;
  /** Every delay the scheduler asked for, in order. */
  readonly delays: number[] = [];

  constructor(start: Date) {
    this.#now = start.getTime();
  }

  now(): Date {
    return new Date(this.#now);
  }

  setTimer(callback: () => void, ms: number): number {
    const id = this.#nextId++;
    this.delays.push(ms);
    this.#timers.push({ id, due: this.#now + ms, callback });
    return id;
  }

  clearTimer(timer: unknown): void {
    this.#timers = this.#timers.filter((entry) => entry.id !== timer);
  }

  get pending(): number {
    return this.#timers.length;
  }

  /** Moves to `until`, firing each timer due on the way at its own time (late by `lateMs`). */
  async advanceTo(until: Date, lateMs = 0): Promise<void> {
    for (;;) {
      await settle();
      const next = [...this.#timers].sort((a, b) => a.due - b.due)[0];
      if (next === undefined || next.due > until.getTime()) break;
      this.#timers = this.#timers.filter((entry) => entry !== next);
      this.#now = Math.max(this.#now, next.due + lateMs);
      next.callback();
    }
    this.#now = Math.max(this.#now, until.getTime());
    await settle();
  }
}

/** Lets the scheduler's promise chains run to their end. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

const silent = createLogger({
  level: 'silent',
  destination: new Writable({
    write: (_chunk, _encoding, done) => {
      done();
    },
  }),
});

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function setup(options: {
  start: string;
  outcome?: (target: DailyTarget) => PostOutcome;
  owns?: (guildId: string) => boolean;
  dir?: string;
}) {
  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), 'daily-'));
  const store = SettingsStore.open(dir);
  const clock = new FakeClock(at(options.start));
  const posts: (DailyTarget & { at: string })[] = [];
  let next = 1;
  const poster = new DailyPoster({
    store,
    clock,
    logger: silent,
    owns: options.owns,
    send: (target) => {
      posts.push({ ...target, at: clock.now().toISOString() });
      return Promise.resolve(
        options.outcome?.(target) ?? { ok: true, messageId: `30000000000000000${next++}` },
      );
    },
  });
  cleanup.push(
    () => poster.close(),
    () => {
      store.close();
    },
  );
  return { dir, store, clock, poster, posts };
}

describe('DailyPoster', () => {
  it('posts at the set time, each day once, and sleeps until then', async () => {
    const { store, clock, poster, posts } = setup({ start: '2026-03-02T08:00:00Z' });
    store.setDaily(GUILD, { channelId: CHANNEL, time: '09:00', timeZone: 'UTC' }, clock.now());
    await poster.start();
    expect(posts).toEqual([]);

    await clock.advanceTo(at('2026-03-03T12:00:00Z'));
    expect(posts).toEqual([
      { guildId: GUILD, channelId: CHANNEL, day: '2026-03-02', at: '2026-03-02T09:00:00.000Z' },
      { guildId: GUILD, channelId: CHANNEL, day: '2026-03-03', at: '2026-03-03T09:00:00.000Z' },
    ]);
    expect(store.dailyRecord(GUILD)).toMatchObject({
      lastPostedDay: '2026-03-03',
      postedAt: at('2026-03-03T09:00:00Z'),
    });
    // Never longer than ten minutes between looks at the clock.
    expect(Math.max(...clock.delays)).toBeLessThanOrEqual(10 * MINUTE);
  });

  it('makes a post missed while the bot was down once at start-up, and not again on restart', async () => {
    const first = setup({ start: '2026-02-27T12:00:00Z' });
    first.store.setDaily(
      GUILD,
      { channelId: CHANNEL, time: '09:00', timeZone: 'UTC' },
      first.clock.now(),
    );
    first.store.recordPosted(GUILD, '2026-02-28', at('2026-02-28T09:00:01Z'), '1');
    first.store.close();

    // Down from 1 March to 2 March 12:00: two days' posts were missed, one is made.
    const second = setup({ start: '2026-03-02T12:00:00Z', dir: first.dir });
    await second.poster.start();
    expect(second.posts.map((post) => post.day)).toEqual(['2026-03-02']);
    await second.poster.close();

    const third = setup({ start: '2026-03-02T12:05:00Z', dir: first.dir });
    await third.poster.start();
    await third.clock.advanceTo(at('2026-03-03T08:59:00Z'));
    expect(third.posts).toEqual([]);
  });

  it('posts nothing at start-up when today is already posted', async () => {
    const { store, clock, poster, posts } = setup({ start: '2026-03-02T12:00:00Z' });
    store.setDaily(
      GUILD,
      { channelId: CHANNEL, time: '09:00', timeZone: 'UTC' },
      at('2026-03-01T00:00:00Z'),
    );
    store.recordPosted(GUILD, '2026-03-02', at('2026-03-02T09:00:00Z'), '1');
    await poster.start();
    await clock.advanceTo(at('2026-03-02T23:59:00Z'));
    expect(posts).toEqual([]);
  });

  it('follows a time change: not twice for a day already posted, and on time at the new time', async () => {
    const { store, clock, poster, posts } = setup({ start: '2026-03-02T08:00:00Z' });
    store.setDaily(GUILD, { channelId: CHANNEL, time: '09:00', timeZone: 'UTC' }, clock.now());
    await poster.start();
    await clock.advanceTo(at('2026-03-02T12:00:00Z'));
    expect(posts.map((post) => post.at)).toEqual(['2026-03-02T09:00:00.000Z']);

    // Later the same day: 15:00 would be a second post for 2 March, so it waits for 3 March.
    store.setDaily(GUILD, { channelId: CHANNEL, time: '15:00', timeZone: 'UTC' }, clock.now());
    await clock.advanceTo(at('2026-03-03T10:00:00Z'));
    expect(posts).toHaveLength(1);

    // Before the day's post: moved from 15:00 to 11:00, it goes out at 11:00.
    store.setDaily(GUILD, { channelId: CHANNEL, time: '11:00', timeZone: 'UTC' }, clock.now());
    await clock.advanceTo(at('2026-03-03T23:00:00Z'));
    expect(posts.map((post) => post.at)).toEqual([
      '2026-03-02T09:00:00.000Z',
      '2026-03-03T11:00:00.000Z',
    ]);
  });

  it('does not drift: a late timer posts late once, and the next wait aims at the next day', async () => {
    const { store, clock, poster, posts } = setup({ start: '2026-03-02T08:55:00Z' });
    store.setDaily(GUILD, { channelId: CHANNEL, time: '09:00', timeZone: 'UTC' }, clock.now());
    await poster.start();
    expect(clock.delays.at(-1)).toBe(5 * MINUTE);
    // The machine was busy: the timer fires three minutes late.
    await clock.advanceTo(at('2026-03-02T09:03:00Z'), 3 * MINUTE);
    expect(posts.map((post) => post.at)).toEqual(['2026-03-02T09:03:00.000Z']);
    await clock.advanceTo(at('2026-03-03T09:00:00Z'));
    expect(posts.map((post) => post.at)).toEqual([
      '2026-03-02T09:03:00.000Z',
      '2026-03-03T09:00:00.000Z',
    ]);
  });

  it('gives up a day whose post cannot be made, tries again after a passing failure', async () => {
    let failure: PostOutcome = { ok: false, reason: 'Missing Permissions', retry: false };
    const { store, clock, poster, posts } = setup({
      start: '2026-03-02T08:00:00Z',
      outcome: () => failure,
    });
    store.setDaily(GUILD, { channelId: CHANNEL, time: '09:00', timeZone: 'UTC' }, clock.now());
    await poster.start();
    await clock.advanceTo(at('2026-03-02T23:00:00Z'));
    expect(posts).toHaveLength(1);
    expect(store.dailyRecord(GUILD).lastFailure).toMatchObject({
      day: '2026-03-02',
      reason: 'Missing Permissions',
      willRetry: false,
    });

    failure = { ok: false, reason: 'Service Unavailable', retry: true };
    await clock.advanceTo(at('2026-03-03T09:04:00Z'));
    expect(posts.map((post) => post.at)).toEqual([
      '2026-03-02T09:00:00.000Z',
      '2026-03-03T09:00:00.000Z',
    ]);
    failure = { ok: true, messageId: '300000000000000009' };
    await clock.advanceTo(at('2026-03-03T12:00:00Z'));
    expect(posts.map((post) => post.at)).toEqual([
      '2026-03-02T09:00:00.000Z',
      '2026-03-03T09:00:00.000Z',
      '2026-03-03T09:05:00.000Z',
    ]);
    expect(store.dailyRecord(GUILD)).toMatchObject({
      lastPostedDay: '2026-03-03',
      lastFailure: null,
    });
  });

  it('records a day with nothing to post as done, sending nothing again', async () => {
    const { store, clock, poster, posts } = setup({
      start: '2026-03-02T08:00:00Z',
      outcome: () => ({ ok: true, messageId: null }),
    });
    store.setDaily(GUILD, { channelId: CHANNEL, time: '09:00', timeZone: 'UTC' }, clock.now());
    await poster.start();
    await clock.advanceTo(at('2026-03-02T20:00:00Z'));
    expect(posts).toHaveLength(1);
    expect(store.dailyRecord(GUILD)).toMatchObject({
      lastPostedDay: '2026-03-02',
      messageId: null,
    });
  });

  it('posts only for the servers this process owns (its shard)', async () => {
    const { store, clock, poster, posts } = setup({
      start: '2026-03-02T08:00:00Z',
      owns: (guildId) => guildId === GUILD,
    });
    for (const guildId of [GUILD, OTHER_GUILD]) {
      store.setDaily(guildId, { channelId: CHANNEL, time: '09:00', timeZone: 'UTC' }, clock.now());
    }
    await poster.start();
    await clock.advanceTo(at('2026-03-02T10:00:00Z'));
    expect(posts.map((post) => post.guildId)).toEqual([GUILD]);
  });

  it('once closed, leaves no timer and posts nothing more', async () => {
    const { store, clock, poster, posts } = setup({ start: '2026-03-02T08:00:00Z' });
    store.setDaily(GUILD, { channelId: CHANNEL, time: '09:00', timeZone: 'UTC' }, clock.now());
    await poster.start();
    expect(clock.pending).toBe(1);
    await poster.close();
    expect(clock.pending).toBe(0);
    store.setDaily(GUILD, { channelId: CHANNEL, time: '08:30', timeZone: 'UTC' }, clock.now());
    await clock.advanceTo(at('2026-03-03T10:00:00Z'));
    expect(posts).toEqual([]);
  });

  it('runs its posts as tracked work, so a shutdown waits for one in flight and starts none', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daily-'));
    const store = SettingsStore.open(dir);
    cleanup.push(() => {
      store.close();
    });
    const clock = new FakeClock(at('2026-03-02T12:00:00Z'));
    store.setDaily(
      GUILD,
      { channelId: CHANNEL, time: '09:00', timeZone: 'UTC' },
      at('2026-03-01T00:00:00Z'),
    );
    const tracker = new WorkTracker();
    let release: (() => void) | undefined;
    const poster = new DailyPoster({
      store,
      clock,
      logger: silent,
      track: (work) => tracker.run(work),
      send: () =>
        new Promise<PostOutcome>((resolve) => {
          release = () => {
            resolve({ ok: true, messageId: '300000000000000001' });
          };
        }),
    });
    const started = poster.start();
    await settle();
    expect(tracker.inFlight).toBe(1);
    tracker.stopAccepting();
    const drained = tracker.drain(1_000);
    release?.();
    expect(await drained).toBe(true);
    await started;
    expect(store.dailyRecord(GUILD).lastPostedDay).toBe('2026-03-02');
    // Shutdown has begun: the next round is turned away and no timer is left.
    await poster.runDue();
    expect(clock.pending).toBe(0);
  });

  it('uses timers that never keep the process alive', () => {
    const timer = systemClock.setTimer(() => undefined, 60_000) as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    systemClock.clearTimer(timer);
  });
});
