#!/usr/bin/env node
/**
 * `npm run bench`: how the incident list scales. Copies the project to a temporary folder
 * (node_modules symlinked, not copied), grows the copy's incident list with synthetic incidents,
 * one file each, as the tests do (tests/support/paged-content.ts; 1,000 and 10,000 in all,
 * `BENCH_SIZES=500,2000` to choose), builds it twice (cold, then warm), and prints the build
 * times with where they went, the gzip size of the incident list page(s) and the time Chromium
 * takes to apply a filter on the largest list page. It prints figures; it does not pass or fail
 * on them.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { growIncidents } from '../tests/support/paged-content.ts';

const ROOT = process.cwd();
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const SKIP = new Set([
  'node_modules',
  'dist',
  'dist-fixtures',
  'dist-paged',
  '.paged-content',
  '.astro',
  '.git',
  'test-results',
  'playwright-report',
]);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The list's pages: /incidents/ and its per-year and per-month pages, not the share pages beside them. */
function listPages(dist) {
  const dir = join(dist, 'incidents');
  // The list itself (/incidents/, /incidents/2024/, /incidents/2024/12/), not the share pages.
  return readdirSync(dir, { recursive: true })
    .filter((f) => /^(\d{4}\/((\d{2}|month-unknown)\/)?)?index\.html$/.test(String(f)))
    .map((f) => {
      const html = readFileSync(join(dir, String(f)));
      return {
        path: `/incidents/${String(f).replace(/index\.html$/, '')}`,
        raw: html.length,
        gzip: gzipSync(html).length,
      };
    });
}

function serve(dist) {
  const types = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = join(dist, decodeURIComponent(url.pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!relative(dist, file).startsWith('..') && existsSync(file)) {
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function filterTime(url) {
  const { chromiumLaunchOptions } = await import(join(ROOT, 'tests/support/browser.ts'));
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage();
  await page.goto(url);
  // This function runs in the page, where `document` and `requestAnimationFrame` exist.
  const result = await page.evaluate(async () => {
    /* global document, requestAnimationFrame */
    document.querySelector('#incident-filters details').open = true;
    const input = document.querySelector('#incident-filters input[type=checkbox]');
    const t0 = performance.now();
    input.click(); // the change handler filters synchronously
    const handler = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return { handler, painted: performance.now() - t0, shown: document.querySelector('[data-status]').textContent };
  });
  await browser.close();
  return result;
}

// Cold and warm builds -------------------------------------------------------------------

/**
 * Builds the copy twice into `outDir`: cold, with Astro's cache directory emptied (content
 * store and preview images), then warm, straight after, with nothing changed. The copy gets a
 * cache directory of its own through a config that extends the project's, so the bench never
 * reads or empties the project's cache (node_modules is shared through a symlink).
 * Returns undefined, after printing Astro's output, if a build fails.
 */
function coldAndWarmBuilds(work, outDir) {
  const cacheDir = join(work, '.bench-cache');
  // --config is read relative to the project's root.
  const config = 'astro.bench.config.mjs';
  writeFileSync(
    join(work, config),
    `import config from './astro.config.mjs';\nexport default { ...config, cacheDir: ${JSON.stringify(cacheDir)} };\n`,
  );
  rmSync(cacheDir, { recursive: true, force: true });
  const builds = {};
  for (const run of ['cold', 'warm']) {
    const t0 = performance.now();
    const build = spawnSync('npx', ['astro', 'build', '--config', config, '--outDir', outDir], {
      cwd: work,
      encoding: 'utf8',
      env: process.env,
      maxBuffer: 1024 ** 3,
    });
    if (build.status !== 0) {
      console.log(`${run} build failed\n${build.stdout}\n${build.stderr}`);
      return undefined;
    }
    builds[run] = { seconds: (performance.now() - t0) / 1000, ...timeByKind(build.stdout) };
  }
  return builds;
}

/**
 * Where a build's time went, from the time Astro logs for each generated file
 * (`├─ /og/site.png (+25ms)`), summed by kind of file. The rest of the wall time is
 * starting up, syncing content, bundling and writing.
 */
function timeByKind(log) {
  const kinds = { previews: 0, sharePages: 0, listPages: 0, otherFiles: 0 };
  const counts = { previews: 0, sharePages: 0, listPages: 0, otherFiles: 0 };
  // eslint-disable-next-line no-control-regex
  for (const line of log.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
    const m = /[├└]─ (\S+) \(\+(?:(\d+)ms|([\d.]+)s|(\d+)m (\d+)s)\)/.exec(line);
    if (!m) continue;
    const [, path, ms, s, min, sec] = m;
    const t = ms ? Number(ms) : s ? Number(s) * 1000 : (Number(min) * 60 + Number(sec)) * 1000;
    const kind = path.startsWith('/og/')
      ? 'previews'
      : /^\/incidents\/(index\.html$|\d{4}\/)/.test(path)
        ? 'listPages'
        : path.startsWith('/incidents/')
          ? 'sharePages'
          : 'otherFiles';
    kinds[kind] += t / 1000;
    counts[kind]++;
  }
  return { kinds, counts };
}

function printBuilds(builds) {
  const label = {
    previews: 'preview images',
    sharePages: 'incident share pages',
    listPages: 'list pages',
    otherFiles: 'other files',
  };
  for (const [run, { seconds, kinds, counts }] of Object.entries(builds)) {
    const parts = Object.keys(kinds).map((k) => `${label[k]} ${kinds[k].toFixed(1)} s (${counts[k]})`);
    const rest = seconds - Object.values(kinds).reduce((a, b) => a + b, 0);
    console.log(`  ${`${run} build:`.padEnd(22)} ${seconds.toFixed(1)} s`);
    console.log(`    ${parts.join(', ')}; start-up, content sync, bundling and writing ${rest.toFixed(1)} s`);
  }
}

// ------------------------------------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), 'incident-bench-'));
try {
  cpSync(ROOT, work, { recursive: true, filter: (src) => !SKIP.has(relative(ROOT, src).split('/')[0]) });
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
  // One file per incident, named by its id (content/incidents/<id>.yaml).
  const incidents = join(work, 'content/incidents');
  const real = readdirSync(incidents).filter((f) => f.endsWith('.yaml')).length;
  console.log(`Benchmark in ${work} (real list: ${real} incidents)\n`);
  for (const size of SIZES) {
    growIncidents(join(work, 'content'), size);
    const dist = join(work, `dist-${size}`);
    const builds = coldAndWarmBuilds(work, dist);
    if (!builds) {
      console.log(`${size} incidents: build failed`);
      continue;
    }
    const pages = listPages(dist);
    const index = pages.find((p) => p.path === '/incidents/');
    const largest = [...pages].sort((a, b) => b.gzip - a.gzip)[0];
    const server = await serve(dist);
    const { port } = server.address();
    const timing = await filterTime(`http://127.0.0.1:${port}${largest.path}`);
    server.close();
    console.log(`${size} incidents`);
    printBuilds(builds);
    console.log(`  list pages:            ${pages.length} (index ${kb(index.gzip)} gzip)`);
    console.log(`  largest list page:     ${largest.path}: ${kb(largest.gzip)} gzip, ${kb(largest.raw)} raw`);
    console.log(
      `  apply a filter there:  ${timing.handler.toFixed(0)} ms in the handler, ${timing.painted.toFixed(0)} ms to the next paint (${timing.shown})\n`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
