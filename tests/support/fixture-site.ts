/**
 * The fixture content (tests/fixtures/content), built for real once per test run and shared:
 * the first test file that asks builds it, the others read the same `dist/`. The fixtures hold
 * the cases the published content may lack: former ids, updates, a correction, a later
 * development, an approximate date and time, casualty ranges, carried and secondary sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_CONTENT = 'tests/fixtures/content';

/** Builds the fixture site if this run has not yet, and returns its output folder. */
export function fixtureSite(): string {
  const root = process.env['FIXTURE_SITE_DIR'];
  if (!root)
    throw new Error('FIXTURE_SITE_DIR is not set: run the build tests through vitest (tests/support/global-setup.ts)');
  const out = join(root, 'dist');
  const done = join(root, 'built');
  if (existsSync(done)) return out;
  const r = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    env: { ...process.env, CONTENT_DIR: FIXTURE_CONTENT },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`The fixture build failed:\n${r.stdout}\n${r.stderr}`);
  writeFileSync(done, '');
  return out;
}

/** A built file's text: "incidents/x/" reads incidents/x/index.html; "rss.xml" reads that file. */
export function readBuilt(out: string, path: string): string {
  const file = path.endsWith('/') || path === '' ? join(out, path, 'index.html') : join(out, path);
  return readFileSync(file, 'utf8');
}
