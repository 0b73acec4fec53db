import { describe, expect, it } from 'vitest';
import { main, type AskIo } from '../../src/cli/ask.js';
import { seedFile } from '../answer/datasets.js';

async function runAsk(
  argv: string[],
  input: string[] = [],
): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: AskIo = {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    lines: async function* () {
      for (const line of input) yield await Promise.resolve(line);
    },
  };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('ask command', () => {
  it('prints a readable answer with date and source', async () => {
    const { code, out } = await runAsk(['--data', seedFile, 'When did Sessions recuse himself?']);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^Q: When did Sessions recuse himself\?/);
    expect(out[0]).toMatch(/1\. \[2017-03-02\] .*recus/i);
  });

  it('prints one JSON object with the documented fields', async () => {
    const { out } = await runAsk([
      '--data',
      seedFile,
      '--json',
      '--limit',
      '2',
      'Who said "the latest attack"?',
    ]);
    const json = JSON.parse(out[0] ?? '') as Record<string, unknown> & {
      answers: Record<string, unknown>[];
    };
    expect(json).toMatchObject({ question: 'Who said "the latest attack"?', intent: 'who-said' });
    expect(typeof json.tookMs).toBe('number');
    expect(json.answers.length).toBeLessThanOrEqual(2);
    expect(Object.keys(json.answers[0] ?? {}).sort()).toEqual(
      ['date', 'eventId', 'kind', 'score', 'source', 'speaker', 'text'].sort(),
    );
    expect(json.answers[0]).toMatchObject({
      kind: 'quote',
      speaker: 'A White House official',
      // Said in the same news cycle as the statement "Wednesday night" the sentence before names.
      date: '2017-03-01',
    });
  });

  it('answers each line of standard input with -, one JSON line each, skipping blank lines', async () => {
    const { out } = await runAsk(
      ['--data', seedFile, '--json', '-'],
      ['who is sesions', '', '2017-03-02', '😀'],
    );
    expect(out).toHaveLength(3);
    const intents = out.map((line) => (JSON.parse(line) as { intent: string }).intent);
    expect(intents).toEqual(['who', 'date', 'search']);
  });

  it('prints a clear no-answer with suggestions', async () => {
    const { code, out } = await runAsk(['--data', seedFile, '<@123> @everyone']);
    expect(code).toBe(0);
    expect(out[0]).toContain('No answer found.');
    expect(out[0]).toContain('Try:');
  });

  it('names the bad option or file and exits non-zero', async () => {
    expect(await runAsk(['--limit', 'ten', 'x'])).toMatchObject({ code: 2 });
    const missing = await runAsk(['--data', 'no/such/file.json', 'x']);
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toContain('no/such/file.json');
    const noQuestion = await runAsk(['--data', seedFile]);
    expect(noQuestion.err[0]).toContain('missing QUESTION');
  });
});
