// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSectionFootnotes, { FOOTNOTE_OPTIONS } from './src/lib/rehype-section-footnotes.ts';
import rehypeTableScroll from './src/lib/rehype-table-scroll.ts';
// A sitemap without the redirect pages left at former ids.
import indexedSitemap from './src/integrations/sitemap.ts';
// Marks autolinked bare URLs so print.css does not print them twice.
import rehypeBareLinks from './src/lib/rehype-bare-links.ts';

/** The public address, configured once; canonical URLs, feeds and previews derive from it. */
const site = process.env.SITE_URL ?? 'https://balashikha-explainer.example.org';

export default defineConfig({
  site,
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
      remarkPlugins: [[remarkGfm, { singleTilde: false }]],
      rehypePlugins: [rehypeSectionFootnotes, rehypeTableScroll, rehypeBareLinks],
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
