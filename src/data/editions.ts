/**
 * The editions' content: the English master with each translation's text laid over it, and
 * names and places from the glossary. Checked once per build: a translation file for an id the
 * English lacks, or with a missing or extra field, fails the build with file, entry and field.
 * A piece not yet translated, or translated from an older English text, is still shown, and
 * says so; a name the glossary does not have yet is shown as the English writes it, and
 * `npm run translations` lists it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../lib/content-errors';
import {
  captionText,
  incidentText,
  mdxText,
  MDX_TEXT_FIELDS,
  overlay,
  sectionText,
  shapeProblems,
  talksEventText,
  textVersion,
  type TextTree,
} from '../lib/translation';
import { lastModified } from '../lib/modified';
import type { PartialDate } from '../lib/partial-date';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import type { Incident } from '../schemas/incident';
import type { TalksEvent } from '../schemas/talks-event';
import { SITE } from '../site';

/** Where a piece in an edition stands against the English. */
export interface Edition {
  locale: Locale;
  /**
   * `original`: the English itself. `current`: translated from the English as it is now.
   * `stale`: translated from an earlier English text. `missing`: not translated yet, shown in English.
   */
  status: 'original' | 'current' | 'stale' | 'missing';
  /** When the English piece last changed, for "not yet updated for the English of …". */
  englishModified: PartialDate;
  /** The version of the English text, which `translatedFrom` records (`npm run translations`). */
  englishVersion: string;
}

export type InEdition<T> = T & { edition: Edition };

/** The kinds of piece a translation can be of: a folder under content/ and under content/<lang>/. */
export type Kind = 'incidents' | 'talks-events' | 'figures' | 'explainer' | 'peace-talks' | 'pages' | 'snippets';

interface Translation {
  text: { [key: string]: TextTree };
  translatedFrom: string | undefined;
  /** The translated MDX entry, for sections, pages and snippets. */
  entry?: CollectionEntry<'mdx-translations'>;
}

interface Master {
  /** The English text tree: what a translation must match, and whose hash is its version. */
  text: { [key: string]: TextTree };
}

const without = (data: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(data).filter(([k]) => !keys.includes(k))) as { [key: string]: TextTree };

/** The English text tree of every piece, by "<kind>/<id>". */
async function masters(): Promise<Map<string, Master>> {
  const [incidents, events, captions, explainer, peaceTalks, pages, snippets] = await Promise.all([
    getCollection('incidents'),
    getCollection('talks-events'),
    getCollection('figures'),
    getCollection('explainer'),
    getCollection('peace-talks'),
    getCollection('pages'),
    getCollection('snippets'),
  ]);
  const out = new Map<string, Master>();
  for (const { data } of incidents) out.set(`incidents/${data.id}`, { text: incidentText(data) });
  for (const { data } of events) out.set(`talks-events/${data.id}`, { text: talksEventText(data) });
  for (const { data } of captions) out.set(`figures/${data.id}`, { text: captionText(data) });
  for (const s of explainer) out.set(`explainer/${s.data.id}`, { text: sectionText(s.data, s.body ?? '') });
  for (const s of peaceTalks) out.set(`peace-talks/${s.data.id}`, { text: sectionText(s.data, s.body ?? '') });
  for (const p of pages) out.set(`pages/${p.data.id}`, { text: mdxText(p.data, MDX_TEXT_FIELDS.pages, p.body ?? '') });
  for (const p of snippets) out.set(`snippets/${p.data.id}`, { text: mdxText(p.data, [], p.body ?? '') });
  return out;
}

let loaded: Promise<{ masters: Map<string, Master>; translations: Map<string, Translation> }> | undefined;

/** Every translation by "<locale>/<kind>/<id>", checked against the English once per build. */
function load() {
  loaded ??= (async () => {
    const [entries, mdx, english] = await Promise.all([
      getCollection('translations'),
      getCollection('mdx-translations'),
      masters(),
    ]);
    const problems: string[] = [];
    const translations = new Map<string, Translation>();
    const check = (key: string, file: string, text: { [key: string]: TextTree }, isMdx: boolean) => {
      const [, kind = '', id = ''] = key.split('/');
      const master = english.get(`${kind}/${id}`);
      if (!master) {
        problems.push(`${file}: there is no English ${kind} entry "${id}"; name the file by the English id`);
        return false;
      }
      // An MDX translation's body is its own; only the frontmatter is matched field by field.
      const expected = isMdx ? without(master.text, 'body') : master.text;
      for (const [field, what] of shapeProblems(expected, text))
        problems.push(`${file}, entry "${id}", field "${field}": ${what}`);
      return true;
    };
    for (const e of entries) {
      const text = without(e.data, 'id', 'translatedFrom');
      if (check(e.id, e.filePath ?? e.id, text, false))
        translations.set(e.id, { text, translatedFrom: e.data.translatedFrom });
    }
    for (const e of mdx) {
      const text = without(e.data, 'translatedFrom');
      if (check(e.id, e.filePath ?? e.id, text, true))
        translations.set(e.id, {
          text: { ...text, body: e.body ?? '' },
          translatedFrom: e.data.translatedFrom,
          entry: e,
        });
    }

    if (problems.length) throw new ContentError(problems);
    return { masters: english, translations };
  })();
  return loaded;
}

