/**
 * @astrojs/sitemap, minus the pages that ask not to be indexed. Whether a page is indexed is
 * a property of its route (UNINDEXED_ROUTES in src/site.ts, from which the layouts write the
 * robots meta), and Astro reports which files each route built, so nothing here reads a page.
 */
import type { AstroIntegration } from 'astro';
import sitemap from '@astrojs/sitemap';
import { isIndexedRoute } from '../site';

/** The address a built file is served at: ".../dist/print/index.html" → "/print/". */
export function addressOf(file: URL, dir: URL): string {
  const inside = decodeURIComponent(file.pathname.slice(new URL('./', dir).pathname.length));
  return `/${inside.replace(/(^|\/)index\.html$/, '$1')}`;
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
  return [collect, sitemap({ filter: (page) => !unindexed.has(new URL(page).pathname) })];
}
