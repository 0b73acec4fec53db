import { readdir, readFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answererFromIndex, createAnswerer } from '../../src/answer/answerer.js';
import type { Answerer } from '../../src/answer/types.js';
import type { Dataset } from '../../src/dataset/schema.js';
import { DatasetIndex } from '../../src/search/dataset-index.js';
import { runToEnd } from '../../src/search/slices.js';
import {
  checkSnapshot,
  encodeSnapshot,
  INDEX_CLASSES,
  loadSnapshot,
  SnapshotRefused,
  writeSnapshot,
  type DatasetSource,
} from '../../src/search/snapshot.js';
import {
  decodeGraph,
  encodeGraph,
  packArrays,
  SnapshotCodecError,
  unpackArrays,
} from '../../src/search/snapshot-codec.js';
import { corpusAvailable, loadCorpus, loadSeed, REFERENCE } from '../answer/datasets.js';
import { rewriteHeader } from './snapshot-header.js';

interface Question {
  question: string;
}

const SOURCE: DatasetSource = { sha256: 'a'.repeat(64), bytes: 1234 };

function snapshotOf(dataset: Dataset, source = SOURCE): Buffer {
  return Buffer.concat(encodeSnapshot(dataset, new DatasetIndex(dataset), source));
}

function restored(bytes: Buffer, source = SOURCE): { dataset: Dataset; index: DatasetIndex } {
  return runToEnd(loadSnapshot(bytes, source));
}

/** Everything an answerer says about a set of inputs, for comparing two answerers. */
function everything(answerer: Answerer, questions: readonly string[]): unknown {
  const people = answerer.dataset.people.slice(0, 40);
  return {
    asked: questions.map((question) => answerer.ask(question, { limit: 10 })),
    quotes: ['russians', 'honest and correct', 'fake news'].map((q) => answerer.searchQuotes(q)),
    suggested: ['sess', 'jef sesions', 'the attorney general', 'trmp', ''].map((typed) => [
      answerer.suggestPeople(typed),
      answerer.suggestEvents(typed),
    ]),
    people: people.map((person) => answerer.person(person.id)),
    named: people.map((person) => answerer.person(person.name.slice(0, -1))),
    days: ['March 2 2017', '2018-06', 'spring 2019'].map((when) => answerer.eventsOn(when)),
    onThisDay: answerer.onThisDay({ month: 3, day: 2 }),
    timeline: answerer.timeline({}),
    verified: ['I have not met with any Russians', 'we will build a wall'].map((claim) =>
      answerer.verify(claim),
    ),
    stats: answerer.stats(),
  };
}

describe('index snapshot round trip', () => {
  it('gives the seed dataset and an index equal to a fresh build', async () => {
    const dataset = await loadSeed();
    const loaded = restored(snapshotOf(dataset));
    expect(loaded.dataset).toEqual(dataset);
    expect(saved(loaded.index, loaded.dataset)).toEqual(saved(new DatasetIndex(dataset), dataset));
  });

  it.skipIf(!corpusAvailable)(
    'answers benchmark questions on the corpus as a freshly built index does',
    async () => {
      const dataset = await loadCorpus();
      const questions = (
        JSON.parse(
          await readFile(
            path.join(import.meta.dirname, '../../bench/questions/questions.json'),
            'utf8',
          ),
        ) as Question[]
      )
        // Every third question: all eight categories, a third of CI's time for this test.
        .filter((_, index) => index % 3 === 0)
        .map(({ question }) => question);
      const loaded = restored(snapshotOf(dataset));
      expect(loaded.dataset).toEqual(dataset);
      const options = { referenceDate: REFERENCE };
      const fresh = everything(createAnswerer(dataset, options), questions);
      const fromSnapshot = everything(answererFromIndex(loaded.index, options), questions);
      expect(fromSnapshot).toEqual(fresh);
    },
    120_000,
  );

  it('keeps objects the index shares shared (the people index compares entries by identity)', async () => {
    const dataset = await loadSeed();
    const { index } = restored(snapshotOf(dataset));
    const people = index.people as unknown as {
      entries: object[];
      ranked: object[];
      people: unknown;
    };
    expect(people.ranked.every((entry) => people.entries.includes(entry))).toBe(true);
    // The index's references to records point into the loaded dataset, not at copies.
    expect(people.people).toBe(index.dataset.people);
  });
});

