/**
 * @astrojs/sitemap, minus the pages that ask not to be indexed: the redirects left at
 * former ids (src/layouts/Redirect.astro) must not be offered to search engines.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import sitemap from '@astrojs/sitemap';

const NOINDEX = /<meta name="robots" content="noindex"/;

export default function indexedSitemap(): AstroIntegration[] {
  let outDir: URL | undefined;
  const where: AstroIntegration = {
    name: 'sitemap-out-dir',
    hooks: { 'astro:config:done': ({ config }) => void (outDir = config.outDir) },
  };
  const indexed = (page: string): boolean => {
    if (!outDir) return true;
    const file = new URL(`.${new URL(page).pathname}index.html`, outDir);
    return !(existsSync(file) && NOINDEX.test(readFileSync(file, 'utf8')));
  };
  return [where, sitemap({ filter: indexed })];
}
