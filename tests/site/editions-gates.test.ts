/**
 * What every edition owes every other, read from the builds: the same pages at the same
 * addresses with the same ids, each page in its own language with its alternates, and no page
 * of a translated edition heavier than its English twin by more than its text.
 */
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { LOCALES, TRANSLATED_LOCALES, localePath, masterPath } from '../../src/i18n/locales';
import { isRedirect, site, type SetName } from '../support/site';
import type { BuiltPage } from '../gates/site-files';

/** The text a reader reads, without markup, scripts or styles. */
const textOf = (html: string) => {
  const $ = load(html);
  $('script, style').remove();
  return $('body').text().replace(/\s+/g, ' ');
};
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

for (const name of ['content', 'fixtures'] as SetName[]) {
  describe(`${name}: the editions`, () => {
    const built = site(name);
    const pages = built.pages.filter((p) => !isRedirect(p) && p.file !== '404.html');
    const byPath = new Map(pages.map((p) => [p.path, p]));
    const english = pages.filter((p) => masterPath(p.path) === p.path && !/^\/(ru|uk)\//.test(p.path));
    const twins = (en: BuiltPage) => TRANSLATED_LOCALES.map((l) => byPath.get(localePath(l, en.path)));

    it('have every English page at the same address under their prefix', () => {
      expect(english.length).toBeGreaterThan(5);
      for (const en of english)
        for (const [i, twin] of twins(en).entries())
          expect(twin, `${localePath(TRANSLATED_LOCALES[i]!, en.path)} for ${en.path}`).toBeDefined();
    });

    it('keep every id: a shared #id opens the same piece in every edition', () => {
      const ids = (html: string) =>
        load(html)('[id]')
          .toArray()
          .map((e) => e.attribs['id'])
          .sort();
      for (const en of english) for (const twin of twins(en)) expect(ids(twin!.html), twin!.path).toEqual(ids(en.html));
    });

    it('say their language, and list every version of the page with x-default', () => {
      for (const p of pages) {
        const $ = load(p.html);
        const locale = TRANSLATED_LOCALES.find((l) => p.path.startsWith(`/${l}/`)) ?? 'en';
        expect($('html').attr('lang'), p.path).toBe(LOCALES[locale].lang);
        if ($('meta[name="robots"]').attr('content') === 'noindex') continue;
        const alternates = Object.fromEntries(
          $('link[rel="alternate"][hreflang]')
            .toArray()
            .map((l) => [l.attribs['hreflang'], new URL(l.attribs['href']!).pathname]),
        );
        const master = masterPath(p.path);
        expect(alternates, p.path).toEqual({
          'en-GB': master,
          ru: localePath('ru', master),
          uk: localePath('uk', master),
          'x-default': master,
        });
      }
    });

    it('weigh no more than their English twin but for their text', () => {
      for (const en of english)
        for (const twin of twins(en)) {
          const markup = (html: string) => bytes(html) - bytes(textOf(html));
          // Some slack: attribute values such as aria-labels are words too, and English codes
          // and names inside a translated page carry their own lang attribute.
          expect(markup(twin!.html), twin!.path).toBeLessThanOrEqual(markup(en.html) * 1.06 + 2048);
        }
    });
  });
}
