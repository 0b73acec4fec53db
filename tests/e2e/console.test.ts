/**
 * `npm start` without DISCORD_TOKEN is the offline console: commands and questions piped on
 * standard input are answered on standard output, and the end of input ends the process cleanly.
 */
import { describe, expect, it } from 'vitest';
import { runScript } from './harness.js';

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
