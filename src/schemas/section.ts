/** Frontmatter of one MDX section of the explainer or of the peace-talks background. */
import { z } from 'astro/zod';
import { idSchema, laterDevelopmentSchema, updateSchema } from './common';

export const sectionSchema = z.object({
  /**
   * The public anchor (#id) and share-page slug. Written by hand, never derived from the
   * title, so a retitled section keeps its links.
   */
  id: idSchema,
  /** Former ids, kept so that old links keep working. */
  aliases: z.array(idSchema).default([]),
  /** The heading, phrased as the reader's question where that helps. */
  title: z.string({ error: 'is missing: give the section a title' }).min(1),
  /** Position on the page; sections are shown in ascending order. */
  order: z.number({ error: 'is missing: give the section an order number' }).int().nonnegative(),
  /** One sentence, used for the contents list and link previews. */
  summary: z.string({ error: 'is missing: write a one-sentence summary' }).min(1),
  /** Ids of incidents this section discusses; an unknown id fails the build. */
  incidents: z.array(idSchema).default([]),
  /** Ids of peace-talks events this section discusses; an unknown id fails the build. */
  events: z.array(idSchema).default([]),
  /** Dated corrections and updates. */
  updates: z.array(updateSchema).default([]),
  /** What happened after the as-of date that bears on this section, dated and sourced. */
  later: z.array(laterDevelopmentSchema).default([]),
});
