/**
 * The language switcher: each edition's link leads to the same page in that edition; with
 * JavaScript it keeps the piece the reader is at (the ids are the same in every edition),
 * without it, it still opens the page. Nothing is stored and nothing is guessed.
 */
import { expect, test } from '@playwright/test';

test('with JavaScript, switching edition keeps the #id the reader is at', async ({ page, context }) => {
  await page.goto('/#who-was-moskalik');
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/#who-was-moskalik$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('#who-was-moskalik')).toBeInViewport();
  await page.getByRole('link', { name: 'Українська' }).click();
  await expect(page).toHaveURL(/\/uk\/#who-was-moskalik$/);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('each edition link opens the same page in that edition', async ({ page }) => {
    await page.goto('/incidents/');
    const links = page.getByRole('navigation', { name: 'Editions' }).getByRole('link');
    await expect(links).toHaveText(['English', 'Русский', 'Українська']);
    await page.getByRole('link', { name: 'Українська' }).click();
    await expect(page).toHaveURL(/\/uk\/incidents\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  });
});
