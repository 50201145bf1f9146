// @ts-check
import { isAbsolute } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSectionFootnotes, { FOOTNOTE_OPTIONS } from './src/lib/rehype-section-footnotes.ts';
import rehypeTableScroll from './src/lib/rehype-table-scroll.ts';
// A sitemap of the pages that may be indexed (see UNINDEXED_ROUTES in src/site.ts).
import indexedSitemap from './src/integrations/sitemap.ts';
// Marks autolinked bare URLs so print.css does not print them twice.
import rehypeBareLinks from './src/lib/rehype-bare-links.ts';
// Links in the prose to a piece ("/incidents/#id") are written through the piece's real address.
import remarkPieceLinks from './src/lib/remark-piece-links.ts';
// A section's footnotes as data, for the print edition's notes.
import rehypeFootnoteData from './src/lib/rehype-footnote-data.ts';
// A translation's subheadings keep the English ids.
import rehypeHeadingIds from './src/lib/rehype-heading-ids.ts';

/** The public address, configured once; canonical URLs, feeds and previews derive from it. */
const site = process.env.SITE_URL ?? 'https://balashikha-explainer.example.org';

/**
 * Astro caches the content it loaded, and keeps an entry whose file is unchanged even when it
 * now comes from another folder. The tests build other content sets (CONTENT_DIR; the grown
 * incident list copies the published sections), so each set keeps a cache of its own, and a
 * build never renders another set's copy of a file. Sets outside the project share one.
 */
const contentDir = process.env.CONTENT_DIR;
const setName = contentDir && (isAbsolute(contentDir) ? 'elsewhere' : contentDir.replace(/[^\w-]+/g, '_'));
const cacheDir = setName ? `./node_modules/.astro/sets/${setName}/` : './node_modules/.astro/';

export default defineConfig({
  site,
  cacheDir,
  trailingSlash: 'always',
  // English at the root, so every address already shared keeps working; Russian and Ukrainian
  // under /ru/ and /uk/. Each page is built per edition from src/pages/[...locale]/.
  i18n: {
    locales: ['en', 'ru', 'uk'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  build: {
    format: 'directory',
    // Page CSS goes inline (hashed by the CSP), so no page waits on more than one stylesheet
    // request; screen CSS is a few KB gzip.
    inlineStylesheets: 'always',
  },
  markdown: {
    // No code in the story; Shiki's inline styles would break the strict CSP.
    syntaxHighlight: false,
    // unified() rather than the default Sätteri: see README, "Markdown".
    processor: unified({
      gfm: false,
      remarkPlugins: [[remarkGfm, { singleTilde: false }], remarkPieceLinks],
      rehypePlugins: [rehypeHeadingIds, rehypeSectionFootnotes, rehypeTableScroll, rehypeBareLinks, rehypeFootnoteData],
      remarkRehype: FOOTNOTE_OPTIONS,
      smartypants: true,
    }),
  },
  integrations: [mdx(), ...indexedSitemap()],
  devToolbar: { enabled: false },
  // A strict Content Security Policy. Astro hashes every inline
  // script and style it emits into a per-page <meta>; nothing else may run or load, and
  // nothing may come from another origin. Header-only parts (frame-ancestors) live in
  // public/_headers; see README, "Quality gates".
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
    },
  },
});
