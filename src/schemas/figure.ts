/**
 * The captions of the figures on the incident list (content/figures/<id>.yaml), one entry per
 * figure, found by its id. Each caption is a bold title and a text. Text may name values the
 * site fills in when it is built, in braces (`{count}`); each field says which names it may
 * use. A translation keeps the braces and moves them where its grammar wants them; an unknown
 * name fails the build.
 */
import { z } from 'astro/zod';

const text = (what: string) => z.string({ error: `is missing: ${what}` }).min(1);

/** The timeline chart of incidents and peace-talks events. */
export const timelineCaptionSchema = z.object({
  id: z.literal('timeline'),
  /** The caption's bold first sentence; `{from}` and `{until}` are the chart's first and last years. */
  title: text('give the caption a title'),
  /**
   * What the marks mean and where the same data is. `{keyIncident}` and `{eventsOutside}`
   * stand where the two sentences below go when they apply, and are left empty otherwise.
   */
  text: text('say what the marks mean'),
  /** Said when the chart marks the key killing; `{name}` is the person killed. */
  keyIncident: text('say what the vertical rule marks'),
  /** Said when some talks events are older than the chart; `{count}` is how many. */
  eventsOutside: text('say where the earlier talks events are'),
});

/** The map of where the incidents happened. */
export const mapCaptionSchema = z.object({
  id: z.literal('map'),
  /** The caption's bold first sentence. */
  title: text('give the caption a title'),
  /** What the marks mean, whose borders are drawn and what the map leaves out. */
  text: text('say what the marks mean and what the map leaves out'),
});

export const figureSchema = z.discriminatedUnion('id', [timelineCaptionSchema, mapCaptionSchema], {
  error: 'must be the caption of a figure the site has: timeline or map',
});

export type FigureCaption = z.output<typeof figureSchema>;
export type TimelineCaption = z.output<typeof timelineCaptionSchema>;
