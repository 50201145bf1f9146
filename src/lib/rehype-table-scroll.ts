/**
 * Wide tables must not push a phone's page sideways (WCAG reflow). This rehype plugin wraps
 * each Markdown table in a labelled region that scrolls on its own and can take keyboard
 * focus, so keyboard users can scroll it too.
 */
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

/** "Table: Date, Person, Where": the column headings name the region for screen readers. */
export function tableLabel(table: HastNode): string {
  const headings: string[] = [];
  const walk = (n: HastNode) => {
    if (n.tagName === 'th') headings.push(text(n).trim());
    else n.children?.forEach(walk);
  };
  walk(table);
  return headings.length ? `Table: ${headings.filter(Boolean).join(', ')}` : 'Table';
}

/** Replaces every `<table>` in the tree with a scrolling region that contains it. */
export function wrapTables(tree: HastNode): void {
  if (!tree.children) return;
  tree.children = tree.children.map((child) => {
    if (child.type === 'element' && child.tagName === 'table') {
      return {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', ariaLabel: tableLabel(child), tabIndex: 0 },
        children: [child],
      };
    }
    wrapTables(child);
    return child;
  });
}

export default function rehypeTableScroll() {
  return (tree: HastNode) => wrapTables(tree);
}
