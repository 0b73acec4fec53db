/**
 * What `npm start` does before it starts (scripts/ensure-installed.mjs --build, through
 * scripts/build.mjs): builds dist/ when it is missing or older than a source, leaves a fresh one
 * alone, keeps the last good dist/ when the build fails, and on a production install (no
 * compiler) never builds, running dist/ as it is or saying what to do when there is none.
 *
 * Each case runs the real scripts in a scratch project whose `tsc` is a stand-in that records
 * its arguments and writes dist/src/main.js, so no case waits for a real compile.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const scripts = path.resolve(import.meta.dirname, '../../scripts');

/**
 * Writes what it was called with to tsc-calls.log; fails when the project holds `fail-build`,
 * takes a second when it holds `slow-build`.
 */
const FAKE_TSC = `
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
const args = process.argv.slice(2);
appendFileSync('tsc-calls.log', JSON.stringify(args) + '\\n');
if (existsSync('fail-build')) {
  console.log("src/main.ts(1,7): error TS2322: Type 'string' is not assignable to type 'number'.");
  process.exit(2);
}
if (existsSync('slow-build')) await new Promise((resolve) => setTimeout(resolve, 1_000));
const out = args[args.indexOf('--outDir') + 1];
mkdirSync(path.join(out, 'src'), { recursive: true });
writeFileSync(path.join(out, 'src/main.js'), 'export {};\\n');
`;

let project: string;

const at = (file: string): string => path.join(project, file);
const minutesAgo = (minutes: number): Date => new Date(Date.now() - minutes * 60_000);

function setMtime(file: string, time: Date): void {
  utimesSync(at(file), time, time);
}

/** A project with its sources, an up-to-date install and (unless `production`) a compiler. */
function makeProject(options: { production?: boolean } = {}): void {
  project = mkdtempSync(path.join(tmpdir(), 'build-script-'));
  mkdirSync(at('scripts'));
  for (const file of ['build.mjs', 'ensure-installed.mjs']) {
    copyFileSync(path.join(scripts, file), at(`scripts/${file}`));
  }
  mkdirSync(at('src'));
  mkdirSync(at('commands'));
  for (const file of ['src/main.ts', 'commands/about.ts', 'tsconfig.json', 'tsconfig.build.json']) {
    writeFileSync(at(file), '{}\n');
    setMtime(file, minutesAgo(10));
  }
  writeFileSync(at('package.json'), '{ "type": "module" }\n');
  writeFileSync(at('package-lock.json'), '{}\n');
  setMtime('package.json', minutesAgo(10));
  setMtime('package-lock.json', minutesAgo(10));
  mkdirSync(at('node_modules'));
  writeFileSync(at('node_modules/.package-lock.json'), '{}\n');
  if (options.production !== true) {
    mkdirSync(at('node_modules/typescript/bin'), { recursive: true });
    writeFileSync(at('node_modules/typescript/bin/tsc'), FAKE_TSC);
  }
}

function run(script: string, args: string[] = []): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [at(`scripts/${script}`), ...args], {
    cwd: project,
    encoding: 'utf8',
  });
  return { status: result.status, stderr: result.stderr };
}

const startHook = () => run('ensure-installed.mjs', ['--build']);

