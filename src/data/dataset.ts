/**
 * The incident list as a dataset: the incidents, where each lives on the site, and every item
 * that can carry updates. Pages, downloads, the feed and structured data read from here.
 */
import { explainerSections, incidents, peaceTalksSections, talksEvents, type SectionEntry } from './collections';
import { incidentIn, mdxIn, nameIn, talksEventIn } from './editions';
import { listPages } from '../lib/list-pages';
import type { PieceAddresses } from '../lib/piece-links';
import { fullPagePath, type Aliased } from '../lib/share';
import { lastModified, type Updatable } from '../lib/modified';
import { DATA, SITE } from '../site';
import type { PartialDate } from '../lib/partial-date';
import { DEFAULT_LOCALE, localePath, type Locale } from '../i18n/locales';

/** The incidents, oldest first, the pages they are listed on, and the address of each. */
export async function incidentList() {
  const all = await incidents();
  return { all, ...listPages(all, DATA.listPageLimit) };
}

const inEdition = new Map<Locale, ReturnType<typeof translateAll>>();
const translateAll = async (locale: Locale) => Promise.all((await incidents()).map((i) => incidentIn(locale, i)));

/**
 * The incidents of an edition, oldest first: its text, and names and places from the glossary.
 * Worked out once per build and edition: every share page, card and oEmbed document asks.
 */
export function incidentsIn(locale: Locale) {
  let all = inEdition.get(locale);
  if (!all) inEdition.set(locale, (all = translateAll(locale)));
  return all;
}

/**
 * The incident list of an edition: its incidents, and the pages they are listed on, labelled
 * in its words. The pages and anchors are the master's (`pathOf` gives the master's path; a
 * page puts it in its edition with `localePath`).
 */
export async function incidentListIn(locale: Locale) {
  const all = await incidentsIn(locale);
  return { all, ...listPages(all, DATA.listPageLimit, locale) };
}

/**
 * Every item that can carry dated updates, with its master address, in an edition's words:
 * incidents, sections, talks events.
 */
export async function updatables(locale: Locale = DEFAULT_LOCALE): Promise<Updatable[]> {
  const { all, pathOf } = await incidentListIn(locale);
  const sections = (entries: readonly SectionEntry[]) =>
    Promise.all(entries.map(async (entry) => (await mdxIn(locale, entry)).data));
  const events = await Promise.all((await talksEvents()).map((e) => talksEventIn(locale, e)));
  return [
    ...all.map((i) => ({
      id: i.id,
      title: i.person.name,
      href: pathOf(i),
      kind: 'incident' as const,
      updates: i.updates,
    })),
    ...(await sections(await explainerSections())).map((s) => ({
      id: s.id,
      title: s.title,
      href: fullPagePath('explainer', s.id),
      kind: 'explainerSection' as const,
      updates: s.updates,
    })),
    ...(await sections(await peaceTalksSections())).map((s) => ({
      id: s.id,
      title: s.title,
      href: fullPagePath('peace-talks', s.id),
      kind: 'peaceTalksSection' as const,
      updates: s.updates,
    })),
    ...events.map((e) => ({
      id: e.id,
      title: e.title,
      href: fullPagePath('peace-talks', e.id),
      kind: 'peaceTalksEvent' as const,
      updates: e.updates,
    })),
  ];
}

/** The version of the data: the day it last changed (publication, or the latest incident update). */
export async function dataVersion(): Promise<PartialDate> {
  const { all } = await incidentList();
  return lastModified(
    SITE.published,
    all.flatMap((i) => i.updates),
  );
}

const links = new Map<Locale, Promise<ReadonlyMap<string, { name: string; href: string }>>>();

/**
 * Each incident's name and the address of its entry (through `pathOf`, so paging is
 * honoured), by id, in an edition: the name as the edition writes it, the address in the
 * edition. Worked out once per build and edition, however many sections ask.
 */
export function incidentLinks(
  locale: Locale = DEFAULT_LOCALE,
): Promise<ReadonlyMap<string, { name: string; href: string }>> {
  let known = links.get(locale);
  if (!known) {
    known = Promise.all([incidentList(), nameIn(locale)]).then(
      ([{ all, pathOf }, name]) =>
        new Map(all.map((i) => [i.id, { name: name(i.person.name), href: localePath(locale, pathOf(i)) }])),
    );
    links.set(locale, known);
  }
  return known;
}

let addresses: Promise<PieceAddresses> | undefined;

/**
 * Where every piece a link in the prose may name lives, under its id and each former id:
 * sections and talks events on their full page, incidents through `pathOf`. Worked out once per
 * build, for every link (src/components/PieceLink.astro).
 */
export function pieceAddresses(): Promise<PieceAddresses> {
  const at = <T extends Aliased>(items: readonly T[], path: (item: T) => string) =>
    new Map(items.flatMap((item) => [item.id, ...item.aliases].map((id) => [id, path(item)] as const)));
  addresses ??= (async () => {
    const { all, pathOf } = await incidentList();
    const talks = [...(await peaceTalksSections()).map((s) => s.data), ...(await talksEvents())];
    return {
      explainer: at(
        (await explainerSections()).map((s) => s.data),
        (s) => fullPagePath('explainer', s.id),
      ),
      'peace-talks': at(talks, (p) => fullPagePath('peace-talks', p.id)),
      incidents: at(all, pathOf),
    };
  })();
  return addresses;
}
