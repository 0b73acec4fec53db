// `npm run build`: compiles src/ and commands/ (tsconfig.build.json) to JavaScript in dist/, so
// production runs plain `node` with no dev dependency. Also used by ensure-installed.mjs, which
// builds before `npm start` when dist/ is missing or older than its sources.
//
// tsc writes into a fresh folder that replaces dist/ only once it succeeded: a failed build
// leaves the previous dist/ whole, and a module whose source was deleted never lingers (the
// command loader loads every module it finds in dist/commands/). Plain JavaScript, because it
// must run where TypeScript tooling is not installed.
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUT_DIR = path.join(ROOT, 'dist');
/** The compiled `npm start` entry. */
export const MAIN = path.join(OUT_DIR, 'src/main.js');
/** Everything the compiled output depends on; a change to any of them makes dist/ stale. */
const INPUTS = ['src', 'commands', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];
/** Its modification time is when the build that made dist/ started reading its inputs. */
const STAMP = path.join(OUT_DIR, '.build-stamp');
/** Scratch space for building and swapping, and the lock that keeps builds one at a time. */
const WORK_DIR = path.join(ROOT, '.build');
const LOCK = path.join(WORK_DIR, 'lock');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
const LOCK_WAIT_MS = 180_000;

/** True where the dev dependencies are installed (a production install has no compiler). */
export function hasCompiler() {
  return existsSync(TSC);
}

/** Why dist/ needs building (a sentence), or null when it is complete and newer than every input. */
export function staleReason() {
  if (!existsSync(MAIN) || !existsSync(STAMP)) return 'dist/ is missing or incomplete';
  const builtAt = statSync(STAMP).mtimeMs;
  for (const input of INPUTS) {
    const changed = newerFile(path.join(ROOT, input), builtAt);
    if (changed !== null) return `${path.relative(ROOT, changed)} changed since the last build`;
  }
  return null;
}

/** The first file under `target` (a file or folder) modified after `time`, or null. */
function newerFile(target, time) {
  if (!existsSync(target)) return null;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs > time ? target : null;
  for (const entry of readdirSync(target)) {
    const found = newerFile(path.join(target, entry), time);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Compiles into a scratch folder, then swaps it in for dist/. `typeCheck: false` only emits
 * (what tsx did before a start); `npm run build` type-checks, and fails on a type error.
 */
function compile({ typeCheck }) {
  const next = path.join(WORK_DIR, 'next');
  const previous = path.join(WORK_DIR, 'previous');
  rmSync(next, { recursive: true, force: true });
  const startedAt = new Date();
  const args = [TSC, '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', next];
  if (!typeCheck) args.push('--noCheck');
  try {
    // tsc reports on stdout, which belongs to the offline console's answers: send it to stderr.
    execFileSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 2, 2] });
  } catch {
    rmSync(next, { recursive: true, force: true });
    throw new Error('tsc -p tsconfig.build.json failed (its errors are above); dist/ is unchanged');
  }
  closeSync(openSync(path.join(next, '.build-stamp'), 'w'));
  utimesSync(path.join(next, '.build-stamp'), startedAt, startedAt);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(OUT_DIR)) renameSync(OUT_DIR, previous);
  renameSync(next, OUT_DIR);
  rmSync(previous, { recursive: true, force: true });
}

/**
 * Runs `work` holding the build lock, so builds started side by side (parallel `npm start`s)
 * take turns. A lock left by a process that no longer runs is taken over.
 */
async function withBuildLock(work) {
  mkdirSync(WORK_DIR, { recursive: true });
  const waitUntil = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    if (!lockHolderRuns()) {
      rmSync(LOCK, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > waitUntil) {
      throw new Error(`another build still holds ${path.relative(ROOT, LOCK)}; gave up waiting`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
  try {
    return work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function lockHolderRuns() {
  let pid;
  try {
    pid = Number(readFileSync(path.join(LOCK, 'pid'), 'utf8'));
  } catch {
    // Just created, its pid not yet written: give it time, unless it has been there for long.
    return existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs < 10_000;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** `npm run build`: always compiles, with the type check. */
export async function build() {
  await withBuildLock(() => {
    compile({ typeCheck: true });
  });
}

/** Compiles (without the type check) only when dist/ is stale; returns why it built, or null. */
export async function buildIfStale() {
  if (staleReason() === null) return null;
  return withBuildLock(() => {
    // Another process may have built while this one waited for the lock.
    const reason = staleReason();
    if (reason === null) return null;
    process.stderr.write(`Building dist/ (${reason})…\n`);
    compile({ typeCheck: false });
    return reason;
  });
}

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  const args = process.argv.slice(2);
  try {
    if (args.length === 0) await build();
    else if (args.length === 1 && args[0] === '--if-stale') await buildIfStale();
    else throw new Error(`unknown arguments: ${args.join(' ')} (usage: build.mjs [--if-stale])`);
  } catch (error) {
    process.stderr.write(
      `Build failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
}
