import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { COUNTRY_LABELS, countries, layoutIncidentMap, layoutMap, type MapPoint } from '../../src/lib/map';
import { GAZETTEER, placeOf } from '../../src/data/gazetteer';
import { ui } from '../../src/i18n/ui';

const country = (name: string) => {
  const c = countries.features.find((f) => f.properties.name === name);
  if (!c) throw new Error(`no ${name}`);
  return c;
};

describe('the map data', () => {
  it('draws Crimea as part of Ukraine, not of Russia (UN GA resolution 68/262)', () => {
    for (const [lon, lat] of [
      [34.1, 44.95], // Simferopol
      [33.52, 44.6], // Sevastopol
      [36.47, 45.36], // Kerch
    ] as [number, number][]) {
      expect(geoContains(country('Ukraine'), [lon, lat])).toBe(true);
      expect(geoContains(country('Russia'), [lon, lat])).toBe(false);
    }
  });

  it('places every gazetteer locality inside Russia or Ukraine', () => {
    for (const [name, p] of Object.entries(GAZETTEER)) {
      const inRussia = geoContains(country('Russia'), [p.lon, p.lat]);
      const inUkraine = geoContains(country('Ukraine'), [p.lon, p.lat]);
      expect(inRussia || inUkraine, name).toBe(true);
    }
  });

  it('names a missing locality and where to add it', () => {
    expect(() => placeOf('Atlantis')).toThrow(/"Atlantis".*src\/data\/gazetteer\.ts/);
  });
});

describe('layoutMap', () => {
  const points: MapPoint[] = [
    { id: 'a', label: 'A', href: '/incidents/#a', setting: 'russia', locality: 'Moscow', ...GAZETTEER['Moscow']! },
    { id: 'b', label: 'B', href: '/incidents/#b', setting: 'russia', locality: 'Moscow', ...GAZETTEER['Moscow']! },
    {
      id: 'c',
      label: 'C',
      href: '/incidents/#c',
      setting: 'occupied-ukraine',
      locality: 'Donetsk',
      ...GAZETTEER['Donetsk']!,
    },
  ];
  const map = layoutMap(
    [
      [22, 44],
      [42, 61],
    ],
    600,
    640,
    points,
  );

  it('draws Russia and Ukraine and the borders between countries', () => {
    const names = map.shapes.map((s) => s.name);
    expect(names).toContain('Russia');
    expect(names).toContain('Ukraine');
    expect(names).not.toContain('Brazil');
    expect(map.borders.length).toBeGreaterThan(100);
  });

  it('gives every incident in the box its own mark, grouped by locality, inside the frame', () => {
    expect(map.places.map((p) => [p.locality, p.marks.map((m) => m.id)])).toEqual([
      ['Moscow', ['a', 'b']],
      ['Donetsk', ['c']],
    ]);
    for (const m of map.places.flatMap((p) => p.marks)) {
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(600);
      expect(m.y).toBeGreaterThan(0);
      expect(m.y).toBeLessThan(640);
    }
    const [a, b] = map.places[0]!.marks;
    expect(Math.abs(a!.x - b!.x)).toBeGreaterThanOrEqual(10);
  });

  it('puts north up: St Petersburg above Donetsk', () => {
    const spb = map.project(GAZETTEER['St Petersburg']!.lon, GAZETTEER['St Petersburg']!.lat)!;
    const don = map.project(GAZETTEER['Donetsk']!.lon, GAZETTEER['Donetsk']!.lat)!;
    expect(spb[1]).toBeLessThan(don[1]);
  });

  it('leaves out incidents outside the box', () => {
    const inset = layoutMap(
      [
        [36.5, 55.4],
        [38.3, 56.1],
      ],
      300,
      200,
      points,
    );
    expect(inset.places.map((p) => p.locality)).toEqual(['Moscow']);
  });
});

describe('layoutIncidentMap', () => {
  const point = (id: string, locality: string): MapPoint => ({
    id,
    label: id,
    href: `/incidents/#${id}`,
    setting: locality === 'Donetsk' ? 'occupied-ukraine' : 'russia',
    locality,
    ...placeOf(locality),
  });
  const ids = (frame: { places: { marks: { id: string }[] }[] }) =>
    frame.places.flatMap((p) => p.marks.map((m) => m.id));
  const en = ui('en').lists.map;

  it('draws the Moscow area in an inset, outlined on the main map, and everything else on the main map', () => {
    const map = layoutIncidentMap([point('m', 'Moscow'), point('b', 'Balashikha'), point('d', 'Donetsk')], en);
    expect(map.frames.map((f) => f.id)).toEqual(['main', 'inset']);
    expect(ids(map.frames[0]!)).toEqual(['d']);
    expect(ids(map.frames[1]!).sort()).toEqual(['b', 'm']);
    expect(map.insetFrame!.width).toBeGreaterThan(0);
    expect(map.insetFrame!.height).toBeGreaterThan(0);
  });

  it('leaves out the inset and its outline when no incident is in it', () => {
    const map = layoutIncidentMap([point('d', 'Donetsk'), point('s', 'St Petersburg')], en);
    expect(map.frames.map((f) => f.id)).toEqual(['main']);
    expect(map.insetFrame).toBeUndefined();
  });

  it('names the countries inside the main map’s frame', () => {
    const map = layoutIncidentMap([point('d', 'Donetsk')], en);
    expect(map.countryLabels.map((c) => c.name)).toEqual(COUNTRY_LABELS.map((c) => en.countries[c.country]));
    for (const c of map.countryLabels) {
      expect(c.x).toBeGreaterThan(0);
      expect(c.x).toBeLessThan(map.frames[0]!.width);
    }
  });

  it('labels the frames and the countries in the edition’s words', () => {
    const ru = ui('ru').lists.map;
    const map = layoutIncidentMap([point('m', 'Moscow'), point('d', 'Donetsk')], ru);
    expect(map.frames.map((f) => f.label)).toEqual([ru.main, ru.inset]);
    expect(map.countryLabels.map((c) => c.name)).toEqual(['УКРАИНА', 'РОССИЯ', 'БЕЛАРУСЬ']);
  });
});
