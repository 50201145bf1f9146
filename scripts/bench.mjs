#!/usr/bin/env node
/**
 * `npm run bench`: how the incident list scales. Copies the project to a temporary folder
 * (node_modules symlinked, not copied), adds synthetic incidents to the copy's content, one
 * file each (1,000 and 10,000 in all; `BENCH_SIZES=500,2000` to choose), builds it, and prints the build
 * time, the gzip size of the incident list page(s) and the time Chromium takes to apply a
 * filter on the largest list page. It prints figures; it does not pass or fail on them.
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
import { parse, stringify } from 'yaml';
import { chromium } from 'playwright';

const ROOT = process.cwd();
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report']);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** A small deterministic generator, so two runs build the same synthetic list. */
function random(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Real incidents plus synthetic ones cloned from them, dated across the real list's span. */
function synthetic(real, total) {
  const rnd = random(42);
  const start = Date.UTC(2022, 7, 1);
  const end = Date.UTC(2025, 3, 25);
  const out = [...real];
  for (let n = 0; out.length < total; n++) {
    const base = real[n % real.length];
    const day = new Date(start + rnd() * (end - start)).toISOString().slice(0, 10);
    const { time, timeZone, dateNote, approximateDate, approximateTime, later, ...rest } = base;
    out.push({
      ...rest,
      id: `synthetic-${n + 1}`,
      aliases: [],
      // One in five synthetic dates is known only to the month, as in real lists.
      date: rnd() < 0.2 ? day.slice(0, 7) : day,
      person: { name: `Synthetic Person ${n + 1}` },
      updates: [],
    });
  }
  return out;
}

/** The list's pages: /incidents/ and its per-year and per-month pages, not the share pages beside them. */
function listPages(dist) {
  const dir = join(dist, 'incidents');
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

const work = mkdtempSync(join(tmpdir(), 'incident-bench-'));
try {
  cpSync(ROOT, work, { recursive: true, filter: (src) => !SKIP.has(relative(ROOT, src).split('/')[0]) });
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
  // One file per incident, named by its id (content/incidents/<id>.yaml).
  const incidents = join(work, 'content/incidents');
  const real = readdirSync(incidents)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.slice(0, -'.yaml'.length), ...parse(readFileSync(join(incidents, f), 'utf8')) }));
  console.log(`Benchmark in ${work} (real list: ${real.length} incidents)\n`);
  for (const size of SIZES) {
    for (const f of readdirSync(incidents)) if (f.startsWith('synthetic-')) rmSync(join(incidents, f));
    for (const { id, ...fields } of synthetic(real, size).slice(real.length)) {
      // Clones share objects; written out in full, not as YAML aliases (which the loader rightly caps).
      writeFileSync(join(incidents, `${id}.yaml`), stringify(fields, { aliasDuplicateObjects: false }));
    }
    const dist = join(work, `dist-${size}`);
    const t0 = performance.now();
    const build = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
      cwd: work,
      encoding: 'utf8',
      env: process.env,
    });
    const seconds = (performance.now() - t0) / 1000;
    if (build.status !== 0) {
      console.log(`${size} incidents: build failed\n${build.stdout}\n${build.stderr}`);
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
    console.log(`  build:                 ${seconds.toFixed(1)} s`);
    console.log(`  list pages:            ${pages.length} (index ${kb(index.gzip)} gzip)`);
    console.log(`  largest list page:     ${largest.path}: ${kb(largest.gzip)} gzip, ${kb(largest.raw)} raw`);
    console.log(
      `  apply a filter there:  ${timing.handler.toFixed(0)} ms in the handler, ${timing.painted.toFixed(0)} ms to the next paint (${timing.shown})\n`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
