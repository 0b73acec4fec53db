/**
 * Server settings in an embedded SQLite database (better-sqlite3): one file, `settings.sqlite`,
 * in the data folder (DATA_DIR). Opened once per process in WAL mode, so reads never wait for a
 * write and a crash mid-write loses nothing committed; its schema is brought up to date on
 * opening (migrations.ts). Calls are synchronous: each is one small indexed statement.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate, SchemaVersionError, type Applied } from './migrations.js';
import type { DailySchedule, DailyState } from './schedule.js';

export const SETTINGS_FILE = 'settings.sqlite';

export interface GuildSettings {
  guildId: string;
  /** Null when daily posts are off. */
  daily: DailySchedule | null;
}

/** The last daily post of a server, and the last one that failed. */
export interface DailyRecord extends DailyState {
  postedAt: Date | null;
  /** Null when the day had nothing to post. */
  messageId: string | null;
  lastFailure: { day: string; at: Date; reason: string; willRetry: boolean } | null;
}

/** A problem opening the settings file, naming the file. */
export class SettingsStoreError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`cannot open the settings file ${file}: ${problem}`);
    this.name = 'SettingsStoreError';
  }
}

interface SettingsRow {
  guild_id: string;
  daily_channel_id: string | null;
  daily_time: string | null;
  daily_time_zone: string;
  updated_at: string;
}

interface PostRow {
  day: string;
  posted_at: string;
  message_id: string | null;
}

interface FailureRow {
  day: string;
  failed_at: string;
  reason: string;
  will_retry: number;
}

export type SettingsListener = (guildId: string) => void;

export class SettingsStore {
  readonly #db: Database.Database;
  readonly #listeners = new Set<SettingsListener>();

  private constructor(
    db: Database.Database,
    /** The settings file's path. */
    readonly file: string,
    /** What opening it migrated. */
    readonly migration: Applied,
  ) {
    this.#db = db;
  }

  /** Opens (creating the folder and the file if need be) and migrates `dataDir/settings.sqlite`. */
  static open(dataDir: string): SettingsStore {
    const file = path.join(dataDir, SETTINGS_FILE);
    let db: Database.Database | undefined;
    try {
      mkdirSync(dataDir, { recursive: true });
      db = new Database(file);
      db.pragma('journal_mode = WAL');
      // Another process (a shard) holding the write lock is waited for, not failed on.
      db.pragma('busy_timeout = 5000');
      // With WAL, NORMAL loses no committed transaction on a crash of the process.
      db.pragma('synchronous = NORMAL');
      const migration = migrate(db, file);
      return new SettingsStore(db, file, migration);
    } catch (error) {
      db?.close();
      if (error instanceof SchemaVersionError) throw error;
      throw new SettingsStoreError(file, error instanceof Error ? error.message : String(error));
    }
  }

