/**
 * One scratch folder per `vitest run`, shared by every test file, so the fixture content is
 * built once however many files read the built pages (see fixture-site.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-fixture-site-'));
  // Forked test workers inherit the environment set here.
  process.env['FIXTURE_SITE_DIR'] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
