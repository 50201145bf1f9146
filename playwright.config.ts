/**
 * Browser tests, only for what needs a browser, against the production builds served as a
 * static host serves them (tests/support/serve.ts): the published content (dist/), and the
 * fixture content (dist-fixtures/) for the tests that need former ids or stable snapshots. Playwright cannot download its own
 * browser here, so Debian's Chromium is used when Playwright's is absent (tests/support/browser.ts).
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser';

/** Each checkout may set its own ports, so parallel runs never share a server. */
const PORT = Number(process.env['E2E_PORT'] ?? 4329);
const FIXTURES_PORT = PORT + 1;
const server = (port: number, outDir: string) => ({
  command: `node tests/support/serve.ts ${outDir} ${port}`,
  url: `http://127.0.0.1:${port}/`,
  reuseExistingServer: false,
  timeout: 60_000,
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  expect: { timeout: 10_000 },
  // Three workers keep two cores busy: a browser test spends much of its time waiting on the page.
  workers: Number(process.env['E2E_WORKERS'] ?? 3),
  forbidOnly: Boolean(process.env['CI']),
  reporter: [['list']],
  use: { launchOptions: chromiumLaunchOptions(), ...devices['Desktop Chrome'] },
  projects: [
    { name: 'content', use: { baseURL: `http://127.0.0.1:${PORT}` }, testIgnore: /aria\.spec\.ts/ },
    // The fixtures have what the published content may lack (former ids and updates to land on),
    // and change only when a test needs it, so accessibility-tree snapshots are taken there.
    {
      name: 'fixtures',
      use: { baseURL: `http://127.0.0.1:${FIXTURES_PORT}` },
      testMatch: /(landing|aria)\.spec\.ts/,
    },
  ],
  webServer: [server(PORT, 'dist'), server(FIXTURES_PORT, 'dist-fixtures')],
});
