import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/env.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GfakeX.config-test-token';
const CLIENT_ID = '900000000000000001';
const PUBLIC_KEY = 'e43af6163c5e850cad547e4dc9e3289890dcc8167b21302526bf46601afdd1c4';

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
      consoleLocale: undefined,
      apiUrl: undefined,
      logLevel: 'info',
      shutdownTimeoutMs: 10_000,
      metricsPort: undefined,
      metricsHost: '127.0.0.1',
      logUserIds: 'hashed',
      logUserIdKey: undefined,
      interactionsPort: 8080,
      interactionsHost: '0.0.0.0',
      publicKey: undefined,
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
        CONSOLE_LOCALE: 'ES-es',
        METRICS_PORT: '9100',
        METRICS_HOST: '0.0.0.0',
        LOG_USER_IDS: 'clear',
        LOG_USER_ID_KEY: 'a-key-of-sixteen-or-more',
        INTERACTIONS_PORT: '3000',
        INTERACTIONS_HOST: '127.0.0.1',
        DISCORD_PUBLIC_KEY: PUBLIC_KEY.toUpperCase(),
      }),
    ).toEqual({
      token: TOKEN,
      clientId: CLIENT_ID,
      guildId: '900000000000000100',
      datasetPath: '/tmp/x.json',
      datasetMaxBytes: 64 * 1024 * 1024,
      datasetReadTimeoutMs: 5_000,
      dataDir: '/var/lib/bot',
      consoleLocale: 'es-ES',
      apiUrl: 'http://127.0.0.1:8787/api',
      logLevel: 'debug',
      shutdownTimeoutMs: 3_000,
      metricsPort: 9100,
      metricsHost: '0.0.0.0',
      logUserIds: 'clear',
      logUserIdKey: 'a-key-of-sixteen-or-more',
      interactionsPort: 3000,
      interactionsHost: '127.0.0.1',
      publicKey: PUBLIC_KEY,
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

  it('takes CONSOLE_LOCALE as one of Discord’s locales, and names it when it is not one', () => {
    expect(parseConfig({ CONSOLE_LOCALE: 'de' }).consoleLocale).toBe('de');
    expect(parseConfig({ CONSOLE_LOCALE: 'es-419' }).consoleLocale).toBe('es-419');
    const error = problem(() => parseConfig({ CONSOLE_LOCALE: 'deutsch' }));
    expect(error.variable).toBe('CONSOLE_LOCALE');
    expect(error.message).toMatch(/must be a Discord locale such as de, fr, es-ES/);
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

  it('requires the public key to answer over HTTP, and checks its shape', () => {
    expect(parseConfig({ DISCORD_PUBLIC_KEY: PUBLIC_KEY }, 'http').publicKey).toBe(PUBLIC_KEY);
    expect(problem(() => parseConfig({}, 'http')).message).toBe(
      "DISCORD_PUBLIC_KEY is required to answer interactions over HTTP (the application's public key from the Developer Portal)",
    );
    expect(problem(() => parseConfig({ DISCORD_PUBLIC_KEY: PUBLIC_KEY.slice(2) })).variable).toBe(
      'DISCORD_PUBLIC_KEY',
    );
    // The gateway bot does not need it.
    expect(parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID }).publicKey).toBe(
      undefined,
    );
  });

  it('takes port 0 for the interactions endpoint (any free port), and no port past 65535', () => {
    expect(parseConfig({ INTERACTIONS_PORT: '0' }).interactionsPort).toBe(0);
    expect(problem(() => parseConfig({ INTERACTIONS_PORT: '65536' })).variable).toBe(
      'INTERACTIONS_PORT',
    );
    expect(problem(() => parseConfig({ INTERACTIONS_HOST: 'no such host' })).variable).toBe(
      'INTERACTIONS_HOST',
    );
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
