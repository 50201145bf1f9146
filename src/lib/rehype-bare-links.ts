/**
 * Marks links whose text is their own address (a bare URL that GFM autolinked) with the class
 * `bare-url`, so the print stylesheet does not print the address a second time after them.
 */
import type { Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { elementsIn } from './hast';

/** Whether a link's visible text is its address, give or take the scheme and a trailing slash. */
export function isBareUrl(href: string, text: string): boolean {
  const norm = (s: string) =>
    s
      .trim()
      .replace(/^https?:\/\//, '')
      .replace(/\/$/, '');
  return /^https?:\/\//.test(href) && norm(href) === norm(text);
}

export default function rehypeBareLinks() {
  return (tree: Root) => {
    for (const a of elementsIn(tree)) {
      const href = a.properties['href'];
      if (a.tagName !== 'a' || typeof href !== 'string' || !isBareUrl(href, toText(a))) continue;
      const c = a.properties['className'];
      a.properties['className'] = [...(Array.isArray(c) ? c : []), 'bare-url'];
    }
  };
}
