/**
 * Marks links whose text is their own address (a bare URL that GFM autolinked) with the class
 * `bare-url`, so the print stylesheet does not print the address a second time after them.
 */
import type { Element, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';

/** Whether a link's visible text is its address, give or take the scheme and a trailing slash. */
export function isBareUrl(href: string, text: string): boolean {
  const norm = (s: string) =>
    s
      .trim()
      .replace(/^https?:\/\//, '')
      .replace(/\/$/, '');
  return /^https?:\/\//.test(href) && norm(href) === norm(text);
}

function mark(node: Root | RootContent): void {
  if (node.type === 'element' && node.tagName === 'a') {
    const el: Element = node;
    const href = el.properties['href'];
    if (typeof href === 'string' && isBareUrl(href, toText(el))) {
      const c = el.properties['className'];
      el.properties['className'] = [...(Array.isArray(c) ? c : []), 'bare-url'];
    }
  }
  if ('children' in node) node.children.forEach(mark);
}

export default function rehypeBareLinks() {
  return (tree: Root) => mark(tree);
}
