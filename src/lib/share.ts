/**
 * Where each shareable piece lives: its share page, its place on the full page, its preview
 * image, and the former ids that must keep working. Pure functions, no Astro imports, so the
 * pages, the feed and the tests all agree on one set of addresses.
 */

/** The kinds of piece that have a share page, named as their URL segment. */
export type PieceKind = 'explainer' | 'peace-talks' | 'incidents';

/** The full page each kind of piece sits on. */
export const FULL_PAGE: Readonly<Record<PieceKind, string>> = {
  explainer: '/',
  'peace-talks': '/peace-talks/',
  incidents: '/incidents/',
};

/** `/incidents/darya-dugina/`: the piece on a page of its own, with its own preview. */
export const sharePath = (kind: PieceKind, id: string): string => `/${kind}/${id}/`;

/**
 * `/#who-was-moskalik`: a section or talks event in its place on its full page. Not for
 * incidents: the list may be split into pages, so their address is the list's `pathOf`.
 */
export const fullPagePath = (kind: Exclude<PieceKind, 'incidents'>, id: string): string => `${FULL_PAGE[kind]}#${id}`;

/** `/og/incidents/darya-dugina.png`: the 1200×630 preview of a page or piece. */
export const previewPath = (key: string): string => `/og/${key}.png`;

/** Anything with a public id and the ids it was known by before. */
export interface Aliased {
  id: string;
  aliases: readonly string[];
}

/** One generated address: the piece's own id, or a former id that redirects to it. */
export interface Slug {
  slug: string;
  id: string;
  isAlias: boolean;
}

/**
 * Every address a kind of piece answers to: current ids, then former ids pointing at the
 * current one. Two pieces claiming one address would make an old link land on the wrong
 * piece, so that fails loudly with both names.
 */
export function slugsOf(items: readonly Aliased[]): Slug[] {
  const owner = new Map<string, string>();
  const claim = (slug: string, id: string) => {
    const other = owner.get(slug);
    if (other !== undefined)
      throw new Error(`"${slug}" is claimed by both "${other}" and "${id}"; an id or alias may be used only once`);
    owner.set(slug, id);
  };
  for (const { id } of items) claim(id, id);
  for (const { id, aliases } of items) for (const slug of aliases) claim(slug, id);
  return [
    ...items.map(({ id }) => ({ slug: id, id, isAlias: false })),
    ...items.flatMap(({ id, aliases }) => aliases.map((slug) => ({ slug, id, isAlias: true }))),
  ];
}

/** The pieces either side of position `index`, for "previous" and "next" links. */
export function neighbours<T>(items: readonly T[], index: number): { prev: T | undefined; next: T | undefined } {
  return { prev: index > 0 ? items[index - 1] : undefined, next: items[index + 1] };
}

/** A piece as its share page and the pages either side of it name it. */
export interface SharedPiece extends Aliased {
  /** A section's title, an incident's person. */
  title: string;
}

/**
 * The static paths of a share route: one page per piece (former ids have a route of their
 * own, see `formerPaths`), each given every piece, for the way on, and its own place.
 */
export function sharePaths<T>(items: readonly T[], idOf: (item: T) => string) {
  return items.map((item, index) => ({ params: { id: idOf(item) }, props: { items, index } }));
}

/**
 * The static paths of the redirects left at former ids, for every kind of piece at once
 * (`incidents/old-id`), each with where it sends the reader and what they will find there.
 */
export function formerPaths(kinds: readonly (readonly [PieceKind, readonly SharedPiece[]])[]) {
  return kinds.flatMap(([kind, pieces]) => {
    const titles = new Map(pieces.map((p) => [p.id, p.title]));
    return slugsOf(pieces)
      .filter((s) => s.isAlias)
      .map(({ slug, id }) => ({
        params: { former: `${kind}/${slug}` },
        props: { to: sharePath(kind, id), title: titles.get(id) ?? id },
      }));
  });
}
