/**
 * A piece as a reference: its CSL item carries the data exactly (title, the site as author and
 * publisher, the dates at their precision, the address, the language), and every format
 * Citation.js makes from it says the same. One snapshot per format shows what a reader copies;
 * the assertions beside it say which facts each must carry, so a snapshot is not the only check.
 */
import { describe, expect, it } from 'vitest';
import { cslItem, type Citable } from '../../src/lib/citation';
import { citationsOf, DATA_FORMATS, STYLES } from '../../src/lib/citation-formats';
import { parsePartialDate } from '../../src/lib/partial-date';

const incident: Citable = {
  key: 'incidents/darya-dugina',
  type: 'webpage',
  title: 'Darya Dugina, 20 August 2022',
  site: 'The Moskalik Killing, Explained',
  published: parsePartialDate('2026-11-25'),
  modified: parsePartialDate('2026-12-02'),
  url: 'https://example.org/incidents/darya-dugina/',
  language: 'en-GB',
};
const russian: Citable = {
  ...incident,
  title: 'Дарья Дугина, 20 августа 2022',
  site: 'Убийство Москалика: что известно',
  modified: parsePartialDate('2026-11-25'),
  url: 'https://example.org/ru/incidents/darya-dugina/',
  language: 'ru',
};
const dataset: Citable = {
  ...incident,
  key: 'data/incidents',
  type: 'dataset',
  title: 'The Moskalik Killing, Explained: targeted killings since 2022',
  url: 'https://example.org/data/',
};

describe('the CSL item', () => {
  it('names the site as author, website and publisher, and keeps the address and language', () => {
    const item = cslItem(incident);
    expect(item.author).toEqual([{ literal: incident.site }]);
    expect(item['container-title']).toBe(incident.site);
    expect(item.publisher).toBe(incident.site);
    expect(item.URL).toBe(incident.url);
    expect(item.language).toBe('en-GB');
    expect(item.type).toBe('webpage');
  });

  it('cites the version read (the last change) and records first publication', () => {
    const item = cslItem(incident);
    expect(item.issued).toEqual({ 'date-parts': [[2026, 12, 2]] });
    expect(item['available-date']).toEqual({ 'date-parts': [[2026, 11, 25]] });
  });

  it('keeps a date’s precision: a month stays a month', () => {
    const item = cslItem({ ...incident, modified: parsePartialDate('2026-12') });
    expect(item.issued).toEqual({ 'date-parts': [[2026, 12]] });
  });

  it('gives each piece and edition its own stable key', () => {
    expect(cslItem(incident)['citation-key']).toBe('moskalik-explained-incidents-darya-dugina');
    expect(cslItem(russian)['citation-key']).toBe('moskalik-explained-incidents-darya-dugina-ru');
    expect(cslItem(dataset).type).toBe('dataset');
  });
});

describe('every format, made by Citation.js', () => {
  const refs = citationsOf(incident);
  const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');

  it.each(STYLES.map((s) => [s.id]))('%s names the title, the site, the year and the address', (id) => {
    const ref = text(refs[id]);
    expect(ref).toContain('Darya Dugina, 20 August 2022');
    expect(ref).toContain(incident.site);
    expect(ref).toContain('2026');
    expect(ref).toContain(incident.url);
    expect(refs[id]).toMatchSnapshot();
  });

  it('APA, MLA and Chicago give the day of the last change', () => {
    expect(text(refs.apa)).toContain('(2026, December 2)');
    expect(text(refs.mla)).toContain('2 Dec. 2026');
    expect(text(refs.chicago)).toContain('December 2, 2026');
  });

  it('BibTeX: a @misc entry under the stable key, in UTF-8, with the address', () => {
    expect(refs.bibtex).toMatch(/^@misc\{moskalik-explained-incidents-darya-dugina,/);
    expect(refs.bibtex).toContain('url = {https://example.org/incidents/darya-dugina/}');
    expect(refs.bibtex).toContain('year = {2026}');
    expect(citationsOf(russian).bibtex).toContain('title = {Дарья Дугина, 20 августа 2022}');
    expect(refs.bibtex).toMatchSnapshot();
  });

  it('RIS: an electronic source with its date, language, publisher and address', () => {
    expect(refs.ris).toMatch(/^TY {2}- ELEC$/m);
    expect(refs.ris).toMatch(/^DA {2}- 2026\/12\/2\/$/m);
    expect(refs.ris).toMatch(/^LA {2}- en-GB$/m);
    expect(refs.ris).toMatch(/^UR {2}- https:\/\/example\.org\/incidents\/darya-dugina\/$/m);
    expect(citationsOf(dataset).ris).toMatch(/^TY {2}- DATA$/m);
    // A long address stays on its line: a reader that joins continued lines with a space would break it.
    const long = `https://example.org/explainer/${'a-long-section-id-'.repeat(4)}/`;
    expect(citationsOf({ ...incident, url: long }).ris).toMatch(new RegExp(`^UR {2}- ${long}$`, 'm'));
    for (const line of refs.ris.split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/);
    expect(refs.ris).toMatchSnapshot();
  });

  it('CSL-JSON is the item itself', () => {
    expect(JSON.parse(refs['csl-json'])).toEqual([cslItem(incident)]);
  });

  it('has every format the Cite disclosure offers', () => {
    for (const f of [...STYLES, ...DATA_FORMATS]) expect(refs[f.id].length).toBeGreaterThan(20);
  });
});
