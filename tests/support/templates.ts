/**
 * The site's templates, found from its routes (src/pages), each with one built page that
 * shows it. A property that belongs to a template (axe's full rule set, the keyboard walk) is
 * tested once per template; a new route, or a new language's copy of one, is picked up
 * without anyone editing a test.
 */
import { readdirSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { readPages } from '../gates/site-files';
import { DEFAULT_LOCALE, TRANSLATED_LOCALES, type Locale } from '../../src/i18n/locales';

export interface Template {
  /** The route file, e.g. "[...locale]/incidents/[id].astro". */
  route: string;
  /** The edition: a route under [...locale] is a template once per edition. */
  locale: Locale;
  /** The first built page the route produced, e.g. "/incidents/armen-sarkisyan/". */
  page: string;
  /** Every built page the route produced. */
  pages: string[];
}

const PAGES_DIR = 'src/pages';

/** The editions' path prefixes: "[...locale]" is none or one of them, "[locale]" one of them. */
const EDITION = `(?:${TRANSLATED_LOCALES.join('|')})/`;

/** The address pattern of a route file: "[...locale]/incidents/[id].astro" → /^\/(?:(?:ru|uk)\/)?incidents\/[^/]+\/$/. */
export function routePattern(route: string): RegExp {
  const path = route.replace(/\.(astro|md|mdx)$/, '');
  if (path === '404') return /^\/404\.html$/;
  const parts = path.split('/').filter((p) => p !== 'index');
  const body = parts
    .map((p) =>
      p === '[...locale]'
        ? `(?:${EDITION})?`
        : p === '[locale]'
          ? EDITION
          : /^\[\.\.\.\w+\]$/.test(p)
            ? '(?:.+/)?'
            : /^\[\w+\]$/.test(p)
              ? '[^/]+/'
              : `${p.replace(/[.]/g, '\\.')}/`,
    )
    .join('');
  return new RegExp(`^/${body}$`);
}

/** The edition a built page belongs to, from its address. */
export function localeOfPage(path: string): Locale {
  return TRANSLATED_LOCALES.find((l) => path.startsWith(`/${l}/`)) ?? DEFAULT_LOCALE;
}

/** The name Astro gives a route file (`Astro.routePattern`): "incidents/[id].astro" → "/incidents/[id]". */
export const routeName = (route: string): string =>
  `/${route.replace(/\.(astro|md|mdx)$/, '').replace(/(^|\/)index$/, '')}`;

/** How dynamic a route is: static routes are matched first, catch-alls last (the edition prefix aside). */
const dynamism = (route: string) => {
  const r = route.replace(/^\[\.\.\.locale\]\/|^\[locale\]\//, '');
  return (r.match(/\[\.\.\./g)?.length ?? 0) * 10 + (r.match(/\[/g)?.length ?? 0);
};

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
  const rs = routes().map((route) => ({ route, pattern: routePattern(route) }));
  const found = new Map<string, Template>();
  for (const p of readPages(dist)) {
    if (/<meta http-equiv="refresh"/.test(p.html)) continue;
    const r = rs.find((x) => x.pattern.test(p.path));
    if (!r) throw new Error(`${p.path} matches no route in ${PAGES_DIR}`);
    const locale = localeOfPage(p.path);
    const key = `${r.route} ${locale}`;
    const t = found.get(key) ?? { route: r.route, locale, page: p.path, pages: [] };
    t.pages.push(p.path);
    found.set(key, t);
  }
  return [...found.values()].map((t) => ({ ...t, page: t.pages.sort()[0]! }));
}

/**
 * The pages a browser visits to check what varies with a page's words (axe's structural rules,
 * console errors, requests, reading without JavaScript): every page of the English edition, and
 * in each other edition one page per template. Another edition is the same pages in other words;
 * what its words could break is checked on every page without a browser (the ids, lang, hreflang
 * and weight of each page against its English twin: tests/site/editions-gates.test.ts), and the
 * reflow check still visits every page, since longer words are what overflows.
 */
export function pagesToVisit(dist = 'dist'): string[] {
  return templates(dist)
    .flatMap((t) => (t.locale === DEFAULT_LOCALE ? t.pages : [t.page]))
    .sort();
}
