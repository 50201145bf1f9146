/**
 * Broken content, caught by the loaders themselves: each case runs a loader (or the function
 * that words its message) on a small broken input and checks the editor's message, so only
 * one real build (tests/build/build.test.ts) is needed to prove a message reaches the command line.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import jsYaml from 'js-yaml';
import { yamlEntries } from '../../src/loaders/yaml-entries';
import { incidentSchema } from '../../src/schemas/incident';
import { ContentError, describeFrontmatterError } from '../../src/lib/content-errors';
import { FIXTURES } from '../support/content';

const scratch = mkdtempSync(join(tmpdir(), 'explainer-loaders-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const FOLDER = join(FIXTURES, 'incidents');
/** The fixture incidents, file name to text. */
const fixtures = (): Record<string, string> =>
  Object.fromEntries(readdirSync(FOLDER).map((f) => [f, readFileSync(join(FOLDER, f), 'utf8')]));
const PERSON = 'fixture-person.yaml';

interface Run {
  message?: string;
  stored: Map<string, { data: Record<string, unknown>; filePath?: string }>;
  watcher: EventEmitter & { add: () => void };
  /** What the loader logged as errors (in dev, a bad edit is logged, not thrown). */
  errors: string[];
  root: string;
}

/** Runs the YAML-entries loader on `files` as content/incidents/ and returns its message, if it fails. */
async function load(files: Record<string, string>, { dev = false } = {}): Promise<Run> {
  const root = mkdtempSync(join(scratch, 'site-'));
  mkdirSync(join(root, 'content/incidents'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'content/incidents', name), text);
  const stored: Run['stored'] = new Map();
  const watcher = Object.assign(new EventEmitter(), { add: () => {} });
  const errors: string[] = [];
  const run: Run = { stored, watcher, errors, root };
  try {
    await yamlEntries('content/incidents', incidentSchema).load({
      config: { root: pathToFileURL(`${root}/`) },
      store: {
        clear: () => stored.clear(),
        set: ({ id, ...entry }: { id: string; data: Record<string, unknown> }) => stored.set(id, entry),
      },
      parseData: () => expect.fail('the loader validates once, itself; Astro must not validate again'),
      logger: { info: () => {}, error: (m: string) => errors.push(m) },
      watcher: dev ? watcher : undefined,
    } as never);
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    expect((e as Error).stack, 'an editor gets no stack trace').toBe('');
    run.message = (e as Error).message;
  }
  return run;
}

