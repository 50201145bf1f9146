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
import { validateList } from '../../src/lib/content-errors';
import { chronological } from '../../src/lib/incidents';
import type { z } from 'astro/zod';

/** The published content; the fixtures live in tests/fixtures/content. */
export const CONTENT = 'content';
export const FIXTURES = 'tests/fixtures/content';

export type Section = z.output<typeof sectionSchema> & { file: string };
export type { Incident, TalksEvent };

/** Incidents, oldest first (ties by id), as the site orders them. */
export const readIncidents = (dir = CONTENT): Incident[] => {
  const file = join(dir, 'incidents.yaml');
  return chronological(validateList(parse(readFileSync(file, 'utf8')), incidentSchema, file));
};

/** Talks events in file order (the timeline groups them by era). */
export const readTalksEvents = (dir = CONTENT): TalksEvent[] => {
  const file = join(dir, 'talks-events.yaml');
  return validateList(parse(readFileSync(file, 'utf8')), talksEventSchema, file);
};

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
