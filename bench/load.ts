/**
 * Load: the real bot process (as `npm start` runs it) against the Discord emulator, in three
 * scenarios.
 *
 * Bursts: 1,000 `/ask` interactions in bursts of 100, each from its own user so the per-user
 * cooldown does not turn the run into cooldown replies; reports answers per second, answer latency
 * (dispatch -> the answer as the user sees it: the callback that carries it, or a deferral's edit),
 * acknowledgement latency (dispatch -> first callback) and how many answers were deferred.
 *
 * Bursts over HTTP: the same bursts POSTed, signed, to `npm run start:http` instead (the emulator's
 * Interactions Endpoint URL), through a round-robin proxy (round-robin-proxy.ts, node:http, a
 * process of its own) in front of one instance and then two; reports the same figures for each
 * and how many times the answers per second two instances give.
 *
 * Chaos (tests/e2e/fixtures/chaos.ts, which tests/e2e/chaos.test.ts asserts on): twenty
 * well-behaved users ask steadily while the dataset is hot-reloaded (large valid, huge invalid,
 * over the size limit, empty, a symbolic link flipped), one user floods autocomplete and the
 * gateway drops; reports the answers lost, answer latency, the bot's event-loop delay (measured
 * inside the bot by perf_hooks.monitorEventLoopDelay, see loop-delay-probe.ts) and its peak
 * resident memory (from /proc).
 *
 * Figures, not asserts; lost, late or double-answered interactions are counted and printed. The
 * one failure: a request that Discord's OpenAPI spec refuses is printed and fails the run.
 */
import { once } from 'node:events';
import { readdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { InteractionResponseType } from 'discord.js';
import {
  DiscordEmulator,
  interactionResponseWindowMs,
} from '../tests/emulator/discord-emulator.js';
import type { SpecViolation } from '../tests/emulator/discord-emulator.js';
import { formatViolation } from '../tests/emulator/discord-spec.js';
import { snowflake } from '../tests/emulator/payloads.js';
import { chaosCorpusAvailable, megabytes, runChaos } from '../tests/e2e/fixtures/chaos.js';
import { startBot, type BotProcess } from '../tests/e2e/harness.js';

const total = 1_000;
const burstSize = 100;
const questions = [
  'When did Sessions recuse himself?',
  'What happened in March 2017?',
  'Who is Jeff Sessions?',
  'What did Comey say?',
  'When was Flynn fired?',
  'What happened on 2017-02-13?',
  'Who said the investigation was a witch hunt?',
  'What happened between January and April 2017?',
];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function summary(label: string, values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const figures = [50, 95, 99].map((p) => `p${p} ${percentile(sorted, p).toFixed(0)} ms`);
  return `${label}: ${figures.join(', ')}, max ${(sorted.at(-1) ?? Number.NaN).toFixed(0)} ms`;
}

/** Requests Discord's OpenAPI spec refuses fail the run: a fast bot that Discord rejects is no use. */
function reportSpecViolations(violations: readonly SpecViolation[]): void {
  console.log(`requests Discord's spec refuses: ${violations.length}`);
  if (violations.length === 0) return;
  const shown = 10;
  for (const violation of violations.slice(0, shown))
    console.log(`  ${formatViolation(violation)}`);
  if (violations.length > shown) console.log(`  … and ${violations.length - shown} more`);
  throw new Error(`The bot sent ${violations.length} request(s) Discord would refuse.`);
}

/** `LOAD_SCENARIOS=http npm run bench -- load` runs only the named scenarios. */
const SCENARIOS = new Set(
  (process.env.LOAD_SCENARIOS ?? 'bursts,http,chaos').split(',').map((name) => name.trim()),
);

export async function run(): Promise<void> {
  if (SCENARIOS.has('bursts')) {
    console.log('--- bursts: the gateway bot ---');
    await runBursts();
  }
  if (SCENARIOS.has('http')) {
    console.log('\n--- bursts over HTTP: interactions POSTed through a round-robin proxy ---');
    const one = await runHttpBursts(1);
    console.log('');
    const two = await runHttpBursts(2);
    console.log(
      `\ntwo instances against one: ${(two.answersPerSecond / one.answersPerSecond).toFixed(2)}× ` +
        `the answers per second (${os.availableParallelism()} cores on this machine, shared ` +
        `with the emulator and the proxy), ${
          one.botCpuMsPerAnswer === undefined || two.botCpuMsPerAnswer === undefined
            ? 'CPU not measured'
            : `${(two.botCpuMsPerAnswer / one.botCpuMsPerAnswer).toFixed(2)}× the instance CPU per answer`
        }`,
    );
  }
  if (SCENARIOS.has('chaos')) {
    console.log('\n--- chaos ---');
    await runChaosScenario();
  }
}

/** Stops the run at once, with its output, when a bot process dies while `work` is pending. */
function whileRunning<T>(bots: readonly BotProcess[], work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    ...bots.map((bot) =>
      bot.exited.then((exit) =>
        Promise.reject(new Error(`A bot exited early (${JSON.stringify(exit)}):\n${bot.output()}`)),
      ),
    ),
  ]);
}

