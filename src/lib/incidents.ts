/** Ordering, grouping and plain-words summaries for the incident list. Pure functions. */
import { comparePartialDates, parsePartialDate } from './partial-date';
import { STANCES, type Attribution, type Stance } from '../schemas/incident';

interface Dated {
  id: string;
  date: string;
}

/** Oldest first; ties broken by id so the order never depends on file order. */
export function chronological<T extends Dated>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => comparePartialDates(a.date, b.date) || a.id.localeCompare(b.id));
}

/** Groups chronologically ordered items by year, keeping the order. */
export function groupByYear<T extends Dated>(items: readonly T[]): { year: number; items: T[] }[] {
  const groups: { year: number; items: T[] }[] = [];
  for (const item of chronological(items)) {
    const year = parsePartialDate(item.date).year;
    const last = groups.at(-1);
    if (last?.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}

/** The distinct stances in the order of the vocabulary (strongest claim first). */
export function stancesOf(attribution: readonly Attribution[]): Stance[] {
  const present = new Set(attribution.map((a) => a.stance));
  return (Object.keys(STANCES) as Stance[]).filter((s) => present.has(s));
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "Claimed through anonymous officials; alleged by Russia": the attribution in plain words. */
export function attributionInWords(attribution: readonly Attribution[]): string {
  const words = stancesOf(attribution).map((s, i) => (i === 0 ? STANCES[s] : lowerFirst(STANCES[s])));
  return words.join('; ');
}
