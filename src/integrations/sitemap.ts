/**
 * @astrojs/sitemap, minus the pages that ask not to be indexed, with each page's versions in
 * every edition. Whether a page is indexed is a property of its route (UNINDEXED_ROUTES in
 * src/site.ts, from which the layouts write the robots meta), and Astro reports which files
 * each route built, so nothing here reads a page. The editions' alternates are the ones the
 * pages' own `<link rel="alternate" hreflang>` give (src/layouts/Base.astro): the same path
 * under each edition's prefix, and the English as the default for other languages.
 */
import type { AstroIntegration } from 'astro';
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import { isIndexedRoute } from '../site';
import { DEFAULT_LOCALE, LOCALE_CODES, LOCALES, type Locale } from '../i18n/locales';

/** The address a built file is served at: ".../dist/print/index.html" → "/print/". */
export function addressOf(file: URL, dir: URL): string {
  const inside = decodeURIComponent(file.pathname.slice(new URL('./', dir).pathname.length));
  return `/${inside.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Each edition's `hreflang`, by the path prefix @astrojs/sitemap finds it under. */
export const SITEMAP_LOCALES = Object.fromEntries(LOCALE_CODES.map((l) => [l, LOCALES[l].lang])) as Record<
  Locale,
  string
>;

/** Adds `x-default`, the English version, to a page's alternates, as the pages' own head does. */
export function withDefault(item: SitemapItem): SitemapItem {
  const english = item.links?.find((l) => l.lang === LOCALES[DEFAULT_LOCALE].lang);
  return english ? { ...item, links: [...(item.links ?? []), { url: english.url, lang: 'x-default' }] } : item;
}

export default function indexedSitemap(): AstroIntegration[] {
  const unindexed = new Set<string>();
  // Runs before the sitemap's own hook, which comes after it in the list.
  const collect: AstroIntegration = {
    name: 'unindexed-pages',
    hooks: {
      'astro:build:done': ({ dir, assets }) => {
        for (const [route, files] of assets)
          if (!isIndexedRoute(route)) for (const file of files) unindexed.add(addressOf(file, dir));
      },
    },
  };
  return [
    collect,
    sitemap({
      filter: (page) => !unindexed.has(new URL(page).pathname),
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: SITEMAP_LOCALES },
      serialize: withDefault,
    }),
  ];
}
