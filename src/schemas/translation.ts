/**
 * A translation file (content/<lang>/…): the text of one English piece and the version of the
 * English it was made from. Which fields it must have is decided by the English piece itself
 * (src/lib/translation.ts compares the two), so this schema only says what text may look like.
 */
import { z } from 'astro/zod';
import type { TextTree } from '../lib/translation';

export const textTreeSchema: z.ZodType<TextTree> = z.lazy(() =>
  z.union([z.string(), z.array(textTreeSchema), z.record(z.string(), textTreeSchema)], {
    error: 'must be text, or a list or group of texts (a translation holds no numbers, dates or yes/no values)',
  }),
);

/** The version of the English the translation was made from: `npm run translations` writes it. */
const translatedFromSchema = z
  .string()
  .regex(/^[0-9a-f]{12}$/, { error: 'must be the 12-character version `npm run translations` prints' })
  .optional();

/** A translated incident or talks event: its text fields, in the English entry's shape. */
export const entryTranslationSchema = z
  .object({ id: z.string(), translatedFrom: translatedFromSchema })
  .catchall(textTreeSchema);

/** The frontmatter of a translated section; the body is the translated MDX. */
export const sectionTranslationSchema = z.object({ translatedFrom: translatedFromSchema }).catchall(textTreeSchema);

export type EntryTranslation = z.output<typeof entryTranslationSchema>;
export type SectionTranslation = z.output<typeof sectionTranslationSchema>;
