/**
 * Broken content, caught by the loaders themselves: each case runs a loader (or the function
 * that words its message) on a small broken input and checks the editor's message, so only
 * one real build (tests/build/build.test.ts) is needed to prove a message reaches the command line.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import jsYaml from 'js-yaml';
import { yamlList } from '../../src/loaders/yaml-list';
import { incidentSchema } from '../../src/schemas/incident';
import { ContentError, describeFrontmatterError } from '../../src/lib/content-errors';

const root = mkdtempSync(join(tmpdir(), 'explainer-loaders-'));
const fixture = readFileSync('tests/fixtures/content/incidents.yaml', 'utf8');

/** Runs the YAML-list loader on `text` as content/incidents.yaml and returns its message, if it fails. */
async function load(text: string): Promise<string | undefined> {
  writeFileSync(join(root, 'incidents.yaml'), text);
  const loader = yamlList('incidents.yaml', incidentSchema);
  const stored: string[] = [];
  try {
    await loader.load({
      config: { root: pathToFileURL(`${root}/`) },
      store: { clear: () => (stored.length = 0), set: ({ id }: { id: string }) => stored.push(id) },
      parseData: async ({ data }: { data: unknown }) => data,
      logger: { info: () => {} },
    } as never);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    expect((e as Error).stack, 'an editor gets no stack trace').toBe('');
    return (e as Error).message;
  }
}

describe('the YAML-list loader', () => {
  it('loads the fixture incidents', async () => {
    expect(await load(fixture)).toBeUndefined();
  });
  it('names file, line, column and the offending line for a YAML syntax error', async () => {
    const msg = await load(fixture.replace('  role: Fixture role', '  role: "Fixture role'));
    expect(msg).toContain('incidents.yaml, line 7, column 22: is not valid YAML: Missing closing "quote');
    expect(msg).toContain('role: "Fixture role');
  });
  it('names file, entry and field for a schema problem, every one at once', async () => {
    const msg = await load(
      fixture
        .replace('    - { outlet: B, url: "https://b.example.org/1" }\n', '')
        .replace('category: propagandist', 'category: spy'),
    );
    expect(msg).toContain('incidents.yaml, entry "fixture-person", field "sources": needs at least two sources');
    expect(msg).toContain('incidents.yaml, entry "fixture-person", field "category": must be one of');
  });
  it('refuses statements that contradict each other', async () => {
    const msg = await load(
      fixture.replace(
        '    - { speaker: ukraine-official, act: denial, who: Fixture officials, text: A fixture denial. }',
        '    - { speaker: ukraine-official, act: denial, who: Fixture officials, text: A fixture denial. }\n' +
          '    - { speaker: ukraine-official, act: claim, who: Fixture agency, text: We did it. }',
      ),
    );
    expect(msg).toContain(
      'entry "yaroslav-moskalik", field "attribution[2].act": contradicts statement 2: Ukrainian officials on the record cannot both "claim" and "denial"',
    );
  });
});

describe('a frontmatter syntax error in a section', () => {
  it('is named by file and line, with the lines around it', () => {
    let error: unknown;
    try {
      jsYaml.load('id: fixture-second\ntitle: "Second fixture section\norder: 2\n');
    } catch (e) {
      // Astro's glob loader adds where the frontmatter sits in the file.
      error = Object.assign(e as object, { loc: { file: '/site/content/explainer/two.mdx', line: 4 } });
    }
    const msg = describeFrontmatterError(error, (f) => f.replace('/site/', ''));
    expect(msg).toMatch(/^content\/explainer\/two\.mdx, line 4: the frontmatter is not valid YAML: /);
    expect(msg).toContain('title: "Second fixture section');
  });
  it('leaves other errors alone', () => {
    expect(describeFrontmatterError(new Error('disk full'), (f) => f)).toBeUndefined();
  });
});
