import { createHash } from 'node:crypto';

/**
 * The text of a printed page's margins. Chromium's page-margin boxes can only show strings
 * and counters, and a stylesheet cannot know which page it is printing, so each page gets a
 * few lines of @page CSS carrying its own title and address (see PrintPageMargins.astro).
 */

/**
 * A CSS string literal. Quotes and backslashes are escaped, line breaks become `\A`, and `<`
 * is escaped so that the text can never close the <style> element it sits in.
 */
export function cssString(text: string): string {
  const body = text.replace(/[\\"<\n\r\f]/g, (c) => {
    if (c === '\\' || c === '"') return `\\${c}`;
    if (c === '<') return '\\3c ';
    return '\\a ';
  });
  return `"${body}"`;
}

export interface PageMargins {
  /** The running header: the explainer's title. */
  title: string;
  /** The footer: the address of the printed page. */
  url: string;
}

/** The @page rules for one page: the title at the top centre, the address at the bottom left. */
export function pageMarginCss({ title, url }: PageMargins): string {
  return `@media print{@page{@top-center{content:${cssString(title)}}@bottom-left{content:${cssString(url)}}}}`;
}

/** The CSP source that allows an inline <style> with exactly this text. */
export function styleHash(css: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;
}
