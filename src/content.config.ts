/**
 * The content model. Sections, pages and snippets are MDX files; incidents, talks events and
 * figure captions are YAML files, one per entry, named by its id (content/incidents/<id>.yaml).
 * Each collection's schema lives in src/schemas/, with a doc comment on every field; the
 * loaders validate with it once and `schema` gives the collection its types.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { incidentSchema } from './schemas/incident';
import { talksEventSchema } from './schemas/talks-event';
import { sectionSchema } from './schemas/section';
import { yamlEntries } from './loaders/yaml-entries';
import { mdxList } from './loaders/mdx-list';
import { pageSchema } from './schemas/page';
import { snippetSchema } from './schemas/snippet';
import { figureSchema } from './schemas/figure';
import { CONTENT_DIR } from './content-dir';
import { entryTranslationSchema, sectionTranslationSchema } from './schemas/translation';
import { glossaryEntrySchema } from './schemas/glossary';
import { TRANSLATED_LOCALES } from './i18n/locales';

const dir = CONTENT_DIR;

export const collections = {
  /** The explainer's sections, in `order`. */
  explainer: defineCollection({ loader: mdxList(`${dir}/explainer`, sectionSchema), schema: sectionSchema }),
  /** The peace-talks background page's sections. */
  'peace-talks': defineCollection({ loader: mdxList(`${dir}/peace-talks`, sectionSchema), schema: sectionSchema }),
  /** Every targeted killing in the list. */
  incidents: defineCollection({ loader: yamlEntries(`${dir}/incidents`, incidentSchema), schema: incidentSchema }),
  /** Dated events in the peace talks. */
  'talks-events': defineCollection({
    loader: yamlEntries(`${dir}/talks-events`, talksEventSchema),
    schema: talksEventSchema,
  }),
  /** Pages of editorial prose, each served at /<id>/ (methodology, data). */
  pages: defineCollection({ loader: mdxList(`${dir}/pages`, pageSchema), schema: pageSchema }),
  /** Short editorial prose shown outside a page's own text (the footer's note on sources). */
  snippets: defineCollection({ loader: mdxList(`${dir}/snippets`, snippetSchema), schema: snippetSchema }),
  /** The captions of the incident list's figures, one file per figure (content/figures/<id>.yaml). */
  figures: defineCollection({ loader: yamlEntries(`${dir}/figures`, figureSchema), schema: figureSchema }),
  /** Translated incidents, talks events and captions: content/<lang>/incidents/<id>.yaml, text only. */
  translations: defineCollection({
    loader: yamlEntries(
      dir,
      entryTranslationSchema,
      TRANSLATED_LOCALES.flatMap((l) => [`${l}/incidents`, `${l}/talks-events`, `${l}/figures`]),
    ),
    schema: entryTranslationSchema,
  }),
  /**
   * Translated MDX: sections, pages and snippets, content/<lang>/explainer/<id>.mdx, each named by
   * the English piece's id.
   */
  'mdx-translations': defineCollection({
    loader: glob({
      pattern: `{${TRANSLATED_LOCALES.join(',')}}/{explainer,peace-talks,pages,snippets}/*.mdx`,
      base: dir,
    }),
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
