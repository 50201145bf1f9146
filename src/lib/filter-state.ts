/**
 * The incident filters' state, apart from the page: what is ticked, which incidents match,
 * how many each option would show, and the query string that makes a filtered view a link.
 * Within a facet the ticked options are alternatives (OR); across facets they combine (AND).
 */

/**
 * Where the number of incidents shown goes in the live region's message: the page writes the
 * message in its edition's words with this in place of the number, and the script fills it in.
 */
export const SHOWN = '{shown}';

/** Ticked options by facet, e.g. category → [military-officer, propagandist]. */
export type Selection = Map<string, string[]>;

/** An incident's values by facet (a facet may give it several). */
export type Values = Record<string, readonly string[]>;

/** The selection a query string asks for, keeping only the facets the page offers. */
export function selectionFromQuery(query: URLSearchParams, facets: readonly string[]): Selection {
  const sel: Selection = new Map();
  for (const f of facets) {
    const vs = query.getAll(f);
    if (vs.length) sel.set(f, vs);
  }
  return sel;
}

/** The query string for a selection and sort order: "" for the default view. */
export function queryFromSelection(sel: Selection, newestFirst: boolean): string {
  const q = new URLSearchParams();
  for (const [f, vs] of sel) for (const v of vs) q.append(f, v);
  if (newestFirst) q.set('sort', 'newest');
  return q.size ? `?${q}` : '';
}

/** Whether an incident matches the selection, ignoring one facet (for that facet's counts). */
export function matches(values: Values, sel: Selection, ignore?: string): boolean {
  return [...sel].every(([f, vs]) => f === ignore || vs.some((v) => values[f]?.includes(v)));
}

/** How many incidents ticking `value` of `facet` would show, given the other facets' choices. */
export function optionCount(items: readonly Values[], sel: Selection, facet: string, value: string): number {
  return items.filter((it) => matches(it, sel, facet) && it[facet]?.includes(value)).length;
}
