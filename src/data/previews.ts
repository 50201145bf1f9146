/**
 * The preview card of every page and piece, keyed as its image path under /og/. The image
 * endpoint draws them and the pages describe them (`og:image:alt`), from this one list.
 */
import { SITE } from '../site';
import { formatDate, formatWhen } from '../lib/dates';
import { previewAlt, type PreviewCard } from '../lib/preview-image';
import { previewPath } from '../lib/share';
import { explainerSections, incidents, peaceTalksSections } from './collections';

const asOf = `As of ${formatDate(SITE.asOf)}`;
const card = (kicker: string, title: string, date: string): PreviewCard => ({
  kicker,
  title,
  date,
  siteName: SITE.name,
});

let cards: Promise<ReadonlyMap<string, PreviewCard>> | undefined;

/**
 * Every card, by key: `site`, `incidents`, `peace-talks`, and `<kind>/<id>` for each piece.
 * Worked out once per build: every page asks for its own card, and with thousands of
 * incidents building them all again for each page would cost more than the pages.
 */
export function previewCards(): Promise<ReadonlyMap<string, PreviewCard>> {
  cards ??= allCards();
  return cards;
}

async function allCards(): Promise<ReadonlyMap<string, PreviewCard>> {
  const all = await incidents();
  const first = all[0];
  const last = all.at(-1);
  const span = first && last ? `${formatWhen(first)} to ${formatWhen(last)}` : asOf;
  return new Map<string, PreviewCard>([
    ['site', card('Explainer', SITE.headline, asOf)],
    ['incidents', card('Incident list', 'Targeted killings since 2022', span)],
    ['peace-talks', card('Background', 'Where the peace talks stood', asOf)],
    ...(await explainerSections()).map(
      (s) => [`explainer/${s.data.id}`, card('Explainer', s.data.title, asOf)] as const,
    ),
    ...(await peaceTalksSections()).map(
      (s) => [`peace-talks/${s.data.id}`, card('Peace talks', s.data.title, asOf)] as const,
    ),
    ...all.map(
      (i) =>
        [
          `incidents/${i.id}`,
          card('Incident', i.person.name, `${formatWhen(i, { withTime: true, sentence: true })}, ${i.place.locality}`),
        ] as const,
    ),
  ]);
}

/** The image address and its description for a page's head. */
export interface Preview {
  image: string;
  alt: string;
}

/** The preview of one key; an unknown key is a programming error and fails the build. */
export async function previewFor(key: string): Promise<Preview> {
  const c = (await previewCards()).get(key);
  if (!c) throw new Error(`No preview card for "${key}"`);
  return { image: previewPath(key), alt: previewAlt(c) };
}
