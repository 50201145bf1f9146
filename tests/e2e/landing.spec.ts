/**
 * Anchors that last: every public id (and every former id, which the fixture content has)
 * opens with its piece just below the header, marked and focused, and Tab continues from it.
 * The other editions have the same ids (tests/site/editions-gates.test.ts) in other words,
 * which change the header's height and the length of the page, not how a piece is marked: there
 * the first and last piece of each kind land, and every piece with a former id. The fixture build
 * (see playwright.config.ts) is there for its former ids: it lands the same sample, in every edition.
 */
import { expect, test, type Page } from '@playwright/test';
import { FIXTURES, readPieces } from '../support/content';
import { DEFAULT_LOCALE, LOCALE_CODES, localePath } from '../../src/i18n/locales';

interface Landing {
  /** Full page the piece sits on. */
  page: string;
  /** The fragment in the shared link: the id, or a former id. */
  hash: string;
  /** The element that must be in view: the piece's own id. */
  id: string;
}

/** A piece that has an id on a page: a section, an incident, a talks event. */
interface Piece {
  id: string;
  aliases?: string[];
}

const landings = (page: string, items: readonly Piece[]): Landing[] =>
  items.flatMap((i) => [
    { page, hash: i.id, id: i.id },
    ...(i.aliases ?? []).map((a) => ({ page, hash: a, id: i.id })),
  ]);

/** The first and last piece of a kind, and every piece with a former id. */
const sample = (items: readonly Piece[]): Piece[] =>
  items.filter((i, n) => n === 0 || n === items.length - 1 || (i.aliases ?? []).length > 0);

/**
 * Every id and former id of a content set (the fixtures have former ids, the published content
 * may not), or the sample of them that an edition lands on.
 */
const landingsOf = (dir: string | undefined, all: boolean) =>
  Object.values(readPieces(dir)).flatMap(({ page, items }) => landings(page, all ? items : sample(items)));
/** The content set the current project serves. */
const contentDir = () => (test.info().project.name === 'fixtures' ? FIXTURES : undefined);
const FULL_PAGES = ['/', '/peace-talks/', '/incidents/'];

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

// One test per edition, full page and width, so the landings run in parallel. The other
// editions are the same pages in other words: they land at the narrow width, where their
// longer words wrap most; the keyboard's way on is checked in English, at desktop width.
for (const locale of LOCALE_CODES)
  for (const master of FULL_PAGES) {
    const full = localePath(locale, master);
    for (const width of locale === DEFAULT_LOCALE ? [390, 1280] : [390]) {
      // Which ids land depends on the build as well (see above), so the title does not count them.
      const title =
        width === 1280
          ? `the ids on ${full} open their pieces below the header and marked, at ${width}px, and Tab continues from them`
          : `the ids on ${full} open their pieces below the header and marked, at ${width}px`;
      test(title, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        // Every id once, in English on the published content; a sample elsewhere (see above).
        const all = landingsOf(contentDir(), locale === DEFAULT_LOCALE && test.info().project.name === 'content');
        if (test.info().project.name === 'fixtures')
          expect(
            all.some((l) => l.hash !== l.id),
            'the fixtures land on former ids too',
          ).toBe(true);
        for (const landing of all.filter((l) => l.page === master).map((l) => ({ ...l, page: full }))) {
          const at = `${landing.page}#${landing.hash}`;
          const where = await land(page, landing);
          expect(where, `${at}: no element with id "${landing.id}"`).not.toBeNull();
          if (!where) continue;
          expect(where.top, `${at}: target starts under the header`).toBeGreaterThanOrEqual(where.headerBottom);
          expect(where.top, `${at}: target is below the fold`).toBeLessThan(where.viewport / 2);
          expect(where.uncovered, `${at}: something covers the target`).toBe(true);
          expect(where.marked, `${at}: target is not marked`).toBe(true);
          // Keyboard users arriving by the link continue from the piece (checked once, at desktop width).
          if (width !== 1280) continue;
          if (landing.hash === landing.id)
            expect(await page.evaluate(() => document.activeElement?.id), `${at}: focus`).toBe(landing.id);
          await page.keyboard.press('Tab');
          // The next stop is the piece's own "Link to …", right after its heading.
          const next = await page.evaluate(() => document.activeElement?.getAttribute('href'));
          expect(next, `${at}: Tab from the target`).toBe(`#${landing.id}`);
        }
      });
    }
  }
