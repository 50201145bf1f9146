/**
 * Prints every page of the build to PDF on A4 and US Letter, as the print tests do, and writes
 * PNGs of the first sheets of each, so a person can look at what readers will get on paper.
 * Usage: npm run print:preview [-- [--sheets=N] /path/ ...]   (builds first: run `npm run build`)
 * Output: print-preview/<page>-<paper>.pdf and print-preview/<page>-<paper>-<sheet>.png.
 * PNGs need pdftoppm (Debian: apt-get install poppler-utils); without it only PDFs are written.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';
import { startPreview } from './preview-server.ts';
import { PAPERS, sheetTexts } from '../tests/support/print-pdf.ts';
import { readPages } from '../tests/gates/site-files.ts';

const PORT = Number(process.env['PRINT_PREVIEW_PORT'] ?? 4398);
const OUT = 'print-preview';
const args = process.argv.slice(2);
const sheets = Number(args.find((a) => a.startsWith('--sheets='))?.split('=')[1] ?? 3);
const paths = args.filter((a) => a.startsWith('/'));
// Every page of the build but the 404 pages, which are nobody's printout.
const pages = paths.length
  ? paths
  : readPages('dist')
      .map((p) => p.path)
      .filter((p) => !/(^|\/)404(\.html|\/)$/.test(p))
      .sort();
const hasPdftoppm = spawnSync('pdftoppm', ['-v']).error === undefined;

const server = await startPreview(PORT);
const BASE = server.base;
try {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage();
  for (const path of pages) {
    for (const paper of PAPERS) {
      await page.goto(BASE + path);
      const pdf = await page.pdf({ format: paper, preferCSSPageSize: true });
      const name = `${OUT}/${path.replace(/\//g, '_').replace(/^_|_$/g, '') || 'home'}-${paper}`;
      writeFileSync(`${name}.pdf`, pdf);
      const count = (await sheetTexts(pdf)).length;
      if (hasPdftoppm)
        spawnSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', String(sheets), `${name}.pdf`, name]);
      console.log(`${name}.pdf: ${count} sheet${count === 1 ? '' : 's'}`);
    }
  }
  await browser.close();
  if (!hasPdftoppm) console.log('pdftoppm not found: install poppler-utils for PNGs of the sheets.');
} finally {
  server.stop();
}
