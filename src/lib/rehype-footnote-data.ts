/**
 * Gives a section's footnotes to the print edition as data. remark-rehype writes them as a
 * "Notes" list at the end of the section, numbered within the section; the print edition numbers
 * every section's notes in one sequence with the sources (src/lib/endnotes.ts), so this plugin
 * records them in the section's frontmatter, which `render(entry).remarkPluginFrontmatter` reads
 * back: each note's id, the ids of the references to it in reading order, and its text as a
 * syntax tree without the way back to the references. It runs after the plugins that rename
 * the footnote ids and mark bare URLs, so the text is as the section shows it.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Footnote } from './endnotes';
import { elementsIn } from './hast';

interface VFileLike {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

type Node = Root | RootContent;

const isElement = (node: Node): node is Element => node.type === 'element';

/** A copy of a tree without positions in the source, which the edition has no use for. */
function plain<T extends Node>(node: T): T {
  const { position: _position, ...rest } = node as T & { position?: unknown };
  return ('children' in rest ? { ...rest, children: (rest.children as Node[]).map(plain) } : rest) as T;
}

/** A definition's text: without its back-links, unwrapped from a lone paragraph, trimmed. */
function noteText(li: Element): ElementContent[] {
  const strip = (nodes: ElementContent[]): ElementContent[] =>
    nodes
      .filter((n) => !(isElement(n) && n.properties['dataFootnoteBackref'] !== undefined))
      .map((n) => (isElement(n) ? { ...n, children: strip(n.children) } : n));
  const content = strip(li.children).filter((n) => !(n.type === 'text' && n.value.trim() === ''));
  const only = content[0];
  const inner = content.length === 1 && only && isElement(only) && only.tagName === 'p' ? only.children : content;
  // The spaces that stood before the back-links.
  const out = [...inner];
  for (let last = out.at(-1); last?.type === 'text'; last = out.at(-1)) {
    const value = last.value.trimEnd();
    if (value) {
      out[out.length - 1] = { ...last, value };
      break;
    }
    out.pop();
  }
  return out.map(plain);
}

/** The footnotes of a section's tree, in the order of their first reference. */
export function footnotesOf(tree: Root): Footnote[] {
  const refs = new Map<string, string[]>();
  for (const a of elementsIn(tree)) {
    const href = a.properties['href'];
    const id = a.properties['id'];
    if (a.properties['dataFootnoteRef'] === undefined || typeof href !== 'string' || typeof id !== 'string') continue;
    const note = href.replace(/^#/, '');
    refs.set(note, [...(refs.get(note) ?? []), id]);
  }
  const notes: Footnote[] = [];
  for (const section of elementsIn(tree))
    if (section.tagName === 'section' && section.properties['dataFootnotes'] !== undefined)
      for (const li of elementsIn(section))
        if (li.tagName === 'li' && typeof li.properties['id'] === 'string')
          notes.push({ id: li.properties['id'], refs: refs.get(li.properties['id']) ?? [], content: noteText(li) });
  return notes;
}

export default function rehypeFootnoteData() {
  return (tree: Root, file: VFileLike) => {
    const frontmatter = file.data.astro?.frontmatter;
    const notes = footnotesOf(tree);
    if (frontmatter && notes.length > 0) frontmatter['footnotes'] = notes;
  };
}
