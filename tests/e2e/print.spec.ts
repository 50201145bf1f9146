/**
 * Printing, as a reader gets it: Chromium prints every English page, one page per template in
 * the other editions, and every edition's print edition to PDF, and the tests read the text of
 * every sheet. Long pages print on A4 and on US Letter; share pages (one template, many pages)
 * are printed by their longest page of each kind in each edition, on Letter only, the shorter
 * sheet and so the stricter test of their budget.
 */
import { ui } from '../../src/i18n/ui';
import { LOCALE_CODES, masterPath } from '../../src/i18n/locales';
import { localeOfPage, pagesToVisit } from '../support/templates';
import { readPages, type BuiltPage } from '../gates/site-files';
import { readFileSync } from 'node:fs';
import { expect, test } from '../support/tab';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  readTalksEvents,
  readExplainerSections,
  readIncidents,
  readPeaceTalksSections,
  type Section,
} from '../support/content';
import { PAPERS, bodyText, flat, printPdf, sheetTexts, squeezed, tallerThanASheet } from '../support/print-pdf';
import { formatDate } from '../../src/lib/dates';
import { LICENCE, PRINT_EDITION_PATH, SITE } from '../../src/site';

const SITE_URL = process.env['SITE_URL'] ?? 'https://balashikha-explainer.example.org';
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * Page budget: the most sheets each page may take on either paper size. A page that grows past
 * its budget has either gained a lot of content (raise the budget, in README too) or lost its
 * print styles (fix them). Pages not named here (short pages such as share pages) get DEFAULT.
 */
const BUDGET: Record<string, number> = {
  '/': 12,
  '/incidents/': 24,
  '/peace-talks/': 16,
  '/data/': 12,
  '/methodology/': 6,
  '/updates/': 7,
  '/explainer/is-there-a-pattern/': 5,
  [PRINT_EDITION_PATH]: 48,
};
const DEFAULT_BUDGET = 3;

/** Text that belongs to the screen only: navigation, skip link, print and share controls. */
const SCREEN_ONLY = [
  'Skip to content',
  'Print this page',
  'Print this edition',
  'Print edition: the whole story',
  'Link copied',
  'Jump to:',
  // A share page's way on (the full page, previous, next) is navigation, not the story.
  'See it in the full incident list',
  'Read this section in',
];
const MAIN_NAV = /Explainer\s*Incidents\s*Peace talks/;

