/**
 * Reads a content set straight from its files, parsed by the site's own schemas, so tests
 * compare the built pages with what editors wrote rather than with numbers copied into the
 * tests, and with the same types and defaults the site uses.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { incidentSchema, type Incident } from '../../src/schemas/incident';
import { talksEventSchema, type TalksEvent } from '../../src/schemas/talks-event';
import { sectionSchema } from '../../src/schemas/section';
import { ENTRY_FILE, validateEntries } from '../../src/lib/content-errors';
import { chronological } from '../../src/lib/incidents';
import type { z } from 'astro/zod';

/** The published content; the fixtures live in tests/fixtures/content. */
export const CONTENT = 'content';
export const FIXTURES = 'tests/fixtures/content';

export type Section = z.output<typeof sectionSchema> & { file: string };
export type { Incident, TalksEvent };

/** A folder of YAML entries (one file each, named by id), read as the site's loader reads it. */
function readEntries<S extends z.ZodType<{ id: string }>>(folder: string, schema: S): z.output<S>[] {
  const files = readdirSync(folder)
    .filter((f) => ENTRY_FILE.test(f))
    .sort()
    .map((f) => ({ file: join(folder, f), text: readFileSync(join(folder, f), 'utf8') }));
  return validateEntries(files, schema).map((e) => e.data);
}

/** Incidents, oldest first (ties by id), as the site orders them. */
export const readIncidents = (dir = CONTENT): Incident[] =>
  chronological(readEntries(join(dir, 'incidents'), incidentSchema));

/** Talks events, oldest first (ties by id), as the site orders them (the timeline then groups them by era). */
export const readEvents = (dir = CONTENT): TalksEvent[] =>
  chronological(readEntries(join(dir, 'talks-events'), talksEventSchema));

function readSections(dir: string): Section[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const file = join(dir, f);
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
      return { ...sectionSchema.parse(parse(front)), file };
    })
    .sort((a, b) => a.order - b.order);
}

export const readExplainerSections = (dir = CONTENT) => readSections(join(dir, 'explainer'));
export const readPeaceTalksSections = (dir = CONTENT) => readSections(join(dir, 'peace-talks'));

/** The three pages readers move between. */
export const PAGES = ['/', '/incidents/', '/peace-talks/'] as const;
