import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cached, cachedPreview } from '../../src/lib/preview-cache';
import { renderPreview } from '../../src/lib/preview-image';

const root = mkdtempSync(join(tmpdir(), 'preview-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = () => join(root, `cache-${++n}`);
const png = (text: string) => () => Promise.resolve(new TextEncoder().encode(text));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('cached', () => {
  it('draws on a miss, then serves the kept bytes without drawing', async () => {
    const dir = freshDir();
    const draw = vi.fn(png('first drawing'));
    expect(text(await cached(dir, 'k', draw))).toBe('first drawing');
    const again = vi.fn(png('second drawing'));
    expect(text(await cached(dir, 'k', again))).toBe('first drawing');
    expect(again).not.toHaveBeenCalled();
    expect(readdirSync(dir), 'no temporary file left behind').toEqual(['k']);
  });

  it('draws again, and repairs the entry, when it is corrupt or cut short', async () => {
    const dir = freshDir();
    await cached(dir, 'k', png('the real image'));
    const file = join(dir, 'k');
    const entry = readFileSync(file);
    for (const damaged of [
      Buffer.concat([entry.subarray(0, -1), Buffer.from('!')]),
      entry.subarray(0, 40),
      Buffer.alloc(0),
    ]) {
      writeFileSync(file, new Uint8Array(damaged));
      const draw = vi.fn(png('the real image'));
      expect(text(await cached(dir, 'k', draw))).toBe('the real image');
      expect(draw).toHaveBeenCalledOnce();
      expect(readFileSync(file)).toEqual(entry);
    }
  });

  it('still returns the drawing when the cache cannot be written', async () => {
    const blocked = join(root, 'a-file');
    writeFileSync(blocked, 'not a folder');
    expect(text(await cached(join(blocked, 'cache'), 'k', png('drawn')))).toBe('drawn');
  });

  it('gives a real card back from the cache byte for byte as drawn, and draws a changed card anew', async () => {
    const dir = freshDir();
    const card = { kicker: 'Incident', title: 'Yaroslav Moskalik', date: '25 April 2025', siteName: 'Explainer' };
    const drawn = Buffer.from(await renderPreview(card));
    expect(Buffer.from(await cachedPreview(card, dir)).equals(drawn), 'first build, drawn').toBe(true);
    expect(Buffer.from(await cachedPreview(card, dir)).equals(drawn), 'second build, from the cache').toBe(true);
    const changed = { ...card, date: '26 April 2025' };
    expect(Buffer.from(await cachedPreview(changed, dir)).equals(drawn)).toBe(false);
    expect(readdirSync(dir)).toHaveLength(2);
  });
});
