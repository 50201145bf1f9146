/**
 * Accessibility over every built page (found by walking dist/, so later pages are included):
 * axe with WCAG 2.2 AA and best-practice rules, and Label in Name, in light and dark at phone
 * and desktop widths; a keyboard walk; and reflow at 320 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readPages } from '../../src/lib/gates/site-files';

const PATHS = readPages('dist').map((p) => p.path);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * Every rule with those tags, plus WCAG 2.5.3 Label in Name, which axe tags experimental and
 * so runs only when enabled by name. (AxeBuilder#options replaces what withTags sets, so both
 * go in one options object.)
 */
const AXE_OPTIONS = {
  runOnly: { type: 'tag' as const, values: TAGS },
  rules: { 'label-content-name-mismatch': { enabled: true } },
};

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme}`, () => {
    test.use({ colorScheme });
    for (const path of PATHS) {
      test(`${path} has no WCAG 2.2 AA or best-practice violations at 390 and 1280 px`, async ({ page }) => {
        // axe is slow on the long incident list; a loaded machine needs the headroom.
        test.setTimeout(180_000);
        await page.goto(path);
        const summary: string[] = [];
        // One load, two widths: re-lay the page in place rather than reload it.
        for (const width of [390, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          const results = await new AxeBuilder({ page }).options(AXE_OPTIONS).analyze();
          for (const v of results.violations)
            summary.push(`${width} px: ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
        expect(summary).toEqual([]);
      });
    }
  });
}

interface Focused {
  /** "a.skip-link "Skip to content"", to name the element in a failure. */
  name: string;
  /** True when an outline or a box shadow shows where focus is. */
  visible: boolean;
  onPage: boolean;
}

test.describe('keyboard', () => {
  for (const path of PATHS) {
    test(`${path}: Tab starts at the skip link, always shows focus, and leaves the page at the end`, async ({
      page,
    }) => {
      await page.goto(path);
      const focused = () =>
        page.evaluate((): Focused | null => {
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) return null;
          const s = getComputedStyle(el);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          const r = el.getBoundingClientRect();
          const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
          return {
            name: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${text}"`,
            visible: outline || s.boxShadow !== 'none',
            onPage: r.width > 0 && r.height > 0,
          };
        });
      const tabbable = await page
        .locator(
          'a[href], button:not([disabled]), input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]',
        )
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).checkVisibility()).length);

      await page.keyboard.press('Tab');
      const first = await focused();
      expect(first?.name).toMatch(/^a\.skip-link /);
      await expect(page.locator('a.skip-link')).toBeInViewport();

      const seen: string[] = [];
      const invisible: string[] = [];
      let current = first;
      // A trap keeps focus inside the page; a sound page lets Tab leave after its last stop.
      for (let i = 0; current && i < tabbable + 5; i++) {
        seen.push(current.name);
        if (!current.visible || !current.onPage) invisible.push(current.name);
        await page.keyboard.press('Tab');
        current = await focused();
      }
      expect(invisible, 'focused without a visible focus indicator').toEqual([]);
      expect(current, `Tab never left the page after ${seen.length} stops (a trap?)`).toBeNull();
      expect(seen.length).toBeGreaterThanOrEqual(tabbable);
    });
  }
});

test.describe('reflow at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of PATHS) {
    test(`${path} needs no horizontal scrolling`, async ({ page }) => {
      await page.goto(path);
      // Name what sticks out, so a failure says where to look.
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .filter(
            (e) => !e.parentElement?.closest('*') || e.parentElement.scrollWidth <= e.parentElement.clientWidth + 1,
          )
          .slice(0, 5)
          .map(
            (e) =>
              `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).split(' ')[0]}` : ''}`,
          ),
      );
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, `wider than 320 px: ${wide.join(', ')}`).toBeLessThanOrEqual(320);
    });
  }
});
