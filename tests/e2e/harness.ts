/**
 * Runs the real bot as users do, as a child process, and lets end-to-end tests watch its logs,
 * signal it and await its exit. Logs are pino JSON lines on stdout or stderr; other lines are kept
 * as plain text so a crash message is never lost.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { takeUnreportedViolations } from '../emulator/discord-emulator.js';
import { formatViolation } from '../emulator/discord-spec.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Throws when an emulator recorded a request Discord's OpenAPI spec refuses since the last check,
 * listing each one (route, operation, fields at fault).
 */
export function assertNoSpecViolations(): void {
  const violations = takeUnreportedViolations();
  if (violations.length === 0) return;
  throw new Error(
    `The bot sent ${violations.length} request(s) Discord would refuse:\n` +
      violations.map((violation) => `  ${formatViolation(violation)}`).join('\n'),
  );
}

// Every end-to-end file imports this harness, so the check runs after each of their tests (and
// after the file, for what a teardown sent) and fails the test that caused a violation. The
// load bench imports it outside vitest and reports violations itself.
if (process.env.VITEST) {
  const { afterAll, afterEach } = await import('vitest');
  afterEach(assertNoSpecViolations);
  afterAll(assertNoSpecViolations);
}

export interface LogLine {
  stream: 'stdout' | 'stderr';
  text: string;
  /** The parsed JSON object when the line is a structured (pino) log line. */
  json: Record<string, unknown> | undefined;
  at: number;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface BotProcess {
  readonly pid: number | undefined;
  readonly lines: readonly LogLine[];
  /** Resolves with the first line (past or future) that matches; rejects if the bot exits first. */
  waitForLog(predicate: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  signal(signal: NodeJS.Signals): void;
  readonly exited: Promise<Exit>;
  /** SIGTERM, then SIGKILL if still running after `graceMs`. */
  stop(graceMs?: number): Promise<Exit>;
  /** Everything printed so far, for assertion messages. */
  output(): string;
}

export interface StartBotOptions {
  env: Record<string, string>;
  cwd?: string;
  /** The TypeScript entry: one in `src/` runs compiled from `dist/` (`src/main.ts` is `npm start`). */
  entry?: string;
  args?: string[];
}

/**
 * Only what a process needs to run: the bot must not pick up a developer's DISCORD_TOKEN or other
 * settings from the environment the tests run in.
 */
function baseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'LANG', 'TMPDIR', 'TEMP', 'TMP', 'SystemRoot', 'npm_config_cache'];
  const env: Record<string, string> = { NO_COLOR: '1', FORCE_COLOR: '0' };
  for (const key of keep) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return env;
}

function watch(child: ChildProcess): BotProcess {
  const lines: LogLine[] = [];
  const events = new EventEmitter();
  events.setMaxListeners(0);
  for (const stream of ['stdout', 'stderr'] as const) {
    const source = child[stream];
    if (!source) continue;
    createInterface({ input: source }).on('line', (text) => {
      const line: LogLine = { stream, text, json: parseJsonLine(text), at: Date.now() };
      lines.push(line);
      events.emit('line', line);
    });
  }
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => {
      // Let readline flush the last lines before reporting the exit.
      setImmediate(() => {
        events.emit('exit');
        resolve({ code, signal });
      });
    });
  });
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const output = (): string => lines.map((line) => `[${line.stream}] ${line.text}`).join('\n');

  return {
    pid: child.pid,
    lines,
    exited,
    output,
    signal(signal) {
      child.kill(signal);
    },
    async stop(graceMs = 10_000) {
      if (hasExited) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const exit = await exited;
      clearTimeout(timer);
      return exit;
    },
    waitForLog(predicate, timeoutMs = 15_000) {
      const found = lines.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise<LogLine>((resolve, reject) => {
        const onLine = (line: LogLine): void => {
          if (!predicate(line)) return;
          cleanup();
          resolve(line);
        };
        const fail = (why: string) => (): void => {
          cleanup();
          reject(new Error(`${why} while waiting for a log line. Output so far:\n${output()}`));
        };
        const onExit = fail('The bot exited');
        const timer = setTimeout(fail(`Timed out after ${timeoutMs} ms`), timeoutMs);
        const cleanup = (): void => {
          clearTimeout(timer);
          events.off('line', onLine);
          events.off('exit', onExit);
        };
        events.on('line', onLine);
        events.once('exit', onExit);
        if (hasExited) onExit();
      });
    },
  };
}

function parseJsonLine(text: string): Record<string, unknown> | undefined {
  if (!text.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts the bot entry with the given environment only. An entry in `src/` runs compiled from
 * `dist/`, as `npm start` runs it (the e2e global setup builds `dist/` when it is stale); a test
 * fixture, which is never compiled, runs with tsx.
 */
export async function startBot(options: StartBotOptions): Promise<BotProcess> {
  const entry = options.entry ?? 'src/main.ts';
  const args = options.args ?? [];
  if (entry.startsWith('src/')) {
    const compiled = path.join(repoRoot, 'dist', entry.replace(/\.ts$/, '.js'));
    return startProcess(process.execPath, [compiled, ...args], options);
  }
  const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
  return startProcess(process.execPath, [tsx, entry, ...args], options);
}

/**
 * Starts any long-running command (such as `npm start` in a copy of the repository) with the
 * given environment only, watched and signalled like the bot.
 */
export async function startProcess(
  command: string,
  args: string[],
  options: { env: Record<string, string>; cwd?: string },
): Promise<BotProcess> {
  const child = spawn(command, args, {
    cwd: options.cwd ?? repoRoot,
    // Its own settings folder unless the test shares one between runs: never the repository's.
    env: { ...baseEnv(), DATA_DIR: mkdtempSync(path.join(tmpdir(), 'bot-state-')), ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
  return watch(child);
}

export interface ScriptResult extends Exit {
  lines: LogLine[];
  stdout: string;
  stderr: string;
}

/** Runs a one-shot command to completion (kills it after `timeoutMs`). */
export async function runCommand(
  command: string,
  args: string[],
  options: { env: Record<string, string>; cwd?: string; timeoutMs?: number; input?: string },
): Promise<ScriptResult> {
  const child = spawn(command, args, {
    cwd: options.cwd ?? repoRoot,
    env: { ...baseEnv(), ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end(options.input ?? '');
  const running = watch(child);
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const exit = await running.exited;
  clearTimeout(timer);
  const text = (stream: LogLine['stream']): string =>
    running.lines
      .filter((line) => line.stream === stream)
      .map((line) => line.text)
      .join('\n');
  return { ...exit, lines: [...running.lines], stdout: text('stdout'), stderr: text('stderr') };
}

/** `npm run <script>` with the given environment (and `input` on stdin), e.g. `runScript('deploy', env)`. */
export function runScript(
  script: string,
  env: Record<string, string>,
  options: { cwd?: string; timeoutMs?: number; args?: string[]; input?: string } = {},
): Promise<ScriptResult> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const extra = options.args ? ['--', ...options.args] : [];
  return runCommand(npm, ['run', '--silent', script, ...extra], { env, ...options });
}
