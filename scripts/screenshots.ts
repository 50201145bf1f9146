/**
 * Writes screenshots of every page at phone and desktop widths, light and dark,
 * into screenshots/, so a person can look at the site the way readers will.
 * Usage: npm run screenshots [-- [--full] [--at=selector] /path/ ...]   (builds first: run `npm run build`)
 * `--at=details.cite` opens the first element it matches if it is a disclosure and starts the
 * picture there, to look at one component on a real page.
 */

import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';
import { startPreview } from './preview-server.ts';

const PORT = Number(process.env['SCREENSHOT_PORT'] ?? 4399);
const args = process.argv.slice(2);
/** `--full` captures whole pages; by default the first two screens, which image viewers can open. */
const full = args.includes('--full');
const paths = args.filter((a) => a.startsWith('/'));
const at = args.find((a) => a.startsWith('--at='))?.slice('--at='.length);
const pages = paths.length ? paths : ['/', '/incidents/', '/peace-talks/', '/404/'];
const widths = [390, 1280];
const schemes = ['light', 'dark'] as const;

const server = await startPreview(PORT);
const BASE = server.base;
try {
  mkdirSync('screenshots', { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const path of pages) {
    for (const width of widths) {
      for (const colorScheme of schemes) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(BASE + path);
        const top = at
          ? await page
              .locator(at)
              .first()
              .evaluate((el) => {
                if (el instanceof HTMLDetailsElement) el.open = true;
                return Math.max(0, el.getBoundingClientRect().top + window.scrollY - 24);
              })
          : 0;
        const suffix = at ? `-${at.replace(/[^\w-]+/g, '_')}` : '';
        const name = `${path.replace(/\//g, '_').replace(/^_|_$/g, '') || 'home'}${suffix}-${width}-${colorScheme}.png`;
        const height = Math.min(1800, (await page.evaluate(() => document.documentElement.scrollHeight)) - top);
        await page.screenshot({
          path: `screenshots/${name}`,
          fullPage: true,
          ...(full ? {} : { clip: { x: 0, y: top, width, height } }),
        });
        console.log(`screenshots/${name}`);
        await page.close();
      }
    }
  }
  await browser.close();
} finally {
  server.stop();
}
