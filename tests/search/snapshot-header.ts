/** Rewrites a snapshot's header as another version of the code would have written it. */
import { crc32 } from 'node:zlib';

const MAGIC_END = '\n';

export function rewriteHeader(
  snapshot: Buffer,
  change: (header: Record<string, unknown>) => void,
): Buffer {
  const magicLength = snapshot.indexOf(MAGIC_END) + 1;
  const length = snapshot.readUInt32LE(magicLength);
  const start = magicLength + 8;
  const header = JSON.parse(snapshot.toString('utf8', start, start + length)) as Record<
    string,
    unknown
  >;
  change(header);
  const bytes = Buffer.from(JSON.stringify(header), 'utf8');
  const lengthAndCheck = Buffer.alloc(8);
  lengthAndCheck.writeUInt32LE(bytes.length, 0);
  lengthAndCheck.writeUInt32LE(crc32(bytes), 4);
  const aligned = (offset: number): number => Math.ceil(offset / 8) * 8;
  const head = Buffer.concat([snapshot.subarray(0, magicLength), lengthAndCheck, bytes]);
  return Buffer.concat([
    head,
    Buffer.alloc(aligned(head.length) - head.length),
    snapshot.subarray(aligned(start + length)),
  ]);
}
