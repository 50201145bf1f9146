/**
 * The incident list, the prose pages, the updates page, the feed and the sitemap in the Russian
 * and Ukrainian editions, read from the build: each page in its language, with the English
 * page's ids, the edition's words and dates, and links that stay in the edition (the downloads
 * excepted: they are one English dataset).
 */
import { describe, expect, it } from 'vitest';
import { load, type CheerioAPI } from 'cheerio';
import { readIncidents, readProsePages, readTranslations } from '../support/content';
import { site } from '../support/site';
import { LOCALES, TRANSLATED_LOCALES, type Locale } from '../../src/i18n/locales';
import { ui } from '../../src/i18n/ui';
import { SHOWN } from '../../src/lib/filter-state';

const content = site('content');
const incidents = readIncidents();

/** A date as each edition writes it: the day, the month declined as part of a date, the year. */
const DATE: Readonly<Record<Exclude<Locale, 'en'>, RegExp>> = {
  ru: /^(около )?\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4}/,
  uk: /^(близько )?\d{1,2} (січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня) \d{4}/,
};

/** The ids of the elements a selector finds, in page order. */
const idsOf = ($: CheerioAPI, selector: string) =>
  $(selector)
    .map((_, el) => $(el).attr('id') ?? '')
    .get();

/** Every site link in a page's main content, other than the downloads and links marked as to another language. */
const siteLinks = ($: CheerioAPI, within = 'main') =>
  $(`${within} a[href^="/"]:not([hreflang])`)
    .map((_, a) => $(a).attr('href') ?? '')
    .get()
    .filter((href) => !href.startsWith('/data/incidents.'));

