/**
 * Printing helpers shared by the print tests (tests/e2e/print.spec.ts) and the preview script
 * (scripts/print-preview.ts): how Chromium prints a page, and what text each printed sheet
 * carries.
 */
import type { Page } from 'playwright';
import { extractText, getDocumentProxy } from 'unpdf';

/** The two paper sizes every page must print well on. */
export const PAPERS = ['A4', 'Letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** Sheet sizes, and the @page margins set in src/styles/print.css (top, sides, bottom), in mm. */
const SHEET_MM: Record<Paper, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};
const MARGIN_MM = { top: 18, inline: 20, bottom: 20 };
const PX_PER_MM = 96 / 25.4;

/**
 * The ids of the elements matching `selector` that are taller than one sheet's text area (with
 * the heading they must stay with, and a little slack), so cannot be kept whole: measured in
 * print media at the width of the paper's text area.
 */
export async function tallerThanASheet(page: Page, selector: string, paper: Paper): Promise<string[]> {
  const sheet = SHEET_MM[paper];
  const width = Math.floor((sheet.width - 2 * MARGIN_MM.inline) * PX_PER_MM);
  const height = (sheet.height - MARGIN_MM.top - MARGIN_MM.bottom) * PX_PER_MM;
  const viewport = page.viewportSize();
  await page.setViewportSize({ width, height: Math.floor(height) });
  await page.emulateMedia({ media: 'print' });
  // A heading just before an element stays with it (break-after: avoid), so it counts too.
  const tall = await page.locator(selector).evaluateAll(
    (els, max) =>
      els
        .filter((e) => {
          let n: Element | null = e;
          while (n && !n.previousElementSibling) n = n.parentElement;
          const before = n?.previousElementSibling;
          const heading = before && /^H[1-6]$/.test(before.tagName) ? before : null;
          const top = (heading ?? e).getBoundingClientRect().top;
          return e.getBoundingClientRect().bottom - top > max * 0.97;
        })
        .map((e) => e.id),
    height,
  );
  await page.emulateMedia({ media: null });
  if (viewport) await page.setViewportSize(viewport);
  return tall;
}

/** Prints the page at `path` as Chromium does for a reader (print media, CSS page rules). */
export async function printPdf(page: Page, path: string, paper: Paper): Promise<Buffer> {
  await page.goto(path);
  return page.pdf({ format: paper, preferCSSPageSize: true, printBackground: false });
}

/** The text of each sheet of a PDF, in order. */
export async function sheetTexts(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  return text;
}

export interface Margins {
  /** The running header. */
  title: string;
  /** The address in the footer. */
  url: string;
  /** "Page 2 of 5" in the page's language; English when not given. */
  pageOf?: (page: string, pages: string) => string;
}

/**
 * A sheet's text without its running header and footer: what the page itself printed there.
 * Returns null when a margin text is missing, so a test can say which one.
 */
export function bodyText(sheet: string, index: number, count: number, margins: Margins): string | null {
  let text = sheet;
  const pageOf = margins.pageOf ?? ((page: string, pages: string) => `Page ${page} of ${pages}`);
  for (const part of [margins.title, pageOf(String(index + 1), String(count)), margins.url]) {
    const at = text.indexOf(part);
    if (at < 0) return null;
    text = text.slice(0, at) + '\n' + text.slice(at + part.length);
  }
  return text.trim();
}

/** Text with every run of white space as one space: lines wrap differently on A4 and Letter. */
export const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Text with no white space at all: long URLs are broken across lines in print. */
export const squeezed = (text: string) => text.replace(/\s+/g, '');
