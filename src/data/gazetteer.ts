/**
 * Where the incident localities are, for the map. Coordinates are the localities' commonly
 * published centre points (as in their Wikipedia and GeoNames entries), rounded to two
 * decimals. A mark stands for the locality named in the entry, not for the site of the
 * killing, and the map's caption says so. A locality in the incident data that is missing
 * here fails the build with a message naming it, so the map can never silently drop an incident.
 */
import type { Locale } from '../i18n/locales';

export interface Place {
  /** Latitude, degrees north. */
  lat: number;
  /** Longitude, degrees east. */
  lon: number;
  /** Which side of the point its label goes, where the default would collide with a neighbour's. */
  labelSide?: 'left' | 'right';
  /** Why the point is only approximate, when it is, in each edition; the map's list says so next to the place. */
  approximate?: Readonly<Record<Locale, string>>;
}

export const GAZETTEER: Readonly<Record<string, Place>> = {
  Moscow: { lat: 55.76, lon: 37.62 },
  Balashikha: { lat: 55.8, lon: 37.94 },
  Kotelniki: { lat: 55.65, lon: 37.86, labelSide: 'right' },
  'Bolshiye Vyazyomy': { lat: 55.63, lon: 36.98 },
  Suponevo: {
    lat: 55.7,
    lon: 36.9,
    approximate: {
      en: 'the checked sources place the village only in Odintsovo district, west of Moscow, so the mark is an estimate within that district',
      ru: 'в проверенных источниках указан только Одинцовский округ к западу от Москвы, поэтому положение метки в пределах округа — оценка',
      uk: 'у перевірених джерелах зазначено лише Одинцовський округ на захід від Москви, тому розташування позначки в межах округу — оцінка',
    },
  },
  'St Petersburg': { lat: 59.94, lon: 30.31 },
  Krasnodar: { lat: 45.04, lon: 38.98 },
  Donetsk: { lat: 48.0, lon: 37.8 },
  Kherson: { lat: 46.64, lon: 32.62 },
  Henichesk: { lat: 46.17, lon: 34.82 },
  'Hola Prystan': { lat: 46.52, lon: 32.52, labelSide: 'left' },
};

/** The coordinates of a locality, or an editor's message saying where to add them. */
export function placeOf(locality: string): Place {
  const place = GAZETTEER[locality];
  if (!place)
    throw new Error(
      `The map has no coordinates for the locality "${locality}": add it to src/data/gazetteer.ts with its published coordinates, rounded to two decimals.`,
    );
  return place;
}
