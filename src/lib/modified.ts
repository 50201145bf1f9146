/**
 * When an item last changed, and the site-wide log of changes. An entry's dated updates and
 * corrections are the only record of change the content keeps, so `dateModified` (schema.org),
 * the feed and the /updates/ page all derive from them here, never from file times.
 */
import { comparePartialDates, type PartialDate } from './partial-date';
import type { Update } from '../schemas/common';

/** The latest of a publication date and the dates of its updates: "last modified". */
export function lastModified(published: PartialDate, updates: readonly Pick<Update, 'date'>[]): PartialDate {
  return updates.reduce((latest, u) => (comparePartialDates(u.date, latest) > 0 ? u.date : latest), published);
}

/** What kind of item carries updates; the updates page names it in the edition's words. */
export type ItemKind = 'incident' | 'explainerSection' | 'peaceTalksSection' | 'peaceTalksEvent';

/** Something that carries updates, with where a reader finds it. */
export interface Updatable {
  /** The item's public anchor. */
  id: string;
  /** Its name as readers see it (a person, a section title, an event title). */
  title: string;
  /** Where it lives, e.g. "/incidents/#yaroslav-moskalik". */
  href: string;
  /** What kind of item changed. */
  kind: ItemKind;
  updates: readonly Update[];
}

export interface LoggedUpdate extends Update {
  item: Omit<Updatable, 'updates'>;
  /** The address of this update itself, beside its item: "/incidents/#yaroslav-moskalik-update-1". */
  anchor: string;
}

/** Newest first: the order every list of changes is read in. */
const newestFirst = (a: Pick<Update, 'date'>, b: Pick<Update, 'date'>) => comparePartialDates(b.date, a.date);

/**
 * The anchor of an item's nth update (1-based, in the order the content lists them, so a
 * new update never renumbers an old one). UpdateList writes it; the log and feed link to it.
 */
export function updateId(itemId: string, n: number): string {
  return `${itemId}-update-${n}`;
}

/** One item's updates, newest first, each with its anchor (updates of one day keep the content's order). */
export function itemUpdates(itemId: string, updates: readonly Update[]): (Update & { id: string })[] {
  return updates.map((u, i) => ({ ...u, id: updateId(itemId, i + 1) })).sort(newestFirst);
}

/** Every update of every item, newest first; ties keep a stable order by kind of change and address. */
export function updateLog(items: readonly Updatable[]): LoggedUpdate[] {
  return items
    .flatMap(({ updates, ...item }) =>
      updates.map((u, i) => ({ ...u, item, anchor: `${item.href.replace(/#.*$/, '')}#${updateId(item.id, i + 1)}` })),
    )
    .sort((a, b) => newestFirst(a, b) || a.kind.localeCompare(b.kind) || a.item.href.localeCompare(b.item.href));
}