/** Where a piece stands in an edition, and its translation if it has one. */
async function standing(locale: Locale, kind: Kind, id: string, updates: readonly { date: PartialDate }[]) {
  const { masters: english, translations } = await load();
  const englishVersion = textVersion(english.get(`${kind}/${id}`)?.text ?? '');
  const englishModified = lastModified(SITE.published, updates);
  if (locale === DEFAULT_LOCALE)
    return { edition: { locale, status: 'original', englishModified, englishVersion } satisfies Edition };
  const translation = translations.get(`${locale}/${kind}/${id}`);
  const status = !translation ? 'missing' : translation.translatedFrom === englishVersion ? 'current' : 'stale';
  return { edition: { locale, status, englishModified, englishVersion } satisfies Edition, translation };
}

/** A piece's data in an edition: the translation's text (not an MDX body) laid over the English. */
async function inEdition<T extends object>(
  locale: Locale,
  kind: Kind,
  id: string,
  master: T,
  updates: readonly { date: PartialDate }[] = [],
) {
  const { edition, translation } = await standing(locale, kind, id, updates);
  const { body: _body, ...text } = translation?.text ?? {};
  return { data: { ...overlay(master, translation ? text : undefined), edition } as InEdition<T>, translation };
}

let glossaryMap: Promise<Map<string, CollectionEntry<'glossary'>['data']>> | undefined;

/** How an edition writes a name from the data (a person, a place), by its English form. */
export async function nameIn(locale: Locale): Promise<(en: string) => string> {
  glossaryMap ??= getCollection('glossary').then((g) => new Map(g.map((e) => [e.data.en, e.data])));
  const map = await glossaryMap;
  return (en) => (locale === DEFAULT_LOCALE ? en : (map.get(en)?.[locale] ?? en));
}

/** An incident in an edition, names and places as the glossary writes them. */
export async function incidentIn(locale: Locale, i: Incident): Promise<InEdition<Incident>> {
  const { data } = await inEdition(locale, 'incidents', i.id, i, i.updates);
  if (locale === DEFAULT_LOCALE) return data;
  const name = await nameIn(locale);
  return {
    ...data,
    // The English name joins the other spellings: a reader of another edition meets it in reports.
    person: { ...data.person, name: name(i.person.name), otherSpellings: [i.person.name, ...i.person.otherSpellings] },
    place: { ...data.place, locality: name(i.place.locality), region: name(i.place.region) },
  };
}

/** A peace-talks event in an edition. */
export async function talksEventIn(locale: Locale, e: TalksEvent): Promise<InEdition<TalksEvent>> {
  return (await inEdition(locale, 'talks-events', e.id, e, e.updates)).data;
}

/** A figure caption in an edition. */
export async function captionIn<C extends { id: string }>(locale: Locale, caption: C): Promise<InEdition<C>> {
  return (await inEdition(locale, 'figures', caption.id, caption)).data;
}

type MdxEntry =
  | CollectionEntry<'explainer'>
  | CollectionEntry<'peace-talks'>
  | CollectionEntry<'pages'>
  | CollectionEntry<'snippets'>;

/**
 * An MDX piece in an edition: its frontmatter with the translated text, and the entry to
 * render (the translated MDX, or the English when there is no translation yet).
 */
export async function mdxIn<E extends MdxEntry>(
  locale: Locale,
  entry: E,
): Promise<{ data: InEdition<E['data']>; render: E | CollectionEntry<'mdx-translations'> }> {
  const updates = 'updates' in entry.data ? entry.data.updates : [];
  const { data, translation } = await inEdition(locale, entry.collection, entry.data.id, entry.data, updates);
  return { data, render: translation?.entry ?? entry };
}
