/**
 * `npm run start:http`: answers interactions Discord POSTs to the Interactions Endpoint URL,
 * with the same command modules, router and core as the gateway bot, and no gateway connection.
 * Nothing an instance keeps is needed by another (page state lives in the buttons' custom ids),
 * so any number of instances can run behind a load balancer. Plain DMs are not interactions:
 * the gateway process (`npm start`) answers those, and makes the daily posts.
 */
import { Events, Routes, type FetchApplicationCommandOptions } from 'discord.js';
import { createClient } from '../bot/client.js';
import { fetchCommandIds, type CommandLister } from '../bot/command-ids.js';
import { createCooldown } from '../bot/cooldown.js';
import type { HealthReport } from '../bot/health.js';
import { datasetFigures } from '../bot/health-monitor.js';
import { startHealthServer, type HealthServer } from '../bot/health-server.js';
import { createInteractionRouter, type Observer } from '../bot/interactions.js';
import { loadCommandSet } from '../bot/load-commands.js';
import { createBotMetrics } from '../bot/metrics.js';
import { resolvePageButton } from '../bot/render/pagination.js';
import { failStartup, openDataset, openSettings, processLogger } from '../bot/startup.js';
import { installShutdown, WorkTracker, type ClosingStep } from '../bot/shutdown.js';
import { ConfigError, loadConfig, type Config } from '../config/env.js';
import { createCallbackBridge } from './callback-bridge.js';
import { createInteractionHandler } from './handler.js';
import { startInteractionsServer } from './server.js';
import { parsePublicKey } from './signature.js';

/** The registered commands through REST (no gateway: discord.js's application is never set). */
function commandLister(
  client: ReturnType<typeof createClient>,
  applicationId: string,
): CommandLister {
  return {
    async fetch(options: FetchApplicationCommandOptions) {
      const route =
        options.guildId === undefined
          ? Routes.applicationCommands(applicationId)
          : Routes.applicationGuildCommands(applicationId, options.guildId);
      const listed = (await client.rest.get(route)) as { id: string; name: string }[];
      return new Map(listed.map((command) => [command.id, command]));
    },
  };
}

async function main(): Promise<void> {
  let config: Config;
  let publicKey: ReturnType<typeof parsePublicKey>;
  try {
    config = loadConfig('http');
    publicKey = parsePublicKey(config.publicKey ?? '');
  } catch (error) {
    if (error instanceof ConfigError) failStartup(`Configuration error: ${error.message}`);
    throw error;
  }
  const logger = processLogger(config);

  const store = await openDataset(config, logger);
  const { commands, messageCommands } = await loadCommandSet();
  const settings = openSettings(config, logger);
  const tracker = new WorkTracker();
  const bridge = createCallbackBridge({ logger });
  // Never logs in: it builds interactions from payloads and makes the REST calls that answer them.
  const client = createClient({ apiUrl: config.apiUrl, makeRequest: bridge.makeRequest });
  bridge.use(client.rest);
  if (config.token !== undefined) client.rest.setToken(config.token);
  client.on(Events.Warn, (message) => {
    logger.warn({ source: 'discord.js' }, message);
  });
  client.on(Events.Error, (error) => {
    logger.error({ err: error }, 'discord.js error');
  });

  const commandNames = [...commands.keys(), ...messageCommands.keys()];
  const metrics = createBotMetrics({
    shards: () => [],
    dataset: () => datasetFigures(store),
    commands: commandNames,
  });
  store.onReload((report) => {
    metrics.recordReload(report);
  });
  const observe: Observer = (event) => {
    metrics.recordInteraction(event);
  };
  // No gateway to wait for: an instance can answer once its dataset is loaded, until it stops.
  const health = (): HealthReport => ({
    healthy: tracker.accepting,
    body: {
      discord: 'http',
      dataset: 'loaded',
      events: store.answerer.dataset.events.length,
      shards: {},
      ...(tracker.accepting ? {} : { stopping: true as const }),
    },
  });

  // Without a token, /help names the commands without links.
  let commandIds: ReadonlyMap<string, string> = new Map();
  if (config.token !== undefined && config.clientId !== undefined) {
    void fetchCommandIds(commandLister(client, config.clientId), {
      guildId: config.guildId,
      logger,
    }).then((ids) => {
      commandIds = ids;
    });
  }

  const router = createInteractionRouter({
    commands,
    messageCommands,
    answerer: () => store.answerer,
    // Per process: with N instances a user may get up to N times the rate (README, Scaling).
    cooldown: createCooldown(),
    tracker,
    logger,
    resolveButton: resolvePageButton,
    observe,
    commandIds: () => commandIds,
    settings,
  });

  let metricsServer: HealthServer | undefined;
  if (config.metricsPort !== undefined) {
    try {
      metricsServer = await startHealthServer({
        host: config.metricsHost,
        port: config.metricsPort,
        health,
        metrics: () => metrics.render(),
      });
    } catch (error) {
      failStartup(
        `Cannot start: cannot serve health and metrics on ${config.metricsHost}:${String(config.metricsPort)} ` +
          `(METRICS_PORT, METRICS_HOST): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    logger.info({ url: metricsServer.url }, 'health and metrics server listening');
  }

  const handle = createInteractionHandler({ client, bridge, router, commands, logger });
  let server;
  try {
    server = await startInteractionsServer({
      host: config.interactionsHost,
      port: config.interactionsPort,
      publicKey,
      accepting: () => tracker.accepting,
      handle,
      health,
      logger,
    });
  } catch (error) {
    failStartup(
      `Cannot start: cannot serve interactions on ${config.interactionsHost}:${String(config.interactionsPort)} ` +
        `(INTERACTIONS_PORT, INTERACTIONS_HOST): ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  store.watch();
  const closing: ClosingStep[] = [
    { name: 'interactions endpoint', close: () => server.close() },
    { name: 'dataset store', close: () => store.close() },
    {
      name: 'settings',
      close: () => {
        settings.close();
        return Promise.resolve();
      },
    },
    { name: 'Discord client', close: () => client.destroy() },
  ];
  if (metricsServer !== undefined) {
    const serving = metricsServer;
    closing.push({ name: 'health and metrics server', close: () => serving.close() });
  }
  installShutdown({ tracker, logger, closing, deadlineMs: config.shutdownTimeoutMs });
  logger.info(
    { url: `${server.url}/interactions`, commands: commandNames.length },
    'interactions endpoint listening',
  );
}

await main();
