/**
 * Frontmatter of a snippet (content/snippets/*.mdx): a short piece of editorial prose shown
 * outside any page's own text, such as the footer's note on sources. The MDX body is the text.
 */
import { z } from 'astro/zod';
import { idSchema } from './common';

export const snippetSchema = z.object({
  /** How the site finds the snippet, e.g. "about-the-sources". Never translated. */
  id: idSchema,
});
