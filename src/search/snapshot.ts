/**
 * The index snapshot: a validated dataset and its DatasetIndex in one file, so that a process
 * starts by loading them rather than validating the dataset and rebuilding the index (seconds at
 * scale). A snapshot is tied to the SHA-256 of the dataset file it was made from and to the code
 * that made it (INDEX_CODE_VERSION, and the index's classes and fields); any other snapshot is
 * refused with the reason, and the caller builds from the dataset file instead.
 *
 * Layout: MAGIC, the header's length and CRC-32 (u32s, little-endian), the header (JSON), then
 * sections, each starting at a multiple of 8 bytes and checked by its CRC-32 as it is read:
 * - `value`: a dataset field that is not a list, as JSON;
 * - `strings` and `records`: the dataset's lists, a chunk of at most RECORDS_PER_CHUNK records per
 *   section, as JSON (which JSON.parse turns into records faster than anything else V8 has) with
 *   repeated strings stored once (snapshot-records.ts);
 * - `tree`: the index graph (snapshot-codec.ts) by v8.serialize, with the packed arrays' layout;
 * - `arrays`: the index's typed arrays, packed.
 * Loading runs in slices (see Slices): a server keeps answering while it loads a snapshot.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import { DATASET_VERSION, type Dataset } from '../dataset/schema.js';
import { Acronyms } from './acronyms.js';
import { DatasetIndex } from './dataset-index.js';
import { InvertedIndex } from './inverted-index.js';
import { PeopleIndex } from './people.js';
import type { Slices } from './slices.js';
import {
  decodeGraph,
  encodeGraph,
  packArrays,
  unpackArrays,
  type PackedArray,
  type RecordPath,
  type RecordPaths,
  type SnapshotClass,
} from './snapshot-codec.js';
import {
  asciiJson,
  encodeRecords,
  FIXUP_SIZE,
  restoreStrings,
  type Step,
} from './snapshot-records.js';
import { INDEX_CODE_VERSION } from './snapshot-version.js';
import { SuggestionIndex } from './suggest.js';
import { Vocabulary } from './vocabulary.js';

/** The classes an index is made of. An instance of any other class stops a save, naming it. */
export const INDEX_CLASSES: Readonly<Record<string, SnapshotClass>> = {
  DatasetIndex,
  InvertedIndex,
  Vocabulary,
  Acronyms,
  PeopleIndex,
  SuggestionIndex,
};

/** Names the layout below: a file of another layout is refused as corrupt, never misread. */
const MAGIC = Buffer.from('event-qa index snapshot 2\n', 'latin1');
const RECORDS_PER_CHUNK = 2_000;
const ALIGN = 8;

/** The dataset file a snapshot stands for. */
export interface DatasetSource {
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  bytes: number;
}

interface Section {
  kind: 'value' | 'strings' | 'records' | 'tree' | 'arrays';
  /** value, records: the dataset field it holds (a chunk of the list, or the whole value). */
  field?: string;
  /** records: the length of the JSON; the fixups follow it, at the next multiple of 8. */
  jsonLength?: number;
  /** records: how many fixups. */
  fixups?: number;
  offset: number;
  length: number;
  crc32: number;
}

interface Header {
  code: string;
  shape: string;
  dataset: DatasetSource;
  /** The dataset's fields in their order, and which are lists. */
  fields: { name: string; list: boolean }[];
  /** The paths inside a record that the fixups of `records` sections name. */
  paths: Step[][];
  sections: Section[];
}

/**
 * Why a snapshot was not used. `stale`: made by other index code; `foreign`: made from another
 * dataset file; `corrupt`: not a whole, readable snapshot.
 */
export class SnapshotRefused extends Error {
  constructor(
    readonly reason: 'stale' | 'foreign' | 'corrupt',
    detail: string,
  ) {
    super(detail);
    this.name = 'SnapshotRefused';
  }
}

