/**
 * `npm start`: with DISCORD_TOKEN, connects to Discord and answers slash commands, page buttons
 * and DMs; without it, runs the offline console on standard input and output. Either way the
 * configuration and the dataset are checked first, and a problem stops start-up with a message
 * naming the variable or file at fault.
 */
import { Events, ShardClientUtil } from 'discord.js';
import { createClient } from './bot/client.js';
import { fetchCommandIds } from './bot/command-ids.js';
import { createCooldown } from './bot/cooldown.js';
import { createDailySender } from './bot/daily-post.js';
import { DailyPoster } from './bot/daily-poster.js';
import { DatasetStore } from './bot/dataset-store.js';
import { MetricsPortError, startHealthMonitor, type HealthMonitor } from './bot/health-monitor.js';
import {
  attachInteractionRouter,
  createInteractionRouter,
  type Observer,
} from './bot/interactions.js';
import { loadCommandSet } from './bot/load-commands.js';
import { attachDmHandler, createDmHandler } from './bot/messages.js';
import { resolvePageButton } from './bot/render/pagination.js';
import { failStartup, openDataset, openSettings, processLogger } from './bot/startup.js';
import { installShutdown, WorkTracker } from './bot/shutdown.js';
import { ConfigError, loadConfig, type Config } from './config/env.js';
import { runConsole } from './console/console.js';
import type { Logger } from './log.js';

async function startConsole(config: Config, store: DatasetStore, logger: Logger): Promise<void> {
  const tracker = new WorkTracker();
  // As on Discord, a changed dataset file answers the next line without a restart.
  store.watch();
  const shutdown = installShutdown({
    tracker,
    logger,
    closing: [{ name: 'dataset store', close: () => store.close() }],
    deadlineMs: config.shutdownTimeoutMs,
  });
  // Output piped into `head` and closed early is a normal end, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  await runConsole({
    answerer: () => store.answerer,
    input: process.stdin,
    output: process.stdout,
    locale: config.consoleLocale,
  });
  await shutdown('end of input');
}

async function startBot(
  config: Config & { token: string },
  store: DatasetStore,
  logger: Logger,
): Promise<void> {
  const client = createClient({ apiUrl: config.apiUrl });
  const { commands, messageCommands } = await loadCommandSet();
  const tracker = new WorkTracker();
  const cooldown = createCooldown();
  const answerer = () => store.answerer;
  const settings = openSettings(config, logger);

  let monitor: HealthMonitor | undefined;
  if (config.metricsPort !== undefined) {
    try {
      monitor = await startHealthMonitor({
        client,
        store,
        tracker,
        commands: [...commands.keys(), ...messageCommands.keys()],
        host: config.metricsHost,
        basePort: config.metricsPort,
      });
    } catch (error) {
      if (error instanceof MetricsPortError) failStartup(`Cannot start: ${error.message}`);
      throw error;
    }
    logger.info({ url: monitor.server.url }, 'health and metrics server listening');
  }
  const metrics = monitor?.metrics;
  const observe: Observer | undefined =
    metrics &&
    ((event) => {
      metrics.recordInteraction(event);
    });
  // Fetched once connected; until then /help names commands without links.
  let commandIds: ReadonlyMap<string, string> = new Map();

  attachInteractionRouter(
    client,
    createInteractionRouter({
      commands,
      messageCommands,
      answerer,
      cooldown,
      tracker,
      logger,
      resolveButton: resolvePageButton,
      observe,
      commandIds: () => commandIds,
      settings,
    }),
  );
  attachDmHandler(
    client,
    createDmHandler({
      commands,
      answerer,
      cooldown,
      tracker,
      logger,
      observe,
      commandIds: () => commandIds,
    }),
  );

  const dailyPoster = new DailyPoster({
    store: settings,
    send: createDailySender({
      rest: client.rest,
      answerer,
      // A post is read by the whole server: in its primary language.
      localeOf: (guildId) => client.guilds.cache.get(guildId)?.preferredLocale,
    }),
    // Under sharding each shard posts for its own servers only.
    owns: (guildId) =>
      client.shard === null ||
      client.shard.ids.includes(ShardClientUtil.shardIdForGuildId(guildId, client.shard.count)),
    track: (work) => tracker.run(work),
    logger,
  });

  client.once(Events.ClientReady, (ready) => {
    logger.info(
      { user: ready.user.tag, guilds: ready.guilds.cache.size, shards: ready.ws.shards.size },
      'connected to Discord',
    );
    // Posts missed while the bot was down go out now, then each on time.
    void dailyPoster.start();
    void fetchCommandIds(ready.application.commands, { guildId: config.guildId, logger }).then(
      (ids) => {
        commandIds = ids;
      },
    );
  });
  client.on(Events.ShardDisconnect, (event, shard) => {
    logger.warn({ shard, code: event.code }, 'gateway connection closed for good');
  });
  let closing = false;
  client.on(Events.ShardReconnecting, (shard) => {
    // Destroying the client closes the socket too; that is not a lost connection.
    if (!closing) logger.warn({ shard }, 'gateway connection lost; reconnecting');
  });
  client.on(Events.ShardResume, (shard, replayed) => {
    logger.info({ shard, replayed }, 'gateway session resumed');
  });
  client.on(Events.Warn, (message) => {
    logger.warn({ source: 'discord.js' }, message);
  });
  client.on(Events.Error, (error) => {
    logger.error({ err: error }, 'discord.js error');
  });
  client.on(Events.Debug, (message) => {
    logger.trace({ source: 'discord.js' }, message);
  });

  store.watch();
  installShutdown({
    tracker,
    logger,
    closing: [
      { name: 'dataset store', close: () => store.close() },
      {
        name: 'daily posts and settings',
        close: async () => {
          await dailyPoster.close();
          settings.close();
        },
      },
      ...(monitor === undefined
        ? []
        : [{ name: 'health and metrics server', close: () => monitor.server.close() }]),
      {
        name: 'Discord client',
        close: async () => {
          closing = true;
          await client.destroy();
        },
      },
    ],
    deadlineMs: config.shutdownTimeoutMs,
  });

  try {
    await client.login(config.token);
  } catch (error) {
    logger.fatal({ err: error }, 'could not connect to Discord');
    failStartup(
      `Cannot connect to Discord: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig('start');
  } catch (error) {
    if (error instanceof ConfigError) failStartup(`Configuration error: ${error.message}`);
    throw error;
  }
  const logger = processLogger(config);

  const store = await openDataset(config, logger);
  const { token } = config;
  if (token === undefined) {
    await startConsole(config, store, logger);
  } else {
    await startBot({ ...config, token }, store, logger);
  }
}

await main();
