/**
 * What every entry point does first (`npm start`, `npm run start:http`): open the dataset with its
 * saved index and the settings store, and stop with one plain line naming what is wrong.
 */
import { answererFromIndex, buildAnswerer, warmUpQuestionParser } from '../answer/answerer.js';
import type { Config } from '../config/env.js';
import { DatasetError } from '../dataset/load.js';
import { createLogger, type Logger } from '../log.js';
import { SchemaVersionError } from '../settings/migrations.js';
import { SettingsStore, SettingsStoreError } from '../settings/store.js';
import { DatasetStore } from './dataset-store.js';
import { indexCacheFolder } from './index-cache.js';

/** Start-up problems are for a person at a terminal: one plain line, not a JSON log. */
export function failStartup(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

export async function openDataset(config: Config, logger: Logger): Promise<DatasetStore> {
  try {
    return await DatasetStore.open({
      file: config.datasetPath,
      build: (dataset) => buildAnswerer(dataset),
      logger,
      maxBytes: config.datasetMaxBytes,
      readTimeoutMs: config.datasetReadTimeoutMs,
      // Every process and instance pays start-up: it loads the saved index when it has one.
      snapshots: {
        dir: indexCacheFolder(config.dataDir),
        answerer: (index) => answererFromIndex(index),
      },
      warmUp: () => {
        warmUpQuestionParser();
      },
    });
  } catch (error) {
    if (error instanceof DatasetError) failStartup(`Cannot start: ${error.message}`);
    throw error;
  }
}

/**
 * `/settings` reads and writes DATA_DIR's SQLite file. Processes on one machine share it (SQLite's
 * WAL lets several use one file).
 */
export function openSettings(config: Config, logger: Logger): SettingsStore {
  try {
    const settings = SettingsStore.open(config.dataDir);
    const { from, to, applied } = settings.migration;
    logger.info(
      {
        file: settings.file,
        schemaVersion: to,
        ...(applied.length > 0 ? { migratedFrom: from } : {}),
      },
      'settings opened',
    );
    return settings;
  } catch (error) {
    if (error instanceof SettingsStoreError || error instanceof SchemaVersionError) {
      failStartup(`Cannot start: ${error.message} (DATA_DIR=${config.dataDir})`);
    }
    throw error;
  }
}

/** The process's JSON logger, which also logs a promise rejection nobody handled. */
export function processLogger(config: Config): Logger {
  const logger = createLogger({
    level: config.logLevel,
    secrets: [config.token, config.logUserIdKey],
    userIds: { mode: config.logUserIds, key: config.logUserIdKey },
  });
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection');
  });
  return logger;
}
