/** Reads the collections once, in the order every page shows them. */
import { getCollection } from 'astro:content';
import { chronological } from '../lib/incidents';

/** Explainer sections in `order`. */
export async function explainerSections() {
  return (await getCollection('explainer')).sort((a, b) => a.data.order - b.data.order);
}

/** Peace-talks background sections in `order`. */
export async function peaceTalksSections() {
  return (await getCollection('peaceTalks')).sort((a, b) => a.data.order - b.data.order);
}

/** Incidents, oldest first. */
export async function incidents() {
  return chronological((await getCollection('incidents')).map((e) => e.data));
}

/** Peace-talks events, oldest first. */
export async function talksEvents() {
  return chronological((await getCollection('talksEvents')).map((e) => e.data));
}
