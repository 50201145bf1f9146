/**
 * The preview cards of every edition, read from the build: each page's preview is the card in
 * its own language, described in that language, and every card the build draws is some page's
 * preview, so that checking the pages' descriptions checks every card. Every character a card
 * draws (its description says all it shows) has a glyph in the fonts the cards are drawn with.
 */
import { describe, expect, it } from 'vitest';
import { isUnindexed, site } from '../support/site';
import { fontCharacters } from '../support/font-cmap';
import { LOCALES, TRANSLATED_LOCALES, isLocale, type Locale } from '../../src/i18n/locales';
import { ui } from '../../src/i18n/ui';
import { FONT_FILES, fontPath } from '../../src/lib/preview-image';

const content = site('content');
const indexed = content.pages.filter((p) => !isUnindexed(p));
const localeOfPath = (path: string): Locale => {
  const first = path.split('/')[1];
  return isLocale(first) ? first : 'en';
};
const previews = indexed.map((p) => {
  const $ = content.$(p.path);
  return {
    path: p.path,
    locale: localeOfPath(p.path),
    image: new URL($('meta[property="og:image"]').attr('content') ?? '').pathname,
    alt: $('meta[property="og:image:alt"]').attr('content') ?? '',
  };
});

describe('preview cards in every edition', () => {
  it('are there for the pages of every edition', () => {
    for (const l of TRANSLATED_LOCALES) expect(previews.filter((p) => p.locale === l).length).toBeGreaterThan(20);
  });

  it.each(previews.map((p) => [p.path, p] as const))('%s shows the card of its own edition', (_path, p) => {
    const prefix = p.locale === 'en' ? '/og/' : `/og/${p.locale}/`;
    expect(p.image.startsWith(prefix)).toBe(true);
    if (p.locale === 'en') for (const l of TRANSLATED_LOCALES) expect(p.image.startsWith(`/og/${l}/`)).toBe(false);
    expect(content.files.has(p.image.slice(1)), p.image).toBe(true);
    // The description is in the page's language: it starts with one of its kickers and ends with its name.
    const words = ui(p.locale).site;
    expect(
      Object.values(words.previews.kicker).some((k) => p.alt.startsWith(`${k}: `)),
      p.alt,
    ).toBe(true);
    expect(p.alt.endsWith(words.name)).toBe(true);
  });

  it('are each the preview of some page, so the pages’ descriptions cover every card', () => {
    const drawn = [...content.files].filter((f) => /^og\/.*\.png$/.test(f)).map((f) => `/${f}`);
    expect(drawn.length).toBeGreaterThan(60);
    expect(new Set(previews.map((p) => p.image))).toEqual(new Set(drawn));
  });

  it('say on an incident’s card who the person was and what is known about responsibility', () => {
    for (const [locale, path] of [
      ['en', '/incidents/darya-dugina/'],
      ['ru', '/ru/incidents/darya-dugina/'],
      ['uk', '/uk/incidents/darya-dugina/'],
    ] as const) {
      const alt = previews.find((p) => p.path === path)?.alt ?? '';
      const t = ui(locale);
      expect(alt).toContain(t.site.previews.responsibility(t.vocabulary.statuses['not-claimed'].label));
      expect(alt.split('. ').length, alt).toBeGreaterThanOrEqual(5);
    }
  });

  it('have a glyph for every character they draw, in every language', () => {
    const covered = new Set(FONT_FILES.flatMap((f) => [...fontCharacters(fontPath(f.file))]));
    const missing = new Set<string>();
    for (const p of previews) {
      // The kicker is drawn in capitals: those need glyphs too.
      const text = p.alt + p.alt.toLocaleUpperCase(LOCALES[p.locale].lang);
      for (const ch of text) if (!covered.has(ch.codePointAt(0)!)) missing.add(`${p.path}: ${ch}`);
    }
    expect([...missing]).toEqual([]);
    // Not vacuous: the Russian and Ukrainian cards draw characters the Latin fonts alone lack.
    const latin = new Set(
      FONT_FILES.filter((f) => f.file.startsWith('latin')).flatMap((f) => [...fontCharacters(fontPath(f.file))]),
    );
    expect(previews.some((p) => [...p.alt].some((ch) => !latin.has(ch.codePointAt(0)!)))).toBe(true);
  });
});