function tscCalls(): string[][] {
  if (!existsSync(at('tsc-calls.log'))) return [];
  return readFileSync(at('tsc-calls.log'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as string[]);
}

afterEach(() => {
  rmSync(project, { recursive: true, force: true });
});

describe('before npm start, with the dev dependencies installed', () => {
  beforeEach(() => {
    makeProject();
  });

  it('builds dist/ when there is none, saying why', () => {
    const result = startHook();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('Building dist/ (dist/ is missing or incomplete)');
    expect(existsSync(at('dist/src/main.js'))).toBe(true);
    expect(tscCalls()).toHaveLength(1);
  });

  it('leaves a dist/ newer than every source alone', () => {
    startHook();
    const result = startHook();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('Building');
    expect(tscCalls()).toHaveLength(1);
  });

  it.each(['src/main.ts', 'commands/about.ts', 'tsconfig.build.json', 'package.json'])(
    'rebuilds once %s is newer than dist/, naming it',
    (file) => {
      startHook();
      setMtime(file, new Date(Date.now() + 60_000));
      const result = startHook();
      expect(result.stderr).toContain(`Building dist/ (${file} changed since the last build)`);
      expect(tscCalls()).toHaveLength(2);
    },
  );

  it('drops compiled files whose source is gone', () => {
    startHook();
    writeFileSync(at('dist/commands-removed.js'), '');
    setMtime('src/main.ts', new Date(Date.now() + 60_000));
    startHook();
    expect(existsSync(at('dist/commands-removed.js'))).toBe(false);
  });

  it('keeps the last good dist/ when a build fails, and says so', () => {
    startHook();
    writeFileSync(at('dist/src/marker.js'), '');
    writeFileSync(at('fail-build'), '');
    setMtime('src/main.ts', new Date(Date.now() + 60_000));
    const result = startHook();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Cannot build dist\/: tsc -p tsconfig\.build\.json failed/);
    // tsc's report is on stderr: stdout is the offline console's.
    expect(result.stderr).toContain('error TS2322');
    expect(existsSync(at('dist/src/marker.js'))).toBe(true);
  });

  it('builds once when several starts begin together; the others wait and use it', async () => {
    writeFileSync(at('slow-build'), '');
    const starts = [1, 2, 3].map(
      () =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, [at('scripts/ensure-installed.mjs'), '--build'], {
            cwd: project,
            stdio: 'ignore',
          });
          child.once('exit', resolve);
        }),
    );
    expect(await Promise.all(starts)).toEqual([0, 0, 0]);
    expect(tscCalls()).toHaveLength(1);
    expect(existsSync(at('dist/src/main.js'))).toBe(true);
  });

  it('only emits before a start; npm run build type-checks as well', () => {
    startHook();
    const result = run('build.mjs');
    expect(result.status, result.stderr).toBe(0);
    const [beforeStart, build] = tscCalls();
    expect(beforeStart).toContain('--noCheck');
    expect(build).not.toContain('--noCheck');
    expect(build).toEqual(expect.arrayContaining(['-p', at('tsconfig.build.json')]));
  });

  it('refuses arguments it does not know', () => {
    expect(run('build.mjs', ['--watch']).stderr).toMatch(/unknown arguments: --watch/);
    expect(run('ensure-installed.mjs', ['--buld']).stderr).toMatch(/unknown arguments: --buld/);
  });
});

describe('before npm start, on a production install (no dev dependencies)', () => {
  beforeEach(() => {
    makeProject({ production: true });
  });

  it('runs a built dist/ as it is, without building', () => {
    mkdirSync(at('dist/src'), { recursive: true });
    writeFileSync(at('dist/src/main.js'), '');
    writeFileSync(at('dist/.build-stamp'), '');
    const result = startHook();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('warns, but still does not build, when a source is newer than dist/', () => {
    mkdirSync(at('dist/src'), { recursive: true });
    writeFileSync(at('dist/src/main.js'), '');
    writeFileSync(at('dist/.build-stamp'), '');
    setMtime('dist/.build-stamp', minutesAgo(20));
    const result = startHook();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/Warning: running dist\/ as built, though .* changed/);
    expect(result.stderr).toContain('npm run build');
  });

  it('stops with what to do when there is no dist/', () => {
    const result = startHook();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Cannot start: dist\/ is missing and this is a production/);
    expect(result.stderr).toContain('Run `npm run build`');
  });

  it('does not bring the dev dependencies in when it reinstalls', () => {
    // The lock file is newer than the install, so it reinstalls (here: nothing to install).
    setMtime('node_modules/.package-lock.json', minutesAgo(20));
    const result = startHook();
    expect(result.stderr).toContain('Installing dependencies (npm ci --omit=dev)');
  });
});
