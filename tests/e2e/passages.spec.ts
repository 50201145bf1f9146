/**
 * "Link to this passage", in Chromium: selecting words in a piece offers the control, which
 * copies the piece's share address with a text fragment; that address lands on the words, and
 * once the words have been edited away it still lands on the piece. Ordinary copying is left
 * alone, and keyboard users reach the control as a menu on their selection.
 */
import { expect, test, type Page } from '@playwright/test';
import { readExplainerSections } from '../support/content';

// The explainer's longest section: on its own page at a short viewport, its last paragraph
// is far below the fold, so landing there proves the fragment did it.
const section = readExplainerSections().sort((a, b) => b.body.length - a.body.length)[0]!;
const SHARE = `/explainer/${section.id}/`;
test.use({ viewport: { width: 390, height: 500 } });

/** The address copied, on the server under test (the site's own origin is the canonical one). */
const local = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.hash;
};

/** Selects words 3–8 of the last paragraph of the section on the page; returns the selected text. */
function selectWords(page: Page): Promise<string> {
  return page.evaluate((id) => {
    // A paragraph of the prose whose text begins with a dozen words or more.
    const ps = [...document.querySelectorAll(`[data-passage-id="${id}"] p:not([class])`)].filter(
      (p) => p.firstChild instanceof Text && (p.firstChild.textContent ?? '').split(' ').length > 12,
    );
    const text = ps.at(-1)!.firstChild!;
    const words = (text.textContent ?? '').split(' ');
    const start = words.slice(0, 2).join(' ').length + 1;
    const end = start + words.slice(2, 8).join(' ').length;
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, end);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return getSelection()!.toString();
  }, section.id);
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('the copied address lands on the selected words', async ({ page }) => {
  await page.goto(SHARE);
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
  const words = await selectWords(page);
  await page.getByRole('button', { name: 'Link to this passage' }).click();
  await expect(page.getByRole('status')).toHaveText('Link to the passage copied');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url.startsWith(`${canonical}#${section.id}:~:text=`), url).toBe(true);

  const passage = page.locator('p', { hasText: words }).last();
  await page.goto('about:blank');
  await page.goto(SHARE);
  await expect(passage).not.toBeInViewport();
  await page.goto('about:blank');
  await page.goto(local(url));
  await expect(passage).toBeInViewport();
});

test('once the words are edited away, the address still lands on the piece', async ({ page }) => {
  await page.goto(SHARE);
  const words = await selectWords(page);
  await page.getByRole('button', { name: 'Link to this passage' }).click();
  await expect(page.getByRole('status')).toHaveText('Link to the passage copied');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  // The same page after an edit: the selected words are no longer in it.
  await page.route(`**${SHARE}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).split(words).join('words an editor rewrote');
    await route.fulfill({ response, body: html });
  });
  await page.goto('about:blank');
  await page.goto(local(url));
  await expect(page.locator(':target')).toHaveAttribute('id', section.id);
  await expect(page.locator(`#${section.id}`)).toBeInViewport();
  // The edited paragraph is on the page, and the browser did not go looking for it.
  await expect(page.locator('p', { hasText: 'words an editor rewrote' })).not.toBeInViewport();
});

test('Ctrl+C copies exactly the selection, with the control showing', async ({ page }) => {
  await page.goto(SHARE);
  const words = await selectWords(page);
  await expect(page.getByRole('button', { name: 'Link to this passage' })).toBeVisible();
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.keyboard.press('Control+C');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(words);
});

test('from the keyboard, the menu key opens the control on the selection, and Escape sends it away', async ({
  page,
}) => {
  // The control waits for a selection to settle; a fake clock runs that wait, so that "it stays
  // away" after Escape is the control's decision, not a race with its timer.
  await page.clock.install();
  await page.goto(SHARE);
  await selectWords(page);
  await page.clock.runFor(1_000);
  const control = page.getByRole('button', { name: 'Link to this passage' });
  await expect(control).toBeVisible();
  await page.keyboard.press('Shift+F10');
  await expect(control).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Link to the passage copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`#${section.id}:~:text=`);
  await page.keyboard.press('Escape');
  await page.clock.runFor(1_000);
  await expect(control).toBeHidden();
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.passage-menu'))), 'focus left on it').toBe(
    false,
  );
  // The same words stay selected, and the control stays away until the reader selects others.
  expect(await page.evaluate(() => getSelection()?.toString())).not.toBe('');
});

test('a selection outside any piece offers nothing', async ({ page }) => {
  // The control waits for a selection to settle; the test runs that wait on a fake clock
  // rather than sleeping, so "nothing appeared" is a decision the control made, not a race.
  await page.clock.install();
  await page.goto(SHARE);
  const control = page.getByRole('button', { name: 'Link to this passage' });
  await selectWords(page);
  await page.clock.runFor(1_000);
  await expect(control).toBeVisible();
  await page.evaluate(async () => {
    const changed = new Promise((resolve) => document.addEventListener('selectionchange', resolve, { once: true }));
    getSelection()!.selectAllChildren(document.querySelector('h1, .kicker')!);
    await changed;
  });
  await page.clock.runFor(1_000);
  await expect(control).toBeHidden();
});