describe.each(TRANSLATED_LOCALES)('the %s edition', (locale) => {
  const t = ui(locale);
  const prefix = `/${locale}/`;

  describe('the incident list', () => {
    const $ = content.$(`${prefix}incidents/`);
    const en = content.$('/incidents/');

    it('is in the edition’s language, with the English page’s incidents, years and ids', () => {
      expect($('html').attr('lang')).toBe(LOCALES[locale].lang);
      expect(idsOf($, 'article.incident')).toEqual(incidents.map((i) => i.id));
      expect(idsOf($, 'ol.by-year > li > h2')).toEqual(idsOf(en, 'ol.by-year > li > h2'));
      expect(idsOf($, 'main [id]')).toEqual(idsOf(en, 'main [id]'));
    });

    it('has its heading, filters, key and data links in the edition’s words', () => {
      const l = t.lists;
      expect($('h1').text()).toBe(l.incidentList.heading);
      expect($('.page-header .kicker').text()).toBe(l.incidentList.kicker);
      expect($('title').text()).toContain(t.site.pageMeta.incidents.title);
      expect($('form[data-incident-filters]').attr('aria-label')).toBe(l.filters.label);
      expect($('form[data-incident-filters] legend').first().text()).toBe(l.filters.legends.category);
      // Each option is labelled from the vocabulary: the first category on offer is the vocabulary's.
      const option = $('fieldset[data-facet="category"] input').first();
      const code = option.attr('value') as keyof typeof t.vocabulary.categories;
      expect(option.parent().text()).toContain(t.vocabulary.categories[code].label);
      expect($('.legend').first().text()).toContain(l.legend.peaceTalksEvent);
      expect($('.data-links').text()).toContain(l.dataLinks.codebook);
      expect($('.chart-data summary').text()).toBe(l.chartTable.summary);
    });

    it('writes the live region in its words, with the template the script fills in', () => {
      const status = $('form [data-status]');
      expect(status.text().trim()).toBe(t.lists.filters.status(String(incidents.length), incidents.length));
      expect(status.attr('data-template')).toBe(t.lists.filters.status(SHOWN, incidents.length));
      expect(status.attr('data-template')).toContain(SHOWN);
    });

    it('writes the header’s dates, and the chart table’s, in the edition’s words', () => {
      const times = $('.page-header time')
        .map((_, el) => $(el).text())
        .get();
      expect(times).toHaveLength(3);
      for (const text of times) expect(text).toMatch(DATE[locale]);
      // The table's rows: short month names, still in the edition's language (no Latin letters).
      for (const cell of $('.chart-data tbody td:first-child').toArray())
        expect($(cell).text()).not.toMatch(/[A-Za-z]/);
    });

    it('names people and places as the glossary does, on the map and in its key', () => {
      // The map's list of places: no place in Latin letters, and the countries in the edition's words.
      for (const place of $('.places li > strong').toArray()) expect($(place).text()).not.toMatch(/[A-Za-z]/);
      expect(
        $('.country-label')
          .map((_, el) => $(el).text())
          .get(),
      ).toEqual(Object.values(t.lists.map.countries));
      expect($('svg.main').attr('aria-label')).toBe(t.lists.map.main);
    });

    it('keeps every link in the edition, but links the downloads as they are', () => {
      const links = siteLinks($);
      expect(links.length).toBeGreaterThan(incidents.length * 3);
      expect(links.filter((href) => !href.startsWith(prefix) && !href.startsWith('#'))).toEqual(
        // The print control's link is the print helper's; everything this page writes stays in the edition.
        links.filter((href) => href === '/print/'),
      );
      expect($('.data-links a[href="/data/incidents.csv"]')).toHaveLength(1);
      expect($('.data-links a[href="/data/incidents.json"]')).toHaveLength(1);
      expect($(`.data-links a[href="${prefix}data/"]`)).toHaveLength(1);
    });
  });

  describe.each(readProsePages().map((p) => [p.id] as const))('the page %s', (id) => {
    const $ = content.$(`${prefix}${id}/`);
    const en = content.$(`/${id}/`);
    const translated = readTranslations(locale).get(`pages/${id}`);

    it('shows the translated header and text, with the English page’s ids', () => {
      expect($('html').attr('lang')).toBe(LOCALES[locale].lang);
      expect(translated).toBeDefined();
      expect($('.page-header .kicker').text()).toBe(translated?.data['kicker']);
      expect($('h1').text()).not.toBe(en('h1').text());
      expect(idsOf($, 'main [id]')).toEqual(idsOf(en, 'main [id]'));
    });

    it('links to the edition’s pages from its text, and marks English codes as English', () => {
      const links = siteLinks($, '.prose');
      expect(
        links.every((href) => href.startsWith(prefix) || href.startsWith('#')),
        links.join(' '),
      ).toBe(true);
      // Codes in words (a column, a value); the list separator is a sign, in no language.
      const words = $('.prose code').filter((_, el) => /[A-Za-z]/.test($(el).text()));
      for (const code of words.toArray()) expect($(code).attr('lang'), $(code).text()).toBe('en');
    });
  });

  it('defines the vocabularies on the methodology page in the edition’s words, at the English anchors', () => {
    const $ = content.$(`${prefix}methodology/`);
    const en = content.$('/methodology/');
    expect(idsOf($, 'dl.glossary dt')).toEqual(idsOf(en, 'dl.glossary dt'));
    expect($('#status-not-claimed').text()).toBe(t.vocabulary.statuses['not-claimed'].label);
    expect($('#status-not-claimed').next('dd').text()).toBe(t.vocabulary.statuses['not-claimed'].definition);
    // The acts one speaker cannot combine, quoted as the edition quotes.
    const denial = t.vocabulary.acts.denial.label.toLowerCase();
    expect($('.prose').text()).toContain(`«${denial}»`);
    expect($('.prose').text()).not.toContain('“denial”');
  });

  it('documents every field on the data page in the edition’s words, with the English names as code', () => {
    const $ = content.$(`${prefix}data/`);
    const en = content.$('/data/');
    expect(idsOf($, 'tr[id^="field-"]')).toEqual(idsOf(en, 'tr[id^="field-"]'));
    expect($('#field-category td').last().text()).toContain(t.pages.codebook.fields.category);
    expect($('#field-category th code').attr('lang')).toBe('en');
    // A description's quotation of the downloads is code, not backticks.
    expect($('#field-date_precision td').last().find('code[lang="en"]').first().text()).toBe('date');
    expect($('#field-date_precision td').last().text()).not.toContain('`');
    expect($('caption#vocabulary-category').text()).toContain(t.vocabulary.names.category);
    expect($('caption#fields-caption').closest('table').find('thead th').first().text()).toBe(
      t.pages.codebook.columns.csv,
    );
    expect($('.prose a[rel="license"]').text()).toContain(t.site.licence.text);
    // Inline code in the translated text (a column's name) is marked as English too.
    expect($('.prose > p code[lang="en"]').length).toBeGreaterThan(0);
  });

  it('logs every update and correction the English page does, in the edition’s words and dates', () => {
    const $ = content.$(`${prefix}updates/`);
    const en = content.$('/updates/');
    const items = $('li.logged-update');
    expect(items).toHaveLength(en('li.logged-update').length);
    expect(items.length).toBeGreaterThan(0);
    expect($('h1').text()).toBe(t.pages.updates.heading);
    const kinds = new Set(Object.values(t.pages.updates.itemKinds));
    for (const li of items.toArray()) {
      const meta = $(li).find('.meta');
      expect(meta.find('time').text()).toMatch(DATE[locale]);
      const [, change, item] = meta
        .text()
        .split('·')
        .map((part) => part.trim());
      expect([t.vocabulary.updateKinds.update.label, t.vocabulary.updateKinds.correction.label]).toContain(change);
      expect(kinds.has(item ?? '')).toBe(true);
    }
    const anchors = (page: CheerioAPI) =>
      page('li.logged-update p:not(.meta) > a')
        .map((_, a) => a.attribs['href'])
        .get();
    expect(anchors($)).toEqual(anchors(en).map((href) => `/${locale}${href}`));
  });

  it('frames the peace-talks page in the edition’s words, with the English page’s ids', () => {
    const $ = content.$(`${prefix}peace-talks/`);
    const en = content.$('/peace-talks/');
    expect($('h1').text()).toBe(t.pages.peaceTalks.heading);
    expect($('h2#timeline').text()).toBe(t.pages.peaceTalks.timeline);
    expect($('.page-header time').text()).toMatch(DATE[locale]);
    expect(idsOf($, 'main [id]')).toEqual(idsOf(en, 'main [id]'));
  });

  it('has a feed of its own: in its language and words, with the English feed’s items, linking into the edition', () => {
    const feed = load(content.read(`${prefix}rss.xml`), { xml: true });
    const english = load(content.read('rss.xml'), { xml: true });
    expect(feed('channel > title').text()).toBe(t.site.name);
    expect(feed('channel > language').text()).toBe(LOCALES[locale].lang);
    expect(new URL(feed('channel > link').text()).pathname).toBe(prefix);
    const paths = (f: CheerioAPI) =>
      f('item > link')
        .map((_, l) => {
          const url = new URL(f(l).text());
          return url.pathname + url.hash;
        })
        .get();
    expect(paths(feed)).toEqual(paths(english).map((p) => `/${locale}${p}`));
    const labels = Object.values(t.vocabulary.updateKinds).map((k) => `${k.label}: `);
    expect(feed('item > title').filter((_, el) => labels.some((l) => feed(el).text().startsWith(l))).length).toBe(
      english('item > title').filter((_, el) => /^(Update|Correction): /.test(english(el).text())).length,
    );
    expect(content.$(`${prefix}incidents/`)('link[type="application/rss+xml"]').attr('href')).toBe(`${prefix}rss.xml`);
  });
});

