/**
 * `npm start` without DISCORD_TOKEN is the offline console: commands and questions piped on
 * standard input are answered on standard output, and the end of input ends the process cleanly.
 * Like the bot, it watches the dataset file and answers from a changed one without a restart.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { repoRoot, runScript } from './harness.js';

describe('npm start without DISCORD_TOKEN', () => {
  it('answers a piped /who and a plain question on stdout, then exits 0', async () => {
    const result = await runScript(
      'start',
      // Empty counts as unset, and a developer's .env cannot fill it in (set variables win).
      { DISCORD_TOKEN: '', LOG_LEVEL: 'info' },
      { input: '/who name:sessions\nWhen did Sessions recuse himself?\n', timeoutMs: 30_000 },
    );

    expect(result.code, result.stderr).toBe(0);
    const [who, question] = result.stdout.split(/^(?===)/m);
    expect(who).toMatch(/^== Jeff Sessions ==/);
    expect(who).toContain('Attorney General');
    expect(question).toMatch(/^== When did Sessions recuse himself\? ==/);
    expect(question).toMatch(/1\. 2 March 2017/);
    // Logs stay off stdout, which belongs to the answers.
    expect(result.stdout).not.toMatch(/"level"/);
    expect(result.lines.some((line) => line.json?.msg === 'stopped')).toBe(true);
    expect(result.stderr).not.toMatch(/deprecat/i);
  });
});

/**
 * The console as `npm start` runs it, kept open so lines can be sent one at a time: the harness's
 * processes take their whole input at once.
 */
function startConsole(env: Record<string, string>) {
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist/src/main.js')], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  const logs: Record<string, unknown>[] = [];
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  createInterface({ input: child.stderr }).on('line', (line) => {
    if (line.startsWith('{')) logs.push(JSON.parse(line) as Record<string, unknown>);
  });
  const exited = once(child, 'exit') as Promise<[number | null]>;
  /** Resolves once `check` holds, polling; fails with what was printed when it never does. */
  const until = async (what: string, check: () => boolean, timeoutMs = 20_000) => {
    const started = Date.now();
    while (!check()) {
      if (Date.now() - started > timeoutMs || child.exitCode !== null) {
        throw new Error(`No ${what}. Printed:\n${stdout}\nLogged:\n${JSON.stringify(logs)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return {
    send: (line: string) => child.stdin.write(`${line}\n`),
    stdout: () => stdout,
    logs,
    until,
    async end(): Promise<number | null> {
      child.stdin.end();
      const [code] = await exited;
      return code;
    },
    kill: () => child.kill('SIGKILL'),
  };
}

describe('the offline console and a changing dataset', () => {
  it('answers the next line from a dataset file rewritten while it runs', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'e2e-console-'));
    const datasetPath = path.join(folder, 'events.json');
    const seed = await readFile(path.join(repoRoot, 'data/events.json'), 'utf8');
    await writeFile(datasetPath, seed);
    const running = startConsole({
      DISCORD_TOKEN: '',
      LOG_LEVEL: 'info',
      DATASET_PATH: datasetPath,
    });
    try {
      running.send('/who name:person-jeff-sessions');
      await running.until('first answer', () => running.stdout().includes('== Jeff Sessions =='));

      const dataset = JSON.parse(seed) as { people: { id: string; name: string }[] };
      const renamed = 'Jefferson Beauregard Sessions III';
      const people = dataset.people.map((person) =>
        person.id === 'person-jeff-sessions' ? { ...person, name: renamed } : person,
      );
      // Replaced in one step, as `npm run ingest` or `mv` does.
      const temporary = path.join(folder, '.events.json.tmp');
      await writeFile(temporary, JSON.stringify({ ...dataset, people }));
      await rename(temporary, datasetPath);
      await running.until('reload', () =>
        running.logs.some((log) => log.msg === 'dataset reloaded'),
      );

      running.send('/who name:person-jeff-sessions');
      await running.until('answer from the new dataset', () =>
        running.stdout().includes(`== ${renamed} ==`),
      );
      expect(await running.end()).toBe(0);
      expect(running.logs.some((log) => log.msg === 'stopped')).toBe(true);
    } finally {
      running.kill();
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
