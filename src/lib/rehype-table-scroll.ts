/**
 * Wide tables must not push a phone's page sideways (WCAG reflow). This rehype plugin wraps
 * each Markdown table in a labelled region that scrolls on its own and can take keyboard
 * focus, so keyboard users can scroll it too.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import entries from '../i18n/ui/entries';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { elementsIn } from './hast';
import { localeOfFile } from './file-locale';

/** "Table: Date, Person, Where": the column headings name the region for screen readers, in the file's edition. */
export function tableLabel(table: Element, locale: Locale = DEFAULT_LOCALE): string {
  const t = entries[locale].proseTable;
  const headings = elementsIn(table)
    .filter((el) => el.tagName === 'th')
    .map((th) => toText(th).trim());
  return headings.length ? t.label(headings.filter(Boolean).join(', ')) : t.unlabelled;
}

/** Replaces every `<table>` in the tree with a scrolling region that contains it. */
export function wrapTables(tree: Root, locale: Locale = DEFAULT_LOCALE): void {
  visit(tree, 'element', (table, index, parent) => {
    if (table.tagName !== 'table' || !parent || index === undefined) return;
    parent.children[index] = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['table-scroll'], role: 'region', ariaLabel: tableLabel(table, locale), tabIndex: 0 },
      children: [table],
    };
    // On to the next sibling: the table itself is now inside the region.
    return SKIP;
  });
}

export default function rehypeTableScroll() {
  return (tree: Root, file: { path?: string }) => wrapTables(tree, localeOfFile(file.path));
}
