/**
 * A page per piece, with its own preview, and the links between pages: every fragment link
 * in the build resolves, every page's preview tags are complete and point at a 1200×630
 * PNG that exists, JSON-LD parses, and the sitemap, robots.txt and feed are in place.
 * Reads the build output (dist/) and drives the pages served from it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readEvents, readExplainerSections, readIncidents, readPeaceTalksSections } from '../content';
import { chronological } from '../../src/lib/incidents';

const DIST = 'dist';

/** Every built HTML page, as the path a browser asks for. */
const PAGES = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => `/${relative(DIST, join(DIST, f)).split(sep).join('/')}`.replace(/index\.html$/, ''))
  .sort();

/** True for the redirects left at former ids: they carry no preview of their own. */
const isRedirect = (path: string) =>
  /<meta http-equiv="refresh"/.test(readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8'));

/** True for pages that ask not to be indexed (redirects, the 404 page): they have no preview. */
const isUnindexed = (path: string) =>
  /<meta name="robots" content="noindex"/.test(
    readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8'),
  );

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file behind a site address, e.g. https://example.org/og/site.png → dist/og/site.png. */
const fileOf = (url: string) => join(DIST, new URL(url).pathname);

const sections = readExplainerSections();
const talks = readPeaceTalksSections();
const incidents = chronological(readIncidents());
const SHARE_PAGES = [
  ...sections.map((s, i, all) => ({
    path: `/explainer/${s.id}/`,
    title: s.title,
    description: s.summary,
    full: `/#${s.id}`,
    prev: all[i - 1] && `/explainer/${all[i - 1]?.id}/`,
    next: all[i + 1] && `/explainer/${all[i + 1]?.id}/`,
  })),
  ...talks.map((s, i, all) => ({
    path: `/peace-talks/${s.id}/`,
    title: s.title,
    description: s.summary,
    full: `/peace-talks/#${s.id}`,
    prev: all[i - 1] && `/peace-talks/${all[i - 1]?.id}/`,
    next: all[i + 1] && `/peace-talks/${all[i + 1]?.id}/`,
  })),
  ...incidents.map((inc, i, all) => ({
    path: `/incidents/${inc.id}/`,
    title: inc.person.name,
    description: inc.summary,
    full: `/incidents/#${inc.id}`,
    prev: all[i - 1] && `/incidents/${all[i - 1]?.id}/`,
    next: all[i + 1] && `/incidents/${all[i + 1]?.id}/`,
  })),
];

const meta = (page: Page, attr: 'property' | 'name', key: string) =>
  page.locator(`meta[${attr}="${key}"]`).getAttribute('content');

test('every fragment link on every built page reaches an element with that id', async ({ page }) => {
  test.setTimeout(180_000);
  const idsOn = new Map<string, Set<string>>();
  const ids = async (path: string) => {
    if (!idsOn.has(path)) {
      await page.goto(path);
      idsOn.set(path, new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))));
    }
    return idsOn.get(path) ?? new Set<string>();
  };
  let checked = 0;
  // Redirects hold no fragment links, and their meta refresh would navigate away mid-read.
  for (const path of PAGES.filter((p) => !isRedirect(p))) {
    await page.goto(path);
    const links = await page
      .locator('a[href*="#"]')
      // Resolved by hand: an SVG <a> (chart and map marks) has no string `href` property.
      .evaluateAll((as) =>
        as.map((a) => ({
          raw: a.getAttribute('href'),
          href: new URL(a.getAttribute('href') ?? '', location.href).href,
        })),
      );
    for (const { raw, href } of links) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      const id = decodeURIComponent(url.hash.slice(1));
      expect((await ids(url.pathname)).has(id), `${path}: ${raw} has no target on ${url.pathname}`).toBe(true);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(SHARE_PAGES.length);
});

test('every page has complete preview tags whose image is a 1200×630 PNG in the build', async ({ page }) => {
  test.setTimeout(120_000);
  const pages = PAGES.filter((p) => !isUnindexed(p));
  expect(pages).toContain('/');
  for (const path of pages) {
    await page.goto(path);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical, path).toMatch(/^https?:\/\//);
    for (const key of ['type', 'site_name', 'title', 'description', 'url', 'image', 'image:alt'])
      expect((await meta(page, 'property', `og:${key}`))?.trim(), `${path} og:${key}`).toBeTruthy();
    for (const key of ['card', 'title', 'description', 'image', 'image:alt'])
      expect((await meta(page, 'name', `twitter:${key}`))?.trim(), `${path} twitter:${key}`).toBeTruthy();
    expect(await meta(page, 'name', 'twitter:card')).toBe('summary_large_image');
    expect(await meta(page, 'property', 'og:url')).toBe(canonical);
    const image = (await meta(page, 'property', 'og:image')) ?? '';
    expect(new URL(image).origin, `${path}: og:image is on the canonical site`).toBe(new URL(canonical ?? '').origin);
    expect(await meta(page, 'name', 'twitter:image')).toBe(image);
    expect(existsSync(fileOf(image)), `${path}: ${image} exists in the build`).toBe(true);
    expect(pngSize(fileOf(image)), image).toEqual({ width: 1200, height: 630 });
    expect(await meta(page, 'property', 'og:image:width')).toBe('1200');
    expect(await meta(page, 'property', 'og:image:height')).toBe('630');
  }
});

