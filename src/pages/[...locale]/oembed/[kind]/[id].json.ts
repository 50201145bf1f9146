/**
 * The oEmbed document of every piece that has a share page, in each edition:
 * /oembed/incidents/<id>.json, /ru/oembed/explainer/<id>.json. A static file, found through
 * the share page's `<link rel="alternate" type="application/json+oembed">`; its `html` is the
 * code the share page's "Embed" disclosure shows (src/lib/embed.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { incidents, sectionKinds } from '../../../../data/collections';
import { embedPiece } from '../../../../data/embeds';
import { previewFor } from '../../../../data/previews';
import { oembedDocument } from '../../../../lib/embed';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from '../../../../lib/preview-image';
import type { PieceKind } from '../../../../lib/share';
import { inEditions } from '../../../../i18n/routes';
import { localeOf, localePath } from '../../../../i18n/locales';

export const getStaticPaths = (async () => {
  const kinds: [PieceKind, string[]][] = [
    ...(await sectionKinds()).map(({ kind, sections }): [PieceKind, string[]] => [
      kind,
      sections.map((s) => s.data.id),
    ]),
    ['incidents', (await incidents()).map((i) => i.id)],
  ];
  return inEditions(kinds.flatMap(([kind, ids]) => ids.map((id) => ({ params: { kind, id }, props: { kind, id } }))));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site, currentLocale }) => {
  if (!site) throw new Error('oEmbed documents need `site` in astro.config.mjs');
  const { kind, id } = props as { kind: PieceKind; id: string };
  const locale = localeOf(currentLocale);
  const piece = await embedPiece(locale, kind, id, site);
  const preview = await previewFor(`${kind}/${id}`, locale);
  const doc = oembedDocument(
    piece,
    { url: new URL(localePath(locale, '/'), site).href },
    { url: new URL(preview.image, site).href, width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT },
  );
  return new Response(`${JSON.stringify(doc, null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
};
