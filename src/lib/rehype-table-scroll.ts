/**
 * Wide tables must not push a phone's page sideways (WCAG reflow). This rehype plugin wraps
 * each Markdown table in a labelled region that scrolls on its own and can take keyboard
 * focus, so keyboard users can scroll it too.
 */
import entries from '../i18n/ui/entries';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { localeOfFile } from './file-locale';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function text(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(text).join('');
}

/** "Table: Date, Person, Where": the column headings name the region for screen readers, in the file's edition. */
export function tableLabel(table: HastNode, locale: Locale = DEFAULT_LOCALE): string {
  const t = entries[locale].proseTable;
  const headings: string[] = [];
  const walk = (n: HastNode) => {
    if (n.tagName === 'th') headings.push(text(n).trim());
    else n.children?.forEach(walk);
  };
  walk(table);
  return headings.length ? t.label(headings.filter(Boolean).join(', ')) : t.unlabelled;
}

/** Replaces every `<table>` in the tree with a scrolling region that contains it. */
export function wrapTables(tree: HastNode, locale: Locale = DEFAULT_LOCALE): void {
  if (!tree.children) return;
  tree.children = tree.children.map((child) => {
    if (child.type === 'element' && child.tagName === 'table') {
      return {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', ariaLabel: tableLabel(child, locale), tabIndex: 0 },
        children: [child],
      };
    }
    wrapTables(child, locale);
    return child;
  });
}

export default function rehypeTableScroll() {
  return (tree: HastNode, file: { path?: string }) => wrapTables(tree, localeOfFile(file.path));
}
