/**
 * The site's templates, found from its routes (src/pages), each with one built page that
 * shows it. A property that belongs to a template (axe's full rule set, the keyboard walk) is
 * tested once per template; a new route, or a new language's copy of one, is picked up
 * without anyone editing a test.
 */
import { readdirSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { readPages } from '../gates/site-files';

export interface Template {
  /** The route file, e.g. "incidents/[id].astro". */
  route: string;
  /** The first built page the route produced, e.g. "/incidents/armen-sarkisyan/". */
  page: string;
  /** Every built page the route produced. */
  pages: string[];
}

const PAGES_DIR = 'src/pages';

/** The address pattern of a route file: "incidents/[id].astro" → /^\/incidents\/[^/]+\/$/. */
export function routePattern(route: string): RegExp {
  const path = route.replace(/\.(astro|md|mdx)$/, '');
  if (path === '404') return /^\/404\.html$/;
  const parts = path.split('/').filter((p) => p !== 'index');
  const body = parts
    .map((p) =>
      /^\[\.\.\.\w+\]$/.test(p) ? '(?:.+/)?' : /^\[\w+\]$/.test(p) ? '[^/]+/' : `${p.replace(/[.]/g, '\\.')}/`,
    )
    .join('');
  return new RegExp(`^/${body}$`);
}

/** The name Astro gives a route file (`Astro.routePattern`): "incidents/[id].astro" → "/incidents/[id]". */
export const routeName = (route: string): string =>
  `/${route.replace(/\.(astro|md|mdx)$/, '').replace(/(^|\/)index$/, '')}`;

/** How dynamic a route is: static routes are matched first, catch-alls last. */
const dynamism = (route: string) => (route.match(/\[\.\.\./g)?.length ?? 0) * 10 + (route.match(/\[/g)?.length ?? 0);

/** Every route file that renders HTML pages. */
export function routes(dir = PAGES_DIR): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(astro|md|mdx)$/.test(d.name))
    .map((d) => relative(dir, `${d.parentPath}/${d.name}`).split(sep).join('/'))
    .sort((a, b) => dynamism(a) - dynamism(b) || a.localeCompare(b));
}

/**
 * The templates with the pages each produced in `dist`. Redirects left at former ids are
 * skipped (they move on at once; the gates check them). Throws if a page matches no route.
 */
export function templates(dist = 'dist'): Template[] {
  const rs = routes().map((route) => ({ route, pattern: routePattern(route), pages: [] as string[] }));
  for (const p of readPages(dist)) {
    if (/<meta http-equiv="refresh"/.test(p.html)) continue;
    const r = rs.find((x) => x.pattern.test(p.path));
    if (!r) throw new Error(`${p.path} matches no route in ${PAGES_DIR}`);
    r.pages.push(p.path);
  }
  return rs.filter((r) => r.pages.length > 0).map(({ route, pages }) => ({ route, page: pages.sort()[0]!, pages }));
}