/** The snapshot of a dataset and its index, as the buffers of one file. */
export function encodeSnapshot(
  dataset: Dataset,
  index: DatasetIndex,
  source: DatasetSource,
): Buffer[] {
  const fields: Header['fields'] = [];
  const bodies: { section: Omit<Section, 'offset'>; bytes: Buffer }[] = [];
  const add = (section: Omit<Section, 'offset' | 'length' | 'crc32'>, bytes: Buffer): void => {
    bodies.push({ section: { ...section, length: bytes.length, crc32: crc32(bytes) }, bytes });
  };
  const listNames: string[] = [];
  const lists: unknown[][] = [];
  for (const [name, value] of Object.entries(dataset)) {
    const list = Array.isArray(value);
    fields.push({ name, list });
    if (list) {
      listNames.push(name);
      lists.push(value);
    } else add({ kind: 'value', field: name }, asciiJson(value));
  }
  const records = encodeRecords(lists, RECORDS_PER_CHUNK);
  add({ kind: 'strings' }, records.strings);
  records.chunks.forEach(({ json, fixups }, i) => {
    const fixupBytes = Buffer.from(fixups.buffer, fixups.byteOffset, fixups.byteLength);
    add(
      {
        kind: 'records',
        field: listNames[records.chunkLists[i] ?? -1],
        jsonLength: json.length,
        fixups: fixups.length / FIXUP_SIZE,
      },
      Buffer.concat([json, padding(json.length), fixupBytes]),
    );
  });
  const graph = encodeGraph(index, INDEX_CLASSES, recordPaths(dataset));
  const packed = packArrays(graph.arrays);
  add({ kind: 'tree' }, serialize({ root: graph.tree, arrays: packed.layout }));
  add({ kind: 'arrays' }, packed.bytes);

  // Offsets are relative to the end of the header (padded), so they do not depend on its length.
  let offset = 0;
  const sections: Section[] = bodies.map(({ section }) => {
    const placed = { ...section, offset };
    offset = aligned(offset + section.length);
    return placed;
  });
  const header: Header = {
    code: INDEX_CODE_VERSION,
    shape: graph.shape,
    dataset: source,
    fields,
    paths: records.paths,
    sections,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const lengthAndCheck = Buffer.alloc(8);
  lengthAndCheck.writeUInt32LE(headerBytes.length, 0);
  lengthAndCheck.writeUInt32LE(crc32(headerBytes), 4);
  const buffers: Buffer[] = [MAGIC, lengthAndCheck, headerBytes];
  buffers.push(padding(MAGIC.length + 8 + headerBytes.length));
  for (const { bytes } of bodies) {
    buffers.push(bytes, padding(bytes.length));
  }
  return buffers;
}

/**
 * Writes the snapshot next to its final name and renames it into place: readers see the old file,
 * the new one or none, never half of one; a failed write leaves no temporary file behind.
 */
export async function writeSnapshot(file: string, buffers: readonly Buffer[]): Promise<void> {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writev(buffers as Buffer[]);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The dataset file the snapshot says it was made from; throws SnapshotRefused when unreadable. */
export function snapshotSource(bytes: Buffer): DatasetSource {
  return readHeader(bytes).header.dataset;
}

/**
 * Throws SnapshotRefused unless the snapshot's header says it was made from the dataset file
 * `expected` by this index code. Its sections are checked as they load.
 */
export function checkSnapshot(bytes: Buffer, expected: DatasetSource): void {
  checkHeader(readHeader(bytes).header, expected);
}

function checkHeader(header: Header, expected: DatasetSource): void {
  if (header.code !== INDEX_CODE_VERSION || header.shape !== currentShape()) {
    throw new SnapshotRefused('stale', 'made by another version of the index code');
  }
  if (header.dataset.sha256 !== expected.sha256 || header.dataset.bytes !== expected.bytes) {
    throw new SnapshotRefused('foreign', 'made from another dataset file');
  }
}

/**
 * The dataset and index a snapshot holds, in slices. Throws SnapshotRefused when the snapshot is
 * of another dataset file than `expected`, was made by other index code, or is damaged.
 */
export function* loadSnapshot(
  bytes: Buffer,
  expected: DatasetSource,
): Slices<{ dataset: Dataset; index: DatasetIndex }> {
  const { header, bodyStart } = readHeader(bytes);
  checkHeader(header, expected);
  const body = (section: Section): Buffer => {
    const start = bodyStart + section.offset;
    const end = start + section.length;
    if (!Number.isSafeInteger(start) || end > bytes.length) {
      throw new SnapshotRefused('corrupt', 'the file is shorter than its header says');
    }
    const slice = bytes.subarray(start, end);
    if (crc32(slice) !== section.crc32) {
      throw new SnapshotRefused('corrupt', `a ${section.kind} section fails its checksum`);
    }
    return slice;
  };

  const values = new Map<string, unknown>();
  let strings: string[] = [];
  let tree: { root: unknown; arrays: PackedArray[] } | undefined;
  let packed: ArrayBuffer | undefined;
  for (const section of header.sections) {
    const slice = body(section);
    switch (section.kind) {
      case 'value':
        values.set(section.field ?? '', parseJson(slice));
        break;
      case 'strings':
        strings = parseJson(slice) as string[];
        break;
      case 'records': {
        const field = section.field ?? '';
        const jsonLength = section.jsonLength ?? 0;
        const records = parseJson(slice.subarray(0, jsonLength)) as unknown[];
        const fixups = int32s(
          slice.subarray(aligned(jsonLength)),
          (section.fixups ?? 0) * FIXUP_SIZE,
        );
        try {
          restoreStrings(records, fixups, header.paths, strings);
        } catch (error) {
          throw new SnapshotRefused('corrupt', `a records section does not load: ${String(error)}`);
        }
        const list = values.get(field);
        if (Array.isArray(list)) list.push(...records);
        else values.set(field, records);
        break;
      }
      case 'tree':
        try {
          tree = deserialize(slice) as { root: unknown; arrays: PackedArray[] };
        } catch {
          throw new SnapshotRefused('corrupt', 'its index section is not readable');
        }
        break;
      case 'arrays':
        // A fresh ArrayBuffer starts aligned for every typed array; a slice of the file may not.
        packed = new ArrayBuffer(slice.length);
        new Uint8Array(packed).set(slice);
        break;
      default:
        throw new SnapshotRefused('corrupt', 'it has a section of an unknown kind');
    }
    yield;
  }
  if (tree === undefined || packed === undefined) {
    throw new SnapshotRefused('corrupt', 'the index sections are missing');
  }
  const dataset = Object.fromEntries(
    header.fields.map(({ name, list }) => [
      name,
      values.has(name) ? values.get(name) : list ? [] : null,
    ]),
  ) as Dataset;
  let index: unknown;
  try {
    const arrays = unpackArrays(packed, tree.arrays);
    index = decodeGraph(tree.root, arrays, INDEX_CLASSES, (at) => resolve(dataset, at));
  } catch (error) {
    if (error instanceof SnapshotRefused) throw error;
    throw new SnapshotRefused('corrupt', `its index does not load: ${String(error)}`);
  }
  if (!(index instanceof DatasetIndex)) {
    throw new SnapshotRefused('corrupt', 'the index section holds no index');
  }
  return { dataset, index };
}

function readHeader(bytes: Buffer): { header: Header; bodyStart: number } {
  if (bytes.length < MAGIC.length + 8 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new SnapshotRefused('corrupt', 'not an index snapshot of this format');
  }
  const length = bytes.readUInt32LE(MAGIC.length);
  const headerStart = MAGIC.length + 8;
  if (headerStart + length > bytes.length) {
    throw new SnapshotRefused('corrupt', 'the file ends inside its header');
  }
  const headerBytes = bytes.subarray(headerStart, headerStart + length);
  if (crc32(headerBytes) !== bytes.readUInt32LE(MAGIC.length + 4)) {
    throw new SnapshotRefused('corrupt', 'its header fails its checksum');
  }
  let header: Header;
  try {
    header = JSON.parse(headerBytes.toString('utf8')) as Header;
  } catch {
    throw new SnapshotRefused('corrupt', 'its header is not readable');
  }
  return { header, bodyStart: aligned(headerStart + length) };
}

/** `count` little-endian int32s from the start of `bytes`, copied only when misaligned. */
function int32s(bytes: Buffer, count: number): Int32Array {
  if (bytes.length < count * 4) throw new SnapshotRefused('corrupt', 'a records section is short');
  if (bytes.byteOffset % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset, count);
  return new Int32Array(Uint8Array.from(bytes.subarray(0, count * 4)).buffer);
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('latin1'));
  } catch {
    throw new SnapshotRefused('corrupt', 'a dataset section is not readable');
  }
}

