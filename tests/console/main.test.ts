/**
 * `npm start` without a token: the real entry point, spawned as a script would run it, reads
 * commands from a pipe and prints the replies on standard output (logs go to standard error).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function start(stdin: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(repoRoot, 'node_modules/.bin/tsx'), ['src/main.ts'], {
      cwd: repoRoot,
      // An empty token counts as unset, and dotenv never overrides a variable that is set.
      env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'silent' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout });
    });
    child.stdin.end(stdin);
  });
}

describe('npm start without DISCORD_TOKEN', () => {
  it('answers piped slash commands and questions on standard output, then exits 0', async () => {
    const { code, stdout } = await start(
      '/who name:sessions\nWhen did Sessions recuse himself?\n/nope\n',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^== Jeff Sessions ==/);
    expect(stdout).toContain('== When did Sessions recuse himself? ==');
    expect(stdout).toContain('Source: @ABCPolitics <https://t.co/4nTtDyMBID>');
    expect(stdout).toContain('Error: Unknown command /nope.');
  }, 60_000);
});
