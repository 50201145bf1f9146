/**
 * The published content with its incident list grown by synthetic incidents, cloned from the
 * real ones and dated across the real list's span: big enough that the list is split into
 * pages (see src/lib/list-pages.ts). The tests build it at PAGED_SIZE incidents into
 * PAGED_CONTENT (`npm run build:paged`, or on demand in tests/support/site.ts); `npm run bench`
 * grows the list the same way to the sizes it measures.
 *
 * Run directly (`node tests/support/paged-content.ts`) it writes PAGED_CONTENT.
 */
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** Where the grown content is written (ignored by git). */
export const PAGED_CONTENT = '.paged-content';
/**
 * How many synthetic incidents the tests' list gains, all in PAGED_SPAN: more than the page
 * limit (DATA.listPageLimit, 200) in one year, so the list has pages per month (that year) and
 * per year (the others), whatever the real list holds.
 */
export const PAGED_SYNTHETIC = 230;
/** When a grown list's synthetic incidents happen: the real list's span, or part of it. */
export interface Span {
  from: string;
  to: string;
}
/** The real list's span, which the bench fills evenly. */
export const FULL_SPAN: Span = { from: '2022-08-01', to: '2025-04-25' };
/** The tests' grown list crowds one year rather than every year: a small build with both kinds of page. */
export const PAGED_SPAN: Span = { from: '2024-01-01', to: '2024-12-31' };

type Entry = Record<string, unknown>;

/** A small deterministic generator, so two runs build the same synthetic list. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** The real incidents plus synthetic ones cloned from them, `total` in all, dated within `span`. */
export function grownIncidents(real: readonly Entry[], total: number, span: Span = FULL_SPAN): Entry[] {
  const rnd = random(42);
  const start = Date.parse(span.from);
  const end = Date.parse(span.to);
  const out = [...real];
  for (let n = 0; out.length < total; n++) {
    const base = real[n % real.length] ?? {};
    const day = new Date(start + rnd() * (end - start)).toISOString().slice(0, 10);
    // Facts that belong to the real incident (its time, notes, later developments) stay with it.
    const { time, timeZone, dateNote, approximateDate, approximateTime, later, ...rest } = base;
    out.push({
      ...rest,
      id: `synthetic-${n + 1}`,
      aliases: [],
      // One in five synthetic dates is known only to the month, as in real lists.
      date: rnd() < 0.2 ? day.slice(0, 7) : day,
      person: { name: `Synthetic Person ${n + 1}` },
      updates: [],
    });
  }
  return out;
}

/** The real incidents of a content set (one file each, named by id), as plain entries with their ids. */
function realIncidents(dir: string): Entry[] {
  const folder = join(dir, 'incidents');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('synthetic-'))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(join(folder, f), 'utf8')) as Entry) }));
}

/** Where the glossary's entries for the synthetic people begin, so growing the list again replaces them. */
const GLOSSARY_MARK = '# Synthetic people, written by tests/support/paged-content.ts';

/**
 * Gives every synthetic person a name in each edition, appended to the glossary: the build
 * refuses a name shown from the data that the glossary cannot give in every edition.
 */
function addToGlossary(dir: string, names: readonly string[]): void {
  const file = join(dir, 'glossary.yaml');
  const text = readFileSync(file, 'utf8');
  const kept = text.includes(GLOSSARY_MARK) ? text.slice(0, text.indexOf(GLOSSARY_MARK)) : text;
  const entries = names.map((en) => {
    const n = en.replace(/\D+/g, '');
    return { en, kind: 'person', ru: `Синтетический человек ${n}`, uk: `Синтетична особа ${n}` };
  });
  writeFileSync(file, `${kept.trimEnd()}\n\n${GLOSSARY_MARK}\n${names.length ? stringify(entries) : ''}`);
}

/** Grows the incident list of the content set in `dir` to `total`, one file per synthetic incident. */
export function growIncidents(dir: string, total: number, span: Span = FULL_SPAN): void {
  const folder = join(dir, 'incidents');
  for (const f of readdirSync(folder)) if (f.startsWith('synthetic-')) rmSync(join(folder, f));
  const real = realIncidents(dir);
  const synthetic = grownIncidents(real, total, span).slice(real.length);
  for (const { id, ...fields } of synthetic)
    // Clones share objects; written out in full, not as YAML aliases (which the loader rightly caps).
    writeFileSync(join(folder, `${String(id)}.yaml`), stringify(fields, { aliasDuplicateObjects: false }));
  addToGlossary(
    dir,
    synthetic.map((i) => String((i['person'] as Entry)['name'])),
  );
}

/** Copies the content set `from` into `to`, with its incident list grown to `total` within `span`. */
export function writeGrownContent(from: string, to: string, total: number, span: Span = FULL_SPAN): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  growIncidents(to, total, span);
}

/** The tests' grown content set: the published content and PAGED_SYNTHETIC more incidents. */
export const writePagedContent = () =>
  writeGrownContent('content', PAGED_CONTENT, realIncidents('content').length + PAGED_SYNTHETIC, PAGED_SPAN);

if (import.meta.main) writePagedContent();