/**
 * Every object of the dataset, for the index's references to records. Its path is made when asked
 * (the index refers to few of the hundreds of thousands).
 */
function recordPaths(dataset: Dataset): RecordPaths {
  const parents = new Map<object, { parent: object | null; key: string | number }>();
  parents.set(dataset, { parent: null, key: '' });
  const pending: object[] = [dataset];
  for (let value = pending.pop(); value !== undefined; value = pending.pop()) {
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item: unknown, i) => [i, item])
      : Object.entries(value);
    for (const [key, item] of entries) {
      if (item === null || typeof item !== 'object' || parents.has(item)) continue;
      parents.set(item, { parent: value, key });
      pending.push(item);
    }
  }
  return {
    get: (value) => {
      if (!parents.has(value)) return undefined;
      const path: (string | number)[] = [];
      for (let at = parents.get(value); at?.parent != null; at = parents.get(at.parent)) {
        path.unshift(at.key);
      }
      return path;
    },
  };
}

function resolve(dataset: Dataset, at: RecordPath): unknown {
  let value: unknown = dataset;
  for (const key of at) {
    value = (value as Record<string | number, unknown> | undefined)?.[key];
    if (value === undefined)
      throw new SnapshotRefused('corrupt', `no dataset record at ${at.join('.')}`);
  }
  return value;
}

let shape: string | undefined;

/** The classes and fields of an index made by this code (that of an empty dataset's index). */
function currentShape(): string {
  shape ??= encodeGraph(new DatasetIndex(EMPTY), INDEX_CLASSES, recordPaths(EMPTY)).shape;
  return shape;
}

const EMPTY: Dataset = {
  version: DATASET_VERSION,
  inputs: [],
  attributions: [],
  events: [],
  sources: [],
  quotes: [],
  people: [],
  facts: [],
};

function aligned(offset: number): number {
  return Math.ceil(offset / ALIGN) * ALIGN;
}

function padding(length: number): Buffer {
  return Buffer.alloc(aligned(length) - length);
}
