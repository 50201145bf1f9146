/**
 * The preview card of every page and piece in every edition, keyed as its image path under
 * /og/: the English at `/og/<key>.png`, where links shared before the editions point, and each
 * translation under its language, `/og/ru/<key>.png`. The image endpoint draws them and the
 * pages describe them (`og:image:alt`), from this one list.
 */
import { SITE } from '../site';
import { formatDate, formatWhen } from '../lib/dates';
import { previewAlt, type PreviewCard } from '../lib/preview-image';
import { incidentCard } from '../lib/preview-cards';
import { previewPath } from '../lib/share';
import { explainerSections, incidents, peaceTalksSections, type SectionEntry } from './collections';
import { incidentIn, mdxIn } from './editions';
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';

/** A card's key in an edition: `incidents/darya-dugina` in English, `ru/incidents/darya-dugina` in Russian. */
const keyIn = (locale: Locale, key: string): string => (locale === DEFAULT_LOCALE ? key : `${locale}/${key}`);

let cards: Promise<ReadonlyMap<string, PreviewCard>> | undefined;

/**
 * Every card of every edition, by key: `site`, `incidents`, `peace-talks`, and `<kind>/<id>` for
 * each piece, each under its edition (`keyIn`). Worked out once per build: every page asks for
 * its own card, and with thousands of incidents building them all again for each page would
 * cost more than the pages.
 */
export function previewCards(): Promise<ReadonlyMap<string, PreviewCard>> {
  cards ??= Promise.all(LOCALE_CODES.map(cardsIn)).then((all) => new Map(all.flat()));
  return cards;
}

/** One edition's cards, in its words: the dictionary's, the translated pieces', the glossary's names. */
async function cardsIn(locale: Locale): Promise<[string, PreviewCard][]> {
  const t = ui(locale);
  const p = t.site.previews;
  const card = (kicker: string, title: string, date: string): PreviewCard => ({
    kicker,
    title,
    date,
    siteName: t.site.name,
  });
  const asOf = p.asOf(formatDate(SITE.asOf, locale));
  const all = await Promise.all((await incidents()).map((i) => incidentIn(locale, i)));
  const sections = async (list: SectionEntry[]) => Promise.all(list.map(async (s) => (await mdxIn(locale, s)).data));
  const first = all[0];
  const last = all.at(-1);
  const span = first && last ? p.span(formatWhen(first, { locale }), formatWhen(last, { locale })) : asOf;
  const cards: [string, PreviewCard][] = [
    ['site', card(p.kicker.explainer, t.site.headline, asOf)],
    ['incidents', card(p.kicker.incidentList, p.incidentsTitle, span)],
    ['peace-talks', card(p.kicker.background, p.peaceTalksTitle, asOf)],
    ...(await sections(await explainerSections())).map((s): [string, PreviewCard] => [
      `explainer/${s.id}`,
      card(p.kicker.explainer, s.title, asOf),
    ]),
    ...(await sections(await peaceTalksSections())).map((s): [string, PreviewCard] => [
      `peace-talks/${s.id}`,
      card(p.kicker.peaceTalks, s.title, asOf),
    ]),
    ...all.map((i): [string, PreviewCard] => [`incidents/${i.id}`, incidentCard(locale, i)]),
  ];
  return cards.map(([key, c]) => [keyIn(locale, key), c]);
}

/** The image address and its description for a page's head. */
export interface Preview {
  /** The card's key in every edition, as the page asked for it ("incidents/darya-dugina"). */
  key: string;
  image: string;
  alt: string;
}

/**
 * The preview of one key in one edition; an unknown key is a programming error and fails the
 * build. Base.astro asks again in the page's own edition, so a page that names its card in
 * English still shows its readers the card in their language.
 */
export async function previewFor(key: string, locale: Locale = DEFAULT_LOCALE): Promise<Preview> {
  const c = (await previewCards()).get(keyIn(locale, key));
  if (!c) throw new Error(`No preview card for "${key}" in the ${locale} edition`);
  return { key, image: previewPath(keyIn(locale, key)), alt: previewAlt(c) };
}
