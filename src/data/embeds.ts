/**
 * Each shareable piece as it is embedded, in an edition: its card's words and addresses, from
 * which the card (src/pages/[...locale]/embed/), the share page's embed code
 * (EmbedDisclosure.astro) and the oEmbed document (src/pages/[...locale]/oembed/) are made, so
 * the three cannot say different things.
 */
import { incidentsIn } from './dataset';
import { sectionsIn } from './collections';
import { SITE } from '../site';
import { formatDate, formatWhen } from '../lib/dates';
import { embedPath, leadSentence, type EmbedPiece } from '../lib/embed';
import { placeInWords } from '../lib/incidents';
import { sharePath, type PieceKind } from '../lib/share';
import { LOCALES, localePath, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';

/**
 * An incident's card and embed code: the name, the date at its precision with the place, and
 * the summary's lead sentence. A section's: its title, the day the story is told as of, and
 * its summary (one or two sentences already).
 */
export async function embedPiece(locale: Locale, kind: PieceKind, id: string, site: URL): Promise<EmbedPiece> {
  const t = ui(locale);
  const at = (path: string) => new URL(localePath(locale, path), site).href;
  const text =
    kind === 'incidents' ? await incidentWords(locale, id) : await sectionWords(locale, kind, id, t.site.previews);
  return {
    ...text,
    url: at(sharePath(kind, id)),
    frame: at(embedPath(kind, id)),
    frameTitle: t.embed.frameTitle(text.title, t.site.name),
    siteName: t.site.name,
  };
}

type Words = Pick<EmbedPiece, 'title' | 'dateline' | 'summary' | 'lang'>;

/** The edition's language, or English for a piece shown in English until it is translated. */
const langOf = (locale: Locale, edition: { status: string }) =>
  edition.status === 'missing' ? LOCALES.en.lang : LOCALES[locale].lang;

async function incidentWords(locale: Locale, id: string): Promise<Words> {
  const i = (await incidentsIn(locale)).find((x) => x.id === id);
  if (!i) throw new Error(`No incident "${id}" to embed`);
  return {
    title: i.person.name,
    dateline: `${formatWhen(i, { locale, sentence: true })}, ${placeInWords(i.place, locale)}`,
    summary: leadSentence(i.summary, locale),
    lang: langOf(locale, i.edition),
  };
}

async function sectionWords(
  locale: Locale,
  kind: Exclude<PieceKind, 'incidents'>,
  id: string,
  words: { asOf: (date: string) => string },
): Promise<Words> {
  const s = (await sectionsIn(locale, kind)).find((x) => x.data.id === id)?.data;
  if (!s) throw new Error(`No ${kind} section "${id}" to embed`);
  return {
    title: s.title,
    dateline: words.asOf(formatDate(SITE.asOf, locale)),
    summary: s.summary,
    lang: langOf(locale, s.edition),
  };
}
