/**
 * The characters a font file has glyphs for, read from its `cmap` table: just enough of the
 * WOFF 1.0 and OpenType formats to answer "can this font draw this character?" without a
 * font library. Handles the two subtable formats fonts use for Unicode: 4 (the Basic
 * Multilingual Plane, in segments) and 12 (every plane, in groups).
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/** The bytes of one table, by its four-letter tag, from a WOFF or a bare TrueType/OpenType file. */
function table(font: Buffer, tag: string): Buffer {
  const woff = font.toString('latin1', 0, 4) === 'wOFF';
  const count = font.readUInt16BE(woff ? 12 : 4);
  for (let n = 0; n < count; n++) {
    const at = woff ? 44 + n * 20 : 12 + n * 16;
    if (font.toString('latin1', at, at + 4) !== tag) continue;
    if (!woff) return font.subarray(font.readUInt32BE(at + 8), font.readUInt32BE(at + 8) + font.readUInt32BE(at + 12));
    const [offset, compressed, length] = [
      font.readUInt32BE(at + 4),
      font.readUInt32BE(at + 8),
      font.readUInt32BE(at + 12),
    ];
    const bytes = font.subarray(offset, offset + compressed);
    // WOFF stores a table as it is when zlib would not make it smaller.
    return compressed < length ? inflateSync(bytes) : bytes;
  }
  throw new Error(`no ${tag} table`);
}

/** Every code point the font maps to a glyph other than .notdef. */
export function fontCharacters(file: string): Set<number> {
  const cmap = table(readFileSync(file), 'cmap');
  const out = new Set<number>();
  const subtables = cmap.readUInt16BE(2);
  for (let n = 0; n < subtables; n++) {
    const platform = cmap.readUInt16BE(4 + n * 8);
    const encoding = cmap.readUInt16BE(6 + n * 8);
    // Unicode subtables only: platform 0, or Windows (3) with encoding 1 (BMP) or 10 (full).
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const sub = cmap.subarray(cmap.readUInt32BE(8 + n * 8));
    const format = sub.readUInt16BE(0);
    if (format === 4) {
      const segments = sub.readUInt16BE(6) / 2;
      const ends = 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const [start, end] = [sub.readUInt16BE(starts + s * 2), sub.readUInt16BE(ends + s * 2)];
        const delta = sub.readInt16BE(deltas + s * 2);
        const rangeOffset = sub.readUInt16BE(rangeOffsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph =
            rangeOffset === 0
              ? (c + delta) & 0xffff
              : sub.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
          if (glyph !== 0) out.add(c);
        }
      }
    } else if (format === 12) {
      const groups = sub.readUInt32BE(12);
      for (let g = 0; g < groups; g++) {
        const [start, end] = [sub.readUInt32BE(16 + g * 12), sub.readUInt32BE(20 + g * 12)];
        for (let c = start; c <= end; c++) out.add(c);
      }
    }
  }
  return out;
}
