/**
 * The process's configuration: read once from the environment (and an optional `.env` file) and
 * checked by one schema, so a missing or malformed variable stops start-up with a message that
 * names it instead of failing later somewhere deep in Discord code.
 */
import path from 'node:path';
import { Locale } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** How logs write user ids: a keyed hash (PRIVACY.md), or in clear for debugging. */
const USER_ID_LOGGING = ['hashed', 'clear'] as const;

/** `.env` files copied from `.env.example` leave unused variables empty: treat those as unset. */
function unsetWhenEmpty<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema,
  );
}

/** A Discord id; also checks ids given on a command line (`deploy --guild`). */
export const snowflake = z
  .string()
  .trim()
  .regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');

/** Discord's locales (discord.js `Locale`) by their lower-case spelling: "es-es" → "es-ES". */
const DISCORD_LOCALES = new Map<string, string>(
  Object.values(Locale).map((locale) => [locale.toLowerCase(), locale]),
);

const EnvSchema = z.object({
  DISCORD_TOKEN: unsetWhenEmpty(z.string().trim().optional()),
  DISCORD_CLIENT_ID: unsetWhenEmpty(snowflake.optional()),
  DISCORD_GUILD_ID: unsetWhenEmpty(snowflake.optional()),
  DATASET_PATH: unsetWhenEmpty(z.string().trim().default('data/events.json')),
  DATASET_MAX_MB: unsetWhenEmpty(
    z.coerce
      .number({ error: 'must be a number of megabytes' })
      .positive('must be more than 0 (megabytes)')
      // The file's text becomes one JavaScript string, and V8's longest is about 512 MB.
      .max(500, 'must be at most 500 (megabytes)')
      .default(128),
  ),
  DATASET_READ_TIMEOUT_MS: unsetWhenEmpty(
    z.coerce
      .number({ error: 'must be a number of milliseconds' })
      .int('must be a whole number of milliseconds')
      .min(100, 'must be at least 100 (milliseconds)')
      .default(30_000),
  ),
  DATA_DIR: unsetWhenEmpty(z.string().trim().default('state')),
  CONSOLE_LOCALE: unsetWhenEmpty(
    z
      .string()
      .trim()
      .transform((value) => DISCORD_LOCALES.get(value.toLowerCase()) ?? value)
      .pipe(
        z.enum(Locale, {
          error: 'must be a Discord locale such as de, fr, es-ES, es-419 or en-US',
        }),
      )
      .optional(),
  ),
  DISCORD_API_URL: unsetWhenEmpty(
    z
      .url({
        protocol: /^https?$/,
        error: 'must be an http(s) URL such as https://discord.com/api',
      })
      .optional(),
  ),
  SHUTDOWN_TIMEOUT_MS: unsetWhenEmpty(
    z.coerce
      .number({ error: 'must be a number of milliseconds' })
      .int('must be a whole number of milliseconds')
      .min(100, 'must be at least 100 (milliseconds)')
      .default(10_000),
  ),
  METRICS_PORT: unsetWhenEmpty(
    z.coerce
      .number({ error: 'must be a port number (1 to 65535)' })
      .int('must be a whole port number (1 to 65535)')
      .min(1, 'must be a port number from 1 to 65535')
      .max(65_535, 'must be a port number from 1 to 65535')
      .optional(),
  ),
  METRICS_HOST: unsetWhenEmpty(
    z
      .string()
      .trim()
      .regex(/^[\w.:%-]+$/, 'must be a host name or IP address, such as 127.0.0.1 or 0.0.0.0')
      .default('127.0.0.1'),
  ),
  INTERACTIONS_PORT: unsetWhenEmpty(
    z.coerce
      .number({ error: 'must be a port number (0 to 65535)' })
      .int('must be a whole port number (0 to 65535)')
      .min(0, 'must be a port number from 0 to 65535 (0: any free port)')
      .max(65_535, 'must be a port number from 0 to 65535 (0: any free port)')
      .default(8080),
  ),
  INTERACTIONS_HOST: unsetWhenEmpty(
    z
      .string()
      .trim()
      .regex(/^[\w.:%-]+$/, 'must be a host name or IP address, such as 0.0.0.0 or 127.0.0.1')
      .default('0.0.0.0'),
  ),
  DISCORD_PUBLIC_KEY: unsetWhenEmpty(
    z
      .string()
      .trim()
      .regex(
        /^[0-9a-fA-F]{64}$/,
        "must be the application's public key: 64 hexadecimal characters (Developer Portal > General Information)",
      )
      .optional(),
  ),
  LOG_LEVEL: unsetWhenEmpty(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }))
      .default('info'),
  ),
  LOG_USER_IDS: unsetWhenEmpty(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(USER_ID_LOGGING, { error: `must be one of ${USER_ID_LOGGING.join(', ')}` }))
      .default('hashed'),
  ),
  LOG_USER_ID_KEY: unsetWhenEmpty(
    z
      .string()
      .trim()
      .min(16, 'must be at least 16 characters (a random secret, e.g. `openssl rand -hex 32`)')
      .optional(),
  ),
});

export type LogLevel = (typeof LOG_LEVELS)[number];
export type UserIdLogging = (typeof USER_ID_LOGGING)[number];

