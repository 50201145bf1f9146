/**
 * The incident list as data: downloads that match the content, the codebook and methodology,
 * the chart and the map (one linked mark per incident, a text alternative), and the update log.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readEvents, readExplainerSections, readIncidents, readPeaceTalksSections, type RawUpdate } from '../content';
import { comparePartialDates } from '../../src/lib/partial-date';
import { statusOf } from '../../src/lib/attribution';
import type { Statement } from '../../src/schemas/attribution';

const incidents = [...readIncidents()].sort((a, b) => comparePartialDates(a.date, b.date) || a.id.localeCompare(b.id));
const precision = (d: string) => (d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day');
const DATA_PAGES = ['/data/', '/methodology/', '/updates/'];

test.describe('downloads', () => {
  test('incidents.csv has one row per incident, oldest first, with the data’s ids, dates, statements and sources', async ({
    request,
  }) => {
    const res = await request.get('/data/incidents.csv');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('text/csv');
    const rows: Record<string, string>[] = parse(await res.text(), { columns: true });
    expect(rows.map((r) => r['id'])).toEqual(incidents.map((i) => i.id));
    for (const [n, i] of incidents.entries()) {
      const r = rows[n]!;
      expect(r).toMatchObject({
        date: i.date,
        date_precision: precision(i.date),
        name: i.person.name,
        category: i.category,
      });
      expect(r['setting']).toBe(i.place.setting);
      expect(r['sources']!.split(' | ')).toEqual(i.sources.map((s) => s.url));
      const statements = (i.attribution ?? []) as Statement[];
      expect(r['responsibility_status']).toBe(statusOf(statements));
      expect(r['attribution']!.split(' | ').filter(Boolean).length).toBe(statements.length);
      expect(new URL(r['url']!).hash).toBe(`#${i.id}`);
    }
  });

  test('incidents.json carries the same incidents with every statement and source, a version and a licence', async ({
    request,
  }) => {
    const res = await request.get('/data/incidents.json');
    expect(res.headers()['content-type']).toContain('application/json');
    const json = await res.json();
    expect(json.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(json.licence.url).toMatch(/^https:\/\/creativecommons\.org\//);
    expect(json.incidents.map((i: { id: string }) => i.id)).toEqual(incidents.map((i) => i.id));
    for (const [n, i] of incidents.entries()) {
      const r = json.incidents[n];
      expect(r.datePrecision).toBe(precision(i.date));
      expect(r.attribution.map((a: { speaker: string; act: string }) => `${a.speaker}:${a.act}`)).toEqual(
        (i.attribution ?? []).map((a) => `${a.speaker}:${a.act}`),
      );
      expect(r.sources.map((s: { url: string }) => s.url)).toEqual(i.sources.map((s) => s.url));
    }
  });

  test('every incident address in the downloads leads to that incident', async ({ page, request }) => {
    const json = await (await request.get('/data/incidents.json')).json();
    await page.goto('/incidents/');
    for (const r of json.incidents) {
      const url = new URL(r.url);
      expect(url.pathname).toBe('/incidents/');
      await expect(page.locator(`article${url.hash}`)).toHaveCount(1);
    }
  });
});

test.describe('the data page and the methodology', () => {
  test('the codebook documents every CSV column and every vocabulary term used', async ({ page, request }) => {
    const header = (await (await request.get('/data/incidents.csv')).text()).split('\n')[0]!.split(',');
    await page.goto('/data/');
    await expect(page.locator('table.codebook').first().locator('tbody th')).toHaveText(header);
    const codes = await page.locator('table.codebook tbody th code').allTextContents();
    for (const i of incidents) {
      const statements = i.attribution ?? [];
      const used = [i.category, i.method, i.place.setting, statusOf(statements as Statement[])];
      for (const code of [...used, ...statements.flatMap((a) => [a.speaker, a.act])]) expect(codes).toContain(code);
    }
    await expect(page.getByRole('link', { name: /Creative Commons/ })).toHaveAttribute('rel', 'license');
    await expect(page.locator('main')).toContainText('Version:');
  });

  test('the methodology explains each word for responsibility and how corrections are made', async ({ page }) => {
    await page.goto('/methodology/');
    for (const id of ['status-not-claimed', 'status-claimed-anonymously', 'act-accusation', 'speaker-media'])
      await expect(page.locator(`dt#${id} + dd`)).not.toBeEmpty();
    await expect(page.getByRole('heading', { name: 'Corrections and updates' })).toBeVisible();
  });

  test('the list and every footer link to the data, methodology and updates; the main nav stays three pages', async ({
    page,
  }) => {
    await page.goto('/incidents/');
    for (const href of ['/data/incidents.csv', '/data/incidents.json', '/data/', '/methodology/'])
      await expect(page.locator(`main a[href="${href}"]`).first()).toBeVisible();
    for (const href of DATA_PAGES) await expect(page.locator(`footer a[href="${href}"]`)).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveCount(3);
  });

  for (const colorScheme of ['light', 'dark'] as const)
    for (const path of DATA_PAGES)
      test(`${path} has no WCAG 2.2 AA violations (${colorScheme})`, async ({ page }) => {
        test.setTimeout(120_000); // axe is slow on a shared two-core machine
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await expect(page.locator('h1')).toHaveCount(1);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(results.violations.map((v) => v.id)).toEqual([]);
      });
});

test.describe('the timeline chart', () => {
  test('has one linked mark per incident, each leading to its entry', async ({ page }) => {
    await page.goto('/incidents/');
    const marks = page.locator('figure.timeline .incident-marks a');
    await expect(marks).toHaveCount(incidents.length);
    const hrefs = await marks.evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(hrefs.sort()).toEqual(incidents.map((i) => `/incidents/#${i.id}`).sort());
    for (const i of incidents) await expect(page.locator(`article#${i.id}`)).toHaveCount(1);
  });

  test('has a lane of peace-talks events linking to the background page', async ({ page }) => {
    await page.goto('/incidents/');
    const first = incidents[0]!.date.slice(0, 4);
    const inYears = readEvents().filter((e) => e.date.slice(0, 4) >= first);
    const hrefs = await page
      .locator('figure.timeline .event-marks a')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(hrefs.sort()).toEqual(inYears.map((e) => `/peace-talks/#${e.id}`).sort());
    await page.goto('/peace-talks/');
    for (const e of inYears) await expect(page.locator(`article#${e.id}`)).toHaveCount(1);
  });

  test('marks the Moskalik killing when it is in the list', async ({ page }) => {
    await page.goto('/incidents/');
    const moskalik = incidents.find((i) => i.id === 'yaroslav-moskalik');
    await expect(page.locator('figure.timeline .key-incident')).toHaveCount(moskalik ? 1 : 0);
    if (moskalik) await expect(page.locator('figure.timeline .key-incident')).toContainText(moskalik.person.name);
  });

  test('has a caption, a legend in words, and a table with every incident', async ({ page }) => {
    await page.goto('/incidents/');
    const figure = page.locator('figure.timeline');
    await expect(figure.locator('figcaption')).toContainText('Each mark');
    const categories = [...new Set(incidents.map((i) => i.category))];
    // Categories, the events lane, month spans, and the "about" ring when any date is approximate.
    const approximate = incidents.some((i) => (i as { approximateDate?: boolean }).approximateDate) ? 1 : 0;
    await expect(figure.locator('.legend li')).toHaveCount(categories.length + 2 + approximate);
    // The table follows the figure (a figcaption must be a figure's first or last child).
    const data = page.locator('figure.timeline + details.chart-data');
    await data.locator('summary').click();
    for (const i of incidents)
      await expect(data.locator(`table a[href="/incidents/#${i.id}"]`)).toHaveText(i.person.name);
  });
});

test.describe('the map', () => {
  test('has one linked mark per incident, shaped by setting, and a caption on borders and what it leaves out', async ({
    page,
  }) => {
    await page.goto('/incidents/');
    const figure = page.locator('figure.incident-map');
    const marks = figure.locator('a.mark');
    await expect(marks).toHaveCount(incidents.length);
    const hrefs = await marks.evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(hrefs.sort()).toEqual(incidents.map((i) => `/incidents/#${i.id}`).sort());
    for (const setting of ['russia', 'occupied-ukraine'])
      await expect(figure.locator(`svg [data-setting="${setting}"] a.mark`)).toHaveCount(
        incidents.filter((i) => i.place.setting === setting).length,
      );
    await expect(figure.locator('figcaption')).toContainText('Crimea is drawn as part of Ukraine');
    await expect(figure.locator('figcaption')).toContainText('does not show the front line');
    // The list by place follows the figure.
    const places = page.locator('figure.incident-map + ul.places');
    for (const i of incidents) await expect(places.locator(`a[href="/incidents/#${i.id}"]`)).toHaveText(i.person.name);
  });

  test('draws no map tiles and fetches nothing from elsewhere', async ({ page }) => {
    const external: string[] = [];
    page.on('request', (r) => !r.url().startsWith('http://127.0.0.1') && external.push(r.url()));
    await page.goto('/incidents/');
    await expect(page.locator('figure.incident-map svg').first()).toBeVisible();
    expect(external).toEqual([]);
  });
});

test.describe('at 320 px, in dark mode and in print', () => {
  test('the page does not scroll sideways; the chart scrolls in its own labelled region', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/incidents/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const region = page.getByRole('region', { name: /Timeline chart/ });
    await expect(region).toHaveAttribute('tabindex', '0');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  });

  test('chart marks take their colours from the theme', async ({ page }) => {
    const fills: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/incidents/');
      fills.push(
        await page
          .locator('figure.timeline .incident-marks path')
          .first()
          .evaluate((e) => getComputedStyle(e).fill),
      );
    }
    expect(fills[0]).not.toBe(fills[1]);
  });

  test('in print the chart fits the page width', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 600, height: 800 });
    await page.goto('/incidents/');
    const svg = page.locator('figure.timeline svg').first();
    expect((await svg.boundingBox())!.width).toBeLessThanOrEqual(600);
  });
});

test.describe('updates and corrections', () => {
  /** Every update, with its item's address and its own anchor beside the item (`#<id>-update-<n>`). */
  const withAnchors = (path: string, items: { id: string; updates?: RawUpdate[] }[]) =>
    items.flatMap((it) =>
      (it.updates ?? []).map((u, n) => ({
        ...u,
        href: `${path}#${it.id}`,
        anchor: `${path}#${it.id}-update-${n + 1}`,
      })),
    );
  const all = [
    ...withAnchors('/incidents/', readIncidents()),
    ...withAnchors('/peace-talks/', readEvents()),
    ...withAnchors('/', readExplainerSections()),
    ...withAnchors('/peace-talks/', readPeaceTalksSections()),
  ];

  test('each update shows on its item', async ({ page }) => {
    for (const u of all) {
      const [path, id] = u.href.split('#');
      await page.goto(path!);
      await expect(
        page.locator(`[id="${id}"]`).locator('xpath=ancestor-or-self::*[self::article or self::section][1]'),
      ).toContainText(u.text);
    }
  });

  test('the updates page lists every update, newest first, each linking to the change beside its item', async ({
    page,
  }) => {
    await page.goto('/updates/');
    const items = page.locator('li.logged-update');
    if (all.length === 0) {
      await expect(page.locator('main')).toContainText('No updates or corrections');
      return;
    }
    await expect(items).toHaveCount(all.length);
    const dates = await items.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort((a, b) => comparePartialDates(b, a)));
    for (const u of all)
      await expect(page.locator('li.logged-update', { hasText: u.text }).locator('a')).toHaveAttribute(
        'href',
        u.anchor,
      );
  });
});
