/**
 * Everything on the site a reader can cite, in an edition, by its key: each section of the
 * explainer and of the peace-talks background and each incident (cited at its share page),
 * the main pages, and the incident list as a dataset (cited at /data/, versioned by the day
 * it last changed). The Cite disclosures, the metadata tags and the downloads all read this
 * one list, so a reference, a tag and a file cannot disagree. Worked out once per edition.
 */
import { prosePageIn, prosePages, sectionsIn } from './collections';
import { dataVersion, incidentsIn } from './dataset';
import type { Citable } from '../lib/citation';
import { citationsOf, type Citations } from '../lib/citation-formats';
import { formatWhen } from '../lib/dates';
import { lastModified } from '../lib/modified';
import { sharePath } from '../lib/share';
import { SITE } from '../site';
import { LOCALES, localePath, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';

/** The key of the incident list as a dataset, and the prose page that presents it (/data/), which is cited as the dataset. */
export const DATASET_KEY = 'data/incidents';
export const DATASET_PAGE = 'data';

/** The key a main page is cited under: its own, or the dataset's for the data page. */
export const pageKey = (id: string): string => (id === DATASET_PAGE ? DATASET_KEY : `pages/${id}`);

/** An incident's title wherever it is named as a piece: its share page, its references. */
export function incidentTitle(i: Parameters<typeof formatWhen>[0] & { person: { name: string } }, locale: Locale) {
  return `${i.person.name}, ${formatWhen(i, { locale })}`;
}

const known = new Map<Locale, Promise<ReadonlyMap<string, Citable>>>();

/** Every citable thing in an edition, by key ("incidents/darya-dugina", "pages/methodology", DATASET_KEY). */
export function citables(locale: Locale, site: URL): Promise<ReadonlyMap<string, Citable>> {
  let found = known.get(locale);
  if (!found) known.set(locale, (found = collect(locale, site)));
  return found;
}

async function collect(locale: Locale, site: URL): Promise<ReadonlyMap<string, Citable>> {
  const t = ui(locale);
  const common = {
    type: 'webpage',
    site: t.site.name,
    published: SITE.published,
    language: LOCALES[locale].lang,
  } as const;
  const url = (path: string) => new URL(localePath(locale, path), site).href;
  const out: Citable[] = [];
  for (const kind of ['explainer', 'peace-talks'] as const) {
    for (const { data: s } of await sectionsIn(locale, kind))
      out.push({
        ...common,
        key: `${kind}/${s.id}`,
        title: s.title,
        modified: lastModified(SITE.published, s.updates),
        url: url(sharePath(kind, s.id)),
      });
  }
  for (const i of await incidentsIn(locale))
    out.push({
      ...common,
      key: `incidents/${i.id}`,
      title: incidentTitle(i, locale),
      modified: lastModified(SITE.published, i.updates),
      url: url(sharePath('incidents', i.id)),
    });
  // The main pages change with the site: their last change is the site's.
  const page = (id: string, title: string, path: string) =>
    out.push({ ...common, key: `pages/${id}`, title, modified: SITE.updated, url: url(path) });
  page('explainer', t.site.headline, '/');
  page('incidents', t.site.pageMeta.incidents.title, '/incidents/');
  page('peace-talks', t.site.pageMeta.peaceTalks.title, '/peace-talks/');
  page('updates', t.site.pageMeta.updates.title, '/updates/');
  for (const entry of await prosePages())
    if (entry.id !== DATASET_PAGE) page(entry.id, (await prosePageIn(locale, entry)).text.title, `/${entry.id}/`);
  const version = await dataVersion();
  out.push({
    ...common,
    type: 'dataset',
    key: DATASET_KEY,
    // The site is its author; the title is the data's own, as a title ("Targeted killings since 2022").
    title: t.pages.dataset.title.charAt(0).toLocaleUpperCase(LOCALES[locale].lang) + t.pages.dataset.title.slice(1),
    modified: version,
    url: url(`/${DATASET_PAGE}/`),
  });
  return new Map(out.map((c) => [c.key, c]));
}

/** One citable thing; an unknown key is a mistake in the site's code, so it stops the build. */
export async function citable(locale: Locale, site: URL, key: string): Promise<Citable> {
  const c = (await citables(locale, site)).get(key);
  if (!c) throw new Error(`Nothing citable is filed as "${key}" (see src/data/citations.ts)`);
  return c;
}

const formatted = new Map<string, Citations>();

/** A citable thing's references in every format, generated once per build and edition. */
export function referencesOf(c: Citable): Citations {
  const id = `${c.language}:${c.key}`;
  let refs = formatted.get(id);
  if (!refs) formatted.set(id, (refs = citationsOf(c)));
  return refs;
}

/** Where a citable thing's references are downloaded: "/ru/cite/incidents/darya-dugina.bib". */
export function downloadPath(locale: Locale, key: string, extension: string): string {
  return localePath(locale, `/cite/${key}.${extension}`);
}
