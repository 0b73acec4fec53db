/**
 * An index saved as plain data and loaded back without rebuilding it. The codec walks the index as
 * it is: every own field of every object is saved, so a field added to an index class is saved
 * with no change here, and anything that cannot be saved as data (a function, an instance of a
 * class the codec was not given) stops the save with the path to it. A snapshot is complete or
 * not made; it is never silently missing a part.
 *
 * - Shared objects stay shared (PeopleIndex keeps one entry object in several lists and compares
 *   them by identity): v8.serialize keeps the identity of what it is given, and the codec makes
 *   one node per object.
 * - Typed arrays (the postings) are packed into one aligned buffer and come back as views of it:
 *   restoring tens of thousands of small arrays one at a time is what makes v8's own handling slow.
 *   For the same reason a long list of lists of whole numbers is packed into two typed arrays.
 * - fuse.js searchers hold functions: they are saved as their documents and options, and rebuilt.
 * - The dataset is saved apart (see snapshot.ts); an index's references to its records are saved
 *   as paths into it and point at the loaded dataset's records again.
 */
import Fuse from 'fuse.js';

/** A class whose instances the codec may save: restored with its prototype, not its constructor. */
export type SnapshotClass = abstract new (...args: never[]) => object;

/** A path into the dataset: list name, position, field… */
export type RecordPath = readonly (string | number)[];

/** The paths of the dataset's objects, for the index's references to them. */
export interface RecordPaths {
  get: (value: object) => RecordPath | undefined;
}

export type TypedArray =
  | Int8Array
  | Uint8Array
  | Uint8ClampedArray
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array
  | BigInt64Array
  | BigUint64Array;

const TYPED_ARRAYS = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
} as const;
type TypedArrayName = keyof typeof TYPED_ARRAYS;

/** Where each packed typed array lies in the packed buffer. */
export interface PackedArray {
  type: TypedArrayName;
  /** Byte offset, a multiple of 8. */
  offset: number;
  length: number;
}

export interface EncodedGraph {
  /** The graph with class instances, typed arrays, searchers and records replaced by nodes. */
  tree: unknown;
  arrays: TypedArray[];
  /**
   * The classes met and their fields, in a stable text: a snapshot of an index whose classes have
   * other fields is one of another index structure.
   */
  shape: string;
}

export class SnapshotCodecError extends Error {
  constructor(at: Path, problem: string) {
    super(`cannot save the index at ${pathText(at)}: ${problem}`);
    this.name = 'SnapshotCodecError';
  }
}

/** Where the walk is, made into text only for an error. */
interface Path {
  parent: Path | null;
  key: string | number;
}

function pathText(at: Path | null): string {
  const keys: (string | number)[] = [];
  for (let step = at; step !== null; step = step.parent) keys.unshift(step.key);
  return keys.slice(1).join('.') || '(root)';
}

const step = (parent: Path, key: string | number): Path => ({ parent, key });

/** The key that marks a node the codec made; no index data uses it. */
const TAG = '\u0000';
interface ClassNode {
  [TAG]: 'class';
  name: string;
  fields: Record<string, unknown>;
}
interface FuseNode {
  [TAG]: 'fuse';
  docs: unknown;
  options: Record<string, unknown>;
}
/** A long list of short lists of whole numbers, as two typed arrays (see encodeGraph). */
interface JaggedNode {
  [TAG]: 'jagged';
  /** Where each list starts in `values`, and where the last ends. */
  starts: number;
  values: number;
}
type Node =
  | ClassNode
  | FuseNode
  | JaggedNode
  | { [TAG]: 'typed'; index: number }
  | { [TAG]: 'record'; path: RecordPath };

function isNode(value: object): value is Node {
  return Object.hasOwn(value, TAG);
}

function typedArrayName(value: ArrayBufferView): TypedArrayName | undefined {
  const name = value.constructor.name;
  return Object.hasOwn(TYPED_ARRAYS, name) &&
    TYPED_ARRAYS[name as TypedArrayName] === value.constructor
    ? (name as TypedArrayName)
    : undefined;
}

const isPlainObject = (value: object): boolean => {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};

/** fuse.js's defaults: options equal to them are not saved (they include its functions). */
const FUSE_DEFAULTS = (Fuse as unknown as { config: Record<string, unknown> }).config;

interface FuseInternals {
  options: Record<string, unknown>;
  _docs: unknown;
}

/**
 * The graph under `root` as data v8.serialize can write. `records` maps the dataset's objects to
 * their paths; `classes` names the classes whose instances may be saved.
 */
