/**
 * The quality gates over the production build in dist/: every page found by walking the
 * folder, so pages added later are held to the same rules. The checkers live in
 * src/lib/gates/ and are proven on broken fixtures in tests/unit/gates.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PAGES } from '../content';
import { checkBudget, weighPage } from '../../src/lib/gates/budget';
import { auditCsp } from '../../src/lib/gates/csp';
import { auditLinks } from '../../src/lib/gates/links';
import { auditThirdParty } from '../../src/lib/gates/privacy';
import { listFiles, readPages } from '../../src/lib/gates/site-files';
import { auditValidity } from '../../src/lib/gates/validity';

const DIST = 'dist';
const pages = readPages(DIST);
const files = new Set(listFiles(DIST));

test('the build has every page of the site, and the gates see them all', () => {
  expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining([...PAGES, '/404.html']));
});

for (const page of pages) {
  test.describe(page.path, () => {
    test('carries a strict CSP that allows everything inline on it and nothing else', () => {
      expect(auditCsp(page)).toEqual([]);
    });
    test('loads nothing from another origin', () => {
      expect(auditThirdParty(page)).toEqual([]);
    });
    test('is valid HTML', async () => {
      expect(await auditValidity(page, DIST)).toEqual([]);
    });
    test('stays within the byte budget', () => {
      const weight = weighPage(page, files, (f) => readFileSync(join(DIST, f)));
      expect(checkBudget(weight, page.path === '/')).toEqual([]);
    });
  });
}

test('every internal link and fragment resolves, and new windows cannot reach back', () => {
  expect(auditLinks(pages, files)).toEqual([]);
});