/** Addresses cited in a section's Markdown: links and bare URLs, without trailing punctuation. */
function urlsIn(section: Section): string[] {
  const text = readFileSync(section.file, 'utf8');
  return [...text.matchAll(/https?:\/\/[^\s)\]>"'<]+/g)].map((m) => m[0].replace(/[.,;:]+$/, ''));
}

const explainer = readExplainerSections();
const background = readPeaceTalksSections();
const incidents = readIncidents();
const events = readTalksEvents();
const incidentUrls = incidents.flatMap((i) => i.sources.map((s) => s.url));
const eventUrls = events.flatMap((e) => e.sources.map((s) => s.url));
const explainerUrls = explainer.flatMap(urlsIn);
const backgroundUrls = background.flatMap(urlsIn);

/** What each page must print: headings in order, names and addresses. */
const EXPECTED: Record<string, { titles: string[]; names: string[]; urls: string[] }> = {
  '/': { titles: explainer.map((s) => s.title), names: [], urls: explainerUrls },
  '/incidents/': { titles: [], names: incidents.map((i) => i.person.name), urls: incidentUrls },
  '/peace-talks/': {
    titles: [...background.map((s) => s.title), 'Timeline of the talks', ...events.map((e) => e.title)],
    names: [],
    urls: [...backgroundUrls, ...eventUrls],
  },
  [PRINT_EDITION_PATH]: {
    titles: [
      ...[...explainer.map((s) => s.title), 'Targeted killings since 2022', ...background.map((s) => s.title)].map(
        (t, i) => `${i + 1}. ${t}`,
      ),
      `${explainer.length + background.length + 2}. Timeline of the talks`,
      'Notes and sources',
      'Colophon',
    ],
    names: incidents.map((i) => i.person.name),
    urls: [...explainerUrls, ...incidentUrls, ...backgroundUrls, ...eventUrls],
  },
};

const built = readPages('dist');

/** A share page's edition and kind ("ru incidents"), or undefined for any other page. */
function shareKind(path: string): string | undefined {
  const kind = /^\/(explainer|peace-talks|incidents)\/[a-z][a-z0-9-]*\/$/.exec(masterPath(path))?.[1];
  return kind && `${localeOfPage(path)} ${kind}`;
}

/**
 * The share pages printed: one template, many pages, so in each edition the longest page of each
 * kind, where the sheet budget breaks first.
 */
const longest = new Map<string, BuiltPage>();
for (const p of built) {
  const kind = shareKind(p.path);
  if (kind && p.html.length > (longest.get(kind)?.html.length ?? 0)) longest.set(kind, p);
}
const longestShared = [...longest.values()].map((p) => p.path);

/**
 * The pages printed: every English page and one page per template in the other editions
 * (tests/support/templates.ts), less the embed cards, which are printed, if at all, inside
 * another site's page, and with the share pages chosen as above.
 */
const printed = [
  ...pagesToVisit('dist').filter((p) => !masterPath(p).startsWith('/embed/') && !p.endsWith('.html') && !shareKind(p)),
  ...longestShared,
].sort();

test('the build has the pages the print tests expect', () => {
  const paths = built.map((p) => p.path);
  for (const path of Object.keys(EXPECTED)) expect(paths).toContain(path);
  // Each of the three kinds of share page in each edition has its longest page printed.
  expect(longestShared).toHaveLength(LOCALE_CODES.length * 3);
});

/** A share page: one piece on a page of its own (explainer, peace-talks or incident), in any edition. */
const isSharePage = (path: string) => shareKind(path) !== undefined;

for (const paper of PAPERS) {
  test.describe(`printed on ${paper}`, () => {
    for (const path of printed.filter((p) => paper === 'Letter' || !isSharePage(p))) {
      // Printing a page changes nothing on it: one tab per worker serves every page.
      test(`${path} prints cleanly`, async ({ tab: page }) => {
        const url = new URL(path, SITE_URL).href;
        const sheets = await sheetTexts(await printPdf(page, path, paper));
        // A translated page is held to its English twin's budget, with room for longer words.
        const master = masterPath(path);
        const english = BUDGET[master] ?? DEFAULT_BUDGET;
        const budget = master === path ? english : Math.ceil(english * 1.25);
        expect(
          sheets.length,
          `${path} on ${paper} takes ${sheets.length} sheets; budget ${budget}`,
        ).toBeLessThanOrEqual(budget);

        // Every sheet carries the running header and footer, and text of its own.
        // The running header and footer are in the page's own edition.
        const t = ui(localeOfPage(path));
        const margins = { title: t.site.name, url, pageOf: t.print.pageMargins.pageOf };
        const bodies = sheets.map((sheet, i) => {
          const body = bodyText(sheet, i, sheets.length, margins);
          expect(
            body,
            `sheet ${i + 1} lacks its header or footer ("${t.site.name}", page ${i + 1} of ${sheets.length}, ${url})`,
          ).not.toBeNull();
          expect(body?.length ?? 0, `sheet ${i + 1} of ${path} is blank`).toBeGreaterThan(20);
          return body ?? '';
        });
        const text = flat(bodies.join('\n'));

        for (const s of SCREEN_ONLY) expect(text, `"${s}" is screen-only`).not.toContain(s);
        expect(text).not.toMatch(MAIN_NAV);
        // The same chrome in the page's own words stays off paper too.
        // (A 404 page lists the three pages in its text: that list is its content, not navigation.)
        const nav = Object.values(t.site.nav).join(' ');
        if (!/\/404\/$/.test(path)) expect(text, 'the main navigation is screen-only').not.toContain(nav);
        expect(text, 'the skip link is screen-only').not.toContain(t.site.skipLink);

        const expected = EXPECTED[path];
        if (!expected) return;
        let from = 0;
        for (const title of expected.titles) {
          const at = text.indexOf(flat(title), from);
          expect(at, `"${title}" is missing, or out of order`).toBeGreaterThanOrEqual(0);
          from = at + 1;
        }
        for (const name of expected.names) expect(text).toContain(name);
        const compact = squeezed(bodies.join(''));
        for (const u of expected.urls) expect(compact, `the address ${u} is not printed`).toContain(squeezed(u));

        // Each incident is printed whole (its name and its last source on one sheet), unless
        // it is taller than a sheet and has to break.
        if (path === '/incidents/') {
          const tall = await tallerThanASheet(page, 'article.incident', paper);
          const whole = incidents.filter((i) => !tall.includes(i.id));
          expect(whole.length, 'most incidents fit on a sheet').toBeGreaterThan(incidents.length / 2);
          for (const i of whole) {
            const sheet = bodies.findIndex((b) => b.split('\n').some((line) => flat(line) === i.person.name));
            const lastSource = i.sources.at(-1)?.url ?? '';
            expect(squeezed(bodies[sheet] ?? ''), `${i.person.name} is split across sheets`).toContain(
              squeezed(lastSource),
            );
          }
        }

        // No heading is stranded at the foot of a sheet, away from what it introduces.
        const headings = new Set([...expected.titles, ...expected.names].map(flat));
        for (const [i, body] of bodies.slice(0, -1).entries()) {
          const lastLine = flat(
            body
              .split('\n')
              .filter((l) => l.trim())
              .at(-1) ?? '',
          );
          expect(headings.has(lastLine), `sheet ${i + 1} ends with the heading "${lastLine}"`).toBe(false);
        }
      });
    }
  });
}

test.describe('the print edition', () => {
  test('is not indexed, and ends with a colophon stating address, dates, version and licence', async ({ page }) => {
    await page.goto(PRINT_EDITION_PATH);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    const colophon = page.locator('#colophon');
    await expect(colophon).toContainText(new URL('/', SITE_URL).href);
    await expect(colophon).toContainText(formatDate(SITE.asOf));
    await expect(colophon).toContainText(formatDate(SITE.updated));
    await expect(colophon).toContainText(pkg.version);
    await expect(colophon).toContainText(LICENCE.text.name);
    await expect(colophon).toContainText(LICENCE.code.name);
  });

  test('has a QR code that leads back to the online edition', async ({ page }) => {
    await page.goto(PRINT_EDITION_PATH);
    const shot = PNG.sync.read(await page.locator('#colophon .code svg').screenshot());
    const code = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height);
    expect(code?.data).toBe(new URL('/', SITE_URL).href);
  });

  test('gathers every source and note into one numbered list, each report once', async ({ page }) => {
    await page.goto(PRINT_EDITION_PATH);
    await expect(page.locator('main ol.sources')).toHaveCount(0);
    await expect(page.locator('main section[data-footnotes]')).toHaveCount(0);
    const notes = page.locator('#notes ol > li');
    const ids = await notes.evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(ids.map((_, i) => `note-${i + 1}`));
    // A report's note starts with its link; a footnote's is prose that may also cite an address.
    const cited = await notes.evaluateAll((els) =>
      els.map((e) => (e.firstChild instanceof HTMLAnchorElement ? e.firstChild.getAttribute('href') : null)),
    );
    for (const u of new Set([...incidentUrls, ...eventUrls]))
      expect(
        cited.filter((c) => c === u),
        u,
      ).toHaveLength(1);
    // Every reference leads to a note, and every note is referred to.
    const targets = await page
      .locator('main a[href^="#note-"]')
      .evaluateAll((els) => els.map((a) => a.getAttribute('href')));
    expect(new Set(targets)).toEqual(new Set(ids.map((id) => `#${id}`)));
  });
});

