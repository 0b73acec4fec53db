import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  LATEST_VERSION,
  migrate,
  MIGRATIONS,
  SchemaVersionError,
  userVersion,
  type Migration,
} from '../../src/settings/migrations.js';
import { SETTINGS_FILE, SettingsStore, SettingsStoreError } from '../../src/settings/store.js';

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const handle of opened.splice(0)) handle.close();
});

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'settings-'));
}

function openRaw(file: string): Database.Database {
  const db = new Database(file);
  opened.push(db);
  return db;
}

function openStore(dir: string): SettingsStore {
  const store = SettingsStore.open(dir);
  opened.push(store);
  return store;
}

/** Every table's columns, as SQLite describes them: what "the same schema" means here. */
function schemaOf(file: string): Record<string, unknown> {
  const db = openRaw(file);
  const tables = db
    .prepare<[], { name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name",
    )
    .all();
  return Object.fromEntries(
    tables.map((table) => [table.name, db.pragma(`table_info(${table.name})`)]),
  );
}

describe('settings migrations', () => {
  it('numbers its migrations 1, 2, … in order', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(
      MIGRATIONS.map((_, i) => i + 1),
    );
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('builds the latest schema in a new file, in WAL mode', () => {
    const dir = tempDir();
    const store = openStore(dir);
    expect(store.migration).toMatchObject({ from: 0, to: LATEST_VERSION });
    expect(store.migration.applied).toHaveLength(MIGRATIONS.length);
    const db = openRaw(path.join(dir, SETTINGS_FILE));
    expect(userVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('brings a version 1 file, with its settings, to the same schema as a new file', () => {
    const fresh = tempDir();
    openStore(fresh).close();

    const old = tempDir();
    const file = path.join(old, SETTINGS_FILE);
    const v1 = openRaw(file);
    migrate(v1, file, MIGRATIONS, 1);
    expect(userVersion(v1)).toBe(1);
    v1.prepare(
      'INSERT INTO guild_settings (guild_id, daily_channel_id, daily_time, updated_at) VALUES (?, ?, ?, ?)',
    ).run('100000000000000001', '200000000000000002', '08:15', '2026-01-01T00:00:00.000Z');
    v1.prepare('INSERT INTO daily_posts (guild_id, day, posted_at) VALUES (?, ?, ?)').run(
      '100000000000000001',
      '2026-01-01',
      '2026-01-01T08:15:02.000Z',
    );
    v1.close();

    const store = openStore(old);
    expect(store.migration).toMatchObject({ from: 1, to: LATEST_VERSION });
    expect(store.migration.applied.map((migration) => migration.version)).toEqual(
      MIGRATIONS.slice(1).map((migration) => migration.version),
    );
    expect(store.guild('100000000000000001').daily).toEqual({
      channelId: '200000000000000002',
      time: '08:15',
      // Version 1 had no zones: its times were UTC.
      timeZone: 'UTC',
      since: new Date('2026-01-01T00:00:00.000Z'),
    });
    expect(store.dailyRecord('100000000000000001').lastPostedDay).toBe('2026-01-01');
    store.close();

    expect(schemaOf(file)).toEqual(schemaOf(path.join(fresh, SETTINGS_FILE)));
  });

  it('applies nothing to a file that is up to date', () => {
    const dir = tempDir();
    openStore(dir).close();
    expect(openStore(dir).migration).toEqual({
      from: LATEST_VERSION,
      to: LATEST_VERSION,
      applied: [],
    });
  });

  it('leaves a file at its last whole version when a migration fails part way', () => {
    const file = path.join(tempDir(), SETTINGS_FILE);
    const db = openRaw(file);
    const failing: Migration[] = [
      ...MIGRATIONS.slice(0, 1),
      {
        version: 2,
        description: 'fails after its first statement',
        up: (target) => {
          target.exec('CREATE TABLE half_done (x TEXT)');
          throw new Error('disk full');
        },
      },
    ];
    expect(() => migrate(db, file, failing)).toThrow('disk full');
    expect(userVersion(db)).toBe(1);
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((row) => row.name);
    expect(tables).not.toContain('half_done');
  });

  it('refuses a file from a newer version of the bot, naming it', () => {
    const dir = tempDir();
    const file = path.join(dir, SETTINGS_FILE);
    const db = openRaw(file);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    expect(() => SettingsStore.open(dir)).toThrow(SchemaVersionError);
    expect(() => SettingsStore.open(dir)).toThrow(
      `${file} has settings schema version ${LATEST_VERSION + 1}, newer than this program's ${LATEST_VERSION}`,
    );
  });

  it('names the settings file when it cannot be opened', () => {
    const dir = tempDir();
    // A file where the data folder should be.
    const notAFolder = path.join(dir, 'state');
    writeFileSync(notAFolder, 'not a folder');
    expect(() => SettingsStore.open(notAFolder)).toThrow(SettingsStoreError);
    expect(() => SettingsStore.open(notAFolder)).toThrow(
      `cannot open the settings file ${path.join(notAFolder, SETTINGS_FILE)}`,
    );
  });
});
