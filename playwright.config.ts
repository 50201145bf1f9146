/**
 * End-to-end tests against the production build, served by `astro preview`.
 * Playwright cannot download its own browser here, so Debian's Chromium is used when
 * Playwright's is absent (see tests/browser.ts).
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/browser';

/** Each checkout may set its own port, so parallel runs never share a server. */
const PORT = Number(process.env['E2E_PORT'] ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // axe over a long page takes seconds on a busy 2-core CI machine; the default 30 s is too tight.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