describe('a list split into pages, in each edition', () => {
  const paged = site('paged');
  const en = paged.$('/incidents/');
  const periodLinks = ($: CheerioAPI) =>
    $('.year-index a')
      .map((_, a) => a.attribs['href'] ?? '')
      .get();

  describe.each(TRANSLATED_LOCALES)('%s', (locale) => {
    const t = ui(locale).lists;
    const $ = paged.$(`/${locale}/incidents/`);

    it('indexes the same periods as the English, each linking to the edition’s page', () => {
      expect($('#by-year-heading').text()).toBe(t.incidentList.byPeriod);
      expect(periodLinks($)).toEqual(periodLinks(en).map((href) => `/${locale}${href}`));
    });

    it('names a month in the edition’s words, with the English page’s incidents', () => {
      const month = periodLinks($).find((href) => /\/\d{4}\/\d{2}\/$/.test(href)) ?? '';
      const page = paged.$(month);
      const heading = page('h1').text();
      expect(heading.startsWith(t.incidentPeriod.heading(''))).toBe(true);
      expect(heading.slice(t.incidentPeriod.heading('').length)).toMatch(/^\p{Script=Cyrillic}+ \d{4}$/u);
      expect(idsOf(page, 'article.incident')).toEqual(
        idsOf(paged.$(month.slice(locale.length + 1)), 'article.incident'),
      );
      expect(page('.page-header .meta a').attr('href')).toBe(`/${locale}/incidents/`);
    });
  });
});

describe('the sitemap', () => {
  const xml = load(content.read('sitemap-0.xml'), { xml: true });
  const urls = xml('url')
    .map((_, u) => ({
      loc: new URL(xml(u).children('loc').text()).pathname,
      links: Object.fromEntries(
        xml(u)
          .children('xhtml\\:link')
          .map((_, l) => [[l.attribs['hreflang'], new URL(l.attribs['href'] ?? '').pathname]])
          .get() as [string, string][],
      ),
    }))
    .get();

  it('lists every edition’s indexed pages, and none of the unindexed ones', () => {
    const locs = urls.map((u) => u.loc);
    for (const path of ['/incidents/', '/methodology/', '/updates/', '/peace-talks/'])
      for (const prefix of ['', '/ru', '/uk']) expect(locs).toContain(`${prefix}${path}`);
    expect(locs.filter((l) => /\/print\/$|404/.test(l))).toEqual([]);
  });

  it('gives each page its versions in every edition, and the English as x-default', () => {
    for (const { loc, links } of urls) {
      const master = loc.replace(/^\/(ru|uk)\//, '/');
      expect(links, loc).toEqual({
        'en-GB': master,
        ru: `/ru${master}`,
        uk: `/uk${master}`,
        'x-default': master,
      });
    }
  });
});
