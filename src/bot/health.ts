/**
 * Whether the bot can answer right now, as `GET /healthz` reports it: every gateway shard of this
 * process ready, a dataset loaded, and not shutting down. The figures are read when asked, from
 * discord.js's own shard states and the dataset store, so the report can never drift from them.
 */
import { Status, type Client } from 'discord.js';

/** One gateway shard as this process sees it. */
export interface ShardView {
  id: number;
  /** discord.js's status in words: `ready`, `connecting`, `resuming`, `disconnected`, … */
  state: string;
  /** The last heartbeat's round trip in milliseconds; null before the first one. */
  pingMs: number | null;
}

/** The size of the dataset answering now and how long it took to load. */
export interface DatasetFigures {
  events: number;
  quotes: number;
  people: number;
  loadMs: number;
}

export interface HealthSources {
  /** False until discord.js has reported the client ready (every shard's first READY). */
  clientReady: () => boolean;
  shards: () => readonly ShardView[];
  /** Undefined while no dataset is loaded. */
  dataset: () => DatasetFigures | undefined;
  /** False once shutdown has begun: the bot takes no new work. */
  accepting: () => boolean;
}

export interface HealthReport {
  healthy: boolean;
  body: {
    /** `ready`, or the state of the first shard that is not (`connecting` before the first). */
    discord: string;
    dataset: 'loaded' | 'missing';
    events: number;
    shards: Record<string, string>;
    /** Present only while shutting down. */
    stopping?: true;
  };
}

export function assessHealth(sources: HealthSources): HealthReport {
  const shards = sources.shards();
  const notReady = shards.find((shard) => shard.state !== 'ready');
  const discord =
    notReady?.state ?? (sources.clientReady() && shards.length > 0 ? 'ready' : 'connecting');
  const dataset = sources.dataset();
  const accepting = sources.accepting();
  return {
    healthy: discord === 'ready' && dataset !== undefined && accepting,
    body: {
      discord,
      dataset: dataset === undefined ? 'missing' : 'loaded',
      events: dataset?.events ?? 0,
      shards: Object.fromEntries(shards.map((shard) => [String(shard.id), shard.state])),
      ...(accepting ? {} : { stopping: true as const }),
    },
  };
}

/** `WaitingForGuilds` → `waiting-for-guilds`. */
function stateName(status: Status): string {
  const name = Status[status] as string | undefined;
  return name === undefined
    ? `unknown-${String(status)}`
    : name.replace(/[A-Z]/g, (letter, offset: number) =>
        offset === 0 ? letter.toLowerCase() : `-${letter.toLowerCase()}`,
      );
}

/** The shards this process runs, from discord.js (empty before login). */
export function gatewayShards(client: Client): ShardView[] {
  return [...client.ws.shards.values()].map((shard) => ({
    id: shard.id,
    state: stateName(shard.status),
    pingMs: shard.ping >= 0 ? shard.ping : null,
  }));
}
