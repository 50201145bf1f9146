/**
 * Links written in the prose to a piece in its place on a full page: "/incidents/#darya-dugina",
 * "/#who-was-moskalik", "/peace-talks/#easter-truce". Editors write the address as a reader
 * knows it; the build reads it as "this piece" and writes the piece's real address, so a link
 * to an incident follows it when the list is split into pages, a former id leads to the piece
 * it became, and a link to a piece that does not exist stops the build.
 */
import { localeOf, localePath } from '../i18n/locales';
import { ContentError } from './content-errors';
import { FULL_PAGE, type PieceKind } from './share';

/** A piece named by a link: which full page it is on, and its id as written. */
export interface PieceRef {
  kind: PieceKind;
  id: string;
}

/** Where every piece lives, by the page it is on and by its id and each former id. */
export type PieceAddresses = Readonly<Record<PieceKind, ReadonlyMap<string, string>>>;

/** What each full page holds, for the editor's message. */
const HOLDS: Readonly<Record<PieceKind, string>> = {
  explainer: 'no explainer section',
  'peace-talks': 'no peace-talks section or event',
  incidents: 'no incident',
};

/** The piece an address points at, or undefined when the address is not a piece on a full page. */
export function pieceRef(url: string): PieceRef | undefined {
  const hash = url.indexOf('#');
  if (hash < 0 || !url.startsWith('/')) return undefined;
  const page = url.slice(0, hash);
  const kind = (Object.keys(FULL_PAGE) as PieceKind[]).find((k) => FULL_PAGE[k] === page);
  const id = url.slice(hash + 1);
  return kind && id ? { kind, id } : undefined;
}

/**
 * Whether an address in the prose is a page of the site ("/methodology/", "/data/#fields",
 * "/incidents/darya-dugina/"), which each edition has in its own words, rather than a file
 * ("/data/incidents.csv"), which is one for every edition.
 */
export const isPageLink = (url: string): boolean => /^\/(?!\/)(?:[^#?.]*\/)?(?:[#?].*)?$/.test(url);

/**
 * A site path as a page in `locale` (its `Astro.currentLocale`) links to it: the one place a
 * prose link gains its edition's prefix, so a reader of /ru/ stays in /ru/. The English edition
 * lives at the root: its pages' locale is "en" (or none) and their paths stay as they are.
 */
export const inLocale = (path: string, locale: string | undefined): string => localePath(localeOf(locale), path);

/**
 * The address a prose link to a piece, or to another page of the site, leads to, on a page in
 * `locale`; a link to a piece that does not exist is an editor's mistake and stops the build,
 * naming the file and the link.
 */
export function resolvePieceLink(
  url: string,
  addresses: PieceAddresses,
  where: { file: string; locale?: string | undefined },
): string {
  const ref = pieceRef(url);
  if (!ref && isPageLink(url)) return inLocale(url, where.locale);
  const path = ref && addresses[ref.kind].get(ref.id);
  if (!ref || !path) {
    const why = ref ? `${HOLDS[ref.kind]} has the id "${ref.id}"` : 'it is not a link to a page of the site';
    throw new ContentError([`${where.file}: the link "${url}" leads nowhere: ${why}`]);
  }
  return inLocale(path, where.locale);
}
