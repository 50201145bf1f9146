/**
 * The built site as the gates see it: every file under dist/, and every HTML page with the
 * address a reader would type. Walking the folder (rather than a list of routes) means pages
 * added later are checked without anyone editing the gates.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
  /** Path of the file inside dist/, with forward slashes: "incidents/index.html". */
  file: string;
  /** The address it is served at: "/incidents/", "/", "/404.html". */
  path: string;
  html: string;
}

/** Every file under `dir`, relative, with forward slashes, sorted so reports are stable. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`${dir}/ does not exist: build the site first (npx astro build)`);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

/** "incidents/index.html" is served at "/incidents/"; "404.html" at "/404.html". */
export function pathOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The file a static host serves for an address, if the build has one. */
export function fileForPath(pathname: string, files: ReadonlySet<string>): string | undefined {
  let p: string;
  try {
    p = decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
  const candidates = p === '' || p.endsWith('/') ? [`${p}index.html`] : [p, `${p}/index.html`, `${p}.html`];
  return candidates.find((c) => files.has(c));
}

/** Every HTML page of the build in `dir`. */
export function readPages(dir: string): BuiltPage[] {
  return listFiles(dir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, path: pathOfFile(file), html: readFileSync(join(dir, file), 'utf8') }));
}
