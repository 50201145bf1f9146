import { describe, expect, it } from 'vitest';
import { chronological, groupByYear, placeInWords } from '../../src/lib/incidents';
import { prefixFootnoteIds, sectionPrefix } from '../../src/lib/rehype-section-footnotes';
import { tableLabel, wrapTables } from '../../src/lib/rehype-table-scroll';
import { localeOfFile } from '../../src/lib/file-locale';
import { elementsIn } from '../../src/lib/hast';
import { h } from 'hastscript';
import { parsePartialDate } from '../../src/lib/partial-date';

const d = parsePartialDate;

describe('incident ordering', () => {
  const items = [
    { id: 'c', date: d('2024-12-17') },
    { id: 'a', date: d('2022-08-20') },
    { id: 'b', date: d('2024-12') },
    { id: 'd', date: d('2022-08-20') },
  ];
  it('sorts oldest first, ties by id', () => {
    expect(chronological(items).map((i) => i.id)).toEqual(['a', 'd', 'b', 'c']);
  });
  it('groups by year in order', () => {
    expect(groupByYear(chronological(items)).map((g) => [g.year, g.items.map((i) => i.id)])).toEqual([
      [2022, ['a', 'd']],
      [2024, ['b', 'c']],
    ]);
  });
});

describe('a place in plain words', () => {
  it('names a city once, not again as its region', () => {
    expect(placeInWords({ locality: 'Moscow', region: 'Moscow (city)' })).toBe('Moscow');
    expect(placeInWords({ locality: 'Donetsk', region: 'Donetsk Oblast' })).toBe('Donetsk');
    expect(placeInWords({ locality: 'Balashikha', region: 'Moscow Oblast' })).toBe('Balashikha, Moscow Oblast');
  });
  it('does the same with the names each edition writes (from the glossary)', () => {
    expect(placeInWords({ locality: 'Донецк', region: 'Донецкая область' }, 'ru')).toBe('Донецк');
    expect(placeInWords({ locality: 'Донецьк', region: 'Донецька область' }, 'uk')).toBe('Донецьк');
    expect(placeInWords({ locality: 'Москва', region: 'Москва (город)' }, 'ru')).toBe('Москва');
    expect(placeInWords({ locality: 'Балашиха', region: 'Московская область' }, 'ru')).toBe(
      'Балашиха, Московская область',
    );
  });
});

describe('footnote ids are unique per section', () => {
  it('rewrites ids, links and aria-describedby with the section id', () => {
    const tree = h(null, [
      h('a', { id: 'user-content-fnref-1', href: '#user-content-fn-1', ariaDescribedBy: ['footnote-label'] }),
      h('li', { id: 'user-content-fn-1' }),
      h('h3', { id: 'footnote-label' }),
      h('a', { href: '/incidents/#igor-kirillov' }),
    ]);
    prefixFootnoteIds(tree, 'who-was-moskalik');
    expect(tree.children.map((c) => (c.type === 'element' ? c.properties : c))).toEqual([
      {
        id: 'who-was-moskalik-fnref-1',
        href: '#who-was-moskalik-fn-1',
        ariaDescribedBy: ['who-was-moskalik-footnote-label'],
      },
      { id: 'who-was-moskalik-fn-1' },
      { id: 'who-was-moskalik-footnote-label' },
      { href: '/incidents/#igor-kirillov' },
    ]);
  });
  it('takes the prefix from frontmatter id, else the file name', () => {
    expect(sectionPrefix({ data: { astro: { frontmatter: { id: 'why-it-matters' } } } })).toBe('why-it-matters');
    expect(sectionPrefix({ path: '/x/content/explainer/pattern.mdx', data: {} })).toBe('pattern');
  });
});

describe('wide tables scroll in their own region', () => {
  it('wraps each table in a focusable, labelled region', () => {
    const table = h('table', [h('tr', [h('th', 'Date'), h('th', 'Person')])]);
    const tree = h(null, [h('p'), table]);
    wrapTables(tree);
    expect(tree.children[1]).toMatchObject({
      tagName: 'div',
      properties: { className: ['table-scroll'], role: 'region', ariaLabel: 'Table: Date, Person', tabIndex: 0 },
      children: [table],
    });
  });
  it('wraps a table however deep it sits, and only once', () => {
    const tree = h(null, [h('section', [h('div', [h('table', [h('tr', [h('th', 'When')])])])])]);
    wrapTables(tree);
    const regions = elementsIn(tree).filter((el) => el.properties['role'] === 'region');
    expect(regions.map((r) => r.properties['ariaLabel'])).toEqual(['Table: When']);
  });
});

describe('a translation’s tables', () => {
  it('are named in its own language', () => {
    expect(tableLabel(h('table', [h('tr', [h('th', 'Дата'), h('th', 'Имя')])]), 'ru')).toBe('Таблица: Дата, Имя');
    expect(tableLabel(h('table'), 'uk')).toBe('Таблиця');
  });
  it('are known by the folder the file is in', () => {
    expect(localeOfFile('/site/content/ru/explainer/who-was-moskalik.mdx')).toBe('ru');
    expect(localeOfFile('content/uk/pages/data.mdx')).toBe('uk');
    expect(localeOfFile('/site/content/explainer/who-was-moskalik.mdx')).toBe('en');
    expect(localeOfFile(undefined)).toBe('en');
  });
});
