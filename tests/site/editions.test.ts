/**
 * The explainer and the pieces' own pages in each edition, read from the build: the page's
 * language, the same ids as the English page (ids are never translated), the sections' titles
 * and the dates in the edition's words, links that keep the reader in the edition, and the
 * English names of outlets marked as English. The fixture content has no translations, so its
 * Russian pages show every piece in English, saying so.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CONTENT,
  FIXTURES,
  readExplainerSections,
  readIncidents,
  readPeaceTalksSections,
  readTranslations,
} from '../support/content';
import { site } from '../support/site';
import { LOCALE_CODES, LOCALES, localePath, type Locale } from '../../src/i18n/locales';
import { ui } from '../../src/i18n/ui';
import { formatDate, formatWhen } from '../../src/lib/dates';
import { SITE } from '../../src/site';

const content = site('content');
const sections = readExplainerSections();
const background = readPeaceTalksSections();
const incidents = readIncidents();

// One piece of each kind: a section with footnotes, one with later developments, an incident
// whose sources include an agency's copy and a headline.
const section = sections.find((s) => s.id === 'who-was-moskalik')!;
const backgroundSection = background.find((s) => s.id === 'earlier-rounds')!;
const incident = incidents.find((i) => i.id === 'yaroslav-moskalik')!;
const PAGES = ['/', `/explainer/${section.id}/`, `/peace-talks/${backgroundSection.id}/`, `/incidents/${incident.id}/`];

const glossary = new Map(
  (parse(readFileSync(join(CONTENT, 'glossary.yaml'), 'utf8')) as Record<Locale, string>[]).map((g) => [g.en, g]),
);
const translations = new Map(LOCALE_CODES.map((l) => [l, l === 'en' ? undefined : readTranslations(l)]));

/** A section's title as the edition writes it: the translation's, or the English itself. */
const titleIn = (l: Locale, kind: string, s: { id: string; title: string }) =>
  (translations.get(l)?.get(`${kind}/${s.id}`)?.data['title'] as string | undefined) ?? s.title;

const ids = (path: string) =>
  new Set(
    content
      .$(path)('[id]')
      .toArray()
      .map((el) => el.attribs['id']),
  );

const ENGLISH_MONTHS = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

