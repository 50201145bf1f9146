// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSectionFootnotes from './src/lib/rehype-section-footnotes.ts';
import rehypeTableScroll from './src/lib/rehype-table-scroll.ts';

/** The public address, configured once; canonical URLs, feeds and previews derive from it. */
const site = process.env.SITE_URL ?? 'https://balashikha-explainer.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // unified() rather than the default Sätteri: see README, "Markdown".
    processor: unified({
      gfm: false,
      remarkPlugins: [[remarkGfm, { singleTilde: false }]],
      rehypePlugins: [rehypeSectionFootnotes, rehypeTableScroll],
      remarkRehype: {
        footnoteLabel: 'Notes',
        footnoteLabelTagName: 'h3',
        footnoteBackLabel: (/** @type {number} */ n) => `Back to reference ${n + 1}`,
      },
      smartypants: true,
    }),
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
