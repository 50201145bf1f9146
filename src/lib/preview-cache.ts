/**
 * Preview images kept between builds, so that a rebuild draws only the cards whose pixels
 * change: drawing takes ~25 ms a card, most of a build with thousands of incidents. The
 * folder lives in Astro's cache directory (`cacheDir`, by default node_modules/.astro);
 * deleting it is always safe. The cache may change how long a build takes, never what it
 * writes: an entry is the PNG behind its own SHA-256, written to a temporary file and
 * renamed into place (a reader never sees half of one), and an entry that is missing,
 * unreadable or fails its digest is simply drawn again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { previewDrawing, previewRenderer, renderPreview, type PreviewCard } from './preview-image';
import { previewKey } from './preview-key';

const DIGEST = 32;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();

/** The bytes kept under `key` in `dir` if they are intact; otherwise `draw()`'s, kept for next time. */
export async function cached(dir: string, key: string, draw: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const file = join(dir, key);
  const entry = await readFile(file).catch(() => undefined);
  if (entry && entry.length > DIGEST) {
    const bytes = entry.subarray(DIGEST);
    if (sha256(bytes).equals(entry.subarray(0, DIGEST))) return bytes;
  }
  const bytes = await draw();
  // Unique per writer, so parallel builds sharing the cache never write into one temporary file.
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temporary, new Uint8Array(Buffer.concat([sha256(bytes), bytes])));
    await rename(temporary, file);
  } catch {
    // A cache that cannot be written (read-only disk, full disk) only costs time.
    await rm(temporary, { force: true }).catch(() => undefined);
  }
  return bytes;
}

/** A card's PNG, drawn only when the cache in `dir` has no intact copy of the same pixels. */
export async function cachedPreview(card: PreviewCard, dir: string): Promise<Uint8Array> {
  const key = previewKey(previewDrawing(card), await previewRenderer());
  return cached(dir, key, () => renderPreview(card));
}
