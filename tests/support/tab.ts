/**
 * `tab`: one browser tab kept for the whole worker, for tests that load a page and read it
 * (print it, measure it) without changing what the next test sees. A browser context per test
 * costs more than such a test on a busy 2-core machine. Tests that click, type, store or
 * emulate something use Playwright's own `page`, fresh each time.
 */
import { test as base, type Page } from '@playwright/test';

export const test = base.extend<object, { tab: Page }>({
  tab: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport } = workerInfo.project.use;
      const context = await browser.newContext({
        ...(baseURL === undefined ? {} : { baseURL }),
        ...(viewport === undefined ? {} : { viewport }),
      });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});
export { expect } from '@playwright/test';
