import { mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  IngestError,
  ingestPaths,
  listInputFiles,
  serializeDataset,
  writeDatasetAtomically,
} from '../../src/ingest/index.js';

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'ingest-files-'));
}

const record = (date: string, text: string) => `date ${date}\n${text}\n------\n`;

describe('ingestPaths', () => {
  it('walks folders recursively in sorted order, mixing both formats, and reports progress', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'b'));
    await writeFile(path.join(dir, 'b', 'z.txt'), record('2017-01-03', 'Third.'));
    await writeFile(path.join(dir, 'a.jsonl'), '{"date":"2017-01-01","text":"First."}\n');
    await writeFile(path.join(dir, 'a.txt'), record('2017-01-02', 'Second.'));
    await writeFile(path.join(dir, '.gitkeep'), '');
    const progress: [number, number][] = [];
    const dataset = await ingestPaths([dir], {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(dataset.events.map((event) => event.date)).toEqual([
      '2017-01-01',
      '2017-01-02',
      '2017-01-03',
    ]);
    expect(dataset.inputs.map((input) => path.basename(input))).toEqual([
      'a.jsonl',
      'a.txt',
      'z.txt',
    ]);
    expect(progress).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('rejects other extensions and missing paths, naming the file', async () => {
    const dir = await tempDir();
    const notes = path.join(dir, 'notes.md');
    await writeFile(notes, '# notes');
    await expect(ingestPaths([notes])).rejects.toThrow(IngestError);
    await expect(ingestPaths([notes])).rejects.toThrow(/notes\.md: unsupported file type "\.md"/);
    await expect(listInputFiles([path.join(dir, 'missing')])).rejects.toThrow(
      /missing: no such file or folder/,
    );
  });

  it('gives byte-identical output for the same input', async () => {
    const first = serializeDataset(await ingestPaths(['data/raw']));
    const second = serializeDataset(await ingestPaths(['data/raw']));
    expect(second).toBe(first);
  });

  it('gives identical documents distinct ids in input order', async () => {
    const dir = await tempDir();
    const line = '{"date":"2017-01-01","text":"Same."}\n';
    await writeFile(path.join(dir, 'x.jsonl'), line + line);
    const dataset = await ingestPaths([dir]);
    const [first, second] = dataset.events.map((event) => event.id);
    expect(second).toBe(`${first ?? ''}-2`);
  });
});

describe('writeDatasetAtomically', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'events.json');
    await writeFile(out, 'old');
    const dataset = await ingestPaths(['data/raw']);
    await writeDatasetAtomically(out, dataset);
    expect(await readFile(out, 'utf8')).toBe(serializeDataset(dataset));
    expect(await readdir(dir)).toEqual(['events.json']);
  });

  it('keeps the old file and leaves nothing behind when writing fails', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'events.json');
    await mkdir(out); // a folder where the file should go makes the rename fail
    await expect(writeDatasetAtomically(out, await ingestPaths(['data/raw']))).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['events.json']);
  });

  it('refuses an invalid dataset before touching the disk', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'events.json');
    const dataset = await ingestPaths(['data/raw']);
    const broken = {
      ...dataset,
      events: dataset.events.map((event) => ({ ...event, date: '2017-13-45' })),
    };
    await expect(writeDatasetAtomically(out, broken)).rejects.toThrow(/invalid/);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('citations', () => {
  it('warns once per JSON Lines file whose rows lack "source" and "url"', async () => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'a.jsonl'),
      '{"date":"2017-01-01","text":"One."}\n{"date":"2017-01-02","text":"Two.","source":"AP"}\n{"date":"2017-01-03","text":"Three."}\n',
    );
    const warnings: string[] = [];
    await ingestPaths([dir], { onWarning: (message) => warnings.push(message) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/a\.jsonl: 2 of 3 rows have no "source" or "url"/);
  });

  it('keeps the attribution given next to the inputs and does not read it as input', async () => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'a.jsonl'),
      '{"date":"2017-01-01","text":"One.","url":"https://example.com"}\n',
    );
    await writeFile(path.join(dir, 'ATTRIBUTION.md'), 'Timeline text: Wikipedia, CC BY-SA 4.0.\n');
    await writeFile(path.join(dir, 'README.md'), '# About these files\n');
    const dataset = await ingestPaths([dir]);
    expect(dataset.events).toHaveLength(1);
    expect(dataset.attributions.map((attribution) => attribution.text)).toEqual([
      'Timeline text: Wikipedia, CC BY-SA 4.0.',
    ]);
  });

  it('never writes an absolute path into the dataset, so its bytes match across machines', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.jsonl'), '{"date":"2017-01-01","text":"One."}\n');
    const dataset = await ingestPaths([path.join(dir, 'a.jsonl')]);
    expect(dataset.inputs).toEqual([`${path.basename(dir)}/a.jsonl`]);
    expect(dataset.events[0]?.origin.file).toBe(`${path.basename(dir)}/a.jsonl`);
  });
});
