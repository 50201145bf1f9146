/**
 * GFM footnotes are numbered per file, so two sections on one page would both produce
 * `#user-content-fn-1`. This rehype plugin rewrites footnote ids and links to carry the
 * section's own id (`#who-was-moskalik-fn-1`), making them unique on any page and stable
 * across edits of other sections. FOOTNOTE_OPTIONS, beside it, sets how remark-rehype
 * writes the footnotes in the first place.
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

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
  const label = `Back to reference ${noteIndex + 1}`;
  return citation > 1 ? `${label} (${citation})` : label;
}

/** How footnotes are written (remark-rehype's options): under a "Notes" heading, with back-links named as above. */
export const FOOTNOTE_OPTIONS = {
  footnoteLabel: 'Notes',
  footnoteLabelTagName: 'h3',
  footnoteBackLabel,
};

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
export function prefixFootnoteIds(tree: HastNode, prefix: string): void {
  const props = tree.properties;
  if (props) {
    for (const key of ['id', 'href']) {
      const v = props[key];
      if (typeof v === 'string') props[key] = rename(v, prefix);
    }
    const described = props['ariaDescribedBy'];
    if (Array.isArray(described))
      props['ariaDescribedBy'] = described.map((v) => (typeof v === 'string' ? rename(v, prefix) : v));
  }
  tree.children?.forEach((child) => prefixFootnoteIds(child, prefix));
}

/** The section id from frontmatter, falling back to the file name. */
export function sectionPrefix(file: VFileLike): string {
  const id = file.data.astro?.frontmatter?.['id'];
  if (typeof id === 'string' && id) return id;
  const base = (file.path ?? 'section').split('/').pop() ?? 'section';
  return base.replace(/\.[^.]+$/, '');
}

export default function rehypeSectionFootnotes() {
  return (tree: HastNode, file: VFileLike) => prefixFootnoteIds(tree, sectionPrefix(file));
}
