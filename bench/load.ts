/**
 * Load: the real bot process (as `npm start` runs it) against the Discord emulator, in two
 * scenarios.
 *
 * Bursts: 1,000 `/ask` interactions in bursts of 100, each from its own user so the per-user
 * cooldown does not turn the run into cooldown replies; reports answers per second, answer latency
 * (dispatch -> the answer as the user sees it: the callback that carries it, or a deferral's edit),
 * acknowledgement latency (dispatch -> first callback) and how many answers were deferred.
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
import { startBot } from '../tests/e2e/harness.js';

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

export async function run(): Promise<void> {
  console.log('--- bursts ---');
  await runBursts();
  console.log('\n--- chaos ---');
  await runChaosScenario();
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
    const whileRunning = <T>(work: Promise<T>): Promise<T> =>
      Promise.race([
        work,
        bot.exited.then((exit) =>
          Promise.reject(
            new Error(`The bot exited early (${JSON.stringify(exit)}):\n${bot.output()}`),
          ),
        ),
      ]);
    await whileRunning(emulator.nextGatewayEvent('identify', 30_000));
    // One warm-up question: the bot is ready and its dataset loaded before the clock starts.
    const warmUp = await emulator.sendSlashCommand({
      name: 'ask',
      options: { question: questions[0] ?? '' },
    });
    await whileRunning(
      emulator.waitForInteractionResponse(warmUp.id, { final: true, timeoutMs: 30_000 }),
    );

    const ids: string[] = [];
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
    console.log(summary('answer latency (dispatch -> answer)', completion));
    console.log(
      summary('acknowledgement latency', ackLatencies) +
        ` (${((ackLatencies.length / (acknowledgedAt - started)) * 1000).toFixed(1)} acknowledged/s)`,
    );
    console.log(`unknown routes called: ${emulator.unknownRoutes.length}`);
    reportSpecViolations(emulator.specViolations);
  } finally {
    const exit = await bot.stop(10_000);
    await emulator.stop();
    if (exit.code !== 0) {
      console.log(
        `bot exited with ${JSON.stringify(exit)}; last output:\n${bot.output().slice(-2000)}`,
      );
    }
  }
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
