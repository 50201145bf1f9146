/**
 * Ordering by change for the feed: pieces newest change first (see `lastModified` in
 * modified.ts), so a correction brings an old piece back to the top.
 */
import { comparePartialDates, firstDay, type PartialDate } from './partial-date';

/** Newest change first; ties keep their given order, so callers decide what comes first. */
export function newestChangeFirst<T>(items: readonly T[], changed: (item: T) => PartialDate): T[] {
  return items
    .map((item, i) => ({ item, i, date: changed(item) }))
    .sort((a, b) => comparePartialDates(b.date, a.date) || a.i - b.i)
    .map(({ item }) => item);
}

/** The first instant of a partial date, in UTC, for feeds that need a full timestamp. */
export const startOfPartialDate = firstDay;
