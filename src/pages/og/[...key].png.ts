/** One 1200×630 PNG per page and per piece, drawn at build time (see src/lib/preview-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { previewCards } from '../../data/previews';
import { renderPreview, type PreviewCard } from '../../lib/preview-image';

export const getStaticPaths = (async () =>
  [...(await previewCards())].map(([key, card]) => ({ params: { key }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderPreview(props.card)), { headers: { 'Content-Type': 'image/png' } });
