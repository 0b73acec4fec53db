/**
 * `npm run start:sharded`: one process per group of guilds, through discord.js's
 * ShardingManager. Each shard runs the normal entry point next to this module: dist/src/main.js
 * with plain node once built, src/main.ts under tsx in development and tests. discord.js tells
 * each child which shard it is through environment variables.
 *
 * The shard count is asked from the same REST base as everything else (DISCORD_API_URL), because
 * discord.js's own "auto" count always asks discord.com.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type Shard } from 'discord.js';
import { ConfigError, loadConfig } from '../config/env.js';
import { createLogger } from '../log.js';
import { startDeadline } from './shutdown.js';

const ownExtension = extname(fileURLToPath(import.meta.url));
const MAIN = fileURLToPath(new URL(`../main${ownExtension}`, import.meta.url));
/** TypeScript needs tsx's loader in each shard; compiled JavaScript needs nothing. */
const SHARD_EXEC_ARGV = ownExtension === '.ts' ? ['--import', 'tsx'] : [];

async function recommendedShardCount(token: string, apiUrl: string | undefined): Promise<number> {
  const rest = new REST(apiUrl === undefined ? {} : { api: apiUrl }).setToken(token);
  const gateway = (await rest.get(Routes.gatewayBot())) as { shards?: unknown };
  return typeof gateway.shards === 'number' && gateway.shards > 0 ? gateway.shards : 1;
}

/**
 * A shard ends itself within its own SHUTDOWN_TIMEOUT_MS; this much more covers the process
 * exiting. A shard still running after that is killed.
 */
const SHARD_EXIT_GRACE_MS = 5_000;

/** Ends one shard's process with SIGTERM, so it finishes its work; resolves true on a clean exit. */
function stopShard(shard: Shard): Promise<boolean> {
  const child = shard.process;
  if (child === null) return Promise.resolve(true);
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(child.exitCode === 0);
  }
  return new Promise((resolve) => {
    child.once('exit', (code) => {
      resolve(code === 0);
    });
    child.kill('SIGTERM');
  });
}

async function main(): Promise<void> {
  const config = loadConfig('start');
  const logger = createLogger({ level: config.logLevel, secrets: [config.token] });
  if (config.token === undefined) {
    throw new ConfigError(
      'DISCORD_TOKEN',
      'is required for a sharded start (use npm start offline)',
    );
  }
  const totalShards = await recommendedShardCount(config.token, config.apiUrl);
  const manager = new ShardingManager(MAIN, {
    token: config.token,
    totalShards,
    execArgv: SHARD_EXEC_ARGV,
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, totalShards }, 'shard started');
    shard.on('death', () => {
      logger.warn({ shard: shard.id }, 'shard process exited');
    });
  });

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping all shards');
    manager.respawn = false;
    const shards = [...manager.shards.values()];
    const deadline = startDeadline(config.shutdownTimeoutMs + SHARD_EXIT_GRACE_MS);
    const outcomes = await Promise.all(
      shards.map((shard) => Promise.race([stopShard(shard), deadline.passed])),
    );
    deadline.cancel();
    const late = shards.filter((_, index) => outcomes[index] === 'deadline');
    for (const shard of late) shard.process?.kill('SIGKILL');
    if (late.length > 0) {
      logger.error(
        { shards: late.map((shard) => shard.id) },
        'shards still running at the shutdown deadline; killed them',
      );
    }
    const code = outcomes.every((outcome) => outcome === true) ? 0 : 1;
    logger.info({ code }, 'stopped');
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      void stop(signal);
    });
  }
  await manager.spawn({ amount: totalShards });
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError
      ? `Configuration error: ${error.message}`
      : `Sharded start failed: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
