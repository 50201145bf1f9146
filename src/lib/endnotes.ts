/**
 * Gathers every source of the print edition into one numbered list of endnotes.
 *
 * The print edition is rendered from the same components as the site; this turns their HTML
 * into a document with one note sequence, in reading order:
 * - A Markdown footnote reference (`<a data-footnote-ref>`) gets the next endnote number, and
 *   its definition (from the section's own "Notes" list) becomes that endnote. The per-section
 *   "Notes" lists are then removed.
 * - A source list (`<ol class="sources">`, from SourceList.astro) is replaced by references
 *   such as "[3] [4]"; each source becomes an endnote, its address written out at the end. A
 *   source already cited (same address) keeps its first number, so a report cited by several
 *   incidents is listed once.
 * - A source list inside a `<details>` (a talks event's collapsed sources) replaces the whole
 *   disclosure with "Sources: [5] [6]": on paper there is nothing to expand.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Element, ElementContent, Root, RootContent } from 'hast';

export interface Endnote {
  /** 1-based, in order of first citation. */
  number: number;
  /** The note's content as HTML (inline content, no wrapping paragraph). */
  html: string;
}

export interface Endnoted {
  /** The document with every reference renumbered and every note list removed. */
  html: string;
  notes: Endnote[];
}

export interface EndnoteOptions {
  /** Notes get ids `${idPrefix}-${n}`, references `${idPrefix}-ref-${n}`. */
  idPrefix?: string;
  /** The id of the endnotes heading, which describes every reference for screen readers. */
  labelId?: string;
}

type Node = Root | RootContent;

const isElement = (node: Node | undefined): node is Element => node?.type === 'element';

function classes(el: Element): string[] {
  const c: unknown = el.properties['className'];
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

/** Every element in the tree, depth first, in document order. */
function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  if ('children' in node) for (const child of node.children) yield* elements(child);
}

/** A footnote definition's content without its back-links, unwrapped from a lone paragraph. */
function footnoteContent(li: Element): ElementContent[] {
  const strip = (nodes: ElementContent[]): ElementContent[] =>
    nodes
      .filter((n) => !(isElement(n) && n.tagName === 'a' && n.properties['dataFootnoteBackref'] !== undefined))
      .map((n) => (isElement(n) ? { ...n, children: strip(n.children) } : n));
  const content = strip(li.children).filter((n) => !(n.type === 'text' && n.value.trim() === ''));
  const only = content[0];
  const inner = content.length === 1 && isElement(only) && only.tagName === 'p' ? only.children : content;
  const last = inner.at(-1);
  if (last?.type === 'text') return [...inner.slice(0, -1), { ...last, value: last.value.trimEnd() }];
  return inner;
}

/** The first link in a source list item: the report it cites. */
function sourceLink(li: Element): Element | undefined {
  for (const el of elements(li)) if (el.tagName === 'a' && typeof el.properties['href'] === 'string') return el;
  return undefined;
}

/**
 * A source as an endnote: as the list item had it, with its address written out at the end, as
 * in a printed bibliography (the outlet's link is marked so print.css does not repeat it).
 */
function sourceNote(li: Element): ElementContent[] {
  const link = sourceLink(li);
  const href = link?.properties['href'];
  if (!link || typeof href !== 'string') return li.children;
  const marked = (nodes: ElementContent[]): ElementContent[] =>
    nodes.map((n) => {
      if (n === link)
        return { ...link, properties: { ...link.properties, className: [...classes(link), 'url-printed'] } };
      return isElement(n) ? { ...n, children: marked(n.children) } : n;
    });
  return [...marked(li.children), { type: 'text', value: '. ' }, h('a', { className: ['bare-url'], href }, href)];
}

export function gatherEndnotes(html: string, options: EndnoteOptions = {}): Endnoted {
  const { idPrefix = 'note', labelId = 'notes-label' } = options;
  const tree = fromHtml(html, { fragment: true });
  const notes: { number: number; content: ElementContent[] }[] = [];
  const numbers = new Map<string, number>();
  const referenced = new Set<number>();

  function numberFor(key: string, content: () => ElementContent[]): number {
    const known = numbers.get(key);
    if (known !== undefined) return known;
    const number = notes.length + 1;
    numbers.set(key, number);
    notes.push({ number, content: content() });
    return number;
  }

  /** A link to note n; the first reference to each note carries an id to link back to. */
  function reference(n: number, text: string): Element {
    const first = !referenced.has(n);
    referenced.add(n);
    return h(
      'a',
      { href: `#${idPrefix}-${n}`, id: first ? `${idPrefix}-ref-${n}` : undefined, ariaDescribedBy: labelId },
      text,
    );
  }

  // Footnote definitions, by id, from every section's "Notes" list.
  const definitions = new Map<string, Element>();
  for (const el of elements(tree))
    if (el.tagName === 'section' && el.properties['dataFootnotes'] !== undefined)
      for (const li of elements(el))
        if (li.tagName === 'li' && typeof li.properties['id'] === 'string') definitions.set(li.properties['id'], li);

  function sourceRefs(list: Element): ElementContent[] {
    const refs = list.children
      .filter((c): c is Element => isElement(c) && c.tagName === 'li')
      .map((li) =>
        numberFor(`source:${String(sourceLink(li)?.properties['href'] ?? toHtml(li))}`, () => sourceNote(li)),
      );
    return refs.flatMap((n, i) => [...(i > 0 ? [{ type: 'text' as const, value: ' ' }] : []), reference(n, `[${n}]`)]);
  }

  const isSourceList = (n: Node | undefined): boolean =>
    isElement(n) && n.tagName === 'ol' && classes(n).includes('sources');

  /** Rewrites a list of siblings in document order, returning the new list. */
  function rewrite(children: ElementContent[]): ElementContent[] {
    const out: ElementContent[] = [];
    for (const node of children) {
      if (!isElement(node)) {
        out.push(node);
        continue;
      }
      if (node.tagName === 'section' && node.properties['dataFootnotes'] !== undefined) continue;
      if (node.tagName === 'a' && node.properties['dataFootnoteRef'] !== undefined) {
        const id = String(node.properties['href'] ?? '').replace(/^#/, '');
        const definition = definitions.get(id);
        if (definition) {
          const n = numberFor(`footnote:${id}`, () => rewrite(footnoteContent(definition)));
          const ref = reference(n, String(n));
          ref.properties['dataFootnoteRef'] = true;
          out.push(ref);
          continue;
        }
      }
      if (isSourceList(node)) {
        out.push(h('p', { className: ['source-refs'] }, sourceRefs(node)));
        continue;
      }
      if (node.tagName === 'details') {
        const list = node.children.find(isSourceList);
        if (isElement(list)) {
          out.push(h('p', { className: ['source-refs'] }, [h('strong', 'Sources:'), ' ', ...sourceRefs(list)]));
          continue;
        }
      }
      out.push({ ...node, children: rewrite(node.children) });
    }
    return out;
  }

  const root: Root = { type: 'root', children: rewrite(tree.children as ElementContent[]) };
  return {
    html: toHtml(root),
    notes: notes.map(({ number, content }) => ({ number, html: toHtml({ type: 'root', children: content }) })),
  };
}
