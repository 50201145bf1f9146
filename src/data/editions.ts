/**
 * The editions' content: the English master with each translation's text laid over it, and
 * names and places from the glossary. Checked once per build: a translation file for an id the
 * English lacks, or with a missing or extra field, fails the build with file, entry and field;
 * so does a name shown from the data that the glossary cannot give in every edition. A piece
 * not yet translated, or translated from an older English text, is still shown, and says so.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../lib/content-errors';
import {
  incidentText,
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
}

export type InEdition<T> = T & { edition: Edition };

type Kind = 'incidents' | 'talks-events' | 'explainer' | 'peace-talks';

interface Translation {
  file: string;
  text: { [key: string]: TextTree };
  translatedFrom: string | undefined;
  /** The translated MDX entry, for sections. */
  entry?: CollectionEntry<'section-translations'>;
}

const without = (data: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(data).filter(([k]) => !keys.includes(k))) as { [key: string]: TextTree };

let loaded: Promise<Map<string, Translation>> | undefined;

/** Every translation by "<locale>/<kind>/<id>", checked against the English once per build. */
function translations(): Promise<Map<string, Translation>> {
  loaded ??= (async () => {
    const [entries, sections, incidents, events, explainer, peaceTalks, glossary] = await Promise.all([
      getCollection('translations'),
      getCollection('section-translations'),
      getCollection('incidents'),
      getCollection('talks-events'),
      getCollection('explainer'),
      getCollection('peace-talks'),
      getCollection('glossary'),
    ]);
    const problems: string[] = [];
    const byKey = new Map<string, Translation>();
    const masters = new Map<string, { text: { [key: string]: TextTree }; folder: string }>();
    for (const { data } of incidents)
      masters.set(`incidents/${data.id}`, { text: incidentText(data), folder: 'content/incidents' });
    for (const { data } of events)
      masters.set(`talks-events/${data.id}`, { text: talksEventText(data), folder: 'content/talks-events' });
    for (const [kind, list] of [
      ['explainer', explainer],
      ['peace-talks', peaceTalks],
    ] as const)
      for (const s of list)
        masters.set(`${kind}/${s.data.id}`, { text: sectionText(s.data, s.body ?? ''), folder: `content/${kind}` });

    const check = (key: string, file: string, text: { [key: string]: TextTree }, isSection: boolean) => {
      const [, kind = '', id = ''] = key.split('/');
      const master = masters.get(`${kind}/${id}`);
      if (!master) {
        problems.push(`${file}: there is no English ${kind} entry "${id}"; name the file by the English id`);
        return false;
      }
      const expected = isSection ? without(master.text, 'body') : master.text;
      for (const [field, what] of shapeProblems(expected, text))
        problems.push(`${file}, entry "${id}", field "${field}": ${what}`);
      return true;
    };
    for (const e of entries) {
      const file = e.filePath ?? e.id;
      const text = without(e.data, 'id', 'translatedFrom');
      if (check(e.id, file, text, false))
        byKey.set(e.id, { file, text, translatedFrom: e.data.translatedFrom });
    }
    for (const e of sections) {
      const file = e.filePath ?? e.id;
      const text = without(e.data, 'translatedFrom');
      if (check(e.id, file, text, true))
        byKey.set(e.id, { file, text: { ...text, body: e.body ?? '' }, translatedFrom: e.data.translatedFrom, entry: e });
    }

    const names = new Set(glossary.map((g) => g.data.en));
    for (const { data: i, filePath } of incidents)
      for (const [field, value] of [
        ['person.name', i.person.name],
        ['place.locality', i.place.locality],
        ['place.region', i.place.region],
      ] as const)
        if (!names.has(value))
          problems.push(
            `${filePath ?? i.id}, entry "${i.id}", field "${field}": "${value}" is not in content/glossary.yaml; add how each edition writes it`,
          );
    if (problems.length) throw new ContentError(problems);
    return byKey;
  })();
  return loaded;
}

let glossaryMap: Promise<Map<string, CollectionEntry<'glossary'>['data']>> | undefined;

/** How an edition writes a name from the data (a person, a place), by its English form. */
export async function nameIn(locale: Locale): Promise<(en: string) => string> {
  glossaryMap ??= getCollection('glossary').then((g) => new Map(g.map((e) => [e.data.en, e.data])));
  const map = await glossaryMap;
  return (en) => (locale === DEFAULT_LOCALE ? en : (map.get(en)?.[locale] ?? en));
}

/**
 * A piece in an edition: the translation's text laid over the English (for sections, without
 * the body, which is rendered from the translated entry), and where it stands.
 */
async function inEdition<T extends { updates: readonly { date: PartialDate }[] }>(
  locale: Locale,
  kind: Kind,
  id: string,
  master: T,
  masterText: { [key: string]: TextTree },
): Promise<{ data: InEdition<T>; translation: Translation | undefined }> {
  const englishModified = lastModified(SITE.published, master.updates);
  if (locale === DEFAULT_LOCALE)
    return { data: { ...master, edition: { locale, status: 'original', englishModified } }, translation: undefined };
  const translation = (await translations()).get(`${locale}/${kind}/${id}`);
  if (!translation)
    return { data: { ...master, edition: { locale, status: 'missing', englishModified } }, translation };
  const status = translation.translatedFrom === textVersion(masterText) ? 'current' : 'stale';
  const { body: _body, ...text } = translation.text;
  return { data: { ...overlay(master, text), edition: { locale, status, englishModified } }, translation };
}

/** An incident in an edition, names and places as the glossary writes them. */
export async function incidentIn(locale: Locale, i: Incident): Promise<InEdition<Incident>> {
  const { data } = await inEdition(locale, 'incidents', i.id, i, incidentText(i));
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
  return (await inEdition(locale, 'talks-events', e.id, e, talksEventText(e))).data;
}

type SectionEntry = CollectionEntry<'explainer'> | CollectionEntry<'peace-talks'>;

/**
 * A section in an edition: its frontmatter with the translated text, and the entry to render
 * (the translated MDX, or the English when there is no translation yet).
 */
export async function sectionIn<E extends SectionEntry>(
  locale: Locale,
  kind: 'explainer' | 'peace-talks',
  entry: E,
): Promise<{ data: InEdition<E['data']>; render: E | CollectionEntry<'section-translations'> }> {
  const { data, translation } = await inEdition(
    locale,
    kind,
    entry.data.id,
    entry.data,
    sectionText(entry.data, entry.body ?? ''),
  );
  return { data, render: translation?.entry ?? entry };
}
