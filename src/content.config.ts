/**
 * The content model. Sections are MDX files; incidents and talks events are YAML files, one per
 * entry, named by its id (content/incidents/<id>.yaml).
 * Each collection's schema lives in src/schemas/, with a doc comment on every field; the YAML
 * loader validates with it once and `schema` gives the collection its types.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { incidentSchema } from './schemas/incident';
import { talksEventSchema } from './schemas/talks-event';
import { sectionSchema } from './schemas/section';
import { yamlEntries } from './loaders/yaml-entries';
import { sections } from './loaders/sections';
import { entryTranslationSchema, sectionTranslationSchema } from './schemas/translation';
import { glossaryEntrySchema } from './schemas/glossary';
import { TRANSLATED_LOCALES } from './i18n/locales';

/** Where content lives; tests point this at fixtures to prove that bad content fails the build. */
const dir = process.env['CONTENT_DIR'] ?? 'content';

export const collections = {
  /** The explainer's sections, in `order`. */
  explainer: defineCollection({ loader: sections(`${dir}/explainer`), schema: sectionSchema }),
  /** The peace-talks background page's sections. */
  peaceTalks: defineCollection({ loader: sections(`${dir}/peace-talks`), schema: sectionSchema }),
  /** Every targeted killing in the list. */
  incidents: defineCollection({ loader: yamlEntries(`${dir}/incidents`, incidentSchema), schema: incidentSchema }),
  /** Dated events in the peace talks. */
  talksEvents: defineCollection({
    loader: yamlEntries(`${dir}/talks-events`, talksEventSchema),
    schema: talksEventSchema,
  }),
  /** Translated incidents and talks events: content/<lang>/incidents/<id>.yaml, text only. */
  translations: defineCollection({
    loader: yamlEntries(
      dir,
      entryTranslationSchema,
      TRANSLATED_LOCALES.flatMap((l) => [`${l}/incidents`, `${l}/talks-events`]),
    ),
    schema: entryTranslationSchema,
  }),
  /** Translated sections: content/<lang>/explainer/<id>.mdx, named by the English section's id. */
  sectionTranslations: defineCollection({
    loader: glob({ pattern: `{${TRANSLATED_LOCALES.join(',')}}/{explainer,peace-talks}/*.mdx`, base: dir }),
    schema: sectionTranslationSchema,
  }),
  /** How each edition writes the names of people, places, organisations and recurring terms. */
  glossary: defineCollection({
    loader: file(`${dir}/glossary.yaml`, {
      parser: (text) => (parse(text) as { en: string }[]).map((e) => ({ id: e.en, ...e })),
    }),
    schema: glossaryEntrySchema,
  }),
};
