/**
 * The production start as an operator runs it: a copy of the repository (what a clone holds,
 * plus the built dist/) with only the production dependencies (the tree `npm ci --omit=dev`
 * installs, made by `npm prune --omit=dev` on a linked copy), started with `npm start` or
 * `npm run start:sharded` against the emulator. It runs with no dev dependency; SIGTERM or SIGINT
 * sent to the npm process — what Docker, pm2 and systemd do — reaches the bot, which drains and
 * exits 0, npm exits 0, and no process from the copy is left running.
 *
 * One production install serves every case. A copy that cannot be made or installed fails the
 * file with the reason; nothing is skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '../emulator/discord-emulator.js';
import { repoRoot, runCommand, startProcess } from './harness.js';
import type { BotProcess, LogLine } from './harness.js';
import {
  HEARTBEAT_MS,
  discordEnv,
  embedText,
  isConnected,
  newUserId,
} from './fixtures/bot-session.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  version: string;
};

let copy: string;

/** The files a clone of the working tree would hold: tracked, and new ones not ignored. */
function cloneFiles(): string[] {
  const listed = spawnSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  if (listed.status !== 0) {
    throw new Error(`git ls-files failed; the test needs a git checkout: ${listed.stderr}`);
  }
  // Files deleted in the working tree are still listed as tracked; a clone would not have them.
  return listed.stdout
    .split('\0')
    .filter((file) => file !== '' && existsSync(path.join(repoRoot, file)));
}

/**
 * Copies the clone's files and dist/, keeping modification times so dist/ stays newer than its
 * sources, as it is where it was built.
 */
async function copyRepository(target: string): Promise<void> {
  for (const file of cloneFiles()) {
    await mkdir(path.dirname(path.join(target, file)), { recursive: true });
    await cp(path.join(repoRoot, file), path.join(target, file), { preserveTimestamps: true });
  }
  await cp(path.join(repoRoot, 'dist'), path.join(target, 'dist'), {
    recursive: true,
    preserveTimestamps: true,
  });
}

/** Fails with the command's output when it does not exit 0. */
async function mustRun(command: string, args: string[], cwd: string): Promise<void> {
  const result = await runCommand(command, args, { env: {}, cwd, timeoutMs: 60_000 });
  if (result.code !== 0) {
    throw new Error(
      `\`${[command, ...args].join(' ')}\` in ${cwd} exited ${String(result.code ?? result.signal)}:\n` +
        `${result.stdout}\n${result.stderr}`,
    );
  }
}

interface ProcessRow {
  pid: number;
  ppid: number;
  args: string;
}

function processTable(): ProcessRow[] {
  const listed = spawnSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`ps failed: ${listed.stderr}`);
  return listed.stdout.split('\n').flatMap((line) => {
    const match = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    return match ? [{ pid: Number(match[1]), ppid: Number(match[2]), args: match[3] ?? '' }] : [];
  });
}

/** `root` and every process below it. */
function processTree(root: number): ProcessRow[] {
  const table = processTable();
  const tree = table.filter((row) => row.pid === root);
  // The loop also visits the children it appends.
  for (const parent of tree) tree.push(...table.filter((row) => row.ppid === parent.pid));
  return tree;
}

/** Processes running in `folder` or naming it on their command line. */
function processesFrom(folder: string): ProcessRow[] {
  return processTable().filter((row) => {
    if (row.args.includes(folder)) return true;
    try {
      const cwd = readlinkSync(`/proc/${String(row.pid)}/cwd`);
      return cwd === folder || cwd.startsWith(`${folder}/`);
    } catch {
      return false; // gone, or not ours to read
    }
  });
}

const table = (rows: readonly ProcessRow[]): string =>
  rows.map((row) => `${String(row.pid)} ${String(row.ppid)} ${row.args}`).join('\n');

const logOf =
  (message: string) =>
  (line: LogLine): boolean =>
    line.json?.msg === message;

beforeAll(async () => {
  // dist/ as `npm start` would build it here, then copied like a build artefact.
  await mustRun(process.execPath, ['scripts/build.mjs', '--if-stale'], repoRoot);
  copy = await mkdtemp(path.join(tmpdir(), 'e2e-production-'));
  await copyRepository(copy);
  await installProductionDependencies(copy);
}, 80_000);

/**
 * The tree `npm ci --omit=dev` installs, made in seconds rather than a minute: the repository's
 * node_modules linked in (copied where links cannot cross file systems) and pruned to the
 * production dependencies by npm itself.
 */
