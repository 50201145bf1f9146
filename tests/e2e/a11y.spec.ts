/**
 * Accessibility, sized by what varies. Per template (found from the routes; see
 * tests/support/templates.ts), on its English page: axe's full rule set (WCAG 2.2 AA, best
 * practice and Label in Name) at 390 and 1280 px in light, and the colour rules again in dark
 * (the dark scheme changes colours, nothing else), and a keyboard walk (an edition has the
 * template's controls in the same order: tests/site/editions-gates.test.ts holds their ids
 * equal). On every English page and one page per template in the other editions: axe's
 * structural rules (everything but colour, which the editions share with the English through
 * the template's styles; what they change is the words). On every page of every edition:
 * reflow at 320 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { readPages } from '../gates/site-files';
import { pagesToVisit, templates } from '../support/templates';
import { AXE_TAGS, axeViolations } from '../support/axe';
import { DEFAULT_LOCALE } from '../../src/i18n/locales';

const TEMPLATES = templates('dist');
const PATHS = TEMPLATES.flatMap((t) => t.pages).sort();
/** Each route once: its English page, or its first page where it has none (the editions' 404). */
const ROUTES = TEMPLATES.filter(
  (t) => t.locale === DEFAULT_LOCALE || !TEMPLATES.some((e) => e.route === t.route && e.locale === DEFAULT_LOCALE),
).filter((t, i, all) => all.findIndex((o) => o.route === t.route) === i);
/** Every English page and one page per template in the other editions (see pagesToVisit). */
const VISITED = pagesToVisit('dist');
/** The rules that depend on colours and so on the template's styles and the colour scheme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Which of axe's rules to run: all of them, all but the colour rules, or only those. */
type RuleSet = 'full' | 'structural' | 'colour';

function violations(page: Page, set: RuleSet): Promise<string[]> {
  if (set === 'colour') return axeViolations(page, { runOnly: { type: 'rule', values: COLOUR_RULES } });
  const rules: Record<string, { enabled: boolean }> = {
    // WCAG 2.5.3 Label in Name: axe tags it experimental, so it runs only when named.
    'label-content-name-mismatch': { enabled: true },
  };
  if (set === 'structural') for (const id of COLOUR_RULES) rules[id] = { enabled: false };
  return axeViolations(page, { runOnly: { type: 'tag', values: AXE_TAGS }, rules });
}

test('axe, as run here, finds what it should: a structural and a colour fault', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = '/favicon.svg';
    const faint = document.createElement('p');
    faint.textContent = 'Faint words';
    faint.setAttribute('data-faint', '');
    document.querySelector('main')!.append(img, faint);
    // Inline styles are barred by the CSP, so the fault is drawn through the CSSOM.
    document.styleSheets[0]!.insertRule('[data-faint] { color: #eee; background: #fff; }');
  });
  const full = await violations(page, 'full');
  expect(full.some((v) => v.startsWith('image-alt '))).toBe(true);
  expect(full.some((v) => v.startsWith('color-contrast '))).toBe(true);
  expect((await violations(page, 'structural')).some((v) => v.startsWith('color-contrast '))).toBe(false);
  expect(await violations(page, 'colour')).toEqual(full.filter((v) => v.startsWith('color-contrast ')));
});

test('every built page belongs to a template', () => {
  const all = readPages('dist').filter((p) => !/http-equiv="refresh"/.test(p.html));
  expect(PATHS).toEqual(all.map((p) => p.path).sort());
});

test.describe('axe, per template: the full rule set in light and the colour rules in dark, at 390 and 1280 px', () => {
  for (const t of ROUTES) {
    test(`${t.route} (${t.page})`, async ({ page }) => {
      // The print edition is the whole story on one page: axe needs time for it.
      test.setTimeout(120_000);
      await page.goto(t.page);
      const found: string[] = [];
      // One load: the page is re-laid in place for each width and scheme. Dark changes the
      // colours and nothing else, so the rules that read colours run again there.
      for (const [scheme, set] of [
        ['light', 'full'],
        ['dark', 'colour'],
      ] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const width of [390, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          found.push(...(await violations(page, set)).map((v) => `${scheme}, ${width} px: ${v}`));
        }
      }
      expect(found).toEqual([]);
    });
  }
});

