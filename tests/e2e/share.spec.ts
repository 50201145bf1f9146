/**
 * Anchors that last and the "Link to section" link: every public id (and every former id)
 * opens with its piece just below the header, marked and focused; the link copies the
 * share-page address and says so, opens the share sheet on touch screens, and is a plain
 * link without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import { readEvents, readExplainerSections, readIncidents, readPeaceTalksSections } from '../content';
import { chronological } from '../../src/lib/incidents';

interface Landing {
  /** Full page the piece sits on. */
  page: string;
  /** The fragment in the shared link: the id, or a former id. */
  hash: string;
  /** The element that must be in view: the piece's own id. */
  id: string;
}

const landings = (page: string, items: readonly { id: string; aliases?: string[] }[]): Landing[] =>
  items.flatMap((i) => [
    { page, hash: i.id, id: i.id },
    ...(i.aliases ?? []).map((a) => ({ page, hash: a, id: i.id })),
  ]);

const LANDINGS = [
  ...landings('/', readExplainerSections()),
  ...landings('/peace-talks/', readPeaceTalksSections()),
  ...landings('/peace-talks/', readEvents()),
  ...landings('/incidents/', readIncidents()),
];

/** Where the target sits after a fresh load of `page#hash`. */
async function land(page: Page, { page: path, hash, id }: Landing) {
  await page.goto('about:blank');
  await page.goto(`${path}#${hash}`);
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const header = document.querySelector('.site-header');
    const sticky = header && getComputedStyle(header).position === 'sticky';
    const hit = document.elementFromPoint(r.left + 8, r.top + 4);
    return {
      top: r.top,
      viewport: innerHeight,
      headerBottom: sticky && header ? header.getBoundingClientRect().bottom : 0,
      uncovered: hit !== null && el.contains(hit),
      marked: getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)',
    };
  }, id);
}

for (const width of [390, 1280]) {
  test(`every public id opens its piece below the header and marked, at ${width}px`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 800 });
    // At least one section, talks section, event and incident.
    expect(LANDINGS.length).toBeGreaterThanOrEqual(4);
    for (const landing of LANDINGS) {
      const at = `${landing.page}#${landing.hash}`;
      const where = await land(page, landing);
      expect(where, `${at}: no element with id "${landing.id}"`).not.toBeNull();
      if (!where) continue;
      expect(where.top, `${at}: target starts under the header`).toBeGreaterThanOrEqual(where.headerBottom);
      expect(where.top, `${at}: target is below the fold`).toBeLessThan(where.viewport / 2);
      expect(where.uncovered, `${at}: something covers the target`).toBe(true);
      expect(where.marked, `${at}: target is not marked`).toBe(true);
    }
  });
}

test('arriving by a link, keyboard users continue from the piece', async ({ page }) => {
  test.setTimeout(120_000);
  for (const landing of LANDINGS) {
    await land(page, landing);
    const at = `${landing.page}#${landing.hash}`;
    if (landing.hash === landing.id)
      expect(await page.evaluate(() => document.activeElement?.id), `${at}: focus`).toBe(landing.id);
    await page.keyboard.press('Tab');
    // The next stop is the piece's own "Link to …", right after its heading.
    const next = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(next, `${at}: Tab from the target`).toBe(`#${landing.id}`);
  }
});

test.describe('the link after every heading', () => {
  const pieces = [
    ...readExplainerSections().map((s) => ({ page: '/', what: 'section', title: s.title, id: s.id })),
    ...readPeaceTalksSections().map((s) => ({ page: '/peace-talks/', what: 'section', title: s.title, id: s.id })),
    ...readEvents().map((e) => ({ page: '/peace-talks/', what: 'event', title: e.title, id: e.id })),
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
      const status = page.getByRole('status').and(page.locator('.share-status'));
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
    const incident = chronological(readIncidents()).at(-1);
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
