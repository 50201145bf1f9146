/**
 * One entry of the glossary (content/glossary.yaml): how a person, place, organisation or
 * recurring term is written in each edition, so that both translations and every page that
 * shows a name from the data spell it the same way everywhere.
 */
import { z } from 'astro/zod';
import { enumOf } from './common';

/** What a glossary entry names (a translator's note, never shown to readers). */
export const GLOSSARY_KINDS = ['person', 'place', 'organisation', 'term'] as const;

const written = (lang: string) =>
  z.string({ error: `is missing: write the ${lang} form` }).min(1, { error: `is empty: write the ${lang} form` });

export const glossaryEntrySchema = z.object({
  /** The name exactly as the English content writes it; the key the data is looked up by. */
  en: written('English'),
  /** Person, place, organisation or term. */
  kind: enumOf(GLOSSARY_KINDS, 'glossary-kind'),
  /** The Russian form, as BBC News Russian would write it. */
  ru: written('Russian'),
  /** The Ukrainian form, as BBC News Ukrainian would write it. */
  uk: written('Ukrainian'),
  /** Why this form, where a translator might doubt it. */
  note: z.string().min(1).optional(),
});
export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
