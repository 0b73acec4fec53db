import { describe, expect, it } from 'vitest';
import {
  encodeRecords,
  FIXUP_SIZE,
  restoreStrings,
  type Step,
} from '../../src/search/snapshot-records.js';

const SUMMARY = 'Attorney General Jeff Sessions recuses himself';

/** Encodes the lists and loads them back, chunk by chunk, as the snapshot does. */
function roundTrip(lists: unknown[][], perChunk: number): { lists: unknown[][]; json: string } {
  const encoded = encodeRecords(lists, perChunk);
  const table = JSON.parse(encoded.strings.toString('latin1')) as string[];
  const loaded: unknown[][] = lists.map(() => []);
  encoded.chunks.forEach(({ json, fixups }, i) => {
    const records = JSON.parse(json.toString('latin1')) as unknown[];
    restoreStrings(records, fixups, encoded.paths, table);
    loaded[encoded.chunkLists[i] ?? -1]?.push(...records);
  });
  const json = encoded.chunks.map((chunk) => chunk.json.toString('latin1')).join('');
  return { lists: loaded, json: json + encoded.strings.toString('latin1') };
}

describe('snapshot records', () => {
  it('stores a repeated string once and puts it back everywhere it was', () => {
    const events = [
      { id: 'evt-000001', summary: SUMMARY, sourceIds: ['src-000001', 'src-000002'] },
      { id: 'evt-000002', summary: 'Something else entirely', sourceIds: ['src-000002'] },
    ];
    const sources = [
      { id: 'src-000001', eventId: 'evt-000001', text: SUMMARY, roles: [{ title: SUMMARY }] },
      { id: 'src-000002', eventId: 'evt-000001', text: 'short', roles: [] },
    ];
    const inputs = ['data/raw/a.jsonl', 'data/raw/a.jsonl'];
    const { lists, json } = roundTrip([events, sources, inputs], 1);
    expect(lists).toEqual([events, sources, inputs]);
    expect(json.split(SUMMARY)).toHaveLength(2);
    expect(json.split('data/raw/a.jsonl')).toHaveLength(2);
  });

  it('keeps non-ASCII text and numbers as they were', () => {
    const records = [
      { text: '“Fake news,” he said — über café', line: 7, score: -0.5, flag: true, none: null },
      { text: '“Fake news,” he said — über café', line: 8, score: 0, flag: false, none: null },
    ];
    const encoded = encodeRecords([records], 10);
    expect(encoded.chunks[0]?.json.every((byte) => byte < 0x80)).toBe(true);
    expect(roundTrip([records], 10).lists).toEqual([records]);
  });

  it('names one path for all the positions of a long list', () => {
    const person = {
      eventIds: Array.from({ length: 500 }, (_, i) => `evt-${String(i).padStart(6, '0')}`),
    };
    const other = { eventIds: [...person.eventIds] };
    const encoded = encodeRecords([[person, other]], 10);
    expect(encoded.paths).toEqual([['eventIds', null]]);
    expect(encoded.chunks[0]?.fixups.length).toBe(1000 * FIXUP_SIZE);
    expect(roundTrip([[person, other]], 10).lists).toEqual([[person, other]]);
  });

  it('throws on a fixup that leads to no repeated string (a damaged snapshot)', () => {
    const paths: Step[][] = [['text']];
    expect(() => {
      restoreStrings([{ text: 'not a number' }], Int32Array.of(0, 0, -1), paths, ['x']);
    }).toThrow(RangeError);
    expect(() => {
      restoreStrings([{ text: 0 }], Int32Array.of(0, 5, -1), paths, ['x']);
    }).toThrow(RangeError);
  });
});
