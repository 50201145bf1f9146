import { describe, expect, it } from 'vitest';
import { incidentSchema } from '../../src/schemas/incident';
import { facetsFor, filterAttributes, optionCounts } from '../../src/lib/facets';
import { incidentPath, isPaged } from '../../src/lib/list-pages';
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
    { stance: 'denied', who: 'X', text: 'No.' },
    { stance: 'claimed-on-record', who: 'Y', text: 'Yes.' },
  ],
});

describe('facetsFor', () => {
  const facets = facetsFor([a, b]);
  it('offers only the options some incident has, in the vocabulary’s order', () => {
    expect(Object.fromEntries(facets.map((f) => [f.key, f.options.map((o) => o.value)]))).toEqual({
      category: ['military-officer', 'propagandist'],
      setting: ['russia', 'occupied-ukraine'],
      method: ['bomb', 'shooting'],
      stance: ['claimed-on-record', 'denied', 'unclaimed'],
      year: ['2023', '2024'],
    });
  });
  it('drops a facet with nothing to choose between (the year on a page of one year)', () => {
    // One incident: only its two stances are a choice.
    expect(facetsFor([b]).map((f) => f.key)).toEqual(['stance']);
    expect(facetsFor([a, make({ id: 'c', date: '2023-01' })]).map((f) => f.key)).not.toContain('year');
  });
  it('counts each option', () => {
    const stance = facets.find((f) => f.key === 'stance')!;
    expect(Object.fromEntries(optionCounts([a, b], stance))).toEqual({
      'claimed-on-record': 1,
      denied: 1,
      unclaimed: 1,
    });
  });
});

describe('filterAttributes', () => {
  it('gives the article every facet’s values, stances in vocabulary order', () => {
    expect(filterAttributes(b)).toEqual({
      'data-category': 'military-officer',
      'data-setting': 'occupied-ukraine',
      'data-method': 'shooting',
      'data-stance': 'claimed-on-record denied',
      'data-year': '2024',
    });
  });
});

describe('incident pages', () => {
  it('keeps the list on one page up to the limit and splits it by year beyond', () => {
    expect(isPaged(500, 500)).toBe(false);
    expect(isPaged(501, 500)).toBe(true);
    expect(incidentPath(b, false)).toBe('/incidents/#b');
    expect(incidentPath(b, true)).toBe('/incidents/2024/#b');
  });
});
