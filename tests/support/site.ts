/**
 * The built sites the tests read: the published content in dist/, the fixture content in
 * dist-fixtures/ and the published content grown to a list split into pages in dist-paged/,
 * each built once per test run (by `npm test`, or on demand here when a test file runs
 * alone). Static facts are read from these files without a browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { listFiles, readPages, type BuiltPage } from '../gates/site-files';
import { CONTENT, FIXTURES } from './content';
import { PAGED_CONTENT, writePagedContent } from './paged-content';

/** Each content set, where its build lives, and how its content is made if it is not in the repository. */
export const SETS = {
  content: { dist: 'dist', content: CONTENT },
  fixtures: { dist: 'dist-fixtures', content: FIXTURES },
  paged: {
    dist: 'dist-paged',
    content: PAGED_CONTENT,
    write: writePagedContent,
  },
} as const;
export type SetName = keyof typeof SETS;

/** Builds a content set unless its output is already there. */
export function ensureBuilt(name: SetName): void {
  const set = SETS[name];
  const { dist, content } = set;
  if (existsSync(join(dist, 'index.html'))) return;
  if ('write' in set) set.write();
  const r = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
    env: { ...process.env, CONTENT_DIR: content },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`Building ${content} into ${dist}/ failed:\n${r.stdout}\n${r.stderr}`);
}

export interface Site {
  name: SetName;
  dist: string;
  content: string;
  /** Every HTML page, with the address it is served at. */
  pages: BuiltPage[];
  /** Every file, relative to the build folder. */
  files: ReadonlySet<string>;
  /** A built file's text: "incidents/" reads incidents/index.html; "rss.xml" reads that file. */
  read: (path: string) => string;
  /** A built page parsed with cheerio. */
  $: (path: string) => CheerioAPI;
}

const cache = new Map<SetName, Site>();

/** The built site of a content set, read once per worker (the site tests share their modules: vitest.config.ts). */
export function site(name: SetName): Site {
  const known = cache.get(name);
  if (known) return known;
  ensureBuilt(name);
  const { dist, content } = SETS[name];
  const read = (path: string) => {
    const p = path.replace(/^\//, '');
    return readFileSync(join(dist, p === '' || p.endsWith('/') ? `${p}index.html` : p), 'utf8');
  };
  const parsed = new Map<string, CheerioAPI>();
  const built: Site = {
    name,
    dist,
    content,
    pages: readPages(dist),
    files: new Set(listFiles(dist)),
    read,
    $: (path) => {
      if (!parsed.has(path)) parsed.set(path, load(read(path)));
      return parsed.get(path)!;
    },
  };
  cache.set(name, built);
  return built;
}

/** True for the redirect left at a former id. */
export const isRedirect = (p: BuiltPage) => /<meta http-equiv="refresh"/.test(p.html);

/** True for a page that asks not to be indexed (redirects, the print edition, the 404 page). */
export const isUnindexed = (p: BuiltPage) => /<meta name="robots" content="noindex"/.test(p.html);

/**
 * True for an embed card, the page other sites frame (src/layouts/Embed.astro): a card of its
 * own, without the site's header, navigation, skip link or footer.
 */
export const isEmbedCard = (p: BuiltPage) => /^\/(?:(?:ru|uk)\/)?embed\//.test(p.path);