describe.each(LOCALE_CODES)('the %s edition', (l) => {
  const t = ui(l);
  const at = (path: string) => localePath(l, path);

  it.each(PAGES)('%s is marked as the edition’s language and has the English page’s ids', (path) => {
    const $ = content.$(at(path));
    expect($('html').attr('lang')).toBe(LOCALES[l].lang);
    expect([...ids(at(path))].sort()).toEqual([...ids(path)].sort());
  });

  it('titles every section of the explainer, and its contents, in the edition’s words', () => {
    const $ = content.$(at('/'));
    const titles = sections.map((s) => titleIn(l, 'explainer', s));
    expect(sections.map((s) => $(`section.section h2#${s.id}`).text())).toEqual(titles);
    expect(
      $('nav.contents a')
        .toArray()
        .map((a) => $(a).text()),
    ).toEqual(titles);
    expect($('nav.contents h2').text()).toBe(t.site.contents.label);
    if (l !== 'en') expect(titles).not.toEqual(sections.map((s) => s.title));
  });

  it('heads each share page with its piece in the edition’s words, and leads on in the edition', () => {
    const explainer = content.$(at(`/explainer/${section.id}/`));
    expect(explainer('h1').text()).toBe(titleIn(l, 'explainer', section));
    expect(explainer('main p.kicker').first().text()).toBe(t.entries.sectionSharePage.kicker.explainer);
    expect(explainer(`main a[href="${at(`/#${section.id}`)}"]`).text()).toBe(
      t.entries.sectionSharePage.readInFull.explainer,
    );
    const talks = content.$(at(`/peace-talks/${backgroundSection.id}/`));
    expect(talks('h1').text()).toBe(titleIn(l, 'peace-talks', backgroundSection));
    const person = content.$(at(`/incidents/${incident.id}/`));
    const name = l === 'en' ? incident.person.name : glossary.get(incident.person.name)?.[l];
    expect(person('h1').text()).toBe(name);
    expect(
      person('title')
        .text()
        .startsWith(`${name}, ${formatWhen(incident, { locale: l })}`),
    ).toBe(true);
    expect(person(`nav[aria-label="${t.entries.pieceNav.label}"]`)).toHaveLength(1);
  });

  it('writes dates in the edition’s words', () => {
    const dateline = content.$(at('/'))('p.dateline').text();
    expect(dateline).toContain(`${t.site.dateline.published} ${formatDate(SITE.published, l)}`);
    expect(dateline).toContain(`${t.site.dateline.asOf} ${formatDate(SITE.asOf, l)}`);
    const entry = content.$(at(`/incidents/${incident.id}/`));
    expect(entry('.incident .dateline').text()).toContain(
      formatWhen(incident, { locale: l, withTime: true, sentence: true }),
    );
    if (l === 'en') return;
    for (const path of PAGES) {
      const $ = content.$(at(path));
      for (const time of $('main time').toArray()) expect($(time).text(), path).not.toMatch(ENGLISH_MONTHS);
    }
  });

  it.each(PAGES)('%s links within the edition', (path) => {
    const $ = content.$(at(path));
    // The English original of a lagging translation is the one link out of the edition, and says so.
    // (The print control is the print edition's, converted with it.)
    const links = $('main a[href^="/"]:not([hreflang])')
      .not('.print-control a')
      .toArray()
      .map((a) => a.attribs['href'] ?? '')
      // The downloads are one dataset, with English codes, for every edition.
      .filter((href) => !/^\/data\/incidents\.(csv|json)$/.test(href));
    expect(links.length).toBeGreaterThan(0);
    if (l !== 'en') for (const href of links) expect(href, path).toMatch(new RegExp(`^/${l}/`));
  });

  it('names each source by its outlet as the data spells it, marked as English where the page is not', () => {
    const $ = content.$(at(`/incidents/${incident.id}/`));
    for (const s of incident.sources) {
      const link = $(`main .sources a[href="${s.url}"]`).first();
      // An outlet named alone is marked on the link; beside the edition's words, on its own.
      const marked = [...link.filter('[lang]').toArray(), ...link.find('[lang]').toArray()].map((n) => [
        $(n).attr('lang'),
        $(n).text(),
      ]);
      if (l === 'en') expect(marked).toEqual([]);
      else {
        const names =
          s.kind === 'agency-copy' ? [s.via, s.outlet] : s.kind === 'secondary' ? [s.outlet, s.via] : [s.outlet];
        expect(marked.map(([lang]) => lang)).toEqual(names.map(() => 'en'));
        expect(marked.map(([, text]) => text)).toEqual(names);
      }
      const cite = link.nextAll('cite').first();
      if (s.headline) {
        expect(cite.text()).toContain(s.headline);
        expect(cite.attr('lang')).toBe(l === 'en' ? undefined : (s.lang ?? 'en'));
      }
    }
  });

  it('says once on a page of a translated edition that quotations are translated', () => {
    for (const path of PAGES) {
      const notes = content.$(at(path))('.quotations-note');
      expect(notes.length, path).toBe(l === 'en' ? 0 : 1);
      if (l !== 'en') expect(notes.text()).toBe(t.site.translation.quotationsTranslated);
    }
  });
});

describe('a piece not yet translated', () => {
  const fixtures = site('fixtures');
  const translated = readTranslations('ru', FIXTURES);
  const untranslated = readExplainerSections(FIXTURES).filter((s) => !translated.has(`explainer/${s.id}`));

  it('is shown in English, marked as English, under a notice in the edition’s language', () => {
    // A vacuous pass is no pass: the fixtures keep a section with no translation.
    expect(untranslated.length).toBeGreaterThan(0);
    const $ = fixtures.$('/ru/');
    for (const s of untranslated) {
      const piece = $(`section.section[aria-labelledby="${s.id}"]`);
      expect(piece.find(`h2#${s.id}`).attr('lang')).toBe('en-GB');
      expect(piece.find(`h2#${s.id}`).text()).toBe(s.title);
      const notice = piece.find('[data-translation="missing"]');
      expect(notice.attr('lang')).toBe('ru');
      expect(notice.text().trim()).toBe(ui('ru').site.translation.missingNotice);
      expect(piece.find('.prose[lang="en-GB"]')).toHaveLength(1);
    }
    // The English edition never shows the notice.
    expect(fixtures.$('/')('[data-translation]')).toHaveLength(0);
  });
});