async function stopAll(bots: readonly BotProcess[], emulator: DiscordEmulator): Promise<void> {
  const exits = await Promise.all(bots.map((bot) => bot.stop(10_000)));
  await emulator.stop();
  for (const [index, exit] of exits.entries()) {
    if (exit.code === 0) continue;
    console.log(
      `bot exited with ${JSON.stringify(exit)}; last output:\n${bots[index]?.output().slice(-2000) ?? ''}`,
    );
  }
}

async function runBursts(): Promise<void> {
  const emulator = await DiscordEmulator.start({ heartbeatIntervalMs: 10_000 });
  const bot = await startBot({
    env: {
      DISCORD_TOKEN: emulator.token,
      DISCORD_CLIENT_ID: emulator.applicationId,
      DISCORD_API_URL: emulator.apiUrl,
      DATASET_PATH: 'data/events.json',
      LOG_LEVEL: 'warn',
    },
  });
  try {
    // A bot that dies during start-up fails the run at once, with its output.
    await whileRunning([bot], emulator.nextGatewayEvent('identify', 30_000));
    await measureBursts(emulator, [bot]);
  } finally {
    await stopAll([bot], emulator);
  }
}

/**
 * The same bursts answered over HTTP by `count` instances of `npm run start:http`, with the
 * emulator POSTing every interaction to a round-robin proxy in front of them (as a load balancer
 * would), one instance or two, so the proxy's cost is in both figures.
 */
async function runHttpBursts(count: number): Promise<BurstFigures> {
  const emulator = await DiscordEmulator.start({ heartbeatIntervalMs: 10_000 });
  const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
  const bots = await Promise.all(
    ports.map((port) =>
      startBot({
        entry: 'src/http/main.ts',
        env: {
          DISCORD_API_URL: emulator.apiUrl,
          DISCORD_PUBLIC_KEY: emulator.publicKey,
          INTERACTIONS_HOST: '127.0.0.1',
          INTERACTIONS_PORT: String(port),
          DATASET_PATH: 'data/events.json',
          LOG_LEVEL: 'warn',
        },
      }),
    ),
  );
  let proxy: BotProcess | undefined;
  try {
    // Ready as a load balancer sees it: its health check answers 200.
    const urls = ports.map((port) => `http://127.0.0.1:${port}`);
    await whileRunning(bots, Promise.all(urls.map((url) => untilHealthy(url))));
    proxy = await startBot({ entry: 'bench/round-robin-proxy.ts', args: urls, env: {} });
    const listening = await proxy.waitForLog((line) => line.json?.msg === 'proxy listening');
    emulator.useInteractionsEndpoints([`${String(listening.json?.url)}/interactions`]);
    console.log(`${count} instance${count === 1 ? '' : 's'} of npm run start:http:`);
    return await measureBursts(emulator, bots, proxy);
  } finally {
    await proxy?.stop(5_000);
    await stopAll(bots, emulator);
  }
}

