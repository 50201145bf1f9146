/**
 * The quality gates over every page of both builds (the published content and the fixtures,
 * whose redirects and updates the published content may lack), found by walking the build
 * folders, so pages added later are held to the same rules. The checkers live in tests/gates/
 * and are proven on broken pages in tests/unit/gates.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBudget, weighPage } from '../gates/budget';
import { auditCsp } from '../gates/csp';
import { auditLinks } from '../gates/links';
import { auditThirdParty } from '../gates/privacy';
import { auditValidity } from '../gates/validity';
import { PAGES } from '../support/content';
import { isRedirect, site, type SetName } from '../support/site';

for (const name of ['content', 'fixtures'] as SetName[]) {
  const built = site(name);
  describe(`the ${name} build`, () => {
    it('has every page of the site, and the gates see them all', () => {
      expect(built.pages.map((p) => p.path)).toEqual(expect.arrayContaining([...PAGES, '/404.html']));
      if (name === 'fixtures') expect(built.pages.some(isRedirect), 'a redirect page is gated too').toBe(true);
    });

    it.each(built.pages.map((p) => [p.path, p] as const))(
      '%s: strict CSP, nothing from another origin, valid HTML, within its byte budget',
      async (_, page) => {
        expect(auditCsp(page)).toEqual([]);
        expect(auditThirdParty(page)).toEqual([]);
        expect(await auditValidity(page, built.dist)).toEqual([]);
        const weight = weighPage(page, built.files, (f) => readFileSync(join(built.dist, f)));
        expect(checkBudget(weight, page.path === '/')).toEqual([]);
      },
    );

    it('every internal link and fragment resolves, and new windows cannot reach back', () => {
      expect(auditLinks(built.pages, built.files)).toEqual([]);
    });
  });
}
