/**
 * Ids are never translated: `/ru/#the-device` must open the same subheading as `/#the-device`.
 * Astro names each heading after its text, which in a translation is Russian or Ukrainian, so
 * this rehype plugin gives a translation's subheadings the ids of the English ones, one for one
 * in their order, before Astro would name them. A translation with more or fewer subheadings
 * than its English stops the build, naming the file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { ContentError } from './content-errors';
import { localeOfFile } from './file-locale';
import { elementsIn } from './hast';

/** A Markdown heading's words without its inline syntax: links, emphasis, code, footnote marks. */
const headingText = (markdown: string) =>
  markdown
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();

/**
 * The ids Astro gives the headings of an English file, in order: its heading ids, slugged from
 * the text as Astro slugs them (github-slugger, once per file).
 */
export function headingIdsOf(markdown: string): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (m) ids.push(slugger.slug(headingText(m[1] ?? '')));
  }
  return ids;
}

/**
 * The English file with this id in a folder (a file's name need not be its id), read afresh
 * each time so that the dev server sees an editor's change.
 */
function englishText(folder: string, id: string): string | undefined {
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.mdx'))) {
    const text = readFileSync(join(folder, name), 'utf8');
    const own = /^---\n[\s\S]*?^id:\s*["']?([^"'\n]+?)["']?\s*$/m.exec(text)?.[1] ?? name.replace(/\.mdx$/, '');
    if (own === id) return text;
  }
  return undefined;
}

/** The headings a translation's text has, in document order; a heading with an id already (the footnotes') is not the text's. */
const textHeadings = (tree: Root): Element[] =>
  elementsIn(tree).filter((el) => /^h[1-6]$/.test(el.tagName) && el.properties['id'] === undefined);

export default function rehypeHeadingIds() {
  return (tree: Root, file: { path?: string }) => {
    if (!file.path || localeOfFile(file.path) === 'en') return;
    // content/ru/explainer/<id>.mdx translates the file of content/explainer/ whose id is <id>.
    const kindFolder = dirname(file.path);
    const english = englishText(join(dirname(dirname(kindFolder)), basename(kindFolder)), basename(file.path, '.mdx'));
    if (english === undefined) return;
    const ids = headingIdsOf(english.replace(/^---\n[\s\S]*?\n---\n/, ''));
    const headings = textHeadings(tree);
    if (headings.length !== ids.length)
      throw new ContentError([
        `${file.path}: has ${headings.length} subheading(s); the English has ${ids.length}. Keep the English subheadings, one for one and in order: each keeps the English one's address (#${ids[0] ?? 'id'}).`,
      ]);
    headings.forEach((h, i) => (h.properties = { ...h.properties, id: ids[i] }));
  };
}