test.describe('the print stylesheet', () => {
  test('is a separate print-only request, so it never delays the screen', async ({ page, request }) => {
    await page.goto('/');
    const links = page.locator('link[rel="stylesheet"][media="print"]');
    await expect(links).toHaveCount(1);
    const css = await (await request.get((await links.getAttribute('href')) ?? '')).text();
    expect(css).toContain('@page');
    // "Page N of M" is the page's own, in its edition's words, beside its running header.
    const margins = await page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''));
    expect(margins.some((css) => css.includes('counter(pages)'))).toBe(true);
  });

  test('prints true black on white, even for a reader in dark mode', async ({ page }) => {
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.goto('/incidents/');
    const colours = await page.evaluate(() => {
      const seen = new Set<string>();
      for (const el of document.querySelectorAll('body, body *')) {
        const s = getComputedStyle(el);
        if (s.display === 'none' || !el.textContent?.trim()) continue;
        seen.add(`color ${s.color}`);
        if (s.backgroundColor !== 'rgba(0, 0, 0, 0)') seen.add(`background ${s.backgroundColor}`);
      }
      return [...seen].sort();
    });
    expect(colours).toEqual(['background rgb(255, 255, 255)', 'color rgb(0, 0, 0)']);
  });

  test('prints the address after external links only', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
    await page.goto('/incidents/');
    const source = page.locator('main .sources a[href^="http"]').first();
    expect(await after('main .sources a[href^="http"]')).toBe(`" (${await source.getAttribute('href')})"`);
    await page.goto('/');
    expect(await after('main a[href^="/incidents/#"]')).toBe('none');
    if (await page.locator('main a.bare-url').count()) expect(await after('main a.bare-url')).toBe('none');
  });
});

test.describe('the Print control', () => {
  // One template renders it everywhere: an ordinary page and the edition itself cover it.
  for (const path of ['/incidents/', PRINT_EDITION_PATH]) {
    test(`${path}: with JavaScript, a button prints the page; the print edition is linked`, async ({ page }) => {
      await page.addInitScript(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void (window as unknown as { printed: number }).printed++;
      });
      await page.goto(path);
      const control = page.getByRole('group', { name: 'Print' });
      await control.getByRole('button', { name: /^Print this (page|edition)$/ }).click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      if (path !== PRINT_EDITION_PATH)
        await expect(control.getByRole('link', { name: /Print edition/ })).toHaveAttribute('href', PRINT_EDITION_PATH);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('offers the print edition as a link and no dead button', async ({ page }) => {
      await page.goto('/');
      const control = page.getByRole('group', { name: 'Print' });
      await expect(control.getByRole('button')).toHaveCount(0);
      await control.getByRole('link', { name: /Print edition/ }).click();
      await expect(page).toHaveURL(new RegExp(`${PRINT_EDITION_PATH}$`));
      await expect(page.locator('h1')).toHaveText(ui('en').site.headline);
    });
  });
});
