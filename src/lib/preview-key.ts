/**
 * The key under which a preview image is kept between builds: a digest of everything that
 * decides its pixels. The drawing (src/lib/preview-image.ts) is the card as satori's element
 * tree, so it carries the text and every colour, size and position the template sets; the
 * renderer names the fonts by their bytes and satori and resvg by version and options. Equal
 * inputs give an equal key whichever page asks, so a rebuild draws only the cards that change.
 */
import { createHash } from 'node:crypto';
import type { PreviewDrawing, PreviewRenderer } from './preview-image';

/** Objects with their keys sorted, so the order in which code builds them does not change the key. */
const sortedKeys = (_key: string, value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value;

/** A hex SHA-256 of the drawing and the renderer. */
export function previewKey(drawing: PreviewDrawing, renderer: PreviewRenderer): string {
  return createHash('sha256').update(JSON.stringify({ drawing, renderer }, sortedKeys)).digest('hex');
}
