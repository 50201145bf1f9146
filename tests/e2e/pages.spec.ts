import { expect, test } from '@playwright/test';
import { PAGES, readEvents, readExplainerSections, readIncidents, readPeaceTalksSections } from '../content';
import { comparePartialDates } from '../../src/lib/partial-date';

test.describe('every page', () => {
  for (const path of PAGES) {
    test(`${path} renders its headings, navigation and footer without console errors`, async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).not.toBeEmpty();
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText([
        'Explainer',
        'Incidents',
        'Peace talks',
      ]);
      await expect(page.locator('a.skip-link')).toHaveAttribute('href', '#main');
      await expect(page.locator('footer')).toContainText('sources');
      expect(errors).toEqual([]);
    });
  }

  test('an unknown address shows the 404 page with a way back', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.getByRole('main').getByRole('link', { name: 'Explainer' })).toBeVisible();
  });
});

test.describe('the explainer', () => {
  test('shows every section in order, each heading carrying its id, with a contents list', async ({ page }) => {
    await page.goto('/');
    const sections = readExplainerSections();
    expect(sections.length).toBeGreaterThanOrEqual(5);
    await expect(page.locator('section > .heading-wrapper > h2')).toHaveText(sections.map((s) => s.title));
    for (const s of sections) {
      await expect(page.locator(`h2#${s.id}`)).toHaveText(s.title);
      await expect(page.getByRole('navigation', { name: 'Contents' }).locator(`a[href="#${s.id}"]`)).toHaveText(
        s.title,
      );
    }
  });

  test('has a dateline that says the story is told as of late April 2025', async ({ page }) => {
    await page.goto('/');
    const dateline = page.locator('.dateline').first();
    await expect(dateline).toContainText(/The story as of \d{1,2} April 2025/);
    await expect(dateline.locator('time')).toHaveCount(3);
    // Compiled from published reports, not from the scene: the report is named, and no place is claimed.
    await expect(dateline.getByRole('link', { name: /Firstpost explainer/ })).toHaveAttribute('href', /firstpost\.com/);
    await expect(dateline).toContainText('Published');
    await expect(dateline).toContainText('Updated');
  });

  test('has no duplicate ids, even with footnotes in several sections', async ({ page }) => {
    await page.goto('/');
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(await page.locator('.footnotes').count()).toBeGreaterThanOrEqual(2);
  });

  test('links from the pattern section reach the incident list', async ({ page }) => {
    await page.goto('/');
    const links = page.locator('main a[href^="/incidents/#"]');
    expect(await links.count()).toBeGreaterThan(5);
  });
});

test.describe('the incident list', () => {
  test('shows every incident in the data, oldest first, grouped by year', async ({ page }) => {
    await page.goto('/incidents/');
    const expected = [...readIncidents()].sort(
      (a, b) => comparePartialDates(a.date, b.date) || a.id.localeCompare(b.id),
    );
    await expect(page.locator('article.incident')).toHaveCount(expected.length);
    const ids = await page.locator('article.incident').evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(expected.map((i) => i.id));
    const years = [...new Set(expected.map((i) => i.date.slice(0, 4)))];
    await expect(page.locator('ol.by-year > li > h2')).toHaveText(years);
  });

  test('each incident states date, place and setting, method, outcome, attribution and sources', async ({ page }) => {
    await page.goto('/incidents/');
    for (const i of readIncidents()) {
      const entry = page.locator(`article#${i.id}`);
      await expect(entry.locator('h3')).toHaveText(i.person.name);
      // An approximate day is given to machines as its month: the attribute claims no more than the words.
      const datetime = (i as { approximateDate?: boolean }).approximateDate ? i.date.slice(0, 7) : i.date;
      await expect(entry.locator('time').first()).toHaveAttribute('datetime', new RegExp(`^${datetime}`));
      await expect(entry).toContainText(i.place.locality);
      await expect(entry).toContainText(i.place.setting === 'russia' ? 'Russia' : 'Russian-occupied Ukraine');
      for (const label of ['Method', 'Outcome', 'Responsibility'])
        await expect(entry.locator('dt', { hasText: label })).toHaveCount(1);
      // The entry's own sources, not those of a later-developments note inside it.
      await expect(entry.locator(':scope > ol.sources a')).toHaveCount(i.sources.length);
    }
  });

  test('writes month-precision dates as months', async ({ page }) => {
    await page.goto('/incidents/');
    const monthOnly = readIncidents().filter((i) => /^\d{4}-\d{2}$/.test(i.date));
    for (const i of monthOnly) {
      await expect(page.locator(`article#${i.id} time`).first()).toHaveText(/^[A-Z][a-z]+ \d{4}$/);
    }
    const times = await page
      .locator('article.incident .dateline time')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('datetime'), e.textContent]));
    const time = /(, (about )?\d\d:\d\d local time \(UTC[+-]\d+\))?$/.source;
    for (const [datetime, text] of times) {
      // A month, or an approximate day ("About 10 December 2024"), which machines get as its month.
      if (datetime?.length === 7) expect(text).toMatch(/^([A-Z][a-z]+ \d{4}|About \d{1,2} [A-Z][a-z]+ \d{4})$/);
      if (datetime && datetime.length >= 10) expect(text).toMatch(new RegExp(`^\\d{1,2} [A-Z][a-z]+ \\d{4}${time}`));
    }
  });
});

test.describe('the peace-talks background', () => {
  test('shows its sections and the dated timeline of every event', async ({ page }) => {
    await page.goto('/peace-talks/');
    for (const s of readPeaceTalksSections()) await expect(page.locator(`h2#${s.id}`)).toHaveText(s.title);
    const events = readEvents();
    await expect(page.locator('article.talks-event')).toHaveCount(events.length);
    for (const e of events) {
      await expect(page.locator(`article#${e.id} h3`)).toHaveText(e.title);
      await expect(page.locator(`article#${e.id} time`).first()).toHaveAttribute('datetime', e.date);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of PAGES) {
    test(`${path} is complete and readable`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      const text = await page.locator('main').innerText();
      expect(text.length).toBeGreaterThan(500);
    });
  }
  test('the incident list shows every incident', async ({ page }) => {
    await page.goto('/incidents/');
    await expect(page.locator('article.incident')).toHaveCount(readIncidents().length);
  });
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 700 } });
  for (const path of PAGES) {
    test(`${path} does not scroll sideways; wide tables scroll in their own region`, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      for (const region of await page.locator('.table-scroll').all()) {
        await expect(region).toHaveAttribute('tabindex', '0');
        await expect(region).toHaveAttribute('aria-label', /^Table: /);
      }
    });
  }
});
