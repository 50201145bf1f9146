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
import { pageSchema, type Page } from '../../src/schemas/page';
import { figureSchema, type FigureCaption } from '../../src/schemas/figure';
import { snippetSchema } from '../../src/schemas/snippet';
import { ENTRY_FILE, validateEntries } from '../../src/lib/content-errors';
import { chronological } from '../../src/lib/incidents';
import type { z } from 'astro/zod';

/** The published content; the fixtures live in tests/fixtures/content. */
export const CONTENT = 'content';
export const FIXTURES = 'tests/fixtures/content';

export type Section = z.output<typeof sectionSchema> & { file: string; body: string };
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
export const readTalksEvents = (dir = CONTENT): TalksEvent[] =>
  chronological(readEntries(join(dir, 'talks-events'), talksEventSchema));

/** The frontmatter of every MDX file in a folder, parsed by `schema`, with the file's body. */
function readMdx<T>(dir: string, schema: z.ZodType<T>): (T & { file: string; body: string })[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const file = join(dir, f);
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8')) ?? [];
      return { ...schema.parse(parse(front)), file, body };
    });
}

function readSections(dir: string): Section[] {
  return readMdx(dir, sectionSchema).sort((a, b) => a.order - b.order);
}

export const readExplainerSections = (dir = CONTENT) => readSections(join(dir, 'explainer'));
export const readPeaceTalksSections = (dir = CONTENT) => readSections(join(dir, 'peace-talks'));

/**
 * Every piece readers can land on, by collection, with the full page it sits on: explainer
 * sections on /, peace-talks sections and talks events on /peace-talks/, incidents on /incidents/.
 */
export const readPieces = (dir = CONTENT) => ({
  explainer: { page: '/', items: readExplainerSections(dir) },
  'peace-talks': { page: '/peace-talks/', items: readPeaceTalksSections(dir) },
  'talks-events': { page: '/peace-talks/', items: readTalksEvents(dir) },
  incidents: { page: '/incidents/', items: readIncidents(dir) },
});

/** The pages of editorial prose, each served at /<id>/, with their MDX bodies. */
export const readProsePages = (dir = CONTENT): (Page & { file: string; body: string })[] =>
  readMdx(join(dir, 'pages'), pageSchema);

/** Every snippet of editorial prose, with its MDX body. */
export const readSnippets = (dir = CONTENT) => readMdx(join(dir, 'snippets'), snippetSchema);

/** The MDX body of a snippet of editorial prose, by its id. */
export const readSnippet = (id: string, dir = CONTENT): string => {
  const found = readMdx(join(dir, 'snippets'), snippetSchema).find((s) => s.id === id);
  if (!found) throw new Error(`${dir}/snippets has no snippet "${id}"`);
  return found.body;
};

/** The figure captions, by the figure's id. */
export const readFigureCaptions = (dir = CONTENT): Map<string, FigureCaption> =>
  new Map(readEntries(join(dir, 'figures'), figureSchema).map((f) => [f.id, f]));

/** The three pages readers move between. */
export const PAGES = ['/', '/incidents/', '/peace-talks/'] as const;

/** An edition's translation files, by "<kind>/<id>": the YAML entries' data and the MDX files' frontmatter and body. */
export function readTranslations(
  locale: string,
  dir = CONTENT,
): Map<string, { file: string; data: Record<string, unknown>; body?: string }> {
  const out = new Map<string, { file: string; data: Record<string, unknown>; body?: string }>();
  for (const kind of ['incidents', 'talks-events', 'figures', 'explainer', 'peace-talks', 'pages', 'snippets']) {
    const folder = join(dir, locale, kind);
    let names: string[];
    try {
      names = readdirSync(folder).filter((f) => ENTRY_FILE.test(f) || f.endsWith('.mdx'));
    } catch {
      continue;
    }
    for (const name of names) {
      const file = join(folder, name);
      const text = readFileSync(file, 'utf8');
      const id = name.replace(/\.(ya?ml|mdx)$/, '');
      if (name.endsWith('.mdx')) {
        const [, front = '', body = ''] = /^---\n([\s\S]*?)\n?---\n([\s\S]*)$/.exec(text) ?? [];
        out.set(`${kind}/${id}`, { file, data: (parse(front) ?? {}) as Record<string, unknown>, body });
      } else out.set(`${kind}/${id}`, { file, data: (parse(text) ?? {}) as Record<string, unknown> });
    }
  }
  return out;
}
