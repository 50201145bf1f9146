/**
 * Where the incident localities are, for the map. Coordinates are the localities' commonly
 * published centre points (as in their Wikipedia and GeoNames entries), rounded to two
 * decimals: about a kilometre, which is all a map of this scale can show and all the site
 * claims. A locality in the incident data that is missing here fails the build with a
 * message naming it, so the map can never silently drop an incident.
 */
export interface Place {
  /** Latitude, degrees north. */
  lat: number;
  /** Longitude, degrees east. */
  lon: number;
}

export const GAZETTEER: Readonly<Record<string, Place>> = {
  Moscow: { lat: 55.76, lon: 37.62 },
  Balashikha: { lat: 55.8, lon: 37.94 },
  Kotelniki: { lat: 55.65, lon: 37.86 },
  'Bolshiye Vyazyomy': { lat: 55.63, lon: 36.98 },
  'St Petersburg': { lat: 59.94, lon: 30.31 },
  Krasnodar: { lat: 45.04, lon: 38.98 },
  Donetsk: { lat: 48.0, lon: 37.8 },
  Kherson: { lat: 46.64, lon: 32.62 },
  Henichesk: { lat: 46.17, lon: 34.82 },
  'Hola Prystan': { lat: 46.52, lon: 32.52 },
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
