/**
 * How the rehype plugins walk a page's syntax tree: unist-util-visit, asked the one question
 * they all have (which elements lie under this node, in document order).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Every element under `node` (not `node` itself), in document order. */
export function elementsIn(node: Root | Element): Element[] {
  const out: Element[] = [];
  visit(node, 'element', (el) => {
    if (el !== node) out.push(el);
  });
  return out;
}
