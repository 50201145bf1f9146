/**
 * The print edition's notes: every source of every incident, talks event and later development,
 * and every Markdown footnote, in one numbered list, in the order a reader meets them. The
 * edition names what cites, in reading order (src/data/print-edition.ts); this numbers it:
 * - a source gets the next number, unless a report at the same address was cited before, which
 *   keeps its first number, so each report is listed once;
 * - a footnote gets the next number at its first reference; its later references repeat it.
 * Each citation knows whether it is the first reference to its note: only the first carries
 * the id a reader can be sent back to.
 */
import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Source } from '../schemas/common';

/** The ids the notes and their references carry, and the heading's, which describes every reference. */
export const NOTES = {
  id: 'notes',
  labelId: 'notes-label',
  note: (n: number) => `note-${n}`,
  reference: (n: number) => `note-ref-${n}`,
} as const;

/** A section's footnote, as its Markdown gave it (src/lib/rehype-footnote-data.ts). */
export interface Footnote {
  /** The note's id in the section ("who-was-moskalik-fn-1"). */
  id: string;
  /** The ids of the references to it, in reading order. */
  refs: string[];
  /** Its text, as a syntax tree: inline content, without the way back to the references. */
  content: ElementContent[];
}

/** What cites notes: a section's footnotes, or one list of sources with a name of its own. */
export type Citing =
  | { footnotes: readonly Footnote[] }
  | {
      /** The list's name: the id of the incident or event, or laterSources(id, n). */
      owner: string;
      sources: readonly Source[];
    };

/** One note, numbered from 1: a report, or a footnote's text. */
export type Endnote = { number: number } & ({ source: Source } | { footnote: ElementContent[] });

/** A reference to a note; the first reference to each note is the one that carries its id. */
export interface Citation {
  number: number;
  first: boolean;
}

export interface EditionNotes {
  notes: readonly Endnote[];
  /** The references a list of sources becomes, by its owner (empty for an unknown owner). */
  sources(owner: string): readonly Citation[];
  /** The reference a footnote reference becomes, by the footnote reference's id. */
  footnote(refId: string): Citation | undefined;
}

/** The owner of the sources of a piece's nth later development, in the order they are shown (from 1). */
export const laterSources = (pieceId: string, n: number): string => `${pieceId}-later-${n}`;

/** Numbers every note in the order of `citing`. */
export function gatherEndnotes(citing: Iterable<Citing>): EditionNotes {
  const notes: Endnote[] = [];
  const numbers = new Map<string, number>();
  const referenced = new Set<number>();
  const bySources = new Map<string, Citation[]>();
  const byFootnoteRef = new Map<string, Citation>();

  function cite(key: string, note: () => Omit<Endnote, 'number'>): Citation {
    let number = numbers.get(key);
    if (number === undefined) {
      number = notes.length + 1;
      numbers.set(key, number);
      notes.push({ number, ...note() } as Endnote);
    }
    const first = !referenced.has(number);
    referenced.add(number);
    return { number, first };
  }

  for (const c of citing) {
    if ('footnotes' in c) {
      for (const f of c.footnotes)
        for (const ref of f.refs)
          byFootnoteRef.set(
            ref,
            cite(`footnote:${f.id}`, () => ({ footnote: f.content })),
          );
    } else {
      if (bySources.has(c.owner)) throw new Error(`Two lists of sources in the print edition are named "${c.owner}"`);
      bySources.set(
        c.owner,
        c.sources.map((s) => cite(`source:${s.url}`, () => ({ source: s }))),
      );
    }
  }
  return {
    notes,
    sources: (owner) => bySources.get(owner) ?? [],
    footnote: (refId) => byFootnoteRef.get(refId),
  };
}

/** A node of MDX's own in a footnote's tree: a component such as a link to a piece. */
interface MdxJsxElement {
  type: 'mdxJsxTextElement' | 'mdxJsxFlowElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: ElementContent[];
}

/**
 * A footnote's text as HTML. A link to a piece (MDX's <PieceLink>, see remark-piece-links.ts)
 * becomes a plain link to the address `pieceHref` gives it; any other MDX in a footnote is
 * more than a printed note can hold, and stops the build.
 */
export function footnoteHtml(content: readonly ElementContent[], pieceHref: (to: string, file: string) => string) {
  const isMdx = (n: ElementContent | MdxJsxElement): n is MdxJsxElement =>
    n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement';
  const plain = (nodes: readonly (ElementContent | MdxJsxElement)[]): ElementContent[] =>
    nodes.map((n) => {
      if (isMdx(n)) {
        const attr = (name: string) => String(n.attributes.find((a) => a.name === name)?.value ?? '');
        if (n.name !== 'PieceLink') throw new Error(`A footnote holds <${n.name}>, which a printed note cannot show`);
        return {
          type: 'element',
          tagName: 'a',
          properties: { href: pieceHref(attr('to'), attr('file')), title: attr('title') || undefined },
          children: plain(n.children),
        };
      }
      return n.type === 'element' ? { ...n, children: plain(n.children) } : n;
    });
  const root: Root = { type: 'root', children: plain(content) };
  return toHtml(root);
}