describe('refusing a snapshot', () => {
  let dataset: Dataset;
  let bytes: Buffer;
  beforeAll(async () => {
    dataset = await loadSeed();
    bytes = snapshotOf(dataset);
  });

  const refusal = (snapshot: Buffer, source = SOURCE): SnapshotRefused => {
    try {
      restored(snapshot, source);
    } catch (error) {
      if (error instanceof SnapshotRefused) return error;
      throw error;
    }
    throw new Error('the snapshot was loaded');
  };

  it('refuses one made from another dataset file (another hash or size)', () => {
    expect(refusal(bytes, { ...SOURCE, sha256: 'b'.repeat(64) }).reason).toBe('foreign');
    expect(refusal(bytes, { ...SOURCE, bytes: SOURCE.bytes + 1 }).reason).toBe('foreign');
    expect(() => {
      checkSnapshot(bytes, { ...SOURCE, sha256: 'b'.repeat(64) });
    }).toThrow(/made from another dataset file/);
  });

  it('refuses one made by other index code, or by code whose index has other fields', () => {
    const otherCode = rewriteHeader(bytes, (header) => {
      header.code = 'another version';
    });
    expect(refusal(otherCode)).toMatchObject({
      reason: 'stale',
      message: expect.stringMatching(/another version of the index code/) as unknown,
    });
    const otherFields = rewriteHeader(bytes, (header) => {
      header.shape = String(header.shape).replace('DatasetIndex(', 'DatasetIndex(removed,');
    });
    expect(refusal(otherFields).reason).toBe('stale');
    // The rewriting itself keeps a snapshot loadable.
    expect(restored(rewriteHeader(bytes, () => undefined)).dataset).toEqual(dataset);
  });

  it('refuses a damaged one: cut short, a flipped byte, or not a snapshot at all', () => {
    expect(refusal(bytes.subarray(0, bytes.length - 100)).reason).toBe('corrupt');
    const flipped = Buffer.from(bytes);
    const at = flipped.length - 200;
    flipped[at] = (flipped[at] ?? 0) ^ 0xff;
    expect(refusal(flipped)).toMatchObject({
      reason: 'corrupt',
      message: expect.stringMatching(/checksum/) as unknown,
    });
    const header = Buffer.from(bytes);
    header[40] = (header[40] ?? 0) ^ 0x01;
    expect(refusal(header)).toMatchObject({
      reason: 'corrupt',
      message: expect.stringMatching(/header fails its checksum/) as unknown,
    });
    expect(refusal(Buffer.from('{"version":2}')).reason).toBe('corrupt');
    expect(refusal(Buffer.alloc(0)).reason).toBe('corrupt');
  });
});

describe('saving an index', () => {
  class Unknown {
    readonly value = 1;
  }

  it('stops, naming the path, at anything it cannot save as data', () => {
    expect(() => encodeGraph({ nested: { fn: () => 1 } }, {}, new Map())).toThrow(
      /at nested\.fn: a function is not data/,
    );
    expect(() => encodeGraph({ list: [new Unknown()] }, {}, new Map())).toThrow(
      /at list\.0: an instance of Unknown, which is not a class the snapshot knows/,
    );
    expect(() => encodeGraph({ date: new Date() }, {}, new Map())).toThrow(SnapshotCodecError);
  });

  it('packs a long list of lists of whole numbers and gives equal lists back', () => {
    const links = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? [] : [i, i + 1, -i]));
    const mixed = Array.from({ length: 3000 }, (_, i) => (i === 7 ? [0.5] : [i]));
    const graph = encodeGraph({ links, mixed }, {}, new Map());
    expect(graph.arrays).toHaveLength(2);
    const { bytes, layout } = packArrays(graph.arrays);
    const buffer = new ArrayBuffer(bytes.length);
    new Uint8Array(buffer).set(bytes);
    const tree: unknown = deserialize(serialize(graph.tree));
    expect(decodeGraph(tree, unpackArrays(buffer, layout), {}, () => null)).toEqual({
      links,
      mixed,
    });
  });

  it('saves a field added to an index class without being told about it', async () => {
    const dataset = await loadSeed();
    const index = new DatasetIndex(dataset);
    Object.assign(index.text, { addedLater: new Map([['word', Int32Array.of(1, 2, 3)]]) });
    const graph = encodeGraph(index, { DatasetIndex, ...classesOf(index) }, new Map());
    expect(graph.shape).toContain('addedLater');
  });
});

/**
 * An index as data, for comparing two: fuse.js searchers hold closures made per instance, so two
 * equal indexes are compared through the codec (a searcher is its documents and options there).
 */
function saved(index: DatasetIndex, dataset: Dataset): unknown {
  const records = new Map<object, readonly (string | number)[]>([
    [dataset, []],
    ...Object.entries(dataset).map(([key, value]) => [value as object, [key]] as const),
  ]);
  return encodeGraph(index, INDEX_CLASSES, records);
}

/** The classes of the index's parts, by name (what INDEX_CLASSES lists). */
function classesOf(index: DatasetIndex): Record<string, abstract new (...args: never[]) => object> {
  const parts = [index.text, index.text.vocabulary, index.text.acronyms, index.people];
  const suggestions = (index.people as unknown as { suggestions: object }).suggestions;
  return Object.fromEntries(
    [...parts, suggestions].map((part) => [
      part.constructor.name,
      part.constructor as abstract new () => object,
    ]),
  );
}

describe('writeSnapshot', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'snapshot-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('leaves the whole file under its name and no temporary file', async () => {
    const dataset = await loadSeed();
    const file = path.join(dir, 'seed.snapshot');
    await writeSnapshot(file, encodeSnapshot(dataset, new DatasetIndex(dataset), SOURCE));
    expect(await readdir(dir)).toEqual(['seed.snapshot']);
    expect(restored(await readFile(file)).dataset).toEqual(dataset);
  });

  it('leaves no half-written file and no temporary file when the write fails', async () => {
    const dataset = await loadSeed();
    // A folder in the way: the rename over it fails after the data was written.
    const file = path.join(dir, 'seed.snapshot');
    await mkdir(file);
    await expect(
      writeSnapshot(file, encodeSnapshot(dataset, new DatasetIndex(dataset), SOURCE)),
    ).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['seed.snapshot']);
    expect(await readdir(file)).toEqual([]);
  });
});