export function encodeGraph(
  root: unknown,
  classes: Readonly<Record<string, SnapshotClass>>,
  records: RecordPaths,
): EncodedGraph {
  const classNames = new Map<unknown, string>(
    Object.entries(classes).map(([name, constructor]) => [constructor, name]),
  );
  const seen = new Map<object, unknown>();
  const arrays: TypedArray[] = [];
  const shapes = new Set<string>();

  const encode = (value: unknown, path: Path): unknown => {
    if (typeof value === 'function' || typeof value === 'symbol') {
      throw new SnapshotCodecError(path, `a ${typeof value} is not data`);
    }
    if (value === null || typeof value !== 'object') return value;
    const known = seen.get(value);
    if (known !== undefined) return known;
    const record = records.get(value);
    if (record !== undefined) return remember(value, { [TAG]: 'record', path: record });
    if (ArrayBuffer.isView(value)) {
      const type = typedArrayName(value);
      if (type === undefined) {
        throw new SnapshotCodecError(path, `a ${value.constructor.name} is not a typed array`);
      }
      arrays.push(value as TypedArray);
      return remember(value, { [TAG]: 'typed', index: arrays.length - 1 });
    }
    if (Array.isArray(value)) {
      const jagged = value.length >= MIN_JAGGED ? packJagged(value) : null;
      if (jagged !== null) {
        arrays.push(jagged.starts, jagged.values);
        return remember(value, {
          [TAG]: 'jagged',
          starts: arrays.length - 2,
          values: arrays.length - 1,
        } satisfies JaggedNode);
      }
      const copy: unknown[] = remember(value, []);
      for (let i = 0; i < value.length; i++) copy.push(encode(value[i], step(path, i)));
      return copy;
    }
    if (value instanceof Map) {
      const copy = remember(value, new Map<unknown, unknown>());
      for (const [key, item] of value as Map<unknown, unknown>) {
        copy.set(encode(key, step(path, '(key)')), encode(item, step(path, String(key))));
      }
      return copy;
    }
    if (value instanceof Set) {
      const copy = remember(value, new Set<unknown>());
      for (const item of value as Set<unknown>) copy.add(encode(item, step(path, '(item)')));
      return copy;
    }
    if (value instanceof Fuse) {
      const { options, _docs: docs } = value as unknown as FuseInternals;
      const own: Record<string, unknown> = {};
      for (const [key, option] of Object.entries(options)) {
        if (option === FUSE_DEFAULTS[key]) continue;
        if (typeof option === 'function') {
          throw new SnapshotCodecError(step(path, key), 'a fuse.js option that is a function');
        }
        own[key] = option;
      }
      const node: FuseNode = remember(value, { [TAG]: 'fuse', docs: null, options: own });
      node.docs = encode(docs, step(path, 'docs'));
      return node;
    }
    const fields = ownFields(value, path);
    if (isPlainObject(value)) {
      const copy: Record<string, unknown> = remember(value, {});
      for (const [key, item] of fields) copy[key] = encode(item, step(path, key));
      return copy;
    }
    const name = classNames.get(value.constructor);
    if (name === undefined) {
      throw new SnapshotCodecError(
        path,
        `an instance of ${value.constructor.name}, which is not a class the snapshot knows (add it to INDEX_CLASSES in src/search/snapshot.ts if its fields are all data)`,
      );
    }
    shapes.add(`${name}(${fields.map(([key]) => key).join(',')})`);
    const node: ClassNode = remember(value, { [TAG]: 'class', name, fields: {} });
    for (const [key, item] of fields) node.fields[key] = encode(item, step(path, key));
    return node;
  };
  const remember = <T>(value: object, node: T): T => {
    seen.set(value, node);
    return node;
  };

  const tree = encode(root, { parent: null, key: '' });
  return { tree, arrays, shape: [...shapes].sort().join(';') };
}

/**
 * Lists this long whose items are all lists of int32 numbers (DatasetIndex.personLinks: the people
 * of each of 100,000 documents) are saved as two typed arrays: restoring 100,000 small arrays one
 * by one through v8.deserialize and the walk costs more than the rest of the index. Their items
 * come back as equal new arrays: lists of numbers are values, never compared by identity.
 */
const MIN_JAGGED = 1024;

function packJagged(lists: readonly unknown[]): { starts: Int32Array; values: Int32Array } | null {
  let total = 0;
  for (const list of lists) {
    if (!Array.isArray(list)) return null;
    for (const item of list) if (typeof item !== 'number' || (item | 0) !== item) return null;
    total += list.length;
  }
  const starts = new Int32Array(lists.length + 1);
  const values = new Int32Array(total);
  let at = 0;
  lists.forEach((list, i) => {
    starts[i] = at;
    for (const item of list as number[]) values[at++] = item;
  });
  starts[lists.length] = at;
  return { starts, values };
}

function unpackJagged(starts: Int32Array, values: Int32Array): number[][] {
  const lists: number[][] = new Array<number[]>(Math.max(0, starts.length - 1));
  for (let i = 0; i < lists.length; i++) {
    const end = starts[i + 1] ?? 0;
    const list: number[] = [];
    for (let at = starts[i] ?? 0; at < end; at++) list.push(values[at] ?? 0);
    lists[i] = list;
  }
  return lists;
}

