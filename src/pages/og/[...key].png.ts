/**
 * One 1200×630 PNG per page and per piece in every edition (/og/…, /og/ru/…, /og/uk/…), drawn
 * at build time (see src/lib/preview-image.ts) unless Astro's cache directory already holds the
 * same pixels (src/lib/preview-cache.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheDir } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { previewCards } from '../../data/previews';
import { cachedPreview } from '../../lib/preview-cache';
import type { PreviewCard } from '../../lib/preview-image';

const CACHE = fileURLToPath(new URL('preview-images/', cacheDir));

export const getStaticPaths = (async () =>
  [...(await previewCards())].map(([key, card]) => ({ params: { key }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) =>
  new Response(new Uint8Array(await cachedPreview(props.card, CACHE)), { headers: { 'Content-Type': 'image/png' } });
