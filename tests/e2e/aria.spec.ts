/**
 * Where axe is blind: what the accessibility tree says, as a screen reader would present it.
 * Snapshots of the explainer's opening, an incident entry, the incident filters and the
 * Print control, taken on the fixture content (see playwright.config.ts), which changes only
 * when a test needs it to, so an editor's correction never breaks them. Update a snapshot
 * deliberately with `npx playwright test tests/e2e/aria.spec.ts --update-snapshots`.
 */
import { expect, test } from '@playwright/test';

test('the explainer opens with its headline, standfirst, dateline and contents', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main .page-header')).toMatchAriaSnapshot({ name: 'explainer-header.aria.yml' });
  await expect(page.locator('main nav.contents')).toMatchAriaSnapshot({ name: 'explainer-contents.aria.yml' });
});

test('an incident entry states its facts, with the certainty of each', async ({ page }) => {
  await page.goto('/incidents/');
  await expect(page.locator('article#fixture-approximate')).toMatchAriaSnapshot({ name: 'incident-entry.aria.yml' });
  await expect(page.locator('article#fixture-official')).toMatchAriaSnapshot({
    name: 'incident-entry-corrected.aria.yml',
  });
});

test('the incident filters, opened', async ({ page }) => {
  await page.goto('/incidents/');
  await page.locator('#incident-filters summary').click();
  await expect(page.locator('#incident-filters')).toMatchAriaSnapshot({ name: 'incident-filters.aria.yml' });
});

test('the Print control, with and without JavaScript', async ({ page, browser }) => {
  await page.goto('/');
  await expect(page.getByRole('group', { name: 'Print' })).toMatchAriaSnapshot({ name: 'print-control.aria.yml' });
  const noJs = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL ?? '' });
  const plain = await noJs.newPage();
  await plain.goto('/');
  await expect(plain.getByRole('group', { name: 'Print' })).toMatchAriaSnapshot({
    name: 'print-control-no-js.aria.yml',
  });
  await noJs.close();
});
