/** Ordering, grouping and plain-words summaries for the incident list. Pure functions. */
import { comparePartialDates, type PartialDate } from './partial-date';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';

/** Anything listed by date: an incident, a talks event. */
export interface Dated {
  id: string;
  date: PartialDate;
}

/** Oldest first; ties broken by id so the order never depends on file order. */
export function chronological<T extends Dated>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => comparePartialDates(a.date, b.date) || a.id.localeCompare(b.id));
}

/**
 * Groups items by year, keeping their order. The collections are sorted once, where they are
 * read (src/data/collections.ts), so this does not sort again.
 */
export function groupByYear<T extends Dated>(items: readonly T[]): { year: number; items: T[] }[] {
  const groups: { year: number; items: T[] }[] = [];
  for (const item of items) {
    const year = item.date.year;
    const last = groups.at(-1);
    if (last?.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}

/**
 * "Balashikha, Moscow Oblast": the locality and its region, without saying a city twice
 * ("Moscow", not "Moscow, Moscow (city)"; "Donetsk", not "Donetsk, Donetsk Oblast"). The names
 * are the edition's; a region named after its city begins with the city's name in Russian and
 * Ukrainian too ("Донецк", "Донецкая область"), so the same test holds in every edition.
 */
export function placeInWords(place: { locality: string; region: string }, locale: Locale = DEFAULT_LOCALE): string {
  return place.region.startsWith(place.locality)
    ? place.locality
    : ui(locale).entries.place.inRegion(place.locality, place.region);
}
