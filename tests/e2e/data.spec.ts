/**
 * What only a browser shows about the chart: that it scrolls in its own labelled region at
 * 320 px, takes its colours from the theme, and fits the page in print. Everything static
 * about the data (downloads, codebook, marks and their links) is in tests/site/data.test.ts.
 */
import { expect, test } from '@playwright/test';

test('at 320 px the page does not scroll sideways; the chart scrolls in its own labelled region', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/incidents/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const region = page.getByRole('region', { name: /Timeline chart/ });
  await expect(region).toHaveAttribute('tabindex', '0');
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});

test('chart marks take their colours from the theme', async ({ page }) => {
  const fills: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/incidents/');
    fills.push(
      await page
        .locator('figure.timeline .incident-marks path')
        .first()
        .evaluate((e) => getComputedStyle(e).fill),
    );
  }
  expect(fills[0]).not.toBe(fills[1]);
});

test('in print the chart fits the page width', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 600, height: 800 });
  await page.goto('/incidents/');
  const svg = page.locator('figure.timeline svg').first();
  expect((await svg.boundingBox())!.width).toBeLessThanOrEqual(600);
});
