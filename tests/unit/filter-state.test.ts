import { describe, expect, it } from 'vitest';
import { matches, optionCount, queryFromSelection, selectionFromQuery } from '../../src/lib/filter-state';

const a = { category: ['propagandist'], status: ['not-claimed'] };
const b = { category: ['military-officer'], status: ['claimed-anonymously'] };
const c = { category: ['military-officer'], status: ['not-claimed'] };

describe('the incident filters’ state', () => {
  it('reads a shared link, keeping only the facets the page offers', () => {
    const sel = selectionFromQuery(new URLSearchParams('category=propagandist&category=military-officer&x=1'), [
      'category',
      'status',
    ]);
    expect([...sel]).toEqual([['category', ['propagandist', 'military-officer']]]);
  });
  it('writes the link back, with the sort order, and nothing for the default view', () => {
    expect(queryFromSelection(new Map([['category', ['propagandist']]]), true)).toBe(
      '?category=propagandist&sort=newest',
    );
    expect(queryFromSelection(new Map(), false)).toBe('');
  });
  it('matches any ticked option within a facet, and every facet', () => {
    const either = new Map([['category', ['propagandist', 'military-officer']]]);
    expect([a, b, c].map((v) => matches(v, either))).toEqual([true, true, true]);
    const both = new Map([
      ['category', ['military-officer']],
      ['status', ['not-claimed']],
    ]);
    expect([a, b, c].map((v) => matches(v, both))).toEqual([false, false, true]);
  });
  it('counts what ticking an option would show, given the other facets’ choices', () => {
    const sel = new Map([['status', ['not-claimed']]]);
    expect(optionCount([a, b, c], sel, 'category', 'military-officer')).toBe(1);
    expect(optionCount([a, b, c], sel, 'status', 'claimed-anonymously')).toBe(1);
  });
});
