/**
 * What every page and the three main pages say, read from the build: headings, navigation
 * and footer, the explainer's sections and dateline, every incident with its facts at their
 * precision, and the peace-talks timeline.
 */
import { NAV } from '../../src/site';
import { localePath } from '../../src/i18n/locales';
import { ui } from '../../src/i18n/ui';
import { localeOfPage } from '../support/templates';
import { describe, expect, it } from 'vitest';
import { readTalksEvents, readExplainerSections, readIncidents, readPeaceTalksSections } from '../support/content';
import { isEmbedCard, site } from '../support/site';

const content = site('content');
// The site's pages, with its header and footer: not the redirects, nor the cards other sites frame.
const pages = content.pages.filter(
  (p) => p.path.endsWith('/') && !/http-equiv="refresh"/.test(p.html) && !isEmbedCard(p),
);

describe('every page', () => {
  it.each(pages.map((p) => [p.path]))('%s has one h1, the main navigation, a skip link and the footer', (path) => {
    const $ = content.$(path);
    const locale = localeOfPage(path);
    const t = ui(locale).site;
    expect($('h1')).toHaveLength(1);
    expect($('h1').text().trim()).not.toBe('');
    // The three pages of the reader's own edition, in its words.
    const nav = $(`nav[aria-label="${t.header.mainNav}"] a`).toArray();
    expect(nav.map((a) => $(a).text().trim())).toEqual(NAV.map((n) => t.nav[n.key]));
    expect(nav.map((a) => $(a).attr('href'))).toEqual(NAV.map((n) => localePath(locale, n.href)));
    expect($('a.skip-link').attr('href')).toBe('#main');
    expect($('a.skip-link').text()).toBe(t.skipLink);
    expect(
      $('footer a')
        .toArray()
        .map((a) => $(a).attr('href')),
    ).toContain(localePath(locale, '/methodology/'));
  });

  it('wide tables scroll in their own focusable, labelled region', () => {
    let regions = 0;
    for (const p of pages) {
      const $ = content.$(p.path);
      for (const el of $('.table-scroll').toArray()) {
        regions++;
        expect($(el).attr('tabindex'), p.path).toBe('0');
        expect($(el).attr('aria-label') ?? $(el).attr('aria-labelledby'), p.path).toBeTruthy();
      }
    }
    expect(regions).toBeGreaterThan(0);
  });

  it('the 404 page offers a way back', () => {
    const $ = content.$('404.html');
    expect($('h1').text()).toBe('Page not found');
    expect($('main a[href="/"]').length).toBeGreaterThan(0);
  });
});

describe('the explainer', () => {
  const $ = content.$('/');
  const sections = readExplainerSections();

  it('shows every section in order, each heading carrying its id, with a contents list', () => {
    expect(sections.length).toBeGreaterThanOrEqual(5);
    expect(
      $('section > .heading-wrapper > h2')
        .toArray()
        .map((h) => $(h).text()),
    ).toEqual(sections.map((s) => s.title));
    for (const s of sections) {
      expect($(`h2#${s.id}`).text()).toBe(s.title);
      expect($(`nav[aria-labelledby="contents-label"] a[href="#${s.id}"]`).text()).toBe(s.title);
    }
  });

  it('has a dateline that says the story is told as of late April 2025, names the report it retells, and claims no place', () => {
    const dateline = $('.dateline').first();
    expect(dateline.text()).toMatch(/The story as of \d{1,2} April 2025/);
    expect(dateline.find('time')).toHaveLength(3);
    expect(dateline.find('a').text()).toMatch(/Firstpost explainer/);
    expect(dateline.find('a').attr('href')).toMatch(/firstpost\.com/);
    expect(dateline.text()).toContain('Published');
    expect(dateline.text()).toContain('Updated');
    expect(dateline.text()).not.toContain('Balashikha');
  });
});

describe('the incident list', () => {
  const $ = content.$('/incidents/');
  const incidents = readIncidents();

  it('shows every incident in the data, oldest first, grouped by year', () => {
    expect(
      $('article.incident')
        .toArray()
        .map((a) => $(a).attr('id')),
    ).toEqual(incidents.map((i) => i.id));
    const years = [...new Set(incidents.map((i) => String(i.date.year)))];
    expect(
      $('ol.by-year > li > h2')
        .toArray()
        .map((h) => $(h).text()),
    ).toEqual(years);
  });

  it('each incident states date, place and setting, method, outcome, responsibility and sources', () => {
    for (const i of incidents) {
      const entry = $(`article#${i.id}`);
      expect(entry.find('h3').text()).toBe(i.person.name);
      // An approximate day is given to machines as its month: the attribute claims no more than the words.
      const datetime = i.approximateDate ? i.date.iso.slice(0, 7) : i.date.iso;
      expect(entry.find('time').first().attr('datetime')).toMatch(new RegExp(`^${datetime}`));
      expect(entry.text()).toContain(i.place.locality);
      expect(entry.text()).toContain(i.place.setting === 'russia' ? 'Russia' : 'Russian-occupied Ukraine');
      for (const label of ['Method', 'Outcome', 'Responsibility'])
        expect(entry.find('dt').filter((_, dt) => $(dt).text() === label)).toHaveLength(1);
      // The entry's own sources, not those of a later-developments note inside it.
      expect(entry.children('ol.sources').find('a')).toHaveLength(i.sources.length);
    }
  });

  it('writes every date at its precision, and an approximate one with "about"', () => {
    const time = /(, (about )?\d\d:\d\d local time \(UTC[+-]\d+\))?$/.source;
    for (const el of $('article.incident .dateline time').toArray()) {
      const datetime = $(el).attr('datetime') ?? '';
      const text = $(el).text();
      // A month, or an approximate day ("About 10 December 2024"), which machines get as its month.
      if (datetime.length === 7) expect(text).toMatch(/^([A-Z][a-z]+ \d{4}|About \d{1,2} [A-Z][a-z]+ \d{4})$/);
      if (datetime.length >= 10) expect(text).toMatch(new RegExp(`^\\d{1,2} [A-Z][a-z]+ \\d{4}${time}`));
    }
  });
});

describe('the peace-talks background', () => {
  it('shows its sections and the dated timeline of every event', () => {
    const $ = content.$('/peace-talks/');
    for (const s of readPeaceTalksSections()) expect($(`h2#${s.id}`).text()).toBe(s.title);
    const events = readTalksEvents();
    expect($('article.talks-event')).toHaveLength(events.length);
    for (const e of events) {
      expect($(`article#${e.id} h3`).text()).toBe(e.title);
      expect($(`article#${e.id} time`).first().attr('datetime')).toBe(e.date.iso);
    }
  });
});
