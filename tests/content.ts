/**
 * Reads the published content straight from the files, so tests compare the built pages
 * with what editors wrote rather than with numbers copied into the tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Speaker } from '../src/schemas/attribution';

const DIR = process.env['CONTENT_DIR'] ?? 'content';

export interface RawUpdate {
  date: string;
  kind: 'update' | 'correction';
  text: string;
  was?: string;
  now?: string;
}
export interface RawIncident {
  id: string;
  date: string;
  person: { name: string };
  role: string;
  summary: string;
  place: { locality: string; setting: 'russia' | 'occupied-ukraine' };
  sources: { url: string }[];
  aliases?: string[];
  // Fields the filters, downloads and update log are checked against.
  category: string;
  method: string;
  attribution?: { speaker: Speaker; act: string; who: string; text: string }[];
  updates?: RawUpdate[];
}
export interface RawEvent {
  id: string;
  date: string;
  title: string;
  sources: { url: string }[];
  updates?: RawUpdate[];
  aliases?: string[];
}
export interface RawSection {
  id: string;
  title: string;
  order: number;
  summary: string;
  file: string;
  updates?: RawUpdate[];
  aliases?: string[];
}

export const readIncidents = (): RawIncident[] => parse(readFileSync(join(DIR, 'incidents.yaml'), 'utf8'));
export const readEvents = (): RawEvent[] => parse(readFileSync(join(DIR, 'talks-events.yaml'), 'utf8'));

function readSections(sub: string): RawSection[] {
  const dir = join(DIR, sub);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      return { ...(parse(front) as Omit<RawSection, 'file'>), file: join(dir, f) };
    })
    .sort((a, b) => a.order - b.order);
}

export const readExplainerSections = () => readSections('explainer');
export const readPeaceTalksSections = () => readSections('peace-talks');

/** The site's pages, with the h1 a reader should see on each. */
export const PAGES = ['/', '/incidents/', '/peace-talks/'] as const;
