import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli/ingest.js';

function captureIo(): { io: CliIo; out: string[]; err: () => string } {
  const out: string[] = [];
  const stream = new PassThrough();
  let err = '';
  stream.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return {
    io: { stdout: (line) => out.push(line), stderr: stream as unknown as NodeJS.WriteStream },
    out,
    err: () => err,
  };
}

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'ingest-cli-'));
}

describe('ingest CLI', () => {
  it('writes the dataset and prints a summary of what it holds', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'events.json');
    const { io, out: lines } = captureIo();
    expect(await main(['--out', out, 'data/raw'], io)).toBe(0);
    expect(lines[0]).toMatch(
      /^Wrote .*events\.json: 1 events, 7 quotes, 3 people, 2 other speakers, 8 facts, 4 sources \(1 files, [\d.]+ s\)$/,
    );
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ version: 2 });
  });

  const malformed: [string, string, string, RegExp][] = [
    ['no date line', 'x.txt', 'Just text.\n------\n', /x\.txt:1: expected a record to open/],
    [
      'an impossible date',
      'x.txt',
      'date 2017-13-45\nText.\n------\n',
      /x\.txt:1: impossible date 2017-13-45/,
    ],
    [
      'an unterminated record',
      'x.txt',
      'date 2017-01-01\nText.\n',
      /x\.txt:1: unterminated record/,
    ],
    [
      'broken JSON',
      'x.jsonl',
      '{"date":"2017-01-01","text":"ok"}\n{"date":\n',
      /x\.jsonl:2: broken JSON/,
    ],
    [
      'a JSON line without a date',
      'x.jsonl',
      '{"text":"no date"}\n',
      /x\.jsonl:1: invalid event: "date"/,
    ],
  ];

  for (const [problem, name, content, message] of malformed) {
    it(`exits 1 on ${problem}, naming file and line, and leaves the output untouched`, async () => {
      const dir = await tempDir();
      const input = path.join(dir, name);
      const out = path.join(dir, 'events.json');
      await writeFile(input, content);
      await writeFile(out, 'previous output');
      const { io, err } = captureIo();
      expect(await main(['--out', out, input], io)).toBe(1);
      expect(err()).toMatch(message);
      expect(await readFile(out, 'utf8')).toBe('previous output');
    });
  }

  it('exits 2 with usage on an unknown option', async () => {
    const { io, err } = captureIo();
    expect(await main(['--bogus'], io)).toBe(2);
    expect(err()).toMatch(/usage: npm run ingest/);
  });
});