  /** Called after every change to a server's settings, with its id. */
  onChange(listener: SettingsListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  guild(guildId: string): GuildSettings {
    const row = this.#db
      .prepare<[string], SettingsRow>('SELECT * FROM guild_settings WHERE guild_id = ?')
      .get(guildId);
    return { guildId, daily: row === undefined ? null : scheduleOf(row) };
  }

  /** Every server with daily posts on. */
  dailySchedules(): { guildId: string; schedule: DailySchedule }[] {
    const rows = this.#db
      .prepare<[], SettingsRow>(
        'SELECT * FROM guild_settings WHERE daily_channel_id IS NOT NULL ORDER BY guild_id',
      )
      .all();
    return rows.flatMap((row) => {
      const schedule = scheduleOf(row);
      return schedule === null ? [] : [{ guildId: row.guild_id, schedule }];
    });
  }

  /**
   * Turns daily posts on, or changes them. The change counts from `now`: a post time that passed
   * before it is not owed. A failure noted for the old schedule is forgotten.
   */
  setDaily(
    guildId: string,
    daily: { channelId: string; time: string; timeZone: string },
    now: Date,
  ): DailySchedule {
    this.#db.transaction(() => {
      this.#db
        .prepare(
          `INSERT INTO guild_settings (guild_id, daily_channel_id, daily_time, daily_time_zone, updated_at)
           VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (guild_id) DO UPDATE SET daily_channel_id = excluded.daily_channel_id,
             daily_time = excluded.daily_time, daily_time_zone = excluded.daily_time_zone,
             updated_at = excluded.updated_at`,
        )
        .run(guildId, daily.channelId, daily.time, daily.timeZone, now.toISOString());
      this.#db.prepare('DELETE FROM daily_failures WHERE guild_id = ?').run(guildId);
    })();
    this.#changed(guildId);
    return { ...daily, since: now };
  }

  /**
   * Turns daily posts off; returns the schedule that was on, if any. The last post's day is kept,
   * so turning them on again the same day never posts that day twice.
   */
  stopDaily(guildId: string, now: Date): DailySchedule | null {
    const before = this.guild(guildId).daily;
    if (before === null) return null;
    this.#db
      .prepare(
        'UPDATE guild_settings SET daily_channel_id = NULL, daily_time = NULL, updated_at = ? WHERE guild_id = ?',
      )
      .run(now.toISOString(), guildId);
    this.#changed(guildId);
    return before;
  }

  dailyRecord(guildId: string): DailyRecord {
    const post = this.#db
      .prepare<[string], PostRow>('SELECT * FROM daily_posts WHERE guild_id = ?')
      .get(guildId);
    const failure = this.#db
      .prepare<[string], FailureRow>('SELECT * FROM daily_failures WHERE guild_id = ?')
      .get(guildId);
    return {
      lastPostedDay: post?.day ?? null,
      postedAt: post === undefined ? null : new Date(post.posted_at),
      messageId: post?.message_id ?? null,
      abandonedDay: failure?.will_retry === 0 ? failure.day : null,
      lastFailure:
        failure === undefined
          ? null
          : {
              day: failure.day,
              at: new Date(failure.failed_at),
              reason: failure.reason,
              willRetry: failure.will_retry === 1,
            },
    };
  }

  /** The day's post was made (`messageId` null: the day had nothing to post). */
  recordPosted(guildId: string, day: string, now: Date, messageId: string | null): void {
    this.#db.transaction(() => {
      this.#db
        .prepare(
          `INSERT INTO daily_posts (guild_id, day, posted_at, message_id) VALUES (?, ?, ?, ?)
           ON CONFLICT (guild_id) DO UPDATE SET day = excluded.day,
             posted_at = excluded.posted_at, message_id = excluded.message_id`,
        )
        .run(guildId, day, now.toISOString(), messageId);
      this.#db.prepare('DELETE FROM daily_failures WHERE guild_id = ?').run(guildId);
    })();
  }

  /** The day's post failed; `willRetry` false: not tried again that day. */
  recordFailure(guildId: string, day: string, now: Date, reason: string, willRetry: boolean): void {
    this.#db
      .prepare(
        `INSERT INTO daily_failures (guild_id, day, failed_at, reason, will_retry) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (guild_id) DO UPDATE SET day = excluded.day, failed_at = excluded.failed_at,
           reason = excluded.reason, will_retry = excluded.will_retry`,
      )
      .run(guildId, day, now.toISOString(), reason, willRetry ? 1 : 0);
  }

  close(): void {
    this.#listeners.clear();
    if (this.#db.open) this.#db.close();
  }

  #changed(guildId: string): void {
    for (const listener of this.#listeners) listener(guildId);
  }
}

function scheduleOf(row: SettingsRow): DailySchedule | null {
  if (row.daily_channel_id === null || row.daily_time === null) return null;
  return {
    channelId: row.daily_channel_id,
    time: row.daily_time,
    timeZone: row.daily_time_zone,
    since: new Date(row.updated_at),
  };
}
