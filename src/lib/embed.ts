/**
 * Embedding a piece on another site: where its card and its oEmbed document live, the HTML
 * another site pastes (a blockquote that stands on its own, then the card in an iframe), and
 * the oEmbed document that hands the same HTML to tools that discover it. Pure, so the share
 * page's "Embed" disclosure, the oEmbed documents and the tests all give the same code.
 */
import type { PieceKind } from './share';
import type { Locale } from '../i18n/locales';

/** `/embed/incidents/darya-dugina/`: the piece's card, the one page another site may frame. */
export const embedPath = (kind: PieceKind, id: string): string => `/embed/${kind}/${id}/`;

/** `/oembed/incidents/darya-dugina.json`: the piece's oEmbed document. */
export const oembedPath = (kind: PieceKind, id: string): string => `/oembed/${kind}/${id}.json`;

/**
 * The frame the embed code asks for, in CSS pixels. The card is laid out to fit it (the
 * browser test checks every card), and stays readable down to 300 px when a narrow column
 * squeezes the frame.
 */
export const EMBED_FRAME = { width: 560, height: 480 } as const;

/** One piece as the embed code and the oEmbed document give it, in one edition's words. */
export interface EmbedPiece {
  /** A section's title, an incident's person. */
  title: string;
  /** When and where, as the piece's card writes it: "25 April 2025, Balashikha, Moscow Oblast", "As of 26 April 2025". */
  dateline: string;
  /** What the piece says, in a sentence that stands on its own (`leadSentence`). */
  summary: string;
  /** Absolute address of the piece's share page, where the blockquote's link and the card's lead. */
  url: string;
  /** Absolute address of the piece's card (`embedPath`). */
  frame: string;
  /** The iframe's accessible name. */
  frameTitle: string;
  /** The site's name in the edition, cited under the quotation. */
  siteName: string;
  /** BCP 47 language of the words: the edition's, or English for a piece not yet translated. */
  lang: string;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and for a double-quoted attribute. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** An address for an attribute: only an absolute http(s) URL, so no `javascript:` can get in. */
function safeUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new Error(`An embed links only to web addresses, not "${url}"`);
  return escapeHtml(parsed.href);
}

/**
 * The code another site pastes. First a blockquote that is true on its own, for where frames
 * are stripped (feed readers, strict comment systems) or fail to load: the title linked to
 * the piece, its dateline, its lead sentence and the site it comes from. Then the card, lazily
 * loaded, with an accessible name and no script.
 */
export function embedCode(p: EmbedPiece): string {
  const url = safeUrl(p.url);
  const { width, height } = EMBED_FRAME;
  const quote =
    `<blockquote cite="${url}" lang="${escapeHtml(p.lang)}">` +
    `<p><a href="${url}">${escapeHtml(p.title)}</a> — ${escapeHtml(p.dateline)}</p>` +
    `<p>${escapeHtml(p.summary)}</p>` +
    `<p><cite>${escapeHtml(p.siteName)}</cite></p>` +
    `</blockquote>`;
  const frame =
    `<iframe src="${safeUrl(p.frame)}" title="${escapeHtml(p.frameTitle)}" width="${width}" height="${height}"` +
    ` loading="lazy" style="border:0;max-width:100%"></iframe>`;
  return `${quote}\n${frame}`;
}

/** What an oEmbed "rich" response carries (oembed.com, section 2.3.4), plus its preview image. */
export interface OembedDocument {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** The oEmbed document of a piece: the same code as its share page offers, and its preview. */
export function oembedDocument(
  p: EmbedPiece,
  provider: { url: string },
  thumbnail: { url: string; width: number; height: number },
): OembedDocument {
  return {
    version: '1.0',
    type: 'rich',
    title: p.title,
    provider_name: p.siteName,
    provider_url: new URL(provider.url).href,
    html: embedCode(p),
    width: EMBED_FRAME.width,
    height: EMBED_FRAME.height,
    thumbnail_url: new URL(thumbnail.url).href,
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
  };
}

/**
 * The first sentence of a summary, as the edition's language divides sentences: a card has
 * room for one, and a whole sentence never cuts a qualification in half the way a clipped
 * line can.
 */
export function leadSentence(text: string, locale: Locale): string {
  const segments = new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text.trim());
  for (const { segment } of segments) return segment.trim();
  return '';
}
