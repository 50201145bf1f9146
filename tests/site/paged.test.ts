/**
 * Every link to an incident goes through the list's `pathOf`. Grown past the page limit
 * (tests/support/paged-content.ts), the list is split into a page per year, or per month in a
 * crowded year, and /incidents/ becomes an index without entries: a link written or built as
 * "/incidents/#id" would land on a page without the incident. So every link into the list from
 * the explainer (its prose and its "In the incident list" lines, on the long page and on each
 * section's own page) and from each incident's own page must land on a page with that id.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { fileForPath } from '../gates/site-files';
import { readExplainerSections, readIncidents } from '../support/content';
import { site } from '../support/site';

const paged = site('paged');
const sections = readExplainerSections(paged.content);
const size = readIncidents(paged.content).length;

/** The ids on each built page, read once. */
const idsOn = new Map<string, ReadonlySet<string>>();
function ids(file: string): ReadonlySet<string> {
  let known = idsOn.get(file);
  if (!known) {
    const $ = load(paged.read(file));
    idsOn.set(
      file,
      (known = new Set(
        $('[id]')
          .map((_, el) => el.attribs['id'] ?? '')
          .get(),
      )),
    );
  }
  return known;
}

/** Where a link to an incident lands: "" when the page has the incident, or what is wrong. */
function landing(href: string): string {
  const url = new URL(href, 'http://site.invalid');
  const file = fileForPath(url.pathname, paged.files);
  if (!file) return `${href}: no such page`;
  return ids(file).has(url.hash.slice(1)) ? '' : `${href}: ${url.pathname} has no element with that id`;
}

/** Links into the incident list on a built page, with the address each shows. */
function incidentLinks(path: string): string[] {
  return paged
    .$(path)('main a[href^="/incidents/"]')
    .map((_, a) => a.attribs['href'] ?? '')
    .get()
    .filter((href) => href.includes('#'));
}

describe(`a list of ${size} incidents, split into pages`, () => {
  it('has an index without entries, and a page per year or month with them', () => {
    expect(paged.$('/incidents/')('article.incident')).toHaveLength(0);
    const periods = paged.pages.filter((p) => /^\/incidents\/\d{4}\/(\d{2}\/|month-unknown\/)?$/.test(p.path));
    expect(periods.some((p) => /\/\d{4}\/\d{2}\/$/.test(p.path))).toBe(true);
    expect(periods.some((p) => /\/\d{4}\/$/.test(p.path))).toBe(true);
    expect(periods.length).toBeGreaterThan(12);
  });

  const explainerPages = ['/', ...sections.map((s) => `/explainer/${s.id}/`)];
  it.each(explainerPages.map((p) => [p]))('every incident link on %s lands on the incident', (path) => {
    const links = incidentLinks(path);
    expect(links.map(landing).filter(Boolean)).toEqual([]);
  });

  it('the explainer links every incident its prose and its sections name, and none to the index', () => {
    const linked = new Set(incidentLinks('/').map((href) => new URL(href, 'http://x').hash.slice(1)));
    const inProse = sections.flatMap((s) =>
      [...readFileSync(s.file, 'utf8').matchAll(/\]\(\/incidents\/#([a-z0-9-]+)\)/g)].map((m) => m[1]),
    );
    expect(inProse.length).toBeGreaterThan(0);
    for (const id of [...inProse, ...sections.flatMap((s) => s.incidents)]) expect(linked, id).toContain(id);
    expect(incidentLinks('/').filter((href) => href.startsWith('/incidents/#'))).toEqual([]);
  });

  it('every incident’s own page leads into the list where the incident is', () => {
    const own = paged.pages.filter((p) => /^\/incidents\/[a-z][a-z0-9-]*\/$/.test(p.path));
    expect(own.length).toBeGreaterThanOrEqual(size);
    const full = own.map((p) => /<p class="full"[^>]*><a href="([^"]+)"/.exec(p.html)?.[1] ?? `${p.path}: no link`);
    expect(full.map(landing).filter(Boolean)).toEqual([]);
  });
});
