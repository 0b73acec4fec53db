/**
 * The dataset's records as a snapshot keeps them: JSON, with every string that occurs more than
 * once stored once. Half the characters of a real dataset are repeats (an event's summary is its
 * only source's text, every id is referred to from other lists, every event names its input
 * file), and each repeat would cost JSON.parse a new string to read, allocate and collect.
 *
 * A repeated string is written as its number in the string table; a fixup says where (the record,
 * a path inside it, and the position in the list the path ends in, so that the 50,000 positions
 * in one person's list of events are one path), and loading puts the table's string back there.
 * The records come out equal to the ones saved, sharing their repeated strings (which JavaScript
 * cannot tell apart).
 */

/** Shorter strings cost JSON.parse about what a fixup costs: they are written out. */
const MIN_SHARED_LENGTH = 8;

/** A step into a record: a field, a position, or (null) the position the fixup gives. */
export type Step = string | number | null;

/** Numbers per fixup: the record's position in its chunk, the path's number, a position. */
export const FIXUP_SIZE = 3;

export interface EncodedRecords {
  /** The repeated strings, as JSON. */
  strings: Buffer;
  /** Paths inside a record that fixups name; the last position in each is left to the fixup. */
  paths: Step[][];
  chunks: {
    /** The records, as JSON. */
    json: Buffer;
    fixups: Int32Array;
  }[];
}

/**
 * `lists` cut into chunks of at most `perChunk` records each (every list in its own chunks, in
 * order). JSON is written with every character above U+007F escaped: pure ASCII, read back as a
 * one-byte string, which is both faster to parse and half the memory of a two-byte one.
 */
export function encodeRecords(
  lists: readonly (readonly unknown[])[],
  perChunk: number,
): EncodedRecords & { chunkLists: number[] } {
  const counts = new Map<string, number>();
  const count = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.length >= MIN_SHARED_LENGTH) counts.set(value, (counts.get(value) ?? 0) + 1);
    } else if (Array.isArray(value)) {
      for (const item of value) count(item);
    } else if (value !== null && typeof value === 'object') {
      for (const item of Object.values(value)) count(item);
    }
  };
  for (const list of lists) count(list);
  const shared = new Map<string, number>();
  const table: string[] = [];
  for (const [text, times] of counts) {
    if (times < 2) continue;
    shared.set(text, table.length);
    table.push(text);
  }

  const pathIds = new Map<string, number>();
  const paths: Step[][] = [];
  /** The path's number and its last position, which the path leaves open (-1: none). */
  const fixupOf = (path: readonly Step[]): [number, number] => {
    let last = -1;
    for (let i = path.length - 1; i >= 0; i--) {
      if (typeof path[i] === 'number') {
        last = i;
        break;
      }
    }
    const template = last < 0 ? [...path] : path.map((step, i) => (i === last ? null : step));
    const key = JSON.stringify(template);
    let id = pathIds.get(key);
    if (id === undefined) {
      id = paths.length;
      pathIds.set(key, id);
      paths.push(template);
    }
    return [id, last < 0 ? -1 : (path[last] as number)];
  };
  const chunks: EncodedRecords['chunks'] = [];
  const chunkLists: number[] = [];
  lists.forEach((list, listNumber) => {
    for (let start = 0; start < list.length; start += perChunk) {
      const fixups: number[] = [];
      const records = list.slice(start, start + perChunk).map((record, position) => {
        const path: Step[] = [];
        const replace = (value: unknown): unknown => {
          if (typeof value === 'string') {
            const id = shared.get(value);
            if (id === undefined) return value;
            fixups.push(position, ...fixupOf(path));
            return id;
          }
          if (Array.isArray(value)) {
            return value.map((item: unknown, i) => {
              path.push(i);
              const replaced = replace(item);
              path.pop();
              return replaced;
            });
          }
          if (value !== null && typeof value === 'object') {
            const copy: Record<string, unknown> = {};
            for (const [key, item] of Object.entries(value)) {
              path.push(key);
              copy[key] = replace(item);
              path.pop();
            }
            return copy;
          }
          return value;
        };
        return replace(record);
      });
      chunks.push({ json: asciiJson(records), fixups: Int32Array.from(fixups) });
      chunkLists.push(listNumber);
    }
  });
  return { strings: asciiJson(table), paths, chunks, chunkLists };
}

/**
 * Puts the repeated strings back into the records of one chunk. Throws a RangeError when a fixup
 * leads nowhere or to something that is not a string's number (a damaged snapshot).
 */
export function restoreStrings(
  records: unknown[],
  fixups: Int32Array,
  paths: readonly (readonly Step[])[],
  table: readonly string[],
): void {
  for (let i = 0; i + FIXUP_SIZE <= fixups.length; i += FIXUP_SIZE) {
    const path = paths[fixups[i + 1] ?? -1];
    if (path === undefined) throw new RangeError('a fixup names no path');
    const open = fixups[i + 2] ?? -1;
    let holder = records as unknown as Record<string | number, unknown>;
    let key: string | number = fixups[i] ?? -1;
    for (const step of path) {
      holder = holder[key] as Record<string | number, unknown>;
      key = step ?? open;
    }
    const text = typeof holder[key] === 'number' ? table[holder[key] as number] : undefined;
    if (text === undefined) throw new RangeError('a fixup leads to no repeated string');
    holder[key] = text;
  }
}

/** JSON with every character above U+007F escaped: pure ASCII, read back as a one-byte string. */
export function asciiJson(value: unknown): Buffer {
  const text = JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return Buffer.from(text, 'latin1');
}
