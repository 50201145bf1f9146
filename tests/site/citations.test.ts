/**
 * Citing, read from the builds without a browser. Every indexed page carries the tags a
 * reference manager reads (Highwire Press, Dublin Core, Open Graph article times), agreeing
 * with the content and with each other, and a generic metadata reader (Wikimedia's
 * html-metadata, which Wikipedia's citation tool uses) gets a correctly titled and dated item
 * from them. Every piece and main page has a Cite disclosure whose references name what the
 * tags name and whose downloads are the very text it shows; /data/ cites the dataset.
 */
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { parseAll } from 'html-metadata';
import { readExplainerSections, readIncidents, readPeaceTalksSections } from '../support/content';
import { isRedirect, isUnindexed, site, type SetName } from '../support/site';
import { templates } from '../support/templates';
import { SITE } from '../../src/site';
import { lastModified } from '../../src/lib/modified';
import type { PartialDate } from '../../src/lib/partial-date';

for (const name of ['content', 'fixtures'] as SetName[]) {
  const built = site(name);
  const cited = built.pages.filter((p) => !isUnindexed(p) && !isRedirect(p));
  const meta = (path: string, key: string) =>
    built.$(path)(`meta[name="${key}"], meta[property="${key}"]`).attr('content') ?? `(no ${key})`;

  /** When each piece last changed, from its updates in the content, by its share page's master path. */
  const changed = new Map<string, PartialDate>();
  const pieces = [
    ...readIncidents(built.content).map((i) => ({ path: `/incidents/${i.id}/`, updates: i.updates })),
    ...readExplainerSections(built.content).map((s) => ({ path: `/explainer/${s.id}/`, updates: s.updates })),
    ...readPeaceTalksSections(built.content).map((s) => ({ path: `/peace-talks/${s.id}/`, updates: s.updates })),
  ];
  for (const p of pieces) changed.set(p.path, lastModified(SITE.published, p.updates));
  const master = (path: string) => path.replace(/^\/(ru|uk)\//, '/');

  describe(`citation tags in the ${name} build`, () => {
    // Parses every page once, for the tests below too.
    it('are on every indexed page', { timeout: 60_000 }, () => {
      expect(cited.length).toBeGreaterThan(20);
      expect(cited.filter((p) => meta(p.path, 'citation_title').startsWith('(no')).map((p) => p.path)).toEqual([]);
    });

    it.each(cited.map((p) => [p.path]))('%s: title, site, dates, address and language agree', (path) => {
      const $ = built.$(path);
      const siteName = meta(path, 'og:site_name');
      const title = meta(path, 'citation_title');
      // The page's own title, or for the explainer its headline, or for /data/ the dataset's.
      const own = $('head > title').text().replace(` | ${siteName}`, '');
      const expected = master(path) === '/' ? $('h1').text().trim() : master(path) === '/data/' ? title : own;
      expect(title).toBe(expected);
      expect(meta(path, 'DC.title')).toBe(title);
      for (const key of ['citation_author', 'citation_publisher', 'DC.creator', 'DC.publisher'])
        expect(meta(path, key)).toBe(siteName);
      expect(meta(path, 'citation_publication_date')).toBe(SITE.published.iso.replaceAll('-', '/'));
      expect(meta(path, 'citation_online_date')).toBe(SITE.published.iso.replaceAll('-', '/'));
      expect(meta(path, 'DC.date')).toBe(SITE.published.iso);
      expect(meta(path, 'article:published_time')).toBe(SITE.published.iso);
      const modified = changed.get(master(path)) ?? SITE.updated;
      if (master(path) !== '/data/') expect(meta(path, 'article:modified_time')).toBe(modified.iso);
      const canonical = $('link[rel="canonical"]').attr('href');
      expect(meta(path, 'citation_public_url')).toBe(canonical);
      expect(meta(path, 'DC.identifier')).toBe(canonical);
      expect(meta(path, 'citation_language')).toBe($('html').attr('lang'));
      expect(meta(path, 'DC.language')).toBe($('html').attr('lang'));
    });
  });

  describe(`the Cite disclosure in the ${name} build`, () => {
    it.each(cited.map((p) => [p.path]))('%s cites the page as its tags do, and its files name it too', (path) => {
      const $ = built.$(path);
      const title = meta(path, 'citation_title');
      const url = meta(path, 'citation_public_url');
      const own = $('details.cite').filter((_, d) => $(d).children('summary').text().endsWith(`: ${title}`));
      expect(own, `a Cite disclosure for "${title}"`).toHaveLength(1);
      expect(own.attr('data-print')).toBe('hide');
      const refs = own.find('.cite-reference');
      expect(refs).toHaveLength(4);
      refs.each((_, r) => {
        const text = $(r).text();
        expect(text).toContain(url);
        expect(text).toContain(String(SITE.published.year));
      });
      const files = own
        .find('a[download]')
        .map((_, a) => a.attribs['href'] ?? '')
        .get();
      expect(files.map((f) => f.split('.').at(-1))).toEqual(['bib', 'ris', 'json']);
      // Each Copy button copies its file; each file names the piece and its address.
      const copies = own
        .find('button[data-copy-url]')
        .map((_, b) => b.attribs['data-copy-url'])
        .get();
      expect(copies).toEqual(files);
      const [bib = '', ris = '', json = ''] = files.map((f) => built.read(f));
      expect(bib).toContain(`url = {${url}}`);
      expect(ris).toContain(`UR  - ${url}`);
      expect(ris).toContain(`TI  - ${title}`);
      expect(JSON.parse(json)[0]).toMatchObject({ title, URL: url });
    });

    it('every incident in the list and every section on the long pages can be cited', () => {
      const count = (path: string) => built.$(path)('details.cite').length;
      expect(count('/incidents/')).toBe(readIncidents(built.content).length + 1);
      expect(count('/')).toBe(readExplainerSections(built.content).length + 1);
      expect(count('/peace-talks/')).toBe(readPeaceTalksSections(built.content).length + 1);
    });
  });
}

describe('what a reference manager saves', () => {
  const content = site('content');
  // One page of each template, in every edition: what a reader's tool makes of it.
  const indexed = new Set(content.pages.filter((p) => !isUnindexed(p)).map((p) => p.path));
  const pages = templates(content.dist)
    .map((t) => t.page)
    .filter((p) => indexed.has(p));

  it.each(pages.map((p) => [p]))('%s is saved with its title, the site, its date and its address', async (path) => {
    const found = await parseAll(load(content.read(path)));
    const hw = found['highwirePress'] ?? {};
    const dc = found['dublinCore'] ?? {};
    const og = found['openGraph'] ?? {};
    // As Zotero's and Citoid's readers do: Highwire first, then Dublin Core, then Open Graph.
    const date = String(hw['publication_date'] ?? dc['date'] ?? og['published_time']).replaceAll('/', '-');
    expect(date).toBe(SITE.published.iso);
    expect(hw['title']).toBe(dc['title']);
    expect(hw['author']).toBe(og['site_name']);
    expect(hw['public_url']).toBe(found['general']?.['canonical']);
    expect(hw['language']).toBe(found['general']?.['lang']);
  });

  it('/data/ cites the dataset, versioned by the day the data last changed', () => {
    const $ = content.$('/data/');
    const json = JSON.parse(content.read('data/incidents.json')) as { title: string; version: string };
    // The data's own title, without the site's name before it (the site is the author).
    const title = json.title.split(': ').slice(1).join(': ');
    expect($('meta[name="citation_title"]').attr('content')).toBe(title.charAt(0).toUpperCase() + title.slice(1));
    expect($('meta[name="DC.type"]').attr('content')).toBe('Dataset');
    expect($('meta[property="article:modified_time"]').attr('content')).toBe(json.version);
    const csl = JSON.parse(content.read($('details.cite a[download]').last().attr('href') ?? ''))[0];
    expect(csl.type).toBe('dataset');
    expect(csl.issued['date-parts'][0].join('-')).toBe(json.version.replace(/-0/g, '-'));
  });
});
