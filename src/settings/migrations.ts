/**
 * The settings file's schema, built by the program: SQLite's `user_version` says which of these
 * migrations a file has had, and opening it applies the rest in order, each in its own
 * transaction, so a file is always at one whole version. Migrations are only ever appended: a
 * released one is never edited, since files out there already have it.
 */
import type Database from 'better-sqlite3';

export interface Migration {
  /** The `user_version` a file has once this migration is applied: 1, 2, … in order. */
  version: number;
  /** What it changes, for the log. */
  description: string;
  up(db: Database.Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'server settings and the last daily post of each server',
    up: (db) => {
      db.exec(`
        CREATE TABLE guild_settings (
          guild_id TEXT PRIMARY KEY,
          -- Null: daily posts are off.
          daily_channel_id TEXT,
          -- HH:MM.
          daily_time TEXT,
          -- When the daily schedule last changed (ISO 8601): posts owed before it are not owed.
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE daily_posts (
          guild_id TEXT PRIMARY KEY,
          -- The local day (YYYY-MM-DD) whose list was last posted: never posted twice.
          day TEXT NOT NULL,
          posted_at TEXT NOT NULL,
          -- Null when the day had nothing to post.
          message_id TEXT
        ) STRICT;
      `);
    },
  },
  {
    version: 2,
    description: 'a time zone for the daily time, and the last failed daily post',
    up: (db) => {
      db.exec(`
        ALTER TABLE guild_settings ADD COLUMN daily_time_zone TEXT NOT NULL DEFAULT 'UTC';
        CREATE TABLE daily_failures (
          guild_id TEXT PRIMARY KEY,
          day TEXT NOT NULL,
          failed_at TEXT NOT NULL,
          reason TEXT NOT NULL,
          -- 1: the post will be tried again; 0: not for that day (e.g. no permission).
          will_retry INTEGER NOT NULL
        ) STRICT;
      `);
    },
  },
];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

export class SchemaVersionError extends Error {
  constructor(
    readonly file: string,
    readonly found: number,
  ) {
    super(
      `${file} has settings schema version ${found}, newer than this program's ${LATEST_VERSION}: ` +
        'it was written by a newer version of the bot. Run that version, or restore a backup.',
    );
    this.name = 'SchemaVersionError';
  }
}

export interface Applied {
  from: number;
  to: number;
  applied: Migration[];
}

/**
 * Brings the file to `LATEST_VERSION` (or `target`, for tests of older versions). Each step runs
 * in an immediate transaction that reads the version again inside it, so two processes opening
 * one file (shards) never apply a migration twice.
 */
export function migrate(
  db: Database.Database,
  file: string,
  migrations: readonly Migration[] = MIGRATIONS,
  target = migrations.at(-1)?.version ?? 0,
): Applied {
  const from = userVersion(db);
  if (from > (migrations.at(-1)?.version ?? 0)) throw new SchemaVersionError(file, from);
  const applied: Migration[] = [];
  for (const migration of migrations) {
    if (migration.version > target) break;
    db.transaction(() => {
      if (userVersion(db) >= migration.version) return;
      migration.up(db);
      // Part of the transaction: the version and the schema change commit together.
      db.pragma(`user_version = ${migration.version}`);
      applied.push(migration);
    }).immediate();
  }
  return { from, to: userVersion(db), applied };
}

export function userVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}