/** Own fields, sorted by name; symbol keys and accessors are not data the codec can restore. */
function ownFields(value: object, path: Path): [string, unknown][] {
  if (Object.getOwnPropertySymbols(value).length > 0) {
    throw new SnapshotCodecError(path, 'an object with symbol keys');
  }
  const fields: [string, unknown][] = [];
  for (const key of Object.getOwnPropertyNames(value).sort()) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !('value' in descriptor)) {
      throw new SnapshotCodecError(step(path, key), 'an accessor property');
    }
    fields.push([key, descriptor.value]);
  }
  return fields;
}

/** The typed arrays in one buffer, each at an offset that is a multiple of 8. */
export function packArrays(arrays: readonly TypedArray[]): {
  bytes: Buffer;
  layout: PackedArray[];
} {
  const layout: PackedArray[] = [];
  let size = 0;
  for (const array of arrays) {
    const type = typedArrayName(array);
    if (type === undefined) throw new Error('packArrays: not a typed array');
    layout.push({ type, offset: size, length: array.length });
    size += Math.ceil(array.byteLength / 8) * 8;
  }
  const bytes = Buffer.alloc(size);
  arrays.forEach((array, i) => {
    const view = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    bytes.set(view, layout[i]?.offset ?? 0);
  });
  return { bytes, layout };
}

/**
 * Views of the packed arrays. `buffer` must start at an address aligned for Float64Array (a fresh
 * ArrayBuffer is); the views share it, each over its own bytes.
 */
export function unpackArrays(buffer: ArrayBuffer, layout: readonly PackedArray[]): TypedArray[] {
  return layout.map(({ type, offset, length }) => {
    const view = new TYPED_ARRAYS[type](buffer, offset, length);
    return view;
  });
}

/**
 * The graph back from a tree that v8.deserialize gave (the tree's containers are reused): class
 * instances get their prototypes (constructors are not run), typed arrays and searchers come back,
 * and record paths point into the dataset through `record`.
 */
export function decodeGraph(
  tree: unknown,
  arrays: readonly TypedArray[],
  classes: Readonly<Record<string, SnapshotClass>>,
  record: (path: RecordPath) => unknown,
): unknown {
  const done = new Map<object, unknown>();

  /** Each result is its own result, so nothing is decoded twice. */
  const finish = (node: object, result: unknown): unknown => {
    done.set(node, result);
    if (result !== null && typeof result === 'object') done.set(result, result);
    return result;
  };
  const decode = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const known = done.get(value);
    if (known !== undefined) return known;
    if (Array.isArray(value)) {
      done.set(value, value);
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') value[i] = decode(item);
      }
      return value;
    }
    if (value instanceof Map) {
      done.set(value, value);
      const map = value as Map<unknown, unknown>;
      const objectKeys = [...map.keys()].some((key) => key !== null && typeof key === 'object');
      if (objectKeys) {
        const entries = [...map].map(([key, item]) => [decode(key), decode(item)] as const);
        map.clear();
        for (const [key, item] of entries) map.set(key, item);
      } else {
        for (const [key, item] of map) {
          if (item !== null && typeof item === 'object') map.set(key, decode(item));
        }
      }
      return map;
    }
    if (value instanceof Set) {
      done.set(value, value);
      const items = [...(value as Set<unknown>)].map(decode);
      value.clear();
      for (const item of items) value.add(item);
      return value;
    }
    if (!isNode(value)) {
      done.set(value, value);
      const object = value as Record<string, unknown>;
      for (const key of Object.keys(object)) {
        const item = object[key];
        if (item !== null && typeof item === 'object') object[key] = decode(item);
      }
      return object;
    }
    switch (value[TAG]) {
      case 'record': {
        return finish(value, record(value.path));
      }
      case 'typed': {
        const array = arrays[value.index];
        if (array === undefined) throw new Error(`snapshot: typed array ${value.index} missing`);
        return finish(value, array);
      }
      case 'jagged': {
        const starts = arrays[value.starts];
        const values = arrays[value.values];
        if (!(starts instanceof Int32Array) || !(values instanceof Int32Array)) {
          throw new Error('snapshot: a list of lists lacks its arrays');
        }
        return finish(value, unpackJagged(starts, values));
      }
      case 'fuse': {
        const docs = decode(value.docs) as readonly unknown[];
        return finish(value, new Fuse(docs, value.options));
      }
      case 'class': {
        const constructor = classes[value.name];
        if (constructor === undefined) throw new Error(`snapshot: unknown class ${value.name}`);
        const instance = Object.create(constructor.prototype as object) as Record<string, unknown>;
        finish(value, instance);
        for (const [key, item] of Object.entries(value.fields)) instance[key] = decode(item);
        return instance;
      }
    }
  };
  return decode(tree);
}
