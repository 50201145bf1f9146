/**
 * Byte budgets: what a first visit to a page costs, file by file, raw and gzipped, and how
 * that compares with the words on it. "A page weighs its words plus a few KB."
 */
import { gzipSync } from 'node:zlib';
import type { BuiltPage } from './site-files.ts';
import { fileForPath } from './site-files.ts';
import { parse } from './html.ts';
import { isAbsolute, pageUrls } from './urls.ts';

export interface Size {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  /** The document itself, inline CSS and scripts included. */
  html: Size;
  /** Stylesheet files it links. */
  css: Size;
  /** Every script it runs: files (with the modules they import) and inline scripts. */
  js: Size;
  /** Images and icons a first visit fetches. */
  other: Size;
  /** Everything transferred on a first visit: document and files, each counted once. */
  total: Size;
  /** The words a reader sees, gzipped. */
  text: Size;
  /** total.gzip / text.gzip: how many times its words the page weighs. */
  ratio: number;
  /** Requests that hold up the first render: stylesheets not limited to print, classic scripts. */
  renderBlocking: string[];
}

const encoder = new TextEncoder();

export function size(content: string | Uint8Array): Size {
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  return { raw: bytes.byteLength, gzip: bytes.byteLength === 0 ? 0 : gzipSync(bytes).byteLength };
}

const add = (...sizes: Size[]): Size => ({
  raw: sizes.reduce((n, s) => n + s.raw, 0),
  gzip: sizes.reduce((n, s) => n + s.gzip, 0),
});

/** The text a reader sees: the body without scripts, styles, templates or hidden parts. */
export function visibleText(html: string): string {
  const $ = parse(html);
  $('script, style, template, noscript, [hidden], [aria-hidden="true"]').remove();
  return $('body').text().replace(/\s+/g, ' ').trim();
}

/** Static imports in a built module ("./chunk.js"), resolved against the importing file. */
function importsOf(js: string, file: string): string[] {
  const specs = [...js.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*${}\s,]*\bfrom\s*)?["']([^"']+)["']/g)].map(
    (m) => m[1] ?? '',
  );
  return specs
    .filter((s) => s.startsWith('.') || s.startsWith('/'))
    .map((s) => new URL(s, `http://x/${file}`).pathname);
}

/**
 * Weighs `page`. `read` returns a built file's bytes by its path in dist/ ("_astro/x.css");
 * `files` is every file the build has.
 */
export function weighPage(page: BuiltPage, files: ReadonlySet<string>, read: (file: string) => Uint8Array): PageWeight {
  const $ = parse(page.html);
  const css: Size[] = [];
  const jsFiles: Size[] = [];
  const jsInline: Size[] = [];
  const other: Size[] = [];
  const renderBlocking: string[] = [];
  const seen = new Set<string>();
  /** Counts a file into `into` the first time the page refers to it. */
  const once = (file: string | undefined, into: Size[]) => {
    if (!file || seen.has(file)) return;
    seen.add(file);
    into.push(size(read(file)));
  };
  const local = (url: string) =>
    isAbsolute(url) ? undefined : fileForPath(new URL(url, `http://x${page.path}`).pathname, files);

  const addScript = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const bytes = read(file);
    jsFiles.push(size(bytes));
    for (const dep of importsOf(new TextDecoder().decode(bytes), file)) {
      const f = fileForPath(dep, files);
      if (f) addScript(f);
    }
  };

  $('link[href]').each((_, el) => {
    const rel = (el.attribs['rel'] ?? '').toLowerCase().split(/\s+/);
    const file = local(el.attribs['href'] ?? '');
    if (rel.includes('stylesheet')) {
      const media = (el.attribs['media'] ?? 'all').toLowerCase();
      if (media !== 'print') renderBlocking.push(el.attribs['href'] ?? '');
      once(file, css);
    } else if (rel.includes('icon')) once(file, other);
  });
  $('script').each((_, el) => {
    const src = el.attribs['src'];
    const type = (el.attribs['type'] ?? '').toLowerCase();
    if (src === undefined) {
      if (type === '' || type === 'module' || type.includes('javascript')) jsInline.push(size($(el).text()));
      return;
    }
    if (type !== 'module' && el.attribs['async'] === undefined && el.attribs['defer'] === undefined)
      renderBlocking.push(src);
    const file = local(src);
    if (file) addScript(file);
  });
  for (const u of pageUrls($)) {
    if (!u.loads || ['link', 'script'].includes(u.el.tagName)) continue;
    once(local(u.url), other);
  }
  $('style').each((_, el) => {
    if (/@import/i.test($(el).text())) renderBlocking.push('@import in an inline <style>');
  });

  const html = size(page.html);
  const cssSize = add(...css);
  const otherSize = add(...other);
  const fileJs = add(...jsFiles);
  const total = add(html, cssSize, fileJs, otherSize);
  const text = size(visibleText(page.html));
  return {
    path: page.path,
    html,
    css: cssSize,
    js: add(fileJs, ...jsInline),
    other: otherSize,
    total,
    text,
    ratio: text.gzip === 0 ? Infinity : total.gzip / text.gzip,
    renderBlocking,
  };
}

/** The limits the budget test holds every build to. */
export const BUDGET = {
  /** The explainer is most readers' first page: document and all it loads, gzipped. */
  explainerFirstVisitGzip: 30 * 1024,
  /**
   * Scripts only enhance; per page, gzipped. Room for the small enhancements a page may carry
   * together (share links, copy buttons, passage links, the Print control, the list's filters,
   * the language switcher); the passage links' fragment generator loads only when first used.
   */
  jsGzipPerPage: 4 * 1024,
  /** One stylesheet at most may hold up the first paint (inline CSS holds up nothing). */
  renderBlockingRequests: 1,
} as const;

/** Every way `w` breaks the budget; `explainer` marks the explainer's own page. */
export function checkBudget(w: PageWeight, explainer: boolean): string[] {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const problems: string[] = [];
  if (explainer && w.total.gzip > BUDGET.explainerFirstVisitGzip)
    problems.push(
      `${w.path}: a first visit transfers ${kb(w.total.gzip)} gzipped; the budget is ${kb(BUDGET.explainerFirstVisitGzip)}`,
    );
  if (w.js.gzip > BUDGET.jsGzipPerPage)
    problems.push(`${w.path}: runs ${kb(w.js.gzip)} of JavaScript gzipped; the budget is ${kb(BUDGET.jsGzipPerPage)}`);
  const scripts = w.renderBlocking.filter((r) => !/\.css(\?|$)/i.test(r) && !r.startsWith('@import'));
  if (scripts.length > 0)
    problems.push(`${w.path}: render-blocking script ${scripts.join(', ')}; use type="module" or defer`);
  if (w.renderBlocking.length > BUDGET.renderBlockingRequests)
    problems.push(
      `${w.path}: ${w.renderBlocking.length} render-blocking requests (${w.renderBlocking.join(', ')}); at most ${BUDGET.renderBlockingRequests} stylesheet`,
    );
  return problems;
}
