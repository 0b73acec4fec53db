// Makes `npm start` and `npm test` work on a fresh clone: installs the locked dependencies when
// node_modules is missing or older than package-lock.json, and with --build (before a start or
// the tests) compiles dist/ when it is missing or older than its sources.
//
// A production install (`npm ci --omit=dev`) has no compiler: there it runs dist/ as it is, and
// stops with what to do when there is no dist/ at all.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { buildIfStale, hasCompiler, MAIN, ROOT, staleReason } from './build.mjs';

const args = process.argv.slice(2);
if (args.some((arg) => arg !== '--build')) {
  console.error(`ensure-installed.mjs: unknown arguments: ${args.join(' ')} (usage: [--build])`);
  process.exit(1);
}
const wantsBuild = args.includes('--build');

const lockFile = `${ROOT}/package-lock.json`;
const installedMarker = `${ROOT}/node_modules/.package-lock.json`;

const installed = existsSync(installedMarker);
const needsInstall =
  !installed ||
  (existsSync(lockFile) && statSync(lockFile).mtimeMs > statSync(installedMarker).mtimeMs);

if (needsInstall) {
  // Reinstalling a production install must not bring the dev dependencies in.
  const command = installed && !hasCompiler() ? 'npm ci --omit=dev' : 'npm ci';
  console.error(`Installing dependencies (${command})…`);
  // npm's report goes to stderr: stdout belongs to the offline console's answers.
  execSync(`${command} --no-audit --no-fund`, { cwd: ROOT, stdio: ['inherit', 2, 2] });
}

if (wantsBuild) {
  if (hasCompiler()) {
    try {
      await buildIfStale();
    } catch (error) {
      console.error(
        `Cannot build dist/: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exit(1);
    }
  } else if (!existsSync(MAIN)) {
    console.error(
      'Cannot start: dist/ is missing and this is a production install (no dev dependencies, ' +
        'so nothing to compile with). Run `npm run build` where the dev dependencies are ' +
        'installed (`npm ci`), then start from that dist/ (see "Running in production" in README.md).',
    );
    process.exit(1);
  } else {
    const reason = staleReason();
    if (reason !== null) {
      console.error(
        `Warning: running dist/ as built, though ${reason}; rebuild it with \`npm run build\` ` +
          'where the dev dependencies are installed.',
      );
    }
  }
}
