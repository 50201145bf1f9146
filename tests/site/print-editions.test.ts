/**
 * The print edition in every edition, read from the build: /print/, /ru/print/ and /uk/print/
 * each in its own language: the page's language, its outline, its notes and colophon, the QR
 * code and the addresses pointing at the same edition online, the Print control, and the
 * printed pages' margins.
 */
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { readExplainerSections, readIncidents, readTranslations } from '../support/content';
import { site } from '../support/site';
import { LOCALE_CODES, LOCALES, TRANSLATED_LOCALES, localePath, type Locale } from '../../src/i18n/locales';
import { ui } from '../../src/i18n/ui';
import { formatDate } from '../../src/lib/dates';
import { pageNumberContent } from '../../src/lib/print-margins';
import { SITE } from '../../src/site';

const content = site('content');
const text = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The site's address, from the English front page (the print edition has no canonical link of its own). */
const origin = new URL(content.$('/')('link[rel="canonical"]').attr('href') ?? '').origin;

/** What a phone reads from a QR code drawn as SVG: the SVG rasterised, then decoded. */
function scan(svg: string): string | undefined {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, background: '#ffffff' }).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

describe.each(LOCALE_CODES)('the %s print edition', (locale: Locale) => {
  const path = localePath(locale, '/print/');
  const t = ui(locale);
  const $ = content.$(path);

  it('is a page of its own, in its language', () => {
    expect(content.pages.map((p) => p.path)).toContain(path);
    expect($('html').attr('lang')).toBe(LOCALES[locale].lang);
    expect($('h1').text()).toBe(t.site.headline);
    expect(text($('.page-header .kicker').text())).toBe(t.print.printEdition.kicker);
    expect($('title').text()).toBe(`${t.site.pageMeta.print.title} | ${t.site.name}`);
  });

  it('has its outline, parts and numbered sections in its words', () => {
    expect(text($('#edition-contents-label').text())).toBe(t.print.editionContents.label);
    expect(
      $('.part-label')
        .toArray()
        .map((p) => text($(p).text())),
    ).toEqual(Object.values(t.print.printEdition.parts));
    const back = $('.edition-contents .parts > li > a')
      .toArray()
      .map((a) => text($(a).text()));
    expect(back).toEqual([t.print.editionContents.notes, t.print.editionContents.colophon]);
    expect(text($('#incident-list').text())).toMatch(new RegExp(`^\\d+\\. ${t.print.printEdition.incidentListTitle}$`));
    expect(text($('#talks-timeline').text())).toMatch(
      new RegExp(`^\\d+\\. ${t.print.printEdition.talksTimelineTitle}$`),
    );
    // The explainer's sections under their titles in this edition, numbered from 1.
    const translations = readTranslations(locale);
    readExplainerSections().forEach((s, n) => {
      const title = locale === 'en' ? s.title : String(translations.get(`explainer/${s.id}`)?.data['title']);
      expect(text($(`h2#${s.id}`).text())).toBe(`${n + 1}. ${title}`);
    });
    const incidents = readIncidents();
    const [first, last] = [incidents[0]?.date.year ?? 0, incidents.at(-1)?.date.year ?? 0];
    const span = t.print.printEdition.incidentSpan(incidents.length, first, last);
    expect(text($('.edition-list .intro').text())).toBe(t.print.printEdition.incidentListIntro(span));
  });

  it('gathers its notes under its heading, every reference leading to a note', () => {
    expect(text($('#notes-label').text())).toBe(t.print.endnotes.title);
    expect(text($('.endnotes > .meta').text())).toBe(t.print.endnotes.explanation);
    const refs = $('a[href^="#note-"]').toArray();
    expect(refs.length).toBeGreaterThan(20);
    for (const a of refs) expect($($(a).attr('href')), $(a).attr('href')).toHaveLength(1);
  });

  it('ends with a colophon pointing at the same edition online, by link and by QR code', () => {
    const c = t.print.colophon;
    const online = `${origin}${localePath(locale, '/')}`;
    expect(text($('#colophon-label').text())).toBe(c.heading);
    expect(
      $('#colophon dt')
        .toArray()
        .map((d) => text($(d).text())),
    ).toEqual([c.online, c.thisEdition, c.asOf, c.firstPublished, c.lastUpdated, c.version, c.licence]);
    const links = $('#colophon dd a.bare-url')
      .toArray()
      .map((a) => $(a).attr('href'));
    expect(links).toEqual([online, `${origin}${path}`]);
    expect($('#colophon dd time').first().text()).toBe(formatDate(SITE.asOf, locale));
    expect(text($('#colophon dd').last().text())).toBe(`${c.text} ${t.site.licence.text}. ${c.code} MIT.`);
    const qr = $('#colophon .qr .code');
    expect(qr.attr('aria-label')).toBe(c.qrLabel(online));
    expect(scan(qr.html() ?? '')).toBe(online);
    expect(text($('#colophon figcaption').text())).toBe(c.qrCaption);
  });

  it('offers to print itself, and numbers its printed pages in its words', () => {
    const p = t.print.printControl;
    expect($('.print-control').attr('aria-label')).toBe(p.label);
    expect(text($('.print-control button').text())).toBe(p.printEdition);
    expect(text($('.print-control p').text())).toBe(p.saveCopy);
    expect(text($('.print-address').text())).toBe(p.pageOnline(`${origin}${path}`));
    const margins = $('style')
      .toArray()
      .map((s) => $(s).text())
      .find((css) => css.includes('@page'));
    expect(margins).toContain(`@bottom-right{content:${pageNumberContent(t.print.pageMargins.pageOf)}}`);
    expect(margins).toContain(`@top-center{content:"${t.site.name}"}`);
  });
});

describe.each(TRANSLATED_LOCALES)('the %s edition’s pages', (locale) => {
  it('link their Print control to the print edition in the same language', () => {
    const $ = content.$(localePath(locale, '/incidents/'));
    const p = ui(locale).print.printControl;
    expect($(`.print-control a[href="${localePath(locale, '/print/')}"]`).text()).toBe(p.editionLink);
    expect(text($('.print-control button').text())).toBe(p.printPage);
  });
});