test.describe('share pages', () => {
  test('one for every explainer section, peace-talks section and incident, and nothing else', () => {
    const built = PAGES.filter((p) => /^\/(explainer|peace-talks|incidents)\/[^/]+\/$/.test(p) && !isRedirect(p));
    expect(built.sort()).toEqual(SHARE_PAGES.map((p) => p.path).sort());
  });

  for (const p of SHARE_PAGES) {
    test(`${p.path} shows its piece, previews it and leads on`, async ({ page }) => {
      const response = await page.goto(p.path);
      expect(response?.status()).toBe(200);
      await expect(page).toHaveTitle(new RegExp(`^${p.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      await expect(page.locator('h1')).toHaveText(p.title);
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
      expect(new URL(canonical).pathname).toBe(p.path);
      expect(await meta(page, 'name', 'description')).toBe(p.description);
      expect(await meta(page, 'property', 'og:description')).toBe(p.description);
      expect(await meta(page, 'property', 'og:title')).toContain(p.title);
      expect(await meta(page, 'property', 'og:image:alt')).toContain(p.title);
      expect(await meta(page, 'property', 'og:type')).toBe('article');
      await expect(page.locator(`main a[href="${p.full}"]`)).toHaveCount(1);
      const nav = page.getByRole('navigation', { name: 'More of this story' });
      if (p.prev) await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', p.prev);
      else await expect(nav.locator('a[rel="prev"]')).toHaveCount(0);
      if (p.next) await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', p.next);
      else await expect(nav.locator('a[rel="next"]')).toHaveCount(0);
    });
  }
});

test.describe('structured data', () => {
  const jsonLd = async (page: Page) =>
    (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (t) => JSON.parse(t) as Record<string, unknown>,
    );

  test('the explainer is a NewsArticle with its dates, publisher and preview image', async ({ page }) => {
    await page.goto('/');
    const [article, ...rest] = await jsonLd(page);
    expect(rest).toEqual([]);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(article).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', url: canonical });
    expect(article?.['headline']).toBe(await page.locator('h1').textContent());
    expect(article?.['datePublished']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article?.['dateModified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article?.['publisher']).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
    const [image] = article?.['image'] as string[];
    expect(image).toBe(await meta(page, 'property', 'og:image'));
    expect(pngSize(fileOf(image ?? ''))).toEqual({ width: 1200, height: 630 });
  });

  test('the incident list is an ItemList of every incident, oldest first, at its share page', async ({ page }) => {
    await page.goto('/incidents/');
    const [list] = await jsonLd(page);
    const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
    expect(list).toMatchObject({ '@type': 'ItemList', numberOfItems: incidents.length });
    expect(list?.['itemListElement']).toEqual(
      incidents.map((i, n) => ({
        '@type': 'ListItem',
        position: n + 1,
        name: i.person.name,
        description: expect.stringMatching(/^(About )?\d{1,2} [A-Z][a-z]+ \d{4}|^[A-Z][a-z]+ \d{4}/),
        url: `${origin}/incidents/${i.id}/`,
      })),
    );
  });
});

test.describe('sitemap, robots.txt and feed', () => {
  test('the sitemap lists every page worth indexing and no redirect', async ({ request }) => {
    const index = await (await request.get('/sitemap-index.xml')).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls: string[] = [];
    for (const s of sitemaps) {
      const xml = await (await request.get(s)).text();
      urls.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname));
    }
    // Pages that ask not to be indexed (redirects, the print edition) stay out of the sitemap.
    const expected = PAGES.filter((p) => p.endsWith('/') && !isUnindexed(p));
    expect(urls.sort()).toEqual(expected.sort());
  });

  test('robots.txt points at the sitemap', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
    expect((await request.get(new URL(sitemap).pathname)).status()).toBe(200);
  });

  test('the feed lists every explainer section, incident and logged change, newest first', async ({
    page,
    request,
  }) => {
    const xml = await (await request.get('/rss.xml')).text();
    await page.goto('/');
    const { links, dates } = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) throw new Error('rss.xml does not parse');
      const items = [...doc.querySelectorAll('item')];
      return {
        links: items.map((i) => {
          const url = new URL(i.querySelector('link')?.textContent ?? '');
          return url.pathname + url.hash;
        }),
        dates: items.map((i) => Date.parse(i.querySelector('pubDate')?.textContent ?? '')),
      };
    }, xml);
    // Each update and correction is an item of its own, linking to the change beside its item.
    const changes = [
      ...incidents.flatMap((i) => (i.updates ?? []).map((_, n) => `/incidents/#${i.id}-update-${n + 1}`)),
      ...sections.flatMap((s) => (s.updates ?? []).map((_, n) => `/#${s.id}-update-${n + 1}`)),
      ...readPeaceTalksSections().flatMap((s) =>
        (s.updates ?? []).map((_, n) => `/peace-talks/#${s.id}-update-${n + 1}`),
      ),
      ...readEvents().flatMap((e) => (e.updates ?? []).map((_, n) => `/peace-talks/#${e.id}-update-${n + 1}`)),
    ];
    expect(links.sort()).toEqual(
      [
        ...sections.map((s) => `/explainer/${s.id}/`),
        ...incidents.map((i) => `/incidents/${i.id}/`),
        ...changes,
      ].sort(),
    );
    expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/rss.xml');
  });
});
