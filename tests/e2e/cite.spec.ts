/**
 * The Cite disclosure in a browser: it opens without JavaScript and offers the downloads; with
 * JavaScript its Copy buttons copy a reference exactly as shown (with its italics for a word
 * processor) and say so; opened, it passes axe in light and dark.
 */
import { expect, test } from '@playwright/test';
import { AXE_TAGS, axeViolations } from '../support/axe';

const PAGE = '/incidents/yaroslav-moskalik/';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the disclosure opens, shows every format and offers the downloads', async ({ page, request }) => {
    await page.goto(PAGE);
    const cite = page.locator('details.cite').first();
    await cite.locator('summary').first().click();
    for (const style of ['APA', 'MLA', 'Chicago', 'Harvard'])
      await expect(cite.getByRole('term').filter({ hasText: new RegExp(`^${style}$`) })).toBeVisible();
    await expect(cite.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
    const bib = cite.getByRole('link', { name: 'Download BibTeX (.bib)' });
    const response = await request.get((await bib.getAttribute('href')) ?? '');
    expect(response.status()).toBe(200);
    expect(await response.text()).toMatch(/^@misc\{moskalik-explained-incidents-yaroslav-moskalik,/);
  });
});

test('Copy puts the reference on the clipboard, as shown, and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PAGE);
  const cite = page.locator('details.cite').first();
  await cite.locator('summary').first().click();
  const apa = cite.locator('.cite-reference').first();
  await cite.getByRole('button', { name: 'Copy APA reference' }).click();
  await expect(page.getByRole('status')).toHaveText('Copied to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe((await apa.textContent())?.trim());
  const html = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return item ? await (await item.getType('text/html')).text() : '';
  });
  expect(html).toContain('<i>');

  await cite.getByRole('button', { name: 'Copy BibTeX' }).click();
  const bib = await (
    await page.request.get((await cite.getByRole('link', { name: /BibTeX/ }).getAttribute('href')) ?? '')
  ).text();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(bib.trim());
});

for (const colorScheme of ['light', 'dark'] as const)
  test(`opened, it passes axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(PAGE);
    await page.evaluate(() => document.querySelectorAll('details.cite').forEach((d) => d.setAttribute('open', '')));
    expect(await axeViolations(page, { runOnly: { type: 'tag', values: AXE_TAGS } }, 'details.cite')).toEqual([]);
  });
