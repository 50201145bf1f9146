/**
 * Ordering by change for the feed: pieces newest change first (see `lastModified` in
 * modified.ts), so a correction brings an old piece back to the top.
 */
import { comparePartialDates, parsePartialDate } from './partial-date';

/** Newest change first; ties keep their given order, so callers decide what comes first. */
export function newestChangeFirst<T>(items: readonly T[], changed: (item: T) => string): T[] {
  return items
    .map((item, i) => ({ item, i, date: changed(item) }))
    .sort((a, b) => comparePartialDates(b.date, a.date) || a.i - b.i)
    .map(({ item }) => item);
}

/** The first instant of a partial date, in UTC, for feeds that need a full timestamp. */
export function startOfPartialDate(iso: string): Date {
  const d = parsePartialDate(iso);
  return new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
}