export interface Config {
  /** Absent: the bot runs as an offline console instead of connecting to Discord. */
  token: string | undefined;
  clientId: string | undefined;
  /** Set: `deploy` registers commands in this guild only (instant, for development). */
  guildId: string | undefined;
  datasetPath: string;
  /** Dataset files larger than this are refused (at start-up and on reload). */
  datasetMaxBytes: number;
  /** How long reading the dataset file may take before the read is abandoned. */
  datasetReadTimeoutMs: number;
  /** The folder the bot keeps its own state in (server settings: settings.sqlite). */
  dataDir: string;
  /** The Discord locale the offline console answers in ("de", "es-419"); English when unset. */
  consoleLocale: string | undefined;
  /** REST base without the version, e.g. `https://discord.com/api`; undefined means Discord's. */
  apiUrl: string | undefined;
  logLevel: LogLevel;
  /** `hashed`: logs carry a keyed hash of each user id; `clear`: the id itself. */
  logUserIds: UserIdLogging;
  /** The hash key; undefined means a random key per process (refs correlate within one run). */
  logUserIdKey: string | undefined;
  /** The hard limit on a graceful shutdown; past it the process exits 1 with what was cut short. */
  shutdownTimeoutMs: number;
  /** Set: serve /healthz and /metrics on this port (plus the shard id under sharding). */
  metricsPort: number | undefined;
  /** The address the health and metrics server listens on; loopback unless set. */
  metricsHost: string;
  /** `npm run start:http`: the port of the interactions endpoint (0: any free port). */
  interactionsPort: number;
  /** The address the interactions endpoint listens on; every interface unless set. */
  interactionsHost: string;
  /** The application's Ed25519 public key (hex) that signs interactions; required over HTTP. */
  publicKey: string | undefined;
}

/**
 * What the configuration is for: deploying needs credentials that the console does not, and the
 * interactions endpoint (`http`) the key that signs what Discord sends it.
 */
export type Purpose = 'start' | 'deploy' | 'http';

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

/**
 * Validates the environment. Throws a ConfigError naming the first variable at fault; the
 * message never contains a variable's value, so a mistyped token is not echoed to a terminal.
 */
export function parseConfig(
  env: Record<string, string | undefined>,
  purpose: Purpose = 'start',
): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(variable, `is invalid: ${issue?.message ?? 'unknown problem'}`);
  }
  const values = parsed.data;
  const config: Config = {
    token: values.DISCORD_TOKEN,
    clientId: values.DISCORD_CLIENT_ID,
    guildId: values.DISCORD_GUILD_ID,
    datasetPath: values.DATASET_PATH,
    datasetMaxBytes: Math.round(values.DATASET_MAX_MB * 1024 * 1024),
    datasetReadTimeoutMs: values.DATASET_READ_TIMEOUT_MS,
    dataDir: values.DATA_DIR,
    consoleLocale: values.CONSOLE_LOCALE,
    apiUrl: values.DISCORD_API_URL?.replace(/\/+$/, ''),
    logLevel: values.LOG_LEVEL,
    logUserIds: values.LOG_USER_IDS,
    logUserIdKey: values.LOG_USER_ID_KEY,
    shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_MS,
    metricsPort: values.METRICS_PORT,
    metricsHost: values.METRICS_HOST,
    interactionsPort: values.INTERACTIONS_PORT,
    interactionsHost: values.INTERACTIONS_HOST,
    publicKey: values.DISCORD_PUBLIC_KEY?.toLowerCase(),
  };
  // A dataset folder is watched and may be swapped whole for another (a ConfigMap), which would
  // take the settings with it. A dataset at the top of the project (its folder holds the working
  // directory) is the exception: that folder is never swapped.
  const datasetFolder = path.resolve(path.dirname(config.datasetPath));
  if (isWithin(datasetFolder, config.dataDir) && !isWithin(datasetFolder, process.cwd())) {
    throw new ConfigError(
      'DATA_DIR',
      `must not be inside the dataset's folder (${path.dirname(config.datasetPath)}), which the bot watches for a new dataset`,
    );
  }
  if (purpose === 'http' && config.publicKey === undefined) {
    throw new ConfigError(
      'DISCORD_PUBLIC_KEY',
      "is required to answer interactions over HTTP (the application's public key from the Developer Portal)",
    );
  }
  if (purpose === 'deploy' && config.token === undefined) {
    throw new ConfigError('DISCORD_TOKEN', 'is required to register commands');
  }
  if (config.token !== undefined && config.clientId === undefined) {
    throw new ConfigError(
      'DISCORD_CLIENT_ID',
      purpose === 'deploy'
        ? 'is required to register commands (the application id from the Developer Portal)'
        : 'is required when DISCORD_TOKEN is set (the application id from the Developer Portal)',
    );
  }
  return config;
}

/** Whether `inner` is `folder` or lies under it. */
function isWithin(folder: string, inner: string): boolean {
  const relative = path.relative(folder, path.resolve(inner));
  return (
    relative === '' ||
    (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative))
  );
}

/**
 * Reads `.env` (if there is one) into `env` without overriding variables that are already set,
 * then validates. Real environment variables win, so tests and deployments control the bot.
 */
export function loadConfig(
  purpose: Purpose = 'start',
  env: Record<string, string | undefined> = process.env,
  envFile = '.env',
): Config {
  loadDotenv({ path: envFile, processEnv: env, quiet: true });
  return parseConfig(env, purpose);
}