/** A port free right now, for a process to listen on. */
async function freePort(): Promise<number> {
  const server = http.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function untilHealthy(url: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error(`${url} was not healthy within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface BurstFigures {
  answersPerSecond: number;
  /** CPU time the answering processes spent per answer; undefined where /proc is not there. */
  botCpuMsPerAnswer: number | undefined;
}

/** Linux's USER_HZ: /proc counts CPU time in these ticks per second on every common platform. */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds a process and every process under it (tsx runs the bot in a child) have used so
 * far, from /proc; undefined where there is none. On a machine shared with other work, CPU time
 * varies far less than wall time, so it is the steadier measure of what an answer costs.
 */
async function cpuSecondsOfTree(pid: number | undefined): Promise<number | undefined> {
  if (pid === undefined) return undefined;
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (stat === undefined) return undefined;
  // Fields after the command name, which is in parentheses: utime and stime are 14th and 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const own = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  const threads = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  const children = (
    await Promise.all(
      threads.map((thread) =>
        readFile(`/proc/${pid}/task/${thread}/children`, 'utf8').catch(() => ''),
      ),
    )
  ).flatMap((list) => list.split(/\s+/).filter(Boolean).map(Number));
  const below = await Promise.all(children.map((child) => cpuSecondsOfTree(child)));
  return below.reduce<number>((sum, seconds) => sum + (seconds ?? 0), own);
}

/** CPU seconds of several process trees together; undefined when one cannot be read. */
async function cpuSeconds(processes: readonly BotProcess[]): Promise<number | undefined> {
  const each = await Promise.all(processes.map((bot) => cpuSecondsOfTree(bot.pid)));
  return each.some((seconds) => seconds === undefined)
    ? undefined
    : each.reduce<number>((sum, seconds) => sum + (seconds ?? 0), 0);
}

/** Sends the bursts through `emulator` to whatever answers it, and prints what it measured. */
async function measureBursts(
  emulator: DiscordEmulator,
  bots: readonly BotProcess[],
  proxy?: BotProcess,
): Promise<BurstFigures> {
  // One warm-up question: the bot is ready and its dataset loaded before the clock starts.
  const warmUp = await emulator.sendSlashCommand({
    name: 'ask',
    options: { question: questions[0] ?? '' },
  });
  await whileRunning(
    bots,
    emulator.waitForInteractionResponse(warmUp.id, { final: true, timeoutMs: 30_000 }),
  );
  // Over HTTP, each instance warms up on a question of its own.
  for (let i = 1; i < bots.length; i += 1) {
    const more = await emulator.sendSlashCommand({
      name: 'ask',
      options: { question: questions[i] ?? '' },
    });
    await emulator.waitForInteractionResponse(more.id, { final: true, timeoutMs: 30_000 });
  }

  const ids: string[] = [];
  const cpuBefore = {
    bots: await cpuSeconds(bots),
    proxy: proxy === undefined ? undefined : await cpuSeconds([proxy]),
    emulator: process.cpuUsage(),
  };
  const started = performance.now();
  for (let sent = 0; sent < total; sent += burstSize) {
    const burst = await Promise.all(
      Array.from({ length: Math.min(burstSize, total - sent) }, (_, i) =>
        emulator.sendSlashCommand({
          name: 'ask',
          options: { question: questions[(sent + i) % questions.length] ?? '' },
          userId: snowflake(),
        }),
      ),
    );
    ids.push(...burst.map((interaction) => interaction.id));
    // Wait for the burst's acknowledgements before the next one, as bursts of users would.
    await Promise.allSettled(
      burst.map((interaction) =>
        emulator.waitForInteractionResponse(interaction.id, { timeoutMs: 10_000 }),
      ),
    );
  }
  const acknowledgedAt = performance.now();
  const finals = await Promise.allSettled(
    ids.map((id) => emulator.waitForInteractionResponse(id, { final: true, timeoutMs: 60_000 })),
  );
  const finishedAt = performance.now();
  const emulatorCpu = process.cpuUsage(cpuBefore.emulator);
  const cpuAfter = {
    bots: await cpuSeconds(bots),
    proxy: proxy === undefined ? undefined : await cpuSeconds([proxy]),
  };

  const records = ids.map((id) => emulator.interaction(id));
  const ackLatencies = records.flatMap((r) => (r?.callback ? [r.callback.latencyMs] : []));
  const unacknowledged = records.filter((r) => !r?.callback).length;
  const deferred = records.filter(
    (r) => r?.callback?.type === InteractionResponseType.DeferredChannelMessageWithSource,
  ).length;
  const late = ackLatencies.filter((ms) => ms > interactionResponseWindowMs).length;
  const doubleAnswered = records.filter((r) =>
    r?.rejected.some((rejection) => rejection.error.code === 40060),
  ).length;
  const rejected = records.filter((r) => (r?.rejected.length ?? 0) > 0).length;
  const completion = finals.flatMap((result) => {
    if (result.status !== 'fulfilled') return [];
    const record = emulator.interaction(result.value.interactionId);
    const last = [
      ...result.value.edits.map((edit) => edit.at),
      ...result.value.followUps.map((message) => Date.parse(message.timestamp)),
    ];
    const doneAt = Math.max(record?.callback?.at ?? 0, ...last);
    return record ? [doneAt - record.dispatchedAt] : [];
  });

  const answersPerSecond = (completion.length / (finishedAt - started)) * 1000;
  console.log(`interactions: ${total} /ask in bursts of ${burstSize}, each from its own user`);
  console.log(
    `answered: ${completion.length}, lost (no answer): ${total - completion.length}, ` +
      `in the callback itself: ${completion.length - deferred}, deferred then edited: ${deferred}`,
  );
  console.log(
    `acknowledged: ${ackLatencies.length}, not acknowledged: ${unacknowledged}, ` +
      `late (> ${interactionResponseWindowMs} ms): ${late}, answered twice: ${doubleAnswered}, ` +
      `with rejected callbacks: ${rejected}`,
  );
  console.log(`throughput: ${answersPerSecond.toFixed(1)} answers/s`);
  const spent = (before: number | undefined, after: number | undefined): number | undefined =>
    before === undefined || after === undefined ? undefined : after - before;
  const botCpu = spent(cpuBefore.bots, cpuAfter.bots);
  const botCpuMsPerAnswer =
    botCpu === undefined || completion.length === 0
      ? undefined
      : (botCpu * 1000) / completion.length;
  const cpuText = (seconds: number | undefined): string =>
    seconds === undefined
      ? 'not measured (needs /proc)'
      : `${seconds.toFixed(2)} s (${((seconds * 1000) / Math.max(1, completion.length)).toFixed(2)} ms per answer)`;
  console.log(
    `CPU time: the bot${bots.length === 1 ? '' : `s (${bots.length} together)`} ${cpuText(botCpu)}` +
      (proxy === undefined
        ? ''
        : `, the proxy ${cpuText(spent(cpuBefore.proxy, cpuAfter.proxy))}`) +
      `, the emulator ${cpuText((emulatorCpu.user + emulatorCpu.system) / 1e6)}`,
  );
  console.log(summary('answer latency (dispatch -> answer)', completion));
  console.log(
    summary('acknowledgement latency', ackLatencies) +
      ` (${((ackLatencies.length / (acknowledgedAt - started)) * 1000).toFixed(1)} acknowledged/s)`,
  );
  console.log(`unknown routes called: ${emulator.unknownRoutes.length}`);
  reportSpecViolations(emulator.specViolations);
  return { answersPerSecond, botCpuMsPerAnswer };
}

async function runChaosScenario(): Promise<void> {
  if (!chaosCorpusAvailable) {
    console.log('skipped: the timeline corpus (../shared/corpora) is not there');
    return;
  }
  const report = await runChaos();
  const commands = report.wellBehaved.filter((interaction) => interaction.kind === 'command');
  const keystrokes = report.wellBehaved.filter(
    (interaction) => interaction.kind === 'autocomplete',
  );
  const lost = report.wellBehaved.filter((interaction) => interaction.problem !== undefined);
  const latencies = (list: typeof commands): number[] =>
    list.flatMap((interaction) =>
      interaction.latencyMs === undefined ? [] : [interaction.latencyMs],
    );

  console.log(
    `${report.users} well-behaved users for ${(report.durationMs / 1000).toFixed(1)} s, while:`,
  );
  for (const step of report.steps) {
    console.log(
      `  ${step.name}: ${step.outcome} (${step.detail}) in ${step.ms} ms; ` +
        `event-loop delay p99 ${step.eventLoopDelay.p99Ms.toFixed(1)} ms, ` +
        `max ${step.eventLoopDelay.maxMs.toFixed(1)} ms`,
    );
  }
  console.log(
    `  one user flooding autocomplete: ${report.flood.sent} keystrokes, ` +
      `${report.flood.rateLimited} rate-limited (empty choices)`,
  );
  console.log(
    `well-behaved interactions: ${report.wellBehaved.length} (${commands.length} commands, ` +
      `${keystrokes.length} autocomplete), answers lost: ${lost.length}`,
  );
  for (const interaction of lost.slice(0, 10)) {
    console.log(`  lost: ${interaction.label}: ${interaction.problem ?? ''}`);
  }
  console.log(summary('answer latency (dispatch -> final answer)', latencies(commands)));
  console.log(summary('autocomplete latency', latencies(keystrokes)));
  const delay = report.eventLoopDelay;
  console.log(
    `bot event-loop delay over the scenario: p50 ${delay.p50Ms.toFixed(1)} ms, ` +
      `p99 ${delay.p99Ms.toFixed(1)} ms, max ${delay.maxMs.toFixed(1)} ms (${delay.samples} samples)`,
  );
  console.log(
    report.memory
      ? `peak resident memory: bot ${megabytes(report.memory.botPeakBytes)}, ` +
          `bot with its dataset loaders ${megabytes(report.memory.withLoadersPeakBytes)}`
      : 'peak resident memory: not measured (needs /proc)',
  );
  console.log(
    `final /who answered from the last good dataset: ${report.finalWhoTitle ?? '(none)'}`,
  );
  console.log(
    `unknown routes called: ${report.unknownRoutes.length}, errors logged: ${report.errorsLogged.length}`,
  );
  reportSpecViolations(report.specViolations);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
