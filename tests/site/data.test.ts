/**
 * The incident list as data, read from the builds: downloads that match the content, the
 * codebook and methodology, the chart and the map (one linked mark per incident, a text
 * alternative), and every update and correction on its item and on /updates/.
 */
import { localePath } from '../../src/i18n/locales';
import { ui } from '../../src/i18n/ui';
import { localeOfPage } from '../support/templates';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { FIXTURES, readIncidents, readPieces, readTalksEvents } from '../support/content';
import { isEmbedCard, site, type SetName } from '../support/site';
import { statusOf } from '../../src/lib/attribution';
import { comparePartialDates, parsePartialDate } from '../../src/lib/partial-date';

const content = site('content');
const incidents = readIncidents();
const $list = content.$('/incidents/');

describe('downloads', () => {
  it('incidents.csv has one row per incident, oldest first, with the data’s ids, dates, statements and sources', () => {
    const rows: Record<string, string>[] = parse(content.read('data/incidents.csv'), { columns: true });
    expect(rows.map((r) => r['id'])).toEqual(incidents.map((i) => i.id));
    for (const [n, i] of incidents.entries()) {
      const r = rows[n]!;
      expect(r).toMatchObject({
        date: i.date.iso,
        date_precision: i.date.precision,
        name: i.person.name,
        category: i.category,
        setting: i.place.setting,
        responsibility_status: statusOf(i.attribution),
      });
      expect(r['attribution']!.split(' | ').filter(Boolean)).toHaveLength(i.attribution.length);
      expect(r['sources']!.split(' | ')).toEqual(i.sources.map((s) => s.url));
      expect(new URL(r['url']!).hash).toBe(`#${i.id}`);
    }
  });

  it('incidents.json carries the same incidents with every statement and source, a version and a licence', () => {
    const json = JSON.parse(content.read('data/incidents.json'));
    expect(json.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(json.licence.url).toMatch(/^https:\/\/creativecommons\.org\//);
    expect(json.incidents.map((i: { id: string }) => i.id)).toEqual(incidents.map((i) => i.id));
    for (const [n, i] of incidents.entries()) {
      const r = json.incidents[n];
      expect(r.datePrecision).toBe(i.date.precision);
      expect(r.attribution.map((a: { speaker: string; act: string }) => `${a.speaker}:${a.act}`)).toEqual(
        i.attribution.map((a) => `${a.speaker}:${a.act}`),
      );
      expect(r.sources.map((s: { url: string }) => s.url)).toEqual(i.sources.map((s) => s.url));
      // Every address in the download leads to that incident on the list page.
      const url = new URL(r.url);
      expect(url.pathname).toBe('/incidents/');
      expect($list(`article${url.hash}`)).toHaveLength(1);
    }
  });
});

describe('the data page and the methodology', () => {
  it('the codebook documents every CSV column and every vocabulary term used', () => {
    const header = content.read('data/incidents.csv').split('\n')[0]!.split(',');
    const $ = content.$('/data/');
    expect(
      $('table.codebook')
        .first()
        .find('tbody th')
        .toArray()
        .map((th) => $(th).text().trim()),
    ).toEqual(header);
    const codes = $('table.codebook tbody th code')
      .toArray()
      .map((c) => $(c).text());
    for (const i of incidents) {
      const used = [i.category, i.method, i.place.setting, statusOf(i.attribution)];
      for (const code of [...used, ...i.attribution.flatMap((a) => [a.speaker, a.act])]) expect(codes).toContain(code);
    }
    expect($('a[rel="license"]').text()).toMatch(/Creative Commons/);
    expect($('main').text()).toContain('Version:');
  });

  it('the methodology defines each word for responsibility and says how corrections are made', () => {
    const $ = content.$('/methodology/');
    for (const id of ['status-not-claimed', 'status-claimed-anonymously', 'act-accusation', 'speaker-media'])
      expect($(`dt#${id} + dd`).text().length).toBeGreaterThan(10);
    expect($('h2#corrections').text()).toBe('Corrections and updates');
  });

  it('the list and every page’s footer link to the data, methodology and updates; the main nav stays three pages', () => {
    for (const href of ['/data/incidents.csv', '/data/incidents.json', '/data/', '/methodology/'])
      expect($list(`main a[href="${href}"]`).length).toBeGreaterThan(0);
    // Every page of the site; a card framed elsewhere has no footer or navigation.
    for (const page of content.pages.filter((p) => p.path.endsWith('/') && !isEmbedCard(p))) {
      const $ = content.$(page.path);
      const locale = localeOfPage(page.path);
      for (const href of ['/data/', '/methodology/', '/updates/'].map((h) => localePath(locale, h)))
        expect($(`footer a[href="${href}"]`), `${page.path} footer ${href}`).toHaveLength(1);
      expect($(`nav[aria-label="${ui(locale).site.header.mainNav}"] a`), page.path).toHaveLength(3);
    }
  });
});

describe('the timeline chart', () => {
  const figure = $list('figure.timeline');
  it('has one linked mark per incident, each leading to its entry', () => {
    const hrefs = figure
      .find('.incident-marks a')
      .toArray()
      .map((a) => $list(a).attr('href'));
    expect(hrefs.sort()).toEqual(incidents.map((i) => `/incidents/#${i.id}`).sort());
    for (const i of incidents) expect($list(`article#${i.id}`)).toHaveLength(1);
  });

  it('has a lane of peace-talks events linking to the background page', () => {
    const first = incidents[0]!.date.year;
    const inYears = readTalksEvents().filter((e) => e.date.year >= first);
    const hrefs = figure
      .find('.event-marks a')
      .toArray()
      .map((a) => $list(a).attr('href'));
    expect(hrefs.sort()).toEqual(inYears.map((e) => `/peace-talks/#${e.id}`).sort());
    const talks = content.$('/peace-talks/');
    for (const e of inYears) expect(talks(`article#${e.id}`)).toHaveLength(1);
  });

  it('marks the Moskalik killing when it is in the list', () => {
    const moskalik = incidents.find((i) => i.id === 'yaroslav-moskalik');
    expect(figure.find('.key-incident')).toHaveLength(moskalik ? 1 : 0);
    if (moskalik) expect(figure.find('.key-incident').text()).toContain(moskalik.person.name);
  });

  it('has a caption, a legend in words, and a table with every incident', () => {
    expect(figure.find('figcaption').text()).toContain('Each mark');
    const categories = new Set(incidents.map((i) => i.category));
    // Categories, the events lane, month spans, and the "about" ring when any date is approximate.
    const approximate = incidents.some((i) => i.approximateDate) ? 1 : 0;
    expect(figure.find('.legend li')).toHaveLength(categories.size + 2 + approximate);
    // The table follows the figure (a figcaption must be a figure's first or last child).
    const data = $list('figure.timeline + details.chart-data');
    for (const i of incidents) expect(data.find(`table a[href="/incidents/#${i.id}"]`).text()).toBe(i.person.name);
  });
});

describe('the map', () => {
  it('has one linked mark per incident, shaped by setting, and a caption on borders and what it leaves out', () => {
    const figure = $list('figure.incident-map');
    const hrefs = figure
      .find('a.mark')
      .toArray()
      .map((a) => $list(a).attr('href'));
    expect(hrefs.sort()).toEqual(incidents.map((i) => `/incidents/#${i.id}`).sort());
    for (const setting of ['russia', 'occupied-ukraine'])
      expect(figure.find(`svg [data-setting="${setting}"] a.mark`)).toHaveLength(
        incidents.filter((i) => i.place.setting === setting).length,
      );
    const caption = figure.find('figcaption').text();
    expect(caption).toContain('Crimea is drawn as part of Ukraine');
    expect(caption).toContain('does not show the front line');
    expect(caption).toContain('not at the exact site');
    // The list by place follows the figure.
    const places = $list('figure.incident-map + ul.places');
    for (const i of incidents) expect(places.find(`a[href="/incidents/#${i.id}"]`).text()).toBe(i.person.name);
  });
});

describe('updates and corrections', () => {
  for (const [name, dir] of [
    ['content', undefined],
    ['fixtures', FIXTURES],
  ] as [SetName, string | undefined][]) {
    const built = site(name);
    /** Every update, with its item's page and id and its own anchor beside the item (`#<id>-update-<n>`). */
    const withAnchors = (path: string, items: { id: string; updates: { text: string }[] }[]) =>
      items.flatMap((it) =>
        it.updates.map((u, n) => ({ ...u, path, item: it.id, anchor: `${path}#${it.id}-update-${n + 1}` })),
      );
    const all = Object.values(readPieces(dir)).flatMap(({ page, items }) => withAnchors(page, items));

    it(`${name}: each update shows on its item, at its own anchor`, () => {
      expect(all.length, 'the fixtures have updates to test').toBeGreaterThan(0);
      for (const u of all) {
        const $ = built.$(u.path);
        const li = $(`[id="${u.anchor.split('#')[1]}"]`);
        expect(li.text()).toContain(u.text);
        // Inside its own item: an article with the item's id, or a section labelled by it.
        const owner = li.closest('article, section');
        expect([owner.attr('id'), owner.attr('aria-labelledby')]).toContain(u.item);
      }
    });

    it(`${name}: the updates page lists every update, newest first, each linking to the change`, () => {
      const $ = built.$('/updates/');
      const items = $('li.logged-update');
      expect(items).toHaveLength(all.length);
      const dates = items.toArray().map((li) => $(li).find('time').attr('datetime') ?? '');
      expect(dates).toEqual([...dates].sort((a, b) => comparePartialDates(parsePartialDate(b), parsePartialDate(a))));
      for (const u of all) {
        const li = items.filter((_, el) => $(el).text().includes(u.text));
        expect(li.find('a').attr('href')).toBe(u.anchor);
      }
    });
  }
});
