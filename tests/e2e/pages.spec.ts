/**
 * What only a browser shows about the pages: they run without a console error, an unknown
 * address gets the 404 page with status 404, and without JavaScript every page is complete
 * (every English page, and one page per template in the other editions).
 * The pages' static content is checked in tests/site/pages.test.ts.
 */
import { expect, test } from '@playwright/test';
import { pagesToVisit } from '../support/templates';
import { readIncidents } from '../support/content';

// Every English page and one page per template in the other editions (see pagesToVisit).
const PATHS = pagesToVisit('dist');

test('every page loads and runs without a console error', async ({ page }) => {
  test.setTimeout(30_000 + PATHS.length * 1_000);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  for (const path of PATHS) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
  expect(errors).toEqual([]);
});

test('an unknown address shows the 404 page with status 404 and a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('link', { name: 'Explainer' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every page is complete and readable, and the incident list shows every incident', async ({ page }) => {
    // One visit per page, in every edition: the time allowed grows with the site.
    test.setTimeout(30_000 + PATHS.length * 1_000);
    // The 404 pages are short by design: every edition's. So are the embed cards, whose words are checked
    // in tests/site/embed.test.ts; they must still show their title.
    for (const path of PATHS.filter((p) => !/\/404(\.html|\/)$/.test(p))) {
      await page.goto(path);
      await expect(page.locator('h1'), path).toBeVisible();
      if (/^\/((ru|uk)\/)?embed\//.test(path)) continue;
      expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(300);
    }
    await page.goto('/incidents/');
    await expect(page.locator('article.incident:visible')).toHaveCount(readIncidents().length);
  });
});
