/**
 * The incident list's filters, checked against the content files: each facet, combinations,
 * counts, the live region, the URL (shareable, back/forward), sorting, and the page without JS.
 */
import { expect, test, type Page } from '@playwright/test';
import { readIncidents, type Incident } from '../support/content';
import { statusOf } from '../../src/lib/attribution';

const incidents = readIncidents();

/** What each facet means, written from the content's own fields. */
const VALUES: Record<string, (i: Incident) => string[]> = {
  category: (i) => [i.category],
  setting: (i) => [i.place.setting],
  method: (i) => [i.method],
  status: (i) => [statusOf(i.attribution)],
  year: (i) => [String(i.date.year)],
};
const expected = (sel: Record<string, string[]>) =>
  incidents
    .filter((i) => Object.entries(sel).every(([f, vs]) => vs.some((v) => VALUES[f]!(i).includes(v))))
    .map((i) => i.id);
/** The options a facet can offer: values some incident has. */
const optionsOf = (facet: string) => [...new Set(incidents.flatMap((i) => VALUES[facet]!(i)))].sort();

const visibleIds = (page: Page) => page.locator('article.incident:visible').evaluateAll((els) => els.map((e) => e.id));
const box = (page: Page, facet: string, value: string) => page.locator(`input[name="${facet}"][value="${value}"]`);

async function open(page: Page, query = '') {
  await page.goto(`/incidents/${query}`);
  await page.locator('#incident-filters summary').click();
}

test.describe('filters on the incident list', () => {
  test('offer every facet that has a choice, with each option the data has', async ({ page }) => {
    await open(page);
    for (const facet of Object.keys(VALUES)) {
      const options = optionsOf(facet);
      const inputs = page.locator(`fieldset[data-facet="${facet}"] input`);
      if (options.length < 2) await expect(inputs).toHaveCount(0);
      else
        expect((await inputs.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).sort()).toEqual(
          options,
        );
    }
  });

  for (const facet of Object.keys(VALUES)) {
    test(`filter by ${facet}: each option shows exactly the matching incidents and says how many`, async ({ page }) => {
      const options = optionsOf(facet);
      await open(page);
      // No choice in the data means no fieldset (checked here rather than skipped).
      if (options.length < 2) return expect(page.locator(`fieldset[data-facet="${facet}"]`)).toHaveCount(0);
      for (const value of options) {
        await box(page, facet, value).check();
        const ids = expected({ [facet]: [value] });
        await expect.poll(() => visibleIds(page)).toEqual(ids);
        await expect(page.locator('#incident-filters').getByRole('status')).toHaveText(
          `${ids.length} of ${incidents.length} incidents shown`,
        );
        await expect(box(page, facet, value).locator('xpath=..').locator('[data-count]')).toHaveText(`(${ids.length})`);
        await box(page, facet, value).uncheck();
      }
      await expect.poll(() => visibleIds(page)).toEqual(incidents.map((i) => i.id));
    });
  }

  test('two options of one facet are alternatives; two facets must both match; counts follow', async ({ page }) => {
    await open(page);
    const [c1, c2] = optionsOf('category');
    const [s1] = optionsOf('setting');
    await box(page, 'category', c1!).check();
    await box(page, 'category', c2!).check();
    await expect.poll(() => visibleIds(page)).toEqual(expected({ category: [c1!, c2!] }));
    await box(page, 'setting', s1!).check();
    const both = expected({ category: [c1!, c2!], setting: [s1!] });
    await expect.poll(() => visibleIds(page)).toEqual(both);
    // A category's count is what ticking it would show given the setting chosen.
    for (const c of optionsOf('category'))
      await expect(box(page, 'category', c).locator('xpath=..').locator('[data-count]')).toHaveText(
        `(${expected({ category: [c], setting: [s1!] }).length})`,
      );
    // A year with nothing left in it loses its heading too.
    const years = [...new Set(incidents.filter((i) => both.includes(i.id)).map((i) => String(i.date.year)))];
    await expect(page.locator('ol.by-year > li:visible > h2')).toHaveText(years);
  });

  test('keeps the state in the URL: a shared link opens the same view, and back/forward step through it', async ({
    page,
  }) => {
    await open(page);
    const [c1] = optionsOf('category');
    const [s1] = optionsOf('setting');
    await box(page, 'category', c1!).check();
    await expect(page).toHaveURL(new RegExp(`\\?category=${c1}$`));
    await box(page, 'setting', s1!).check();
    await expect(page).toHaveURL(new RegExp(`\\?category=${c1}&setting=${s1}$`));
    const both = expected({ category: [c1!], setting: [s1!] });

    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`\\?category=${c1}$`));
    await expect(box(page, 'setting', s1!)).not.toBeChecked();
    await expect.poll(() => visibleIds(page)).toEqual(expected({ category: [c1!] }));
    await page.goForward();
    await expect(box(page, 'setting', s1!)).toBeChecked();
    await expect.poll(() => visibleIds(page)).toEqual(both);

    // The link, opened fresh.
    const url = page.url();
    const other = await page.context().newPage();
    await other.goto(url);
    await expect(other.locator('#incident-filters details')).toHaveAttribute('open', '');
    await expect(box(other, 'category', c1!)).toBeChecked();
    expect(await visibleIds(other)).toEqual(both);
    await expect(other.locator('#incident-filters').getByRole('status')).toHaveText(
      `${both.length} of ${incidents.length} incidents shown`,
    );
  });

  test('sorts newest first and back, and clears', async ({ page }) => {
    await open(page);
    await page.getByLabel('Newest first').check();
    await expect.poll(() => visibleIds(page)).toEqual(incidents.map((i) => i.id).reverse());
    await expect(page).toHaveURL(/\?sort=newest$/);
    await page.getByLabel('Oldest first').check();
    await expect.poll(() => visibleIds(page)).toEqual(incidents.map((i) => i.id));
    await box(page, 'category', optionsOf('category')[0]!).check();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => visibleIds(page)).toEqual(incidents.map((i) => i.id));
    await expect(page).toHaveURL(/\/incidents\/$/);
  });

  test('cause no layout shift as the page loads, even with a filter in the link', async ({ page }) => {
    await page.goto(`/incidents/?category=${optionsOf('category')[0]}`);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) total += (e as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift).toBeLessThan(0.01);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the list is complete, and no controls are shown that could not work', async ({ page }) => {
    await page.goto(`/incidents/?category=${optionsOf('category')[0]}`);
    await expect(page.locator('article.incident:visible')).toHaveCount(incidents.length);
    await expect(page.locator('#incident-filters')).toBeHidden();
  });
});
