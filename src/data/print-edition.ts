/**
 * The print edition as data, in one edition's language: what it holds, in reading order, its
 * numbered sections, and its notes, numbered from what each piece cites (its sources, its
 * footnotes, its later developments' sources) in the order the edition prints the pieces.
 * Worked out once per build for each edition.
 */
import type { CollectionEntry } from 'astro:content';
import { render } from 'astro:content';
import { explainerSections, incidents, peaceTalksSections, talksEventsByEra } from './collections';
import { incidentIn, mdxIn } from './editions';
import { gatherEndnotes, laterSources, type Citing, type Footnote } from '../lib/endnotes';
import { numberSections, sectionNumbers } from '../lib/print-edition';
import { byDate } from '../lib/partial-date';
import type { LaterDevelopment } from '../schemas/common';
import type { Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';

/** The ids of the edition's own sections, beside the content's: the incident list and the talks timeline. */
const INCIDENT_LIST = 'incident-list';
const TALKS_TIMELINE = 'talks-timeline';

type Section = CollectionEntry<'explainer'> | CollectionEntry<'peace-talks'>;

/** A section as the edition prints it: its text in the edition's language, and the entry to render. */
export type EditionSectionEntry = Awaited<ReturnType<typeof mdxIn<Section>>>;

/**
 * A section's footnotes, recorded when its Markdown was compiled (src/lib/rehype-footnote-data.ts).
 * Read from the text the edition prints, since a translation numbers its own footnotes.
 */
async function footnotesOf(entry: EditionSectionEntry['render']): Promise<Footnote[]> {
  const { remarkPluginFrontmatter } = await render(entry);
  return (remarkPluginFrontmatter['footnotes'] as Footnote[] | undefined) ?? [];
}

/** The sources of a piece's later developments, in the order LaterDevelopments.astro shows them. */
const later = (piece: { id: string; later: readonly LaterDevelopment[] }): Citing[] =>
  byDate(piece.later, (l) => l.date).map((l, i) => ({ owner: laterSources(piece.id, i + 1), sources: l.sources }));

async function build(locale: Locale) {
  const t = ui(locale).print.printEdition;
  const [explainerEn, backgroundEn, allEn, eras] = await Promise.all([
    explainerSections(),
    peaceTalksSections(),
    incidents(),
    talksEventsByEra(),
  ]);
  const [explainer, background, all] = await Promise.all([
    Promise.all(explainerEn.map((s) => mdxIn(locale, s))),
    Promise.all(backgroundEn.map((s) => mdxIn(locale, s))),
    Promise.all(allEn.map((i) => incidentIn(locale, i))),
  ]);
  const section = async (s: EditionSectionEntry): Promise<Citing[]> => [
    { footnotes: await footnotesOf(s.render) },
    ...later(s.data),
  ];
  const citing: Citing[] = [
    ...(await Promise.all(explainer.map(section))).flat(),
    ...all.flatMap((i) => [{ owner: i.id, sources: i.sources }, ...later(i)]),
    ...(await Promise.all(background.map(section))).flat(),
    ...eras.flatMap(({ items }) => items.flatMap((e) => [{ owner: e.id, sources: e.sources }, ...later(e)])),
  ];
  const incidentList = { id: INCIDENT_LIST, title: t.incidentListTitle };
  const talksTimeline = { id: TALKS_TIMELINE, title: t.talksTimelineTitle };
  const parts = numberSections([
    { title: t.parts.explainer, sections: explainer.map((s) => s.data) },
    { title: t.parts.incidents, sections: [incidentList] },
    { title: t.parts.peaceTalks, sections: [...background.map((s) => s.data), talksTimeline] },
  ]);
  const first = all[0];
  const last = all.at(-1);
  return {
    explainer,
    background,
    incidents: all,
    parts,
    /** The edition's own sections, titled in its language. */
    incidentList,
    talksTimeline,
    /** Each section's number, by id. */
    numbers: sectionNumbers(parts),
    /** "11 incidents from 2022 to 2025". */
    span: first && last ? t.incidentSpan(all.length, first.date.year, last.date.year) : '',
    notes: gatherEndnotes(citing),
  };
}

const editions = new Map<Locale, ReturnType<typeof build>>();

/** The print edition's contents, numbers and notes in one edition (src/pages/[...locale]/print.astro). */
export function printEdition(locale: Locale): ReturnType<typeof build> {
  let edition = editions.get(locale);
  if (!edition) editions.set(locale, (edition = build(locale)));
  return edition;
}
