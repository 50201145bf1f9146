/**
 * Frontmatter of a page of editorial prose (content/pages/*.mdx): /methodology/ and /data/.
 * The MDX body is the page's text; its headings carry explicit ids (`<h2 id="dates">`) so that
 * links into the page survive a rewording or a translation.
 *
 * Text fields may name values the site fills in when it is built, in braces: `{count}`, the
 * number of incidents in the list. A translation keeps the braces and moves them where its
 * grammar wants them; an unknown name fails the build.
 */
import { z } from 'astro/zod';
import { idSchema } from './common';

const text = (what: string) => z.string({ error: `is missing: ${what}` }).min(1);

export const pageSchema = z.object({
  /** The page's address without slashes: "methodology" is served at /methodology/. Never translated. */
  id: idSchema,
  /** The title in the browser tab and in search results. */
  title: text('give the page a title for the browser tab'),
  /** One or two sentences for search results and link previews. */
  description: text('describe the page in a sentence for search results'),
  /** The small capitals above the heading, e.g. "Methodology". */
  kicker: text('give the page a kicker, the word above its heading'),
  /** The page's heading (its h1). */
  heading: text('give the page a heading'),
  /** The sentence or two under the heading. */
  standfirst: text('write a standfirst, the sentence under the heading'),
});

export type Page = z.output<typeof pageSchema>;
