/**
 * The incidents as an edition shows them, read straight from the files: the English entry with
 * the edition's translation laid over it (src/lib/translation.ts `overlay`) and the names and
 * places the glossary gives, as src/data/editions.ts `incidentIn` does at build time. For tests
 * that lay out what each edition shows without building the site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { overlay, type TextTree } from '../../src/lib/translation';
import { DEFAULT_LOCALE, type Locale } from '../../src/i18n/locales';
import { CONTENT, readIncidents, readTranslations, type Incident } from './content';

export function readIncidentsIn(locale: Locale, dir = CONTENT): Incident[] {
  const english = readIncidents(dir);
  if (locale === DEFAULT_LOCALE) return english;
  const glossary = parse(readFileSync(join(dir, 'glossary.yaml'), 'utf8')) as Record<string, string>[];
  const names = new Map(glossary.map((g) => [g['en'], g[locale]]));
  const name = (en: string) => names.get(en) ?? en;
  const translations = readTranslations(locale, dir);
  return english.map((i) => {
    const { translatedFrom: _version, ...text } = translations.get(`incidents/${i.id}`)?.data ?? {};
    const data = overlay(i, text as TextTree);
    return {
      ...data,
      person: { ...data.person, name: name(i.person.name) },
      place: { ...data.place, locality: name(i.place.locality), region: name(i.place.region) },
    };
  });
}
