/**
 * The content model. Sections are MDX files; incidents and talks events are YAML files, one per
 * entry, named by its id (content/incidents/<id>.yaml).
 * Each collection's schema lives in src/schemas/, with a doc comment on every field; the YAML
 * loader validates with it once and `schema` gives the collection its types.
 */
import { defineCollection } from 'astro:content';
import { incidentSchema } from './schemas/incident';
import { talksEventSchema } from './schemas/talks-event';
import { sectionSchema } from './schemas/section';
import { yamlEntries } from './loaders/yaml-entries';
import { sections } from './loaders/sections';

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
};
