/**
 * axe-core, run inside the page under test: its source is evaluated once per document and
 * `axe.run` is called there. (@axe-core/playwright's builder opens a second page for every
 * analysis, to combine results across frames; these pages have no frames, and that second page
 * cost more than the analysis itself on all but the longest pages.)
 */
import axe from 'axe-core';
import type { Page } from '@playwright/test';

/** What the site is held to: WCAG 2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The violations axe finds on the page (or in the part `include` selects), one line each:
 * "rule (what it asks): where, where".
 */
export async function axeViolations(page: Page, options: axe.RunOptions, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  // Only violations are read, so axe need not detail every pass: faster on long pages.
  const opts: axe.RunOptions = { ...options, resultTypes: ['violations'] };
  const results: axe.AxeResults = await page.evaluate(
    ({ context, opts }) =>
      (window as unknown as { axe: typeof axe }).axe.run(context ? { include: [context] } : document, opts),
    { context: include, opts },
  );
  return results.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
