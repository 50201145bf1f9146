/**
 * Reads the collections once, in the order every page shows them, after checking once that
 * every incident and event a section names exists (an editor's message naming file, entry and
 * field otherwise).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { chronological } from '../lib/incidents';
import { fillTexts } from '../lib/template';
import { ContentError, checkReferences } from '../lib/content-errors';
import { ERA_CODES } from '../schemas/talks-event';
import type { FigureCaption } from '../schemas/figure';
import { CONTENT_DIR as dir } from '../content-dir';
import { captionIn, mdxIn, talksEventIn, type InEdition } from './editions';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';

/**
 * A section of the explainer or of the peace-talks background. A collection is named as its
 * folder and its address (`peace-talks`), so `entry.collection` is also the piece's kind.
 */
export type SectionEntry = CollectionEntry<'explainer' | 'peace-talks'>;

/**
 * A section in an edition: its frontmatter in the edition's words with where it stands against
 * the English (`data.edition`), the entry to render (the translated MDX, or the English while
 * there is none) and its kind.
 */
export type SectionIn = Awaited<ReturnType<typeof mdxIn<SectionEntry>>> & { collection: SectionEntry['collection'] };

let referencesChecked: Promise<void> | undefined;

/** Every section's `incidents` and `events` against the ids that exist, once per build. */
function checkSectionReferences(): Promise<void> {
  referencesChecked ??= (async () => {
    const [explainer, peaceTalks, incidentEntries, eventEntries] = await Promise.all([
      getCollection('explainer'),
      getCollection('peace-talks'),
      getCollection('incidents'),
      getCollection('talks-events'),
    ]);
    const incidentIds = new Set(incidentEntries.map((e) => e.id));
    const eventIds = new Set(eventEntries.map((e) => e.id));
    const problems = [...explainer, ...peaceTalks].flatMap((s) =>
      checkReferences(s.filePath ?? s.id, s.data.id, {
        incidents: { listed: s.data.incidents, known: incidentIds, kind: 'incident' },
        events: { listed: s.data.events, known: eventIds, kind: 'peace-talks event' },
      }),
    );
    if (problems.length) throw new ContentError(problems);
  })();
  return referencesChecked;
}

/** Explainer sections in `order`. */
export async function explainerSections() {
  await checkSectionReferences();
  return (await getCollection('explainer')).sort((a, b) => a.data.order - b.data.order);
}

/** Peace-talks background sections in `order`. */
export async function peaceTalksSections() {
  await checkSectionReferences();
  return (await getCollection('peace-talks')).sort((a, b) => a.data.order - b.data.order);
}

/**
 * Both kinds of section, each with its sections (in order) and the key of its words in the
 * UI dictionaries: what the routes that give every section a page of its own walk through.
 */
export async function sectionKinds() {
  return [
    { kind: 'explainer', words: 'explainer', sections: await explainerSections() },
    { kind: 'peace-talks', words: 'peaceTalks', sections: await peaceTalksSections() },
  ] as const;
}

/** The sections of a page in an edition, in `order`. */
export async function sectionsIn(locale: Locale, kind: SectionEntry['collection']): Promise<SectionIn[]> {
  const sections = kind === 'explainer' ? await explainerSections() : await peaceTalksSections();
  return Promise.all(sections.map(async (s) => ({ ...(await mdxIn<SectionEntry>(locale, s)), collection: kind })));
}

/** The pages of editorial prose (content/pages), each served at /<id>/. */
export async function prosePages() {
  return getCollection('pages');
}

/**
 * A page of editorial prose in an edition: its words with the figures filled in ("{count}"
 * incidents), and the entry to render (the translation, or the English while there is none).
 */
export async function prosePageIn(locale: Locale, entry: CollectionEntry<'pages'>) {
  const { data, render } = await mdxIn(locale, entry);
  const { id, title, description, kicker, heading, standfirst, edition } = data;
  const count = (await incidents()).length;
  const text = fillTexts(
    { title, description, kicker, heading, standfirst },
    { count },
    { file: render.filePath ?? id, entry: id },
  );
  return { id, text, edition, render };
}

/** A snippet of editorial prose (content/snippets) by id; a missing one fails the build. */
export async function snippet(id: string) {
  const entry = await getEntry('snippets', id);
  if (!entry) throw new ContentError([`${dir}/snippets: there is no snippet "${id}"; the site needs one`]);
  return entry;
}

/** A figure's caption (content/figures/<id>.yaml) by the figure's id; a missing one fails the build. */
export async function figureCaption<K extends FigureCaption['id']>(
  id: K,
): Promise<Extract<FigureCaption, { id: K }> & { file: string }> {
  const entry = await getEntry('figures', id);
  if (!entry || entry.data.id !== id)
    throw new ContentError([
      `${dir}/figures/${id}.yaml: there is no caption for the figure "${id}"; the site needs one`,
    ]);
  return { ...(entry.data as Extract<FigureCaption, { id: K }>), file: entry.filePath ?? `${dir}/figures/${id}.yaml` };
}

/**
 * A figure's caption in an edition, with the file its words come from (the translation's, or
 * the English when there is none yet), so a caption that names an unknown value is reported
 * in the file that has it.
 */
export async function figureCaptionIn<K extends FigureCaption['id']>(
  locale: Locale,
  id: K,
): Promise<InEdition<Extract<FigureCaption, { id: K }>> & { file: string }> {
  const english = await figureCaption(id);
  const caption = await captionIn(locale, english);
  const translated = locale !== DEFAULT_LOCALE && caption.edition.status !== 'missing';
  return { ...caption, file: translated ? `${dir}/${locale}/figures/${id}.yaml` : english.file };
}

/** Incidents, oldest first. */
export async function incidents() {
  return chronological((await getCollection('incidents')).map((e) => e.data));
}

/** Peace-talks events, oldest first. */
export async function talksEvents() {
  return chronological((await getCollection('talks-events')).map((e) => e.data));
}

/**
 * Peace-talks events in an edition, grouped by era, in the order the timeline shows the eras;
 * empty eras left out. (Each era's heading is the edition's: `ui(locale).vocabulary.eras`.)
 */
export async function talksEventsByEra(locale: Locale = DEFAULT_LOCALE) {
  const events = await Promise.all((await talksEvents()).map((e) => talksEventIn(locale, e)));
  return ERA_CODES.map((era) => ({ era, items: events.filter((e) => e.era === era) })).filter(
    (e) => e.items.length > 0,
  );
}