test.describe('axe, structural rules, every other page visited, per template', () => {
  // A route's own page had the full rule set above; every other page it renders, in every
  // edition visited, gets the rules that depend on its words (headings, names, landmarks,
  // lists, languages), not on its styles. One tab per template: a page is one navigation, not
  // one browser context.
  const others = VISITED.filter((p) => !ROUTES.some((t) => t.page === p));
  for (const route of ROUTES.map((t) => t.route)) {
    const paths = TEMPLATES.filter((t) => t.route === route).flatMap((t) => t.pages.filter((p) => others.includes(p)));
    if (paths.length === 0) continue;
    test(`${route} (${paths.length} ${paths.length === 1 ? 'page' : 'pages'})`, async ({ page }) => {
      test.setTimeout(30_000 + paths.length * 10_000);
      // At the narrow width, where words wrap most.
      await page.setViewportSize({ width: 390, height: 900 });
      const found: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        found.push(...(await violations(page, 'structural')).map((v) => `${path}: ${v}`));
      }
      expect(found).toEqual([]);
    });
  }
});

interface Stop {
  /** "a.skip-link "Skip to content"", to name the element in a failure. */
  name: string;
  /** True when an outline or a box shadow shows where focus is, and it is on the page. */
  visible: boolean;
}

/** Runs in the page: records every element that takes focus, and whether it shows it. */
function recordFocus() {
  const stops: Stop[] = [];
  Object.defineProperty(window, '__stops', { value: stops });
  document.addEventListener('focusin', (e) => {
    const el = e.target as HTMLElement;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    const r = el.getBoundingClientRect();
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    stops.push({
      name: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${text}"`,
      visible: (outline || s.boxShadow !== 'none') && r.width > 0 && r.height > 0,
    });
  });
}

/**
 * The embed cards another site frames have no skip link: a card is a few lines and three or four
 * links, with no navigation repeated from page to page to bypass (WCAG 2.4.1), and a "Skip to
 * content" link in every frame would be one more stop on the host's page. Tab starts at their
 * first link instead.
 */
const isCard = (t: { route: string }) => t.route.startsWith('[...locale]/embed/');

test.describe('keyboard, per template', () => {
  for (const t of ROUTES) {
    const first = isCard(t) ? 'the first link' : 'the skip link';
    test(`${t.route} (${t.page}): Tab starts at ${first}, always shows focus, and leaves the page at the end`, async ({
      page,
    }) => {
      await page.addInitScript(recordFocus);
      await page.goto(t.page);
      const tabbable: number = await page
        .locator(
          'a[href], button:not([disabled]), input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]',
        )
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).checkVisibility()).length);
      // The print edition has hundreds of stops: time grows with them.
      test.setTimeout(30_000 + tabbable * 150);
      const start = isCard(t) ? page.locator('a[href]').first() : page.locator('a.skip-link');
      if (isCard(t)) await expect(page.locator('a.skip-link')).toHaveCount(0);

      await page.keyboard.press('Tab');
      await expect(start).toBeFocused();
      await expect(start).toBeInViewport();
      // A trap keeps focus inside the page; a sound page lets Tab leave after its last stop,
      // and the Tab after that comes back to the first.
      for (let i = 0; i < tabbable + 5; i++) await page.keyboard.press('Tab');
      const all = await page.evaluate(() => (window as unknown as { __stops: Stop[] }).__stops);
      const wrap = all.findIndex((s, i) => i > 0 && s.name === all[0]?.name);
      const stops = wrap > 0 ? all.slice(0, wrap) : all;
      if (!isCard(t)) expect(stops[0]?.name).toMatch(/^a\.skip-link /);
      expect(
        stops.filter((s) => !s.visible).map((s) => s.name),
        'focused without a visible focus indicator',
      ).toEqual([]);
      expect(wrap, `Tab never left the page after ${stops.length} stops (a trap?)`).toBeGreaterThan(0);
      expect(stops.length).toBeGreaterThanOrEqual(tabbable);
    });
  }
});

test('reflow: at 320 px no page needs horizontal scrolling', async ({ page }) => {
  // One visit per page, in every edition: the time allowed grows with the site.
  test.setTimeout(30_000 + PATHS.length * 1_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const wider: string[] = [];
  for (const path of PATHS) {
    await page.goto(path);
    // Name what sticks out, so a failure says where to look.
    const found = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) return null;
      return [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > width + 0.5)
        .filter((e) => !e.parentElement || e.parentElement.scrollWidth <= e.parentElement.clientWidth + 1)
        .slice(0, 5)
        .map(
          (e) =>
            `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).split(' ')[0]}` : ''}`,
        )
        .join(', ');
    });
    if (found !== null) wider.push(`${path}: ${found}`);
  }
  expect(wider).toEqual([]);
});
