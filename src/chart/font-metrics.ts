/**
 * Text widths from a TrueType font's own metrics, for laying out a chart without a canvas.
 *
 * Vega measures text to place labels, drop overlapping ones and size the picture. Without a
 * canvas it guesses 0.8 em a character, which for DejaVu Sans (about 0.6 em) makes every text
 * look a third wider than it is: pictures get wide empty margins. A caller can give Vega its own
 * measure (`textMetrics.width`, as vl-convert does); this one reads the advance width of each
 * character from the font file the picture is drawn with. Kerning is left out: it moves a line by
 * a pixel or two, not enough to matter for layout.
 *
 * Only the tables needed are read: `head` (units per em), `hhea` and `hmtx` (advance widths) and
 * `cmap` (character to glyph, formats 4 and 12, which every Unicode TrueType font has).
 */
import { readFileSync } from 'node:fs';

export interface FontMetrics {
  /** The width of `text` at `fontSize`, in the same units as the size. */
  width(text: string, fontSize: number): number;
}

export function loadFontMetrics(file: string): FontMetrics {
  return readFontMetrics(readFileSync(file), file);
}

export function readFontMetrics(bytes: Uint8Array, name: string): FontMetrics {
  try {
    return parseFont(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
  } catch (error) {
    // A table that points past the end of the file: not a font, or a damaged one.
    if (error instanceof RangeError) throw new Error(`${name}: not a TrueType font (truncated)`);
    throw error;
  }
}

function parseFont(data: DataView, name: string): FontMetrics {
  const tables = new Map<string, number>();
  const tableCount = data.getUint16(4);
  for (let i = 0; i < tableCount; i += 1) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(
      data.getUint8(record),
      data.getUint8(record + 1),
      data.getUint8(record + 2),
      data.getUint8(record + 3),
    );
    tables.set(tag, data.getUint32(record + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`${name}: not a TrueType font (no ${tag} table)`);
    return offset;
  };
  const unitsPerEm = data.getUint16(table('head') + 18);
  const metricCount = data.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOf = (glyph: number): number =>
    data.getUint16(hmtx + 4 * Math.min(glyph, metricCount - 1));
  const glyphOf = characterMap(data, table('cmap'), name);

  const advances = new Map<number, number>();
  const advance = (codePoint: number): number => {
    let units = advances.get(codePoint);
    if (units === undefined) {
      units = advanceOf(glyphOf(codePoint));
      advances.set(codePoint, units);
    }
    return units;
  };
  return {
    width(text, fontSize) {
      let units = 0;
      for (const character of text) units += advance(character.codePointAt(0) ?? 0);
      return (units / unitsPerEm) * fontSize;
    },
  };
}

/** Character → glyph index from the best Unicode subtable; 0 (the missing glyph) for the rest. */
function characterMap(data: DataView, cmap: number, name: string): (codePoint: number) => number {
  const subtables: { format: number; offset: number }[] = [];
  const count = data.getUint16(cmap + 2);
  for (let i = 0; i < count; i += 1) {
    const record = cmap + 4 + i * 8;
    const platform = data.getUint16(record);
    const encoding = data.getUint16(record + 2);
    const offset = cmap + data.getUint32(record + 4);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode) subtables.push({ format: data.getUint16(offset), offset });
  }
  const full = subtables.find((subtable) => subtable.format === 12);
  if (full !== undefined) return format12(data, full.offset);
  const basic = subtables.find((subtable) => subtable.format === 4);
  if (basic !== undefined) return format4(data, basic.offset);
  throw new Error(`${name}: no Unicode character map (cmap format 4 or 12)`);
}

function format12(data: DataView, offset: number): (codePoint: number) => number {
  const groups = data.getUint32(offset + 12);
  return (codePoint) => {
    let low = 0;
    let high = groups - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const group = offset + 16 + middle * 12;
      if (codePoint < data.getUint32(group)) high = middle - 1;
      else if (codePoint > data.getUint32(group + 4)) low = middle + 1;
      else return data.getUint32(group + 8) + codePoint - data.getUint32(group);
    }
    return 0;
  };
}

function format4(data: DataView, offset: number): (codePoint: number) => number {
  const segments = data.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segments; i += 1) {
      if (codePoint > data.getUint16(ends + i * 2)) continue;
      const start = data.getUint16(starts + i * 2);
      if (codePoint < start) return 0;
      const delta = data.getInt16(deltas + i * 2);
      const rangeOffset = data.getUint16(rangeOffsets + i * 2);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const at = rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2;
      const glyph = data.getUint16(at);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
