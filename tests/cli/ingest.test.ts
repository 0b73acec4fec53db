import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
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

  describe('refuses to write a dataset with no events, which would leave the bot nothing to answer', () => {
    /** Bytes that no ingest run would write, so "untouched" means untouched. */
    const previous = Buffer.from('{"previous": "dataset", "bytes": [0, 1, 2]}\n\u00e9', 'utf8');

    const cases: [string, (dir: string) => Promise<string>, RegExp][] = [
      [
        'an empty folder',
        async (dir) => {
          await mkdir(path.join(dir, 'raw'));
          return path.join(dir, 'raw');
        },
        /no documents: \S*raw holds no files/,
      ],
      [
        'a folder of hidden files only',
        async (dir) => {
          await mkdir(path.join(dir, 'raw'));
          await writeFile(path.join(dir, 'raw', '.gitkeep'), '');
          await writeFile(path.join(dir, 'raw', '.DS_Store'), 'binary junk');
          return path.join(dir, 'raw');
        },
        /no documents: \S*raw holds only hidden files \(\.DS_Store, \.gitkeep\)/,
      ],
      [
        'a folder holding only notes about the inputs',
        async (dir) => {
          await mkdir(path.join(dir, 'raw'));
          await writeFile(path.join(dir, 'raw', 'README.md'), '# Sources');
          await writeFile(path.join(dir, 'raw', '.gitkeep'), '');
          return path.join(dir, 'raw');
        },
        /no documents: \S*raw holds no \.txt or \.jsonl files, only ones ingest skips \(\.gitkeep, README\.md\)/,
      ],
      [
        'an empty .jsonl file',
        async (dir) => {
          await writeFile(path.join(dir, 'empty.jsonl'), '');
          return path.join(dir, 'empty.jsonl');
        },
        /no documents: \S*empty\.jsonl holds no events/,
      ],
    ];

    for (const [input, make, found] of cases) {
      it(`exits 1 on ${input}, says what it found and how to override, and leaves the old dataset byte-identical`, async () => {
        const dir = await tempDir();
        const inputPath = await make(dir);
        const out = path.join(dir, 'events.json');
        await writeFile(out, previous);
        const { io, out: lines, err } = captureIo();

        expect(await main(['--out', out, inputPath], io)).toBe(1);

        expect(err()).toMatch(found);
        expect(err()).toContain(`${out} was not changed`);
        expect(err()).toContain('--allow-empty');
        expect(lines).toEqual([]);
        expect((await readFile(out)).equals(previous)).toBe(true);
      });

      it(`writes an empty dataset from ${input} when asked with --allow-empty`, async () => {
        const dir = await tempDir();
        const inputPath = await make(dir);
        const out = path.join(dir, 'events.json');
        await writeFile(out, previous);
        const { io, out: lines } = captureIo();

        expect(await main(['--allow-empty', '--out', out, inputPath], io)).toBe(0);

        expect(lines[0]).toMatch(/^Wrote .*events\.json: 0 events, 0 quotes/);
        expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ version: 2, events: [] });
      });
    }

    it('names every input that gave nothing when given several', async () => {
      const dir = await tempDir();
      await mkdir(path.join(dir, 'raw'));
      await writeFile(path.join(dir, 'a.jsonl'), '\n\n');
      const out = path.join(dir, 'events.json');
      const { io, err } = captureIo();
      expect(await main(['--out', out, path.join(dir, 'raw'), path.join(dir, 'a.jsonl')], io)).toBe(
        1,
      );
      expect(err()).toMatch(/raw holds no files; \S*a\.jsonl holds no events/);
    });
  });

  it('documents --allow-empty in --help', async () => {
    const { io, out } = captureIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/--allow-empty/);
  });

  it('exits 2 with usage on an unknown option', async () => {
    const { io, err } = captureIo();
    expect(await main(['--bogus'], io)).toBe(2);
    expect(err()).toMatch(/usage: npm run ingest/);
  });
});
