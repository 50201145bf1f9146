/**
 * Embedding, read from both builds in every edition: each share page links an oEmbed document
 * that exists and gives the code its "Embed" disclosure shows, a quotation that names the piece
 * and a frame of its card; each card is small, has no script, loads nothing from elsewhere,
 * leads out of the frame to its piece and marks English left untranslated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { weighPage } from '../gates/budget';
import { pageUrls } from '../gates/urls';
import { fileForPath } from '../gates/site-files';
import { isRedirect, site, type SetName } from '../support/site';
import { localeOfPage } from '../support/templates';
import { formatDate } from '../../src/lib/dates';
import { SITE } from '../../src/site';
import { LOCALES, masterPath, type Locale } from '../../src/i18n/locales';

const SHARE_PAGE = /^\/(?:(?:ru|uk)\/)?(explainer|peace-talks|incidents)\/([^/]+)\/$/;
const CARD = /^\/(?:(?:ru|uk)\/)?embed\/(explainer|peace-talks|incidents)\/([^/]+)\/$/;
const BUDGET_GZIP = 6 * 1024;

for (const name of ['content', 'fixtures'] as SetName[]) {
  const built = site(name);
  const shares = built.pages.filter((p) => SHARE_PAGE.test(p.path) && !isRedirect(p));
  const cards = built.pages.filter((p) => CARD.test(p.path));

  describe(`${name}: every share page offers its embed code`, () => {
    it('in every edition', () => {
      expect(shares.length).toBeGreaterThan(5);
      for (const locale of Object.keys(LOCALES) as Locale[])
        expect(shares.filter((p) => localeOfPage(p.path) === locale).length, locale).toBe(shares.length / 3);
    });

    it.each(shares.map((p) => [p.path]))('%s', (path) => {
      const $ = built.$(path);
      const locale = localeOfPage(path);
      const canonical = $('link[rel="canonical"]').attr('href')!;
      const links = $('link[rel="alternate"][type="application/json+oembed"]');
      expect(links).toHaveLength(1);
      expect(links.attr('title')).toBe($('meta[property="og:title"]').attr('content'));
      const href = new URL(links.attr('href')!);
      expect(href.origin).toBe(new URL(canonical).origin);
      const [, kind, id] = SHARE_PAGE.exec(path)!;
      expect(masterPath(href.pathname)).toBe(`/oembed/${kind}/${id}.json`);
      expect(built.files.has(href.pathname.slice(1)), `${href.pathname} is built`).toBe(true);

      const doc = JSON.parse(built.read(href.pathname)) as Record<string, unknown>;
      expect(doc).toMatchObject({
        version: '1.0',
        type: 'rich',
        provider_name: $('meta[property="og:site_name"]').attr('content'),
      });
      expect(doc['width']).toBeGreaterThan(0);
      expect(doc['height']).toBeGreaterThan(0);

      // The code: a quotation naming the piece, its date and its link, then the frame of its card.
      const code = load(doc['html'] as string, null, false);
      const quote = code('blockquote');
      expect(quote.find('a').attr('href')).toBe(canonical);
      expect(quote.find('a').text()).toBe($('h1').text());
      const date =
        kind === 'incidents'
          ? $('title')
              .text()
              .split(' | ')[0]!
              .slice($('h1').text().length + 2)
          : formatDate(SITE.asOf, locale);
      expect(date).toMatch(/\d{4}/);
      expect(quote.text().toLowerCase()).toContain(date.toLowerCase());
      const frame = new URL(code('iframe').attr('src')!);
      expect(frame.origin).toBe(href.origin);
      expect(masterPath(frame.pathname)).toBe(`/embed/${kind}/${id}/`);
      expect(cards.map((c) => c.path)).toContain(frame.pathname);
      expect(code('iframe').attr('width')).toBe(String(doc['width']));
      expect(code('iframe').attr('height')).toBe(String(doc['height']));
      expect(code('script')).toHaveLength(0);

      // The disclosure shows the same code, and is left off paper.
      const disclosure = $('main details[data-print="hide"]').filter((_, d) => $(d).find('#embed-code').length > 0);
      expect(disclosure).toHaveLength(1);
      expect(disclosure.find('pre > code#embed-code').text()).toBe(doc['html']);
      expect(disclosure.find('button[data-copy="embed-code"]')).toHaveLength(1);
    });
  });

  describe(`${name}: every embed card`, () => {
    it('exists for every share page, and only for those', () => {
      const expected = shares.map((p) => p.path.replace(/^(\/(?:ru|uk))?\//, '$1/embed/')).sort();
      expect(cards.map((c) => c.path).sort()).toEqual(expected);
    });

    it.each(cards.map((p) => [p.path, p] as const))('%s', (path, page) => {
      const $ = load(page.html, { sourceCodeLocationInfo: true });
      const locale = localeOfPage(path);
      const share = built.$(path.replace('/embed/', '/'));
      const canonical = share('link[rel="canonical"]').attr('href')!;
      const origin = new URL(canonical).origin;

      // Small: the document and everything it loads, gzipped.
      const w = weighPage(page, built.files, (f) => readFileSync(join(built.dist, f)));
      expect(w.html.gzip + w.css.gzip + w.js.gzip, 'bytes gzipped').toBeLessThanOrEqual(BUDGET_GZIP);
      expect($('script')).toHaveLength(0);
      // Nothing from elsewhere: every address on another origin is a link the reader follows.
      for (const u of pageUrls($)) {
        const at = new URL(u.url, origin + path);
        if (at.origin !== origin) expect(u.el.tagName, u.url).toBe('a');
        if (u.loads) expect(fileForPath(at.pathname, built.files), u.url).toBeDefined();
      }

      // In the edition's language, not indexed, and leading to the piece's own page, out of the frame.
      expect($('html').attr('lang')).toBe(LOCALES[locale].lang);
      expect($('meta[name="robots"]').attr('content')).toBe('noindex');
      expect($('link[rel="canonical"]').attr('href')).toBe(canonical);
      expect($(`main a[href="${canonical}"]`)).toHaveLength(1);
      for (const a of $('a').toArray()) expect($(a).attr('target'), $(a).attr('href')).toBe('_top');
      expect($('h1').text()).toBe(share('h1').text());
      expect($('footer a[rel="license"]').text()).toBe('CC BY 4.0');
    });

    it('marks the English of a piece not yet translated, and only that', () => {
      let english = 0;
      for (const card of cards.filter((c) => localeOfPage(c.path) !== 'en')) {
        const $ = load(card.html);
        const en = load(built.read(masterPath(card.path)));
        const sameAsEnglish = $('.summary').text() === en('.summary').text();
        english += Number(sameAsEnglish);
        expect($('.summary').attr('lang'), card.path).toBe(sameAsEnglish ? LOCALES.en.lang : undefined);
        if (!card.path.includes('/incidents/'))
          expect($('h1').attr('lang'), card.path).toBe(
            $('h1').text() === en('h1').text() ? LOCALES.en.lang : undefined,
          );
      }
      // The fixtures translate one incident and leave the rest in English.
      if (name === 'fixtures') expect(english).toBeGreaterThan(0);
    });
  });
}
