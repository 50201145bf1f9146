/**
 * Hands every link in a section's prose that points at a piece on a full page
 * ("/incidents/#darya-dugina", see piece-links.ts), or at another page of the site
 * ("/methodology/"), to <PieceLink>, which writes the real address when the page is built: a
 * piece's (an incident's through the list's `pathOf`) or the page's, in the edition of the page
 * that shows it, or stops the build naming the file and the link. The address cannot be written
 * here, at compile time: it depends on every incident (the list may be split into pages) and on
 * the page, and the edition, the section is shown on.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Link, Nodes, Root } from 'mdast';
import { isPageLink, pieceRef } from './piece-links';

/** The component the links become, and the name this plugin imports it under. */
const COMPONENT = fileURLToPath(new URL('../components/PieceLink.astro', import.meta.url));
const NAME = 'PieceLink';

interface FileLike {
  path?: string;
  cwd: string;
  extname?: string | undefined;
}

/** MDX's node for a component inside a paragraph (mdast-util-mdx-jsx), as far as this plugin writes it. */
interface MdxJsxTextElement {
  type: 'mdxJsxTextElement';
  name: string;
  attributes: { type: 'mdxJsxAttribute'; name: string; value: string }[];
  children: Link['children'];
}

/** `import PieceLink from "…/PieceLink.astro"`, as MDX's ESM node with the syntax tree MDX compiles from. */
function importNode() {
  const source = JSON.stringify(COMPONENT);
  return {
    type: 'mdxjsEsm',
    value: `import ${NAME} from ${source}`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: NAME } }],
            source: { type: 'Literal', value: COMPONENT, raw: source },
          },
        ],
      },
    },
  };
}

/** Replaces each link to a piece or a page of the site under `node` with the component; true if there was one. */
function replaceLinks(node: Nodes, file: string): boolean {
  if (!('children' in node)) return false;
  let found = false;
  node.children = node.children.map((child) => {
    found = replaceLinks(child, file) || found;
    if (child.type !== 'link' || !(pieceRef(child.url) || isPageLink(child.url))) return child;
    found = true;
    const element: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: NAME,
      attributes: [
        { type: 'mdxJsxAttribute', name: 'to', value: child.url },
        { type: 'mdxJsxAttribute', name: 'file', value: file },
        ...(child.title ? [{ type: 'mdxJsxAttribute' as const, name: 'title', value: child.title }] : []),
      ],
      children: child.children,
    };
    // mdast's own types do not list MDX's nodes; MDX compiles this one like a component the editor wrote.
    return element as unknown as typeof child;
  }) as typeof node.children;
  return found;
}

export default function remarkPieceLinks() {
  return (tree: Root, vfile: FileLike) => {
    const file = vfile.path ? relative(vfile.cwd, vfile.path) : 'a section';
    if (!replaceLinks(tree, file)) return;
    if (vfile.extname !== '.mdx')
      throw new Error(`${file}: links to pieces are resolved only in MDX; rename the file to .mdx`);
    tree.children.unshift(importNode() as unknown as Root['children'][number]);
  };
}
