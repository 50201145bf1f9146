/**
 * A page per piece, with its own preview, read from the builds without a browser: every
 * indexed page's preview tags point at a 1200×630 PNG that exists; one share page per
 * section and incident, each titled, described, previewed and leading on; JSON-LD; and the
 * sitemap, robots.txt and feed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { FIXTURES, readExplainerSections, readIncidents, readPeaceTalksSections, readPieces } from '../support/content';
import { isRedirect, isUnindexed, site, type SetName } from '../support/site';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const content = site('content');
const meta = (path: string, attr: 'property' | 'name', key: string) =>
  content.$(path)(`meta[${attr}="${key}"]`).attr('content');

for (const name of ['content', 'fixtures'] as SetName[]) {
  const built = site(name);
  describe(`preview tags in the ${name} build`, () => {
    const indexed = built.pages.filter((p) => !isUnindexed(p));
    it.each(indexed.map((p) => [p.path]))('%s has complete preview tags and a 1200×630 image', (path) => {
      const $ = built.$(path);
      const m = (attr: string, key: string) => $(`meta[${attr}="${key}"]`).attr('content')?.trim();
      const canonical = $('link[rel="canonical"]').attr('href') ?? '';
      expect(canonical).toMatch(/^https?:\/\//);
      for (const key of ['type', 'site_name', 'title', 'description', 'url', 'image', 'image:alt'])
        expect(m('property', `og:${key}`), `og:${key}`).toBeTruthy();
      for (const key of ['card', 'title', 'description', 'image', 'image:alt'])
        expect(m('name', `twitter:${key}`), `twitter:${key}`).toBeTruthy();
      expect(m('name', 'twitter:card')).toBe('summary_large_image');
      expect(m('property', 'og:url')).toBe(canonical);
      const image = m('property', 'og:image') ?? '';
      expect(new URL(image).origin).toBe(new URL(canonical).origin);
      expect(m('name', 'twitter:image')).toBe(image);
      const file = join(built.dist, new URL(image).pathname);
      expect(existsSync(file), `${image} exists in the build`).toBe(true);
      expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
      expect(m('property', 'og:image:width')).toBe('1200');
      expect(m('property', 'og:image:height')).toBe('630');
    });
  });
}

describe('share pages', () => {
  const sections = readExplainerSections();
  const talks = readPeaceTalksSections();
  const incidents = readIncidents();
  const around = <T extends { id: string }>(all: T[], i: number, path: (id: string) => string) => ({
    prev: all[i - 1] && path(all[i - 1]!.id),
    next: all[i + 1] && path(all[i + 1]!.id),
  });
  const SHARE_PAGES = [
    ...sections.map((s, i, all) => ({
      path: `/explainer/${s.id}/`,
      title: s.title,
      description: s.summary,
      full: `/#${s.id}`,
      ...around(all, i, (id) => `/explainer/${id}/`),
    })),
    ...talks.map((s, i, all) => ({
      path: `/peace-talks/${s.id}/`,
      title: s.title,
      description: s.summary,
      full: `/peace-talks/#${s.id}`,
      ...around(all, i, (id) => `/peace-talks/${id}/`),
    })),
    ...incidents.map((inc, i, all) => ({
      path: `/incidents/${inc.id}/`,
      title: inc.person.name,
      description: inc.summary,
      full: `/incidents/#${inc.id}`,
      ...around(all, i, (id) => `/incidents/${id}/`),
    })),
  ];

  it('one for every explainer section, peace-talks section and incident, and nothing else', () => {
    const built = content.pages
      .filter((p) => /^\/(explainer|peace-talks|incidents)\/[^/]+\/$/.test(p.path) && !isRedirect(p))
      .map((p) => p.path);
    expect(built.sort()).toEqual(SHARE_PAGES.map((p) => p.path).sort());
  });

  it.each(SHARE_PAGES.map((p) => [p.path, p] as const))('%s shows its piece, previews it and leads on', (path, p) => {
    const $ = content.$(path);
    expect($('title').text().startsWith(p.title)).toBe(true);
    expect($('h1').text()).toBe(p.title);
    expect(new URL($('link[rel="canonical"]').attr('href') ?? '').pathname).toBe(path);
    expect(meta(path, 'name', 'description')).toBe(p.description);
    expect(meta(path, 'property', 'og:description')).toBe(p.description);
    expect(meta(path, 'property', 'og:title')).toContain(p.title);
    expect(meta(path, 'property', 'og:image:alt')).toContain(p.title);
    expect(meta(path, 'property', 'og:type')).toBe('article');
    expect($(`main a[href="${p.full}"]`)).toHaveLength(1);
    const nav = $('nav[aria-label="More of this story"]');
    expect(nav.find('a[rel="prev"]').attr('href')).toBe(p.prev);
    expect(nav.find('a[rel="next"]').attr('href')).toBe(p.next);
  });
});

describe('structured data', () => {
  const jsonLd = (path: string) =>
    content
      .$(path)('script[type="application/ld+json"]')
      .toArray()
      .map((s) => JSON.parse(content.$(path)(s).text()) as Record<string, unknown>);

  it('the explainer is a NewsArticle with its dates, publisher and preview image', () => {
    const [article, ...rest] = jsonLd('/');
    expect(rest).toEqual([]);
    const canonical = content.$('/')('link[rel="canonical"]').attr('href');
    expect(article).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', url: canonical });
    expect(article?.['headline']).toBe(content.$('/')('h1').text());
    expect(article?.['datePublished']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article?.['dateModified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article?.['publisher']).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
    const [image] = article?.['image'] as string[];
    expect(image).toBe(meta('/', 'property', 'og:image'));
  });

  it('the incident list is an ItemList of every incident, oldest first, at its share page, dated', () => {
    const [list] = jsonLd('/incidents/');
    const origin = new URL(content.$('/incidents/')('link[rel="canonical"]').attr('href') ?? '').origin;
    const incidents = readIncidents();
    expect(list).toMatchObject({ '@type': 'ItemList', numberOfItems: incidents.length });
    expect(list?.['itemListElement']).toEqual(
      incidents.map((i, n) => ({
        '@type': 'ListItem',
        position: n + 1,
        name: i.person.name,
        description: expect.stringMatching(/^(About )?(\d{1,2} )?[A-Z][a-z]+ \d{4}/),
        url: `${origin}/incidents/${i.id}/`,
      })),
    );
  });
});

describe('sitemap, robots.txt and feed', () => {
  for (const name of ['content', 'fixtures'] as SetName[]) {
    const built = site(name);
    it(`the ${name} sitemap lists exactly the pages whose robots meta lets them be indexed`, () => {
      const index = built.read('sitemap-index.xml');
      const urls = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((m) => {
        const xml = built.read(new URL(m[1] ?? '').pathname);
        return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((u) => new URL(u[1] ?? '').pathname);
      });
      expect(urls.sort()).toEqual(
        built.pages
          .filter((p) => !isUnindexed(p))
          .map((p) => p.path)
          .sort(),
      );
      // Not vacuous: the print edition, the 404 page and (in the fixtures) redirects say noindex.
      expect(built.pages.filter(isUnindexed).map((p) => p.path)).toEqual(
        expect.arrayContaining([
          '/404.html',
          '/print/',
          ...(name === 'fixtures' ? ['/incidents/fixture-old-person/'] : []),
        ]),
      );
    });
  }

  it('robots.txt points at the sitemap', () => {
    const robots = content.read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
    expect(content.files.has(new URL(sitemap).pathname.slice(1))).toBe(true);
  });

  for (const [name, dir] of [
    ['content', undefined],
    ['fixtures', FIXTURES],
  ] as const) {
    it(`the ${name} feed lists every explainer section, incident and logged change, newest first`, () => {
      const built = site(name);
      const $ = load(built.read('rss.xml'), { xml: true });
      const items = $('item').toArray();
      const links = items.map((i) => {
        const url = new URL($(i).find('link').text());
        return url.pathname + url.hash;
      });
      const dates = items.map((i) => Date.parse($(i).find('pubDate').text()));
      const sections = readExplainerSections(dir);
      const incidents = readIncidents(dir);
      // Each update and correction is an item of its own, linking to the change beside its item.
      const changes = Object.values(readPieces(dir)).flatMap(({ page, items: pieces }) =>
        pieces.flatMap((p) => p.updates.map((_, n) => `${page}#${p.id}-update-${n + 1}`)),
      );
      expect(links.sort()).toEqual(
        [
          ...sections.map((s) => `/explainer/${s.id}/`),
          ...incidents.map((i) => `/incidents/${i.id}/`),
          ...changes,
        ].sort(),
      );
      expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      expect(built.$('/')('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe('/rss.xml');
    });
  }
});
