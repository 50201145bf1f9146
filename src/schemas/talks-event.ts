/** One dated event in the peace talks: a meeting, a call, a statement or a truce. */
import { z } from 'astro/zod';
import {
  enumOf,
  idSchema,
  laterDevelopmentSchema,
  partialDateSchema,
  pastDateSchema,
  sourcesSchema,
  updateSchema,
} from './common';

/**
 * Which part of the background page the event belongs to, in the order the page shows them.
 * (Their headings: src/i18n/ui/vocabulary.ts.)
 */
export const ERA_CODES = ['earlier', 'talks-2025'] as const;
export type Era = (typeof ERA_CODES)[number];

export const talksEventSchema = z.object({
  /** Stable slug; the public anchor (#id). The file name, content/talks-events/<id>.yaml. */
  id: idSchema,
  /** Former ids, kept so old links keep working. */
  aliases: z.array(idSchema).default([]),
  /** First day (or month) of the event. */
  date: pastDateSchema,
  /** Last day, for events that span days (a summit, a truce). */
  endDate: partialDateSchema.optional(),
  /** A short headline, e.g. "US and Russian officials meet in Riyadh". */
  title: z.string({ error: 'is missing: give the event a short title' }).min(1),
  /** Where it took place ("by telephone" is a place too). */
  place: z.string({ error: 'is missing: say where it took place' }).min(1),
  /** Who took part, each as "Name (role)". */
  participants: z.array(z.string().min(1)).min(1, { error: 'needs at least one participant' }),
  /** What came of it, in the site's own words. */
  outcome: z.string({ error: 'is missing: say what came of it' }).min(1),
  /** Which part of the background it belongs to. */
  era: enumOf(ERA_CODES, 'era'),
  /** At least two reports. */
  sources: sourcesSchema,
  /** Dated corrections and updates. */
  updates: z.array(updateSchema).default([]),
  /** What happened after the as-of date that bears on this event, dated and sourced. */
  later: z.array(laterDevelopmentSchema).default([]),
});
export type TalksEvent = z.output<typeof talksEventSchema>;