async function installProductionDependencies(target: string): Promise<void> {
  const from = path.join(repoRoot, 'node_modules');
  const to = path.join(target, 'node_modules');
  const linked = spawnSync('cp', ['-al', from, to]);
  if (linked.status !== 0) {
    await rm(to, { recursive: true, force: true });
    await mustRun('cp', ['-a', from, to], target);
  }
  // npm rewrites its record of the tree: the copy gets a file of its own, so the repository's
  // is never written through the link.
  const record = path.join(to, '.package-lock.json');
  await rm(record);
  await cp(path.join(from, '.package-lock.json'), record);
  await mustRun(
    npm,
    ['prune', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error'],
    target,
  );
}

afterAll(async () => {
  // Whatever a failed case left behind is ours to end; then the copy goes.
  for (const row of processesFrom(copy)) {
    try {
      process.kill(row.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await rm(copy, { recursive: true, force: true });
});

describe('the production install', () => {
  it('holds no dev dependency: neither tsx nor the TypeScript compiler', () => {
    expect(existsSync(path.join(copy, 'node_modules/discord.js'))).toBe(true);
    expect(existsSync(path.join(copy, 'node_modules/tsx'))).toBe(false);
    expect(existsSync(path.join(copy, 'node_modules/typescript'))).toBe(false);
  });
});

describe.each([
  ['start', 'SIGTERM', 1],
  ['start', 'SIGINT', 1],
  ['start:sharded', 'SIGTERM', 2],
] as const)('npm run %s, then %s to npm', (script, signal, shards) => {
  let emulator: DiscordEmulator;
  let npmProcess: BotProcess;

  beforeAll(async () => {
    emulator = await DiscordEmulator.start({
      heartbeatIntervalMs: HEARTBEAT_MS,
      recommendedShards: shards,
    });
    npmProcess = await startProcess(npm, ['run', script], {
      cwd: copy,
      env: discordEnv(emulator),
    });
    // Every shard logs its own connection.
    await npmProcess.waitForLog(
      (line) => isConnected(line) && npmProcess.lines.filter(isConnected).length >= shards,
      30_000,
    );
  });

  afterAll(async () => {
    await npmProcess.stop(5_000);
    await emulator.stop();
  });

  it('starts from dist/ without building or installing anything', () => {
    const output = npmProcess.output();
    expect(output).not.toMatch(/Building dist|Installing dependencies|Warning: running dist/);
    expect(output).not.toMatch(/tsx: not found|ERR_MODULE_NOT_FOUND|Cannot find (module|package)/);
  });

  it('answers /about with the version from package.json', async () => {
    const sent = await emulator.sendSlashCommand({ name: 'about', userId: newUserId() });
    const answer = await emulator.waitForInteractionResponse(sent.id, {
      final: true,
      timeoutMs: 10_000,
    });
    expect(embedText(answer.message)).toContain(version);
  });

  it(`on ${signal} to npm: the bot drains and exits 0, npm exits 0, nothing is left running`, async () => {
    const npmPid = npmProcess.pid ?? 0;
    const running = processTree(npmPid);
    const botPids = npmProcess.lines.filter(isConnected).map((line) => Number(line.json?.pid));
    expect(botPids).toHaveLength(shards);
    if (script === 'start') {
      // One process: npm's script shell was replaced by node, so npm's signal lands on the bot.
      expect(running.find((row) => row.pid === botPids[0])?.ppid, table(running)).toBe(npmPid);
    }

    npmProcess.signal(signal);
    const exit = await Promise.race([
      npmProcess.exited,
      delay(20_000).then(() => {
        throw new Error(
          `npm still running 20 s after ${signal}; processes:\n${table(processTree(npmPid))}\n` +
            npmProcess.output(),
        );
      }),
    ]);

    expect(exit, npmProcess.output()).toEqual({ code: 0, signal: null });
    for (const pid of botPids) {
      const shuttingDown = npmProcess.lines.find(
        (line) => logOf('shutting down')(line) && line.json?.pid === pid,
      );
      // Each shard is stopped by its manager with SIGTERM, whichever signal the manager got.
      expect(shuttingDown?.json?.reason, npmProcess.output()).toBe(
        script === 'start' ? signal : 'SIGTERM',
      );
      const stopped = npmProcess.lines.find(
        (line) => logOf('stopped')(line) && line.json?.pid === pid,
      );
      expect(stopped?.json?.code, npmProcess.output()).toBe(0);
    }
    const alive = new Set(processTable().map((row) => row.pid));
    expect(table(running.filter((row) => alive.has(row.pid)))).toBe('');
    expect(table(processesFrom(copy))).toBe('');
  });
});
