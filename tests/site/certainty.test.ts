/**
 * How sure the sources are travels with each fact into every output. The fixture content has
 * an incident whose date and time are both "about" (fixture-approximate), a casualty range,
 * carried and secondary sources, a logged correction and a later development; the built
 * pages, preview descriptions, feed, chart, map, print edition and downloads are read here.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { load } from 'cheerio';
import { site } from '../support/site';

const fixtures = site('fixtures');
const out = fixtures.dist;
const page = (path: string) => fixtures.$(path);
const ABOUT_DATE = 'about 10 December 2024';
const ABOUT_TIME = 'about 21:00 local time (UTC+3)';

/** Every text file the build wrote, with its path. */
function builtTexts(): [string, string][] {
  return readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(html|xml|csv|json|txt)$/.test(d.name))
    .map((d) => {
      const path = relative(out, join(d.parentPath, d.name));
      return [path, fixtures.read(path)] as [string, string];
    });
}

describe('an approximate date and time stay approximate in every output', () => {
  it('no built file writes the day or the time without "about"', () => {
    let seen = 0;
    for (const [path, text] of builtTexts()) {
      for (const m of text.matchAll(/(.{0,12})(10 Dec(ember)? 2024|21:00 local time)/g)) {
        seen++;
        expect(m[1], `${path}: "${m[0]}"`).toMatch(/\b[Aa]bout $/);
      }
    }
    // The entry, its page, the feed, the chart, the map, the print edition and the downloads.
    expect(seen).toBeGreaterThan(10);
  });

  it('the entry in the list and on its own page', () => {
    const list = page('incidents/');
    expect(list('#fixture-approximate .dateline').text()).toContain(`About 10 December 2024, ${ABOUT_TIME}`);
    const own = page('incidents/fixture-approximate/');
    expect(own('title').text()).toContain(`Fixture Approximate, ${ABOUT_DATE}`);
    expect(own('main .dateline').text()).toContain(`About 10 December 2024, ${ABOUT_TIME}`);
    // Machines get no more precision than the words: the month, and no time.
    expect(own('main .dateline time').attr('datetime')).toBe('2024-12');
  });

  it('the preview card’s description', () => {
    const own = page('incidents/fixture-approximate/');
    expect(own('meta[property="og:image:alt"]').attr('content')).toContain(`About 10 December 2024, ${ABOUT_TIME}`);
  });

  it('the feed', () => {
    const feed = load(fixtures.read('rss.xml'), { xml: true });
    const item = feed('item').filter((_, el) => feed(el).find('title').text().startsWith('Fixture Approximate'));
    expect(item.find('title').text()).toBe(`Fixture Approximate, ${ABOUT_DATE}`);
    expect(item.find('description').text()).toContain(`About 10 December 2024, ${ABOUT_TIME}`);
  });

  it('the chart’s mark, its label and its data table, and the map’s mark and list', () => {
    const list = page('incidents/');
    const mark = list('figure.timeline a.mark[data-id="fixture-approximate"]');
    expect(mark.attr('aria-label')).toContain(ABOUT_DATE);
    expect(mark.find('title').text()).toContain(ABOUT_DATE);
    expect(mark.find('circle.approximate')).toHaveLength(1);
    expect(
      list('.chart-data tr')
        .filter((_, r) => list(r).text().includes('Fixture Approximate'))
        .text(),
    ).toContain('about 10 Dec 2024');
    expect(list('figure.incident-map a.mark[data-id="fixture-approximate"]').attr('aria-label')).toContain(ABOUT_DATE);
    expect(list('ul.places').text()).toContain('Fixture Approximate (about 10 Dec 2024)');
  });

  it('the print edition', () => {
    expect(page('print/')('#fixture-approximate .dateline').text()).toContain(`About 10 December 2024, ${ABOUT_TIME}`);
  });

  it('the structured data of the list', () => {
    const ld = page('incidents/')('script[type="application/ld+json"]')
      .toArray()
      .map((s) => JSON.parse(page('incidents/')(s).text()));
    const item = ld
      .flatMap(
        (d) =>
          d.itemListElement ??
          d['@graph']?.flatMap((g: { itemListElement?: unknown[] }) => g.itemListElement ?? []) ??
          [],
      )
      .find((i: { name: string }) => i.name === 'Fixture Approximate');
    expect(item.description).toBe(`About 10 December 2024, ${ABOUT_TIME}`);
  });

  it('the CSV and the JSON, as flags and in words', () => {
    const rows: Record<string, string>[] = parse(fixtures.read('data/incidents.csv'), { columns: true });
    expect(rows.find((r) => r['id'] === 'fixture-approximate')).toMatchObject({
      date: '2024-12-10',
      date_approximate: 'true',
      time: '21:00',
      time_approximate: 'true',
      when: `${ABOUT_DATE}, ${ABOUT_TIME}`,
    });
    const json = JSON.parse(fixtures.read('data/incidents.json'));
    expect(json.incidents.find((i: { id: string }) => i.id === 'fixture-approximate')).toMatchObject({
      approximateDate: true,
      approximateTime: true,
      when: `${ABOUT_DATE}, ${ABOUT_TIME}`,
    });
  });
});

