import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/env.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GfakeX.config-test-token';
const CLIENT_ID = '900000000000000001';

function problem(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('runs offline with no variables at all, on the bundled dataset at level info', () => {
    expect(parseConfig({})).toEqual({
      token: undefined,
      clientId: undefined,
      guildId: undefined,
      datasetPath: 'data/events.json',
      datasetMaxBytes: 128 * 1024 * 1024,
      datasetReadTimeoutMs: 30_000,
      dataDir: 'state',
      apiUrl: undefined,
      logLevel: 'info',
      shutdownTimeoutMs: 10_000,
      metricsPort: undefined,
      metricsHost: '127.0.0.1',
      logUserIds: 'hashed',
      logUserIdKey: undefined,
    });
  });

  it('reads every variable', () => {
    expect(
      parseConfig({
        DISCORD_TOKEN: TOKEN,
        DISCORD_CLIENT_ID: CLIENT_ID,
        DISCORD_GUILD_ID: '900000000000000100',
        DATASET_PATH: '/tmp/x.json',
        DISCORD_API_URL: 'http://127.0.0.1:8787/api/',
        LOG_LEVEL: 'DEBUG',
        SHUTDOWN_TIMEOUT_MS: '3000',
        DATASET_MAX_MB: '64',
        DATASET_READ_TIMEOUT_MS: '5000',
        DATA_DIR: '/var/lib/bot',
        METRICS_PORT: '9100',
        METRICS_HOST: '0.0.0.0',
        LOG_USER_IDS: 'clear',
        LOG_USER_ID_KEY: 'a-key-of-sixteen-or-more',
      }),
    ).toEqual({
      token: TOKEN,
      clientId: CLIENT_ID,
      guildId: '900000000000000100',
      datasetPath: '/tmp/x.json',
      datasetMaxBytes: 64 * 1024 * 1024,
      datasetReadTimeoutMs: 5_000,
      dataDir: '/var/lib/bot',
      apiUrl: 'http://127.0.0.1:8787/api',
      logLevel: 'debug',
      shutdownTimeoutMs: 3_000,
      metricsPort: 9100,
      metricsHost: '0.0.0.0',
      logUserIds: 'clear',
      logUserIdKey: 'a-key-of-sixteen-or-more',
    });
  });

  it('treats empty variables (as copied from .env.example) as unset', () => {
    const config = parseConfig({ DISCORD_TOKEN: '', DISCORD_API_URL: ' ', DATASET_PATH: '' });
    expect(config.token).toBeUndefined();
    expect(config.apiUrl).toBeUndefined();
    expect(config.datasetPath).toBe('data/events.json');
  });

  it('refuses a DATA_DIR in or under the watched dataset folder, naming both', () => {
    for (const dataDir of ['data', 'data/state', './data/../data/x']) {
      const error = problem(() => parseConfig({ DATA_DIR: dataDir }));
      expect(error.variable).toBe('DATA_DIR');
      expect(error.message).toMatch(/must not be inside the dataset's folder \(data\)/);
    }
    expect(parseConfig({ DATA_DIR: 'database' }).dataDir).toBe('database');
    expect(parseConfig({ DATA_DIR: 'data', DATASET_PATH: '/srv/events.json' }).dataDir).toBe(
      'data',
    );
  });

  it('requires DISCORD_CLIENT_ID with a token, naming it', () => {
    const error = problem(() => parseConfig({ DISCORD_TOKEN: TOKEN }));
    expect(error.variable).toBe('DISCORD_CLIENT_ID');
    expect(error.message).toMatch(/^DISCORD_CLIENT_ID is required when DISCORD_TOKEN is set/);
  });

  it('requires a token and a client id to deploy', () => {
    expect(problem(() => parseConfig({}, 'deploy')).variable).toBe('DISCORD_TOKEN');
    expect(problem(() => parseConfig({ DISCORD_TOKEN: TOKEN }, 'deploy')).variable).toBe(
      'DISCORD_CLIENT_ID',
    );
  });

  it.each([
    ['DISCORD_CLIENT_ID', 'my-bot'],
    ['DISCORD_GUILD_ID', '12'],
    ['DISCORD_API_URL', 'not a url'],
    ['DISCORD_API_URL', 'ftp://127.0.0.1/api'],
    ['LOG_LEVEL', 'loud'],
    ['SHUTDOWN_TIMEOUT_MS', '10s'],
    ['SHUTDOWN_TIMEOUT_MS', '0'],
    ['DATASET_MAX_MB', 'lots'],
    ['DATASET_MAX_MB', '0'],
    ['DATASET_MAX_MB', '2048'],
    ['DATASET_READ_TIMEOUT_MS', '30s'],
    ['METRICS_PORT', 'http'],
    ['METRICS_PORT', '0'],
    ['METRICS_PORT', '65536'],
    ['METRICS_PORT', '9100.5'],
    ['METRICS_HOST', 'http://127.0.0.1'],
    ['METRICS_HOST', 'local host'],
    ['LOG_USER_IDS', 'plain'],
    ['LOG_USER_ID_KEY', 'short'],
  ])('rejects a malformed %s, naming it', (variable, value) => {
    const error = problem(() => parseConfig({ [variable]: value }));
    expect(error.variable).toBe(variable);
    expect(error.message.startsWith(`${variable} is invalid:`)).toBe(true);
  });

  it('says what a metrics port must be', () => {
    expect(problem(() => parseConfig({ METRICS_PORT: '70000' })).message).toBe(
      'METRICS_PORT is invalid: must be a port number from 1 to 65535',
    );
    expect(problem(() => parseConfig({ METRICS_PORT: 'nine' })).message).toBe(
      'METRICS_PORT is invalid: must be a port number (1 to 65535)',
    );
  });

  it('accepts host names and IPv6 addresses for METRICS_HOST', () => {
    expect(parseConfig({ METRICS_HOST: 'localhost' }).metricsHost).toBe('localhost');
    expect(parseConfig({ METRICS_HOST: '::' }).metricsHost).toBe('::');
    expect(parseConfig({ METRICS_HOST: ' ' }).metricsHost).toBe('127.0.0.1');
  });

  it('never puts the token in an error message', () => {
    const error = problem(() => parseConfig({ DISCORD_TOKEN: TOKEN, LOG_LEVEL: 'loud' }));
    expect(error.message).not.toContain(TOKEN);
  });
});

describe('loadConfig', () => {
  it('reads a .env file without overriding variables already set', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'config-'));
    const envFile = join(dir, '.env');
    await writeFile(envFile, 'DATASET_PATH=from-file.json\nLOG_LEVEL=debug\n');
    const env: Record<string, string | undefined> = { LOG_LEVEL: 'warn' };
    const config = loadConfig('start', env, envFile);
    expect(config.datasetPath).toBe('from-file.json');
    expect(config.logLevel).toBe('warn');
  });

  it('works without a .env file', () => {
    expect(loadConfig('start', {}, '/nonexistent/.env').logLevel).toBe('info');
  });
});
