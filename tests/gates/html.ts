/**
 * Parsing shared by the gates: one HTML parser, and a way to say where in a page an element
 * sits, so every failure message can name the page and the spot.
 */
import { load, type CheerioAPI } from 'cheerio';
import { isTag, type Element } from 'domhandler';

export type { CheerioAPI, Element };

/** Parses a page, keeping source positions for messages. */
export function parse(html: string): CheerioAPI {
  return load(html, { sourceCodeLocationInfo: true });
}

/** "line 1, column 2345, <img>": where an element starts in the built file. */
export function where(el: Element): string {
  const loc = el.sourceCodeLocation;
  const at = loc ? `line ${loc.startLine}, column ${loc.startCol}, ` : '';
  return `${at}<${el.tagName}>`;
}

/** A short, single-line excerpt of text for a message. */
export function excerpt(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** The origin pages claim as their own: that of their canonical link, when they have one. */
export function siteOrigin($: CheerioAPI): string | undefined {
  const href = $('link[rel~="canonical"]').attr('href');
  if (!href) return undefined;
  try {
    return new URL(href).origin;
  } catch {
    return undefined;
  }
}

/** Every element of the page, in document order. */
export function allElements($: CheerioAPI): Element[] {
  return $('*').toArray().filter(isTag);
}