describe('a logged correction shows on the item, on /updates/ and in the feed', () => {
  it('on the item, saying what was wrong and what is right', () => {
    for (const [path, sel] of [
      ['incidents/', '#fixture-official'],
      ['incidents/fixture-official/', 'main'],
    ] as const) {
      const $ = page(path);
      const li = $(`${sel} #fixture-official-update-1`);
      expect(li.attr('data-kind')).toBe('correction');
      expect(li.find('dt').text()).toBe('We saidCorrect');
      expect(
        li
          .find('dd')
          .toArray()
          .map((d) => $(d).text()),
      ).toEqual(['the M-14 junction', 'the R-47 junction']);
    }
  });
  it('on /updates/, linking to the correction itself', () => {
    const $ = page('updates/');
    const entry = $('.logged-update[data-kind="correction"]');
    expect(entry.text()).toContain('Fixture correction of the road junction.');
    expect(
      entry
        .find('dd')
        .toArray()
        .map((d) => $(d).text()),
    ).toEqual(['the M-14 junction', 'the R-47 junction']);
    expect(entry.find('a').attr('href')).toBe('/incidents/#fixture-official-update-1');
  });
  it('in the feed, as an item of its own', () => {
    const feed = load(fixtures.read('rss.xml'), { xml: true });
    const item = feed('item').filter((_, el) => feed(el).find('title').text() === 'Correction: Fixture Official');
    expect(item).toHaveLength(1);
    expect(item.find('description').text()).toContain('We said: the M-14 junction Correct: the R-47 junction');
    expect(item.find('link').text()).toMatch(/\/incidents\/#fixture-official-update-1$/);
  });
});

describe('what else the entry says about its certainty', () => {
  const entry = () => page('incidents/')('#fixture-official');
  it('a casualty range, in numbers and with the spread named', () => {
    expect(entry().text()).toContain('16 to 52 injured, by different counts.');
    expect(entry().find('dt:contains("Place") + dd').text()).toBe(
      'Henichesk, Kherson Oblast (Russian-occupied Ukraine)',
    );
  });
  it('each source named with its kind', () => {
    const $ = page('incidents/');
    expect($('#yaroslav-moskalik .sources a').eq(1).text()).toBe('Fixture Agency, carried by Fixture Paper');
    expect($('#fixture-official .sources a').eq(1).text()).toBe('Fixture Wire, reporting Fixture Network');
  });
  it('the responsibility line, derived from the statements', () => {
    const $ = page('incidents/');
    const line = (id: string) => $(`#${id} dt:contains("Responsibility") + dd`).text();
    expect(line('fixture-person')).toBe('Not claimed');
    expect(line('fixture-approximate')).toBe('Claimed only anonymously; no official comment from Kyiv');
    expect(line('yaroslav-moskalik')).toBe(
      'Not claimed; denied by Ukrainian officials; Russian authorities blame Ukraine',
    );
  });
  it('a later development, dated, sourced and apart from the text', () => {
    const later = entry().find('.later[role="note"]');
    expect(later.find('h4').text()).toContain('Later developments, after 29 April 2025');
    expect(later.text()).toContain('11 August 2025');
    expect(later.text()).toContain('Fixture investigators gave a new account of the crash.');
    expect(later.find('a').attr('href')).toBe('https://c.example.org/later');
  });
});