describe('the YAML-entries loader', () => {
  it('stores each file as one entry, its id the file name, as the schema outputs it', async () => {
    const { message, stored } = await load(fixtures());
    expect(message).toBeUndefined();
    expect([...stored.keys()].sort()).toEqual(readdirSync(FOLDER).map((f) => f.replace(/\.yaml$/, '')));
    const person = stored.get('fixture-person');
    expect(person?.filePath).toBe('content/incidents/fixture-person.yaml');
    expect(person?.data).toMatchObject({ id: 'fixture-person', aliases: ['fixture-old-person'], disputed: [] });
  });
  it('reads only .yaml files, so a README can sit beside them', async () => {
    const { message, stored } = await load({ ...fixtures(), 'README.md': '# Incidents\n\n- not: an entry\n' });
    expect(message).toBeUndefined();
    expect(stored.size).toBe(readdirSync(FOLDER).length);
  });
  it('names file, line, column and the offending line for a YAML syntax error', async () => {
    const files = fixtures();
    files[PERSON] = files[PERSON]!.replace('role: Fixture role', 'role: "Fixture role');
    const { message, stored } = await load(files);
    expect(message).toContain(
      'content/incidents/fixture-person.yaml, line 5, column 20: is not valid YAML: Missing closing "quote',
    );
    expect(message).toContain('role: "Fixture role');
    expect(stored.size, 'nothing is stored from content with a mistake').toBe(0);
  });
  it('names file, entry and field for a schema problem, every one in every file at once', async () => {
    const files = fixtures();
    files[PERSON] = files[PERSON]!.replace('  - { outlet: B, url: "https://b.example.org/1" }\n', '').replace(
      'category: propagandist',
      'category: spy',
    );
    files['fixture-official.yaml'] = files['fixture-official.yaml']!.replace('role: Fixture official', 'rol: Fixture');
    files['yaroslav-moskalik.yaml'] = files['yaroslav-moskalik.yaml']!.replace('date: "2025-04-25"', 'date: "2025-04-');
    const { message } = await load(files);
    expect(message).toMatch(/^The content has 4 problems:/);
    expect(message).toContain(
      'content/incidents/fixture-person.yaml, entry "fixture-person", field "sources": needs at least two sources',
    );
    expect(message).toContain(
      'content/incidents/fixture-person.yaml, entry "fixture-person", field "category": must be one of',
    );
    expect(message).toContain(
      'content/incidents/fixture-official.yaml, entry "fixture-official", field "role": is missing',
    );
    expect(message).toContain(
      'content/incidents/yaroslav-moskalik.yaml, line 2, column 16: is not valid YAML: Missing closing "quote',
    );
  });
  it('takes the id from the file name, which must be kebab-case', async () => {
    const { [PERSON]: person, ...rest } = fixtures();
    const { message } = await load({ ...rest, 'Fixture_Person.yaml': person! });
    expect(message).toContain(
      'content/incidents/Fixture_Person.yaml: the file name is the entry\'s id, so it must be kebab-case (lower-case letters, digits and single hyphens), for example "yaroslav-moskalik.yaml"',
    );
    expect(message).toMatch(/^The content has a problem:/);
  });
  it('refuses an id written in the file, so the id has one source', async () => {
    const files = fixtures();
    files[PERSON] = `id: fixture-person\n${files[PERSON]}`;
    expect((await load(files)).message).toContain(
      'content/incidents/fixture-person.yaml, entry "fixture-person", field "id": remove it; the file name is the id',
    );
  });
  it('refuses a file that holds a list, as the old one-file-for-all format did, or nothing', async () => {
    const { message } = await load({
      ...fixtures(),
      'old-list.yaml': '- id: a\n  date: "2024"\n- id: b\n',
      'new-person.yaml': '# To do\n',
    });
    expect(message).toContain(
      'content/incidents/old-list.yaml: must be one entry written as fields (`name: value`), not a list ("- …")',
    );
    expect(message).toContain('content/incidents/new-person.yaml: is empty');
  });
  it('asks for .yaml rather than skipping a .yml file in silence', async () => {
    const { [PERSON]: person, ...rest } = fixtures();
    const { message } = await load({ ...rest, 'fixture-person.yml': person! });
    expect(message).toContain('content/incidents/fixture-person.yml: name it fixture-person.yaml');
  });
  it('refuses statements that contradict each other', async () => {
    const files = fixtures();
    files['yaroslav-moskalik.yaml'] = files['yaroslav-moskalik.yaml']!.replace(
      '  - { speaker: ukraine-official, act: denial, who: Fixture officials, text: A fixture denial. }',
      '  - { speaker: ukraine-official, act: denial, who: Fixture officials, text: A fixture denial. }\n' +
        '  - { speaker: ukraine-official, act: claim, who: Fixture agency, text: We did it. }',
    );
    expect((await load(files)).message).toContain(
      'entry "yaroslav-moskalik", field "attribution[2].act": contradicts statement 2: Ukrainian officials on the record cannot both "claim" and "denial"',
    );
  });
  it('in dev, picks up a new file and keeps the last good content while a file is broken', async () => {
    const { stored, watcher, errors, root } = await load(fixtures(), { dev: true });
    const folder = join(root, 'content/incidents');
    const added = join(folder, 'fixture-added.yaml');
    writeFileSync(added, fixtures()[PERSON]!.replace('aliases: [fixture-old-person]', 'aliases: []'));
    watcher.emit('add', added);
    await expect.poll(() => stored.has('fixture-added')).toBe(true);
    writeFileSync(added, 'date: "2024-');
    watcher.emit('change', added);
    await expect.poll(() => errors.join('\n')).toContain('content/incidents/fixture-added.yaml, line 1');
    expect(stored.has('fixture-added')).toBe(true);
    rmSync(added);
    watcher.emit('unlink', added);
    await expect.poll(() => stored.has('fixture-added')).toBe(false);
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
