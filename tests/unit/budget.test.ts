/**
 * The byte-budget measure on a tiny site: each file counted once, imported modules followed,
 * print stylesheets and module scripts not blocking the first render.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUDGET, checkBudget, visibleText, weighPage } from '../gates/budget';
import { page } from '../fixtures/gates/pages';

const enc = new TextEncoder();
const SITE: Record<string, string> = {
  '_astro/site.css': 'body{color:#111}'.repeat(40),
  '_astro/print.css': '@media print{a{color:#000}}',
  '_astro/main.js': 'import{a}from"./chunk.js";a();',
  '_astro/chunk.js': 'export const a=()=>document.body.classList.add("ok");',
  '_astro/chart.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>',
  'legacy.js': 'var x=1;',
};
const files = new Set([...Object.keys(SITE), 'index.html']);
const read = (f: string) => enc.encode(SITE[f] ?? '');
const gz = (s: string) => gzipSync(enc.encode(s)).byteLength;

describe('weighing a page', () => {
  const p = page(
    '/',
    '<p>Words a reader sees.</p><img src="/_astro/chart.svg" alt="Chart" width="1" height="1">',
    '<link rel="stylesheet" href="/_astro/print.css" media="print"><link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/main.js"></script>',
  );
  const w = weighPage(p, files, read);

  it('counts the document, stylesheets, scripts with their imports, and images', () => {
    expect(w.html.raw).toBe(enc.encode(p.html).byteLength);
    expect(w.css.raw).toBe(SITE['_astro/site.css']!.length + SITE['_astro/print.css']!.length);
    const inline = 'document.documentElement.classList.add("js")';
    expect(w.js.raw).toBe(SITE['_astro/main.js']!.length + SITE['_astro/chunk.js']!.length + inline.length);
    expect(w.js.gzip).toBe(gz(SITE['_astro/main.js']!) + gz(SITE['_astro/chunk.js']!) + gz(inline));
    expect(w.other.raw).toBe(SITE['_astro/chart.svg']!.length + SITE['favicon.svg']!.length);
    expect(w.total.gzip).toBe(w.html.gzip + w.css.gzip + w.other.gzip + w.js.gzip - gz(inline));
  });

  it('compares the page with its visible words', () => {
    expect(visibleText(p.html)).toBe('Fixture Words a reader sees.');
    expect(w.ratio).toBeCloseTo(w.total.gzip / gz('Fixture Words a reader sees.'));
  });

  it('counts only the main stylesheet as render-blocking', () => {
    expect(w.renderBlocking).toEqual(['/_astro/site.css']);
    expect(checkBudget(w, true)).toEqual([]);
  });
});

describe('holding the budget', () => {
  it('fails a classic script in the head and a second stylesheet, naming them', () => {
    const p = page(
      '/x/',
      '<p>Hi</p>',
      '<link rel="stylesheet" href="/_astro/print.css"><script src="/legacy.js"></script>',
    );
    expect(checkBudget(weighPage(p, files, read), false)).toEqual([
      '/x/: render-blocking script /legacy.js; use type="module" or defer',
      '/x/: 3 render-blocking requests (/_astro/site.css, /_astro/print.css, /legacy.js); at most 1 stylesheet',
    ]);
  });

  it('fails an explainer heavier than its budget and a page with too much script', () => {
    const big = (n: number) => ({ raw: n, gzip: n });
    const w = { ...weighPage(page('/', '<p>x</p>'), files, read), total: big(31 * 1024), js: big(5 * 1024) };
    expect(checkBudget(w, true)).toEqual([
      `/: a first visit transfers 31.0 KB gzipped; the budget is ${BUDGET.explainerFirstVisitGzip / 1024}.0 KB`,
      `/: runs 5.0 KB of JavaScript gzipped; the budget is ${BUDGET.jsGzipPerPage / 1024}.0 KB`,
    ]);
    expect(checkBudget(w, false)).toHaveLength(1);
  });
});
