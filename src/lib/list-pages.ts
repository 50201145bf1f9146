/**
 * Where each incident lives. The list is one page (the real list: a few dozen entries); beyond
 * a size where one page would be too heavy to load and filter, /incidents/ becomes a year index
 * and each year gets its own page. Every link to an incident goes through `incidentPath`.
 */
import { yearOf } from './dates';

/** True when the list is split into one page per year. */
export const isPaged = (total: number, limit: number) => total > limit;

/** The page that lists the incidents of a year, when the list is split. */
export const yearPath = (year: number) => `/incidents/${year}/`;

/** The address of an incident's entry: the list page (or its year's page) and its anchor. */
export function incidentPath(i: { id: string; date: string }, paged: boolean): string {
  return `${paged ? yearPath(yearOf(i.date)) : '/incidents/'}#${i.id}`;
}
