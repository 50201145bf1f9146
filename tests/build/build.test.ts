/**
 * The two things only a real `astro build` can show: that an editor's message reaches the
 * command line (the loaders' own messages are tested in tests/unit/loaders.test.ts), and that
 * the build does not depend on the machine's time zone: the published content built under
 * America/Los_Angeles (UTC-8) must equal, byte for byte, the dist/ that `npm test` builds
 * under Pacific/Kiritimati (UTC+14).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { listFiles } from '../gates/site-files';
import { FIXTURES } from '../support/content';
import { SETS } from '../support/site';

const scratch = mkdtempSync(join(tmpdir(), 'explainer-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(env: Record<string, string>, outDir: string) {
  const r = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('bad content', () => {
  it('stops the build with one message naming every bad file, and no stack trace', () => {
    const dir = join(scratch, 'bad-content');
    cpSync(FIXTURES, dir, { recursive: true });
    const edit = (name: string, from: string, to: string) => {
      const file = join(dir, 'incidents', name);
      writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
    };
    edit('fixture-person.yaml', 'role: Fixture role', 'role: "Fixture role');
    edit('fixture-official.yaml', 'category: collaborator-official', 'category: spy');
    const r = build({ CONTENT_DIR: dir }, join(scratch, 'out-broken'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('The content has 2 problems');
    expect(r.output).toMatch(
      /incidents\/fixture-person\.yaml, line 5, column 20: is not valid YAML: Missing closing "quote/,
    );
    expect(r.output).toContain('role: "Fixture role');
    expect(r.output).toMatch(
      /incidents\/fixture-official\.yaml, entry "fixture-official", field "category": must be one of/,
    );
    expect(r.output).not.toContain('Stack trace');
  }, 120_000);
});

describe('a translation behind the English', () => {
  it('is still published, and says so once the English changes', () => {
    // The fixtures' Russian entry for fixture-person was made from the English as it is: no notice.
    const dir = join(scratch, 'english-changed');
    cpSync(FIXTURES, dir, { recursive: true });
    const before = readFileSync(join(SETS.fixtures.dist, 'ru/incidents/index.html'), 'utf8');
    expect(noticeOf(before, 'fixture-person')).toBeUndefined();
    const file = join(dir, 'incidents', 'fixture-person.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('summary: A fixture.', 'summary: A corrected fixture.'));
    const out = join(scratch, 'out-english-changed');
    expect(build({ CONTENT_DIR: dir }, out).status).toBe(0);
    const after = readFileSync(join(out, 'ru/incidents/index.html'), 'utf8');
    expect(noticeOf(after, 'fixture-person')).toBe('stale');
    // The Russian words are still the ones the translator wrote.
    expect(after).toContain('Фикстура.');
  }, 120_000);
});

/** The translation notice inside an entry, if any: "stale" or "missing". */
function noticeOf(html: string, id: string): string | undefined {
  return load(html)(`article#${id} [data-translation]`).attr('data-translation');
}

describe('reproducible builds', () => {
  it('the published content builds byte-identically under UTC+14 and UTC-8', () => {
    const { dist } = SETS.content;
    const west = join(scratch, 'los-angeles');
    expect(build({ TZ: 'America/Los_Angeles' }, west).status).toBe(0);
    const all = listFiles(dist);
    expect(all.filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(4);
    expect(listFiles(west)).toEqual(all);
    // Every file, not just the pages: hashed asset names, feeds, images, _headers.
    const differing = all.filter((f) => !readFileSync(join(west, f)).equals(readFileSync(join(dist, f))));
    expect(differing, 'files that differ between the two builds').toEqual([]);
  }, 240_000);
});
