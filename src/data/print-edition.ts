/**
 * The print edition as data: what it holds, in reading order, its numbered sections, and its
 * notes, numbered from what each piece cites (its sources, its footnotes, its later
 * developments' sources) in the order the edition prints the pieces. Worked out once per build.
 */
import { render, type CollectionEntry } from 'astro:content';
import { explainerSections, incidents, peaceTalksSections, talksEventsByEra } from './collections';
import { gatherEndnotes, laterSources, type Citing, type Footnote } from '../lib/endnotes';
import { incidentSpan, numberSections, sectionNumbers } from '../lib/print-edition';
import { byDate } from '../lib/partial-date';
import type { LaterDevelopment } from '../schemas/common';

/** The edition's own sections, beside the content's: the incident list and the talks timeline. */
export const INCIDENT_LIST = { id: 'incident-list', title: 'Targeted killings since 2022' } as const;
export const TALKS_TIMELINE = { id: 'talks-timeline', title: 'Timeline of the talks' } as const;

type Section = CollectionEntry<'explainer'> | CollectionEntry<'peace-talks'>;

/** A section's footnotes, recorded when its Markdown was compiled (src/lib/rehype-footnote-data.ts). */
async function footnotesOf(entry: Section): Promise<Footnote[]> {
  const { remarkPluginFrontmatter } = await render(entry);
  return (remarkPluginFrontmatter['footnotes'] as Footnote[] | undefined) ?? [];
}

/** The sources of a piece's later developments, in the order LaterDevelopments.astro shows them. */
const later = (piece: { id: string; later: readonly LaterDevelopment[] }): Citing[] =>
  byDate(piece.later, (l) => l.date).map((l, i) => ({ owner: laterSources(piece.id, i + 1), sources: l.sources }));

async function build() {
  const [explainer, background, all, eras] = await Promise.all([
    explainerSections(),
    peaceTalksSections(),
    incidents(),
    talksEventsByEra(),
  ]);
  const section = async (s: Section): Promise<Citing[]> => [{ footnotes: await footnotesOf(s) }, ...later(s.data)];
  const citing: Citing[] = [
    ...(await Promise.all(explainer.map(section))).flat(),
    ...all.flatMap((i) => [{ owner: i.id, sources: i.sources }, ...later(i)]),
    ...(await Promise.all(background.map(section))).flat(),
    ...eras.flatMap(({ items }) => items.flatMap((e) => [{ owner: e.id, sources: e.sources }, ...later(e)])),
  ];
  const parts = numberSections([
    { title: 'The explainer', sections: explainer.map((s) => s.data) },
    { title: 'The incidents', sections: [INCIDENT_LIST] },
    { title: 'The peace talks', sections: [...background.map((s) => s.data), TALKS_TIMELINE] },
  ]);
  const first = all[0];
  const last = all.at(-1);
  return {
    explainer,
    background,
    incidents: all,
    parts,
    /** Each section's number, by id. */
    numbers: sectionNumbers(parts),
    /** "11 incidents from 2022 to 2025". */
    span: first && last ? incidentSpan(all.length, first.date.year, last.date.year) : '',
    notes: gatherEndnotes(citing),
  };
}

let edition: ReturnType<typeof build> | undefined;

/** The print edition's contents, numbers and notes (src/pages/print.astro). */
export function printEdition(): ReturnType<typeof build> {
  edition ??= build();
  return edition;
}
