/**
 * The content model. Sections are MDX files; incidents and talks events are YAML lists.
 * Each collection's schema lives in src/schemas/, with a doc comment on every field.
 */
import { defineCollection } from 'astro:content';
import { incidentSchema } from './schemas/incident';
import { talksEventSchema } from './schemas/talks-event';
import { sectionSchema } from './schemas/section';
import { yamlList } from './loaders/yaml-list';
import { mdxList } from './loaders/mdx-list';

/** Where content lives; tests point this at fixtures to prove that bad content fails the build. */
const dir = process.env['CONTENT_DIR'] ?? 'content';

export const collections = {
  /** The explainer's sections, in `order`. */
  explainer: defineCollection({ loader: mdxList(`${dir}/explainer`, sectionSchema), schema: sectionSchema }),
  /** The peace-talks background page's sections. */
  'peace-talks': defineCollection({ loader: mdxList(`${dir}/peace-talks`, sectionSchema), schema: sectionSchema }),
  /** Every targeted killing in the list. */
  incidents: defineCollection({ loader: yamlList(`${dir}/incidents.yaml`, incidentSchema), schema: incidentSchema }),
  /** Dated events in the peace talks. */
  'talks-events': defineCollection({
    loader: yamlList(`${dir}/talks-events.yaml`, talksEventSchema),
    schema: talksEventSchema,
  }),
};
