import { describe, expect, it } from 'vitest';
import {
  formerPaths,
  fullPagePath,
  neighbours,
  previewPath,
  sharePath,
  sharePaths,
  slugsOf,
} from '../../src/lib/share';
import { newestChangeFirst, startOfPartialDate } from '../../src/lib/changes';
import { parsePartialDate } from '../../src/lib/partial-date';

const d = parsePartialDate;

describe('addresses of a piece', () => {
  it('has a share page, a place on its full page and a preview image', () => {
    expect(sharePath('incidents', 'darya-dugina')).toBe('/incidents/darya-dugina/');
    expect(fullPagePath('explainer', 'who-was-moskalik')).toBe('/#who-was-moskalik');
    expect(fullPagePath('peace-talks', 'earlier-rounds')).toBe('/peace-talks/#earlier-rounds');
    expect(previewPath('explainer/who-was-moskalik')).toBe('/og/explainer/who-was-moskalik.png');
  });
});

describe('share-page slugs', () => {
  it('lists current ids, then former ids pointing at the piece that replaced them', () => {
    const slugs = slugsOf([
      { id: 'a', aliases: ['old-a', 'older-a'] },
      { id: 'b', aliases: [] },
    ]);
    expect(slugs).toEqual([
      { slug: 'a', id: 'a', isAlias: false },
      { slug: 'b', id: 'b', isAlias: false },
      { slug: 'old-a', id: 'a', isAlias: true },
      { slug: 'older-a', id: 'a', isAlias: true },
    ]);
  });
  it('refuses an alias that is another piece’s id', () => {
    expect(() =>
      slugsOf([
        { id: 'a', aliases: ['b'] },
        { id: 'b', aliases: [] },
      ]),
    ).toThrow('"b" is claimed by both "b" and "a"');
  });
  it('refuses one alias on two pieces, and a duplicate id', () => {
    expect(() =>
      slugsOf([
        { id: 'a', aliases: ['old'] },
        { id: 'b', aliases: ['old'] },
      ]),
    ).toThrow('"old" is claimed by both "a" and "b"');
    expect(() =>
      slugsOf([
        { id: 'a', aliases: [] },
        { id: 'a', aliases: [] },
      ]),
    ).toThrow('"a" is claimed by both');
  });
});

describe('previous and next', () => {
  const items = ['one', 'two', 'three'];
  it('has no previous at the start and no next at the end', () => {
    expect(neighbours(items, 0)).toEqual({ prev: undefined, next: 'two' });
    expect(neighbours(items, 1)).toEqual({ prev: 'one', next: 'three' });
    expect(neighbours(items, 2)).toEqual({ prev: 'two', next: undefined });
  });
});

describe('change dates', () => {
  it('orders newest change first, keeping the given order among equals', () => {
    const items = [
      { id: 'a', changed: d('2026-11-25') },
      { id: 'b', changed: d('2027-01-10') },
      { id: 'c', changed: d('2026-11-25') },
      { id: 'd', changed: d('2026-12') },
    ];
    expect(newestChangeFirst(items, (i) => i.changed).map((i) => i.id)).toEqual(['b', 'd', 'a', 'c']);
  });
  it('turns a partial date into its first instant in UTC', () => {
    expect(startOfPartialDate(d('2025-04-25')).toISOString()).toBe('2025-04-25T00:00:00.000Z');
    expect(startOfPartialDate(d('2024-12')).toISOString()).toBe('2024-12-01T00:00:00.000Z');
  });
});

describe('sharePaths', () => {
  it('gives a page per piece, each knowing every piece and its own place', () => {
    const items = [{ data: { id: 'a' } }, { data: { id: 'b' } }];
    const paths = sharePaths(items, (i) => i.data.id);
    expect(paths.map((p) => [p.params.id, p.props.index])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
    expect(paths.every((p) => p.props.items === items)).toBe(true);
  });
});

describe('formerPaths', () => {
  it('gives every former id of every kind a redirect to the share page of the piece it became', () => {
    const paths = formerPaths([
      ['explainer', [{ id: 'who', aliases: ['who-was-he'], title: 'Who was he?' }]],
      [
        'incidents',
        [
          { id: 'a', aliases: ['old-a', 'older-a'], title: 'A. Person' },
          { id: 'b', aliases: [], title: 'B. Person' },
        ],
      ],
    ]);
    expect(paths.map((p) => [p.params.former, p.props.to, p.props.title])).toEqual([
      ['explainer/who-was-he', '/explainer/who/', 'Who was he?'],
      ['incidents/old-a', '/incidents/a/', 'A. Person'],
      ['incidents/older-a', '/incidents/a/', 'A. Person'],
    ]);
  });

  it('refuses a former id that is another piece’s id, so no redirect hides a share page', () => {
    expect(() =>
      formerPaths([
        [
          'incidents',
          [
            { id: 'a', aliases: ['b'], title: 'A' },
            { id: 'b', aliases: [], title: 'B' },
          ],
        ],
      ]),
    ).toThrow('"b" is claimed by both "b" and "a"');
  });
});
