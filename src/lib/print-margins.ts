import { createHash } from 'node:crypto';

/**
 * The text of a printed page's margins. Chromium's page-margin boxes can only show strings
 * and counters, and a stylesheet cannot know which page it is printing, so each page gets a
 * few lines of @page CSS carrying its own title, address and page numbering, in its edition's
 * language (see PrintPageMargins.astro).
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
  /** The footer's page number in words, "Page 3 of 12", given the two numbers' places. */
  pageOf: (page: string, pages: string) => string;
}

// Stand-ins for the two counters: no edition's words contain a NUL.
const PAGE = '\0page\0';
const PAGES = '\0pages\0';

/**
 * "Page 3 of 12" as CSS generated content, the numbers being counters that only the printer
 * knows: `"Page " counter(page) " of " counter(pages)`. The words come whole from the
 * dictionary, so each language puts the numbers where its grammar wants them.
 */
export function pageNumberContent(pageOf: PageMargins['pageOf']): string {
  return pageOf(PAGE, PAGES)
    .split(/(\0pages?\0)/)
    .filter(Boolean)
    .map((part) => (part === PAGE ? 'counter(page)' : part === PAGES ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/**
 * The @page rules for one page: the title at the top centre, the address at the bottom left,
 * the page number at the bottom right (print.css sets how they look).
 */
export function pageMarginCss({ title, url, pageOf }: PageMargins): string {
  return `@media print{@page{@top-center{content:${cssString(title)}}@bottom-left{content:${cssString(url)}}@bottom-right{content:${pageNumberContent(pageOf)}}}}`;
}

/** The CSP source that allows an inline <style> with exactly this text. */
export function styleHash(css: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;
}
