/**
 * The end-to-end suite runs the bot compiled, as `npm start` does: build `dist/` first when it is
 * missing or older than its sources, so `vitest run --project e2e` never tests stale code.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], {
    cwd: root,
    stdio: 'inherit',
  });
}
