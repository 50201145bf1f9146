/**
 * The "Link to …" link after every heading: named for its piece, shown on hover and focus,
 * copies the share-page address and says so, opens the share sheet on touch screens, and is a
 * plain link without JavaScript.
 */
import { expect, test } from '@playwright/test';
import { readTalksEvents, readExplainerSections, readIncidents, readPeaceTalksSections } from '../support/content';

test.describe('the link after every heading', () => {
  const pieces = [
    ...readExplainerSections().map((s) => ({ page: '/', what: 'section', title: s.title, id: s.id })),
    ...readPeaceTalksSections().map((s) => ({ page: '/peace-talks/', what: 'section', title: s.title, id: s.id })),
    ...readTalksEvents().map((e) => ({ page: '/peace-talks/', what: 'event', title: e.title, id: e.id })),
    ...readIncidents().map((i) => ({ page: '/incidents/', what: 'incident', title: i.person.name, id: i.id })),
  ];

  test('is named for its piece, leaves the heading’s own name alone and points at its id', async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of ['/', '/peace-talks/', '/incidents/']) {
      await page.goto(path);
      for (const p of pieces.filter((p) => p.page === path)) {
        const link = page.getByRole('link', { name: `Link to ${p.what}: ${p.title}`, exact: true });
        await expect(link).toHaveAttribute('href', `#${p.id}`);
        await expect(link.locator('svg')).toHaveAttribute('aria-hidden', 'true');
        await expect(page.getByRole('heading', { name: p.title, exact: true })).toHaveCount(1);
        const box = await link.boundingBox();
        expect(box?.width).toBeGreaterThanOrEqual(24);
        expect(box?.height).toBeGreaterThanOrEqual(24);
      }
    }
  });

  test('appears on hover and on keyboard focus with a mouse, and shows a focus ring', async ({ page }) => {
    const s = readExplainerSections()[1] ?? readExplainerSections()[0];
    if (!s) throw new Error('no explainer sections');
    await page.goto('/');
    const link = page.getByRole('link', { name: `Link to section: ${s.title}` });
    await expect(link).toHaveCSS('opacity', '0');
    await page.locator(`h2#${s.id}`).hover();
    await expect(link).toHaveCSS('opacity', '1');
    await page.mouse.move(0, 0);
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await expect(link).toHaveCSS('opacity', '1');
    await expect(link).not.toHaveCSS('outline-style', 'none');
  });

  test('copies the share-page address and announces it in one polite live region', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const cases = [
      { ...pieces.find((p) => p.page === '/')!, share: (id: string) => `/explainer/${id}/` },
      { ...pieces.find((p) => p.what === 'incident')!, share: (id: string) => `/incidents/${id}/` },
      { ...pieces.find((p) => p.what === 'event')!, share: (id: string) => `/peace-talks/#${id}` },
    ];
    for (const c of cases) {
      await page.goto(c.page);
      const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
      // One live region for the share links (the incident filters keep their own).
      const status = page.getByRole('status').and(page.locator('.status-toast'));
      await expect(status).toHaveCount(1);
      await expect(status).toHaveAttribute('aria-live', 'polite');
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await page.getByRole('link', { name: `Link to ${c.what}: ${c.title}`, exact: true }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(origin + c.share(c.id));
      await expect(status).toHaveText('Link copied');
      await expect(page).toHaveURL(new RegExp(`#${c.id}$`));
    }
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });

  test('the link is always shown and opens the share sheet with the share-page address', async ({ page }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
    });
    const incident = readIncidents().at(-1);
    if (!incident) throw new Error('no incidents');
    await page.goto('/incidents/');
    const link = page.getByRole('link', { name: `Link to incident: ${incident.person.name}` });
    await expect(link).toHaveCSS('opacity', '1');
    await link.tap();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
    expect(shared).toEqual([{ title: incident.person.name, url: `${origin}/incidents/${incident.id}/` }]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the link still goes to its piece', async ({ page }) => {
    const s = readExplainerSections().at(-1);
    if (!s) throw new Error('no explainer sections');
    await page.goto('/');
    await page.getByRole('link', { name: `Link to section: ${s.title}` }).click();
    await expect(page).toHaveURL(new RegExp(`/#${s.id}$`));
    expect(await page.locator(`#${s.id}`).evaluate((el) => el.matches(':target'))).toBe(true);
    await expect(page.getByRole('status')).toHaveCount(0);
  });
});
