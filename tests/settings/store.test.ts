import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsStore } from '../../src/settings/store.js';

const GUILD = '100000000000000001';
const OTHER = '100000000000000002';
const CHANNEL = '200000000000000001';
const T0 = new Date('2026-03-01T10:00:00.000Z');
const T1 = new Date('2026-03-02T09:00:05.000Z');

const opened: SettingsStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

function open(dir = mkdtempSync(path.join(tmpdir(), 'settings-'))): SettingsStore {
  const store = SettingsStore.open(dir);
  opened.push(store);
  return store;
}

const dirOf = (store: SettingsStore): string => path.dirname(store.file);

describe('SettingsStore', () => {
  it('has no settings for a server it never saw', () => {
    const store = open();
    expect(store.guild(GUILD)).toEqual({ guildId: GUILD, daily: null });
    expect(store.dailySchedules()).toEqual([]);
    expect(store.dailyRecord(GUILD)).toEqual({
      lastPostedDay: null,
      postedAt: null,
      messageId: null,
      abandonedDay: null,
      lastFailure: null,
    });
  });

  it('keeps a daily schedule across reopening the file, counting from when it was set', () => {
    const first = open();
    first.setDaily(GUILD, { channelId: CHANNEL, time: '09:00', timeZone: 'Europe/Berlin' }, T0);
    first.close();
    const again = open(dirOf(first));
    const daily = { channelId: CHANNEL, time: '09:00', timeZone: 'Europe/Berlin', since: T0 };
    expect(again.guild(GUILD).daily).toEqual(daily);
    expect(again.dailySchedules()).toEqual([{ guildId: GUILD, schedule: daily }]);
    expect(again.guild(OTHER).daily).toBeNull();
  });

  it('changes a schedule in place and turns it off, keeping the last posted day', () => {
    const store = open();
    store.setDaily(GUILD, { channelId: CHANNEL, time: '09:00', timeZone: 'UTC' }, T0);
    store.recordPosted(GUILD, '2026-03-02', T1, '300000000000000001');
    store.setDaily(GUILD, { channelId: CHANNEL, time: '18:30', timeZone: 'UTC' }, T1);
    expect(store.guild(GUILD).daily).toMatchObject({ time: '18:30', since: T1 });
    expect(store.stopDaily(GUILD, T1)).toMatchObject({ channelId: CHANNEL, time: '18:30' });
    expect(store.guild(GUILD).daily).toBeNull();
    expect(store.dailySchedules()).toEqual([]);
    expect(store.stopDaily(GUILD, T1)).toBeNull();
    // Turned on again the same day, the day's post is still known to be made.
    store.setDaily(GUILD, { channelId: CHANNEL, time: '09:00', timeZone: 'UTC' }, T1);
    expect(store.dailyRecord(GUILD).lastPostedDay).toBe('2026-03-02');
  });

  it('records posts and failures; a post clears the failure, and so does a new schedule', () => {
    const store = open();
    store.setDaily(GUILD, { channelId: CHANNEL, time: '09:00', timeZone: 'UTC' }, T0);
    store.recordFailure(GUILD, '2026-03-02', T1, 'Missing Permissions', false);
    expect(store.dailyRecord(GUILD)).toMatchObject({
      abandonedDay: '2026-03-02',
      lastFailure: { day: '2026-03-02', at: T1, reason: 'Missing Permissions', willRetry: false },
    });
    store.setDaily(GUILD, { channelId: CHANNEL, time: '10:00', timeZone: 'UTC' }, T1);
    expect(store.dailyRecord(GUILD)).toMatchObject({ abandonedDay: null, lastFailure: null });

    store.recordFailure(GUILD, '2026-03-02', T1, 'Service Unavailable', true);
    expect(store.dailyRecord(GUILD)).toMatchObject({
      abandonedDay: null,
      lastFailure: { willRetry: true },
    });
    store.recordPosted(GUILD, '2026-03-02', T1, null);
    expect(store.dailyRecord(GUILD)).toMatchObject({
      lastPostedDay: '2026-03-02',
      postedAt: T1,
      messageId: null,
      lastFailure: null,
    });
  });

  it('tells listeners which server changed, until they unsubscribe', () => {
    const store = open();
    const changed: string[] = [];
    const stop = store.onChange((guildId) => changed.push(guildId));
    store.setDaily(GUILD, { channelId: CHANNEL, time: '09:00', timeZone: 'UTC' }, T0);
    store.stopDaily(GUILD, T0);
    store.stopDaily(OTHER, T0);
    stop();
    store.setDaily(OTHER, { channelId: CHANNEL, time: '09:00', timeZone: 'UTC' }, T0);
    expect(changed).toEqual([GUILD, GUILD]);
  });
});
