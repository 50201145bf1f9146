/**
 * Builds the site for real: bad content must stop the build with an editor's message, and
 * two clean builds, even in different time zones, must not differ by a single byte.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const FIXTURE = 'tests/fixtures/content';
const scratch = mkdtempSync(join(tmpdir(), 'explainer-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(env: Record<string, string>, outDir: string) {
  const r = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** A copy of the fixture content with one file changed. */
function brokenContent(name: string, file: string, edit: (text: string) => string): string {
  const dir = join(scratch, name);
  cpSync(FIXTURE, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

describe('bad content fails the build with a message naming file, entry and field', () => {
  it('an incident with one source', () => {
    const dir = brokenContent('one-source', 'incidents.yaml', (t) => t.replace(/\n\s+- \{ outlet: B.*\n/, '\n'));
    const r = build({ CONTENT_DIR: dir }, join(scratch, 'out-1'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('incidents.yaml, entry "fixture-person", field "sources": needs at least two sources');
  }, 120_000);

  it('an incident whose statements contradict each other', () => {
    const dir = brokenContent('contradiction', 'incidents.yaml', (t) =>
      t.replace(
        '    - { speaker: ukraine-official, act: denial, who: Fixture officials, text: A fixture denial. }',
        '    - { speaker: ukraine-official, act: denial, who: Fixture officials, text: A fixture denial. }\n' +
          '    - { speaker: ukraine-official, act: claim, who: Fixture agency, text: We did it. }',
      ),
    );
    const r = build({ CONTENT_DIR: dir }, join(scratch, 'out-4'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      'incidents.yaml, entry "yaroslav-moskalik", field "attribution[2].act": contradicts statement 2: Ukrainian officials on the record cannot both "claim" and "denial"',
    );
  }, 120_000);

  it('a section that names an unknown incident', () => {
    const dir = brokenContent('unknown-ref', 'explainer/one.mdx', (t) =>
      t.replace('incidents: [fixture-person]', 'incidents: [fixture-person, no-such-person]'),
    );
    const r = build({ CONTENT_DIR: dir }, join(scratch, 'out-2'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /explainer\/one\.mdx, entry "fixture-section", field "incidents\[1\]": no incident has the id "no-such-person"/,
    );
  }, 120_000);

  it('a section without a summary', () => {
    const dir = brokenContent('no-summary', 'explainer/two.mdx', (t) => t.replace(/summary: .*\n/, ''));
    const r = build({ CONTENT_DIR: dir }, join(scratch, 'out-3'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /explainer\/two\.mdx, entry "fixture-second", field "summary": is missing: write a one-sentence summary/,
    );
  }, 120_000);
});

describe('reproducible builds', () => {
  it('two clean builds, under Pacific/Kiritimati (UTC+14) and America/Los_Angeles (UTC-8), are byte-identical', () => {
    const east = join(scratch, 'kiritimati');
    const west = join(scratch, 'los-angeles');
    expect(build({ TZ: 'Pacific/Kiritimati' }, east).status).toBe(0);
    expect(build({ TZ: 'America/Los_Angeles' }, west).status).toBe(0);
    const all = files(east);
    expect(all.filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(4);
    expect(files(west)).toEqual(all);
    // Every file, not just the pages: hashed asset names, feeds, images, _headers.
    const differing = all.filter((f) => !readFileSync(join(west, f)).equals(readFileSync(join(east, f))));
    expect(differing, 'files that differ between the two builds').toEqual([]);
  }, 240_000);
});
