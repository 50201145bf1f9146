import { describe, expect, it } from 'vitest';
import { incidentSchema } from '../../src/schemas/incident';
import { facetsFor, filterAttributes, optionCounts } from '../../src/lib/facets';
import { listPages } from '../../src/lib/list-pages';
import { parsePartialDate } from '../../src/lib/partial-date';
import { validIncident } from '../fixtures/entries';

const make = (over: Record<string, unknown>) => incidentSchema.parse({ ...validIncident(), ...over });
const a = make({ id: 'a', date: '2023-05', category: 'propagandist', method: 'bomb' });
const b = make({
  id: 'b',
  date: '2024-12-17',
  category: 'military-officer',
  method: 'shooting',
  place: { locality: 'Donetsk', region: 'Donetsk Oblast', setting: 'occupied-ukraine' },
  attribution: [
    { speaker: 'russia-authorities', act: 'accusation', who: 'X', text: 'Blamed Kyiv.' },
    { speaker: 'ukraine-official', act: 'claim', who: 'Y', text: 'Yes.' },
  ],
});

describe('facetsFor', () => {
  const facets = facetsFor([a, b]);
  it('offers only the options some incident has, in the vocabulary’s order', () => {
    expect(Object.fromEntries(facets.map((f) => [f.key, f.options.map((o) => o.value)]))).toEqual({
      category: ['military-officer', 'propagandist'],
      setting: ['russia', 'occupied-ukraine'],
      method: ['bomb', 'shooting'],
      status: ['claimed', 'not-claimed'],
      year: ['2023', '2024'],
    });
  });
  it('drops a facet with nothing to choose between (the year on a page of one year)', () => {
    // One incident: it has one value for every facet, so nothing is a choice.
    expect(facetsFor([b]).map((f) => f.key)).toEqual([]);
    expect(facetsFor([a, make({ id: 'c', date: '2023-01' })]).map((f) => f.key)).not.toContain('year');
  });
  it('names the groups and the options in the edition’s words, keeping the codes', () => {
    const uk = facetsFor([a, b], 'uk');
    expect(uk.map((f) => f.key)).toEqual(facets.map((f) => f.key));
    expect(uk.find((f) => f.key === 'category')).toMatchObject({
      legend: 'Категорія',
      options: [
        { value: 'military-officer', label: 'Офіцер' },
        { value: 'propagandist', label: 'Пропагандист' },
      ],
    });
  });
  it('counts each option', () => {
    const status = facets.find((f) => f.key === 'status')!;
    expect(Object.fromEntries(optionCounts([a, b], status))).toEqual({ claimed: 1, 'not-claimed': 1 });
  });
});

describe('filterAttributes', () => {
  it('gives the article every facet’s values, the status derived from the statements', () => {
    expect(filterAttributes(b)).toEqual({
      'data-category': 'military-officer',
      'data-setting': 'occupied-ukraine',
      'data-method': 'shooting',
      'data-status': 'claimed',
      'data-year': '2024',
    });
  });
});

describe('listPages', () => {
  const at = (id: string, date: string) => ({ id, date: parsePartialDate(date) });
  const list = [
    at('y', '2023'),
    at('a', '2023-02-01'),
    at('b', '2024-01-05'),
    at('c', '2024-01-09'),
    at('d', '2024-03'),
    at('e', '2025-04-25'),
  ];

  it('keeps the list on one page up to the limit', () => {
    const { paged, pages, pathOf } = listPages(list, list.length);
    expect(paged).toBe(false);
    expect(pages.map((p) => p.path)).toEqual(['/incidents/']);
    expect(pathOf(at('c', '2024-01-09'))).toBe('/incidents/#c');
  });

  it('splits beyond the limit by year, and a crowded year by month, losing no incident', () => {
    const { paged, pages, pathOf } = listPages(list, 2);
    expect(paged).toBe(true);
    expect(pages.map((p) => [p.path, p.items.map((i) => i.id)])).toEqual([
      ['/incidents/2023/', ['y', 'a']],
      ['/incidents/2024/01/', ['b', 'c']],
      ['/incidents/2024/03/', ['d']],
      ['/incidents/2025/', ['e']],
    ]);
    expect(pathOf(at('d', '2024-03'))).toBe('/incidents/2024/03/#d');
    expect(pages.find((p) => p.period === '2024/01')?.label).toBe('January 2024');
  });

  it('labels the pages in the edition’s words, at the same periods and paths', () => {
    const undated = [...list.slice(0, 2), at('u', '2024'), ...list.slice(2)];
    const en = listPages(undated, 2);
    const ru = listPages(undated, 2, 'ru');
    expect(ru.pages.map((p) => p.path)).toEqual(en.pages.map((p) => p.path));
    expect(ru.pages.find((p) => p.period === '2024/01')?.label).toBe('январь 2024');
    expect(listPages(undated, 2, 'uk').pages.find((p) => p.period === '2024/01')?.label).toBe('січень 2024');
    expect(ru.pages.find((p) => p.period === '2024/month-unknown')?.label).toBe('2024, месяц неизвестен');
    expect(listPages(list, list.length, 'uk').pages[0]?.label).toBe('Усі роки');
  });
});
