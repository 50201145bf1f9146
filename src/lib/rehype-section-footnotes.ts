/**
 * GFM footnotes are numbered per file, so two sections on one page would both produce
 * `#user-content-fn-1`. This rehype plugin rewrites footnote ids and links to carry the
 * section's own id (`#who-was-moskalik-fn-1`), making them unique on any page and stable
 * across edits of other sections. FOOTNOTE_OPTIONS, beside it, sets how remark-rehype
 * writes the footnotes in the first place.
 */
import type { Root } from 'hast';
import entries from '../i18n/ui/entries';
import type { Locale } from '../i18n/locales';
import { localeOfFile } from './file-locale';
import { elementsIn } from './hast';

interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/**
 * The accessible name of a footnote's way back to where it is cited. remark-rehype shows "↩"
 * for the first citation and "↩²", "↩³" for later ones, so a later one's name carries that
 * number too: an accessible name must contain the visible text (WCAG 2.5.3 Label in Name),
 * so a speech-input user can say the "2" they see. Both indexes are remark-rehype's: the
 * note's, from 0, and the citation's, from 1.
 */
export function footnoteBackLabel(noteIndex: number, citation: number): string {
  return entries.en.footnotes.backLabel(noteIndex + 1, citation);
}

/**
 * How footnotes are written (remark-rehype's options): under a "Notes" heading, with back-links
 * named as above. These are the English words, which remark-rehype writes in every file;
 * `localizeFootnotes` puts a translation's own words in their place.
 */
export const FOOTNOTE_OPTIONS = {
  footnoteLabel: entries.en.footnotes.heading,
  footnoteLabelTagName: 'h3',
  footnoteBackLabel,
};

/**
 * The footnotes of a file in another edition in its words: the heading, and each back-link's
 * name, counted as remark-rehype counts them (the note's place in the list, the citation's
 * place among the note's back-links).
 */
export function localizeFootnotes(tree: Root, locale: Locale): void {
  const t = entries[locale].footnotes;
  for (const el of elementsIn(tree)) {
    if (el.properties['id'] === LABEL_ID) el.children = [{ type: 'text', value: t.heading }];
    if (el.properties['dataFootnotes'] === undefined) continue;
    const notes = elementsIn(el).filter((n) => n.tagName === 'li');
    notes.forEach((li, note) =>
      elementsIn(li)
        .filter((a) => a.properties['dataFootnoteBackref'] !== undefined)
        .forEach((a, citation) => (a.properties['ariaLabel'] = t.backLabel(note + 1, citation + 1))),
    );
  }
}

/** The prefix remark-rehype puts on footnote ids (its `clobberPrefix`). */
export const CLOBBER_PREFIX = 'user-content-';
/** The id remark-rehype gives the "Notes" heading, without any prefix. */
export const LABEL_ID = 'footnote-label';

function rename(value: string, prefix: string): string {
  if (value === LABEL_ID) return `${prefix}-${LABEL_ID}`;
  if (value === `#${LABEL_ID}`) return `#${prefix}-${LABEL_ID}`;
  if (value.startsWith(CLOBBER_PREFIX)) return `${prefix}-${value.slice(CLOBBER_PREFIX.length)}`;
  if (value.startsWith(`#${CLOBBER_PREFIX}`)) return `#${prefix}-${value.slice(CLOBBER_PREFIX.length + 1)}`;
  return value;
}

/** Rewrites every footnote `id`, `href` and `aria-describedby` in a tree, in place. */
export function prefixFootnoteIds(tree: Root, prefix: string): void {
  for (const { properties: props } of elementsIn(tree)) {
    for (const key of ['id', 'href']) {
      const v = props[key];
      if (typeof v === 'string') props[key] = rename(v, prefix);
    }
    const described = props['ariaDescribedBy'];
    if (Array.isArray(described))
      props['ariaDescribedBy'] = described.map((v) => (typeof v === 'string' ? rename(v, prefix) : v));
  }
}

/** The section id from frontmatter, falling back to the file name. */
export function sectionPrefix(file: VFileLike): string {
  const id = file.data.astro?.frontmatter?.['id'];
  if (typeof id === 'string' && id) return id;
  const base = (file.path ?? 'section').split('/').pop() ?? 'section';
  return base.replace(/\.[^.]+$/, '');
}

export default function rehypeSectionFootnotes() {
  return (tree: Root, file: VFileLike) => {
    const locale = localeOfFile(file.path);
    if (locale !== 'en') localizeFootnotes(tree, locale);
    prefixFootnoteIds(tree, sectionPrefix(file));
  };
}
