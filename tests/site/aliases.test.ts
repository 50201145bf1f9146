/**
 * Renamed ids keep old links working without JavaScript. The fixture content lists a former
 * id (`aliases`) on a section, an incident and a talks event; a real build must leave a
 * redirect at each old share address and an anchor for each old `#fragment`, and keep the
 * redirects out of the sitemap.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, readTalksEvents, readExplainerSections, readIncidents } from '../support/content';
import { site } from '../support/site';

const out = site('fixtures').dist;

const html = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

const cases = [
  ...readExplainerSections(FIXTURES).map((s) => ({ ...s, full: '/', share: '/explainer/' })),
  ...readIncidents(FIXTURES).map((i) => ({ ...i, full: '/incidents/', share: '/incidents/' })),
  ...readTalksEvents(FIXTURES).map((e) => ({ ...e, full: '/peace-talks/', share: undefined })),
].flatMap((piece) =>
  (piece.aliases ?? []).map((alias) => ({ alias, id: piece.id, full: piece.full, share: piece.share })),
);

describe('former ids in the fixture content', () => {
  it('exist for a section, an incident and a talks event', () => {
    expect(new Set(cases.map((c) => c.full))).toEqual(new Set(['/', '/incidents/', '/peace-talks/']));
  });

  for (const { alias, id, full, share } of cases) {
    it(`${full}#${alias} has an anchor inside the piece "${id}"`, () => {
      const page = html(full);
      // A space before `id=` so that `data-id="…"` (chart marks) does not count.
      const own = page.indexOf(` id="${id}"`);
      const anchor = page.indexOf(`<span id="${alias}" class="alias-anchor`);
      expect(own).toBeGreaterThan(-1);
      expect(anchor).toBeGreaterThan(-1);
      // Right where the piece starts: next to the element that carries its own id (measured
      // from the end of that element's opening tag, which may carry long attributes).
      expect(Math.abs(anchor - page.indexOf('>', own))).toBeLessThan(300);
    });

    if (share) {
      it(`${share}${alias}/ sends readers on to ${share}${id}/ without JavaScript`, () => {
        const page = html(`${share}${alias}`);
        expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${share}${id}/">`);
        expect(page).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${share}${id}/">`));
        expect(page).toContain('<meta name="robots" content="noindex">');
        expect(page).toMatch(new RegExp(`<a href="${share}${id}/">[^<]+</a>`));
        expect(existsSync(join(out, share, id, 'index.html'))).toBe(true);
      });

      it(`${share}${alias}/ is left out of the sitemap, ${share}${id}/ is in it`, () => {
        const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
        expect(sitemap).not.toContain(`${share}${alias}/<`);
        expect(sitemap).toContain(`${share}${id}/<`);
      });
    }
  }
});
