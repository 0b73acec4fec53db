// Makes `npm start` and `npm test` work on a fresh clone: installs the locked
// dependencies when node_modules is missing or older than package-lock.json.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const lockFile = 'package-lock.json';
const installedMarker = 'node_modules/.package-lock.json';

const needsInstall =
  !existsSync(installedMarker) ||
  (existsSync(lockFile) && statSync(lockFile).mtimeMs > statSync(installedMarker).mtimeMs);

if (needsInstall) {
  console.error('Installing dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
