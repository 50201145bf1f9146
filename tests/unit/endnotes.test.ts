import { describe, expect, it } from 'vitest';
import type { ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { footnoteHtml, gatherEndnotes, laterSources, type Footnote } from '../../src/lib/endnotes';
import type { Source } from '../../src/schemas/common';

const text = (value: string): ElementContent[] => [{ type: 'text', value }];
const note = (id: string, refs: number, value: string): Footnote => ({
  id,
  refs: Array.from({ length: refs }, (_, i) => (i === 0 ? `${id}ref` : `${id}ref-${i + 1}`)),
  content: text(value),
});
const source = (url: string): Source => ({ outlet: 'Outlet', kind: 'original', url });
const numbers = (notes: ReturnType<typeof gatherEndnotes>) =>
  notes.notes.map((n) => ('source' in n ? n.source.url : (n.footnote[0] as { value: string }).value));

describe('gatherEndnotes', () => {
  it('numbers the footnotes of several sections in one sequence, in reading order', () => {
    const notes = gatherEndnotes([
      { footnotes: [note('a-fn-1', 1, 'First'), note('a-fn-2', 2, 'Second')] },
      { footnotes: [note('b-fn-1', 1, 'Third')] },
    ]);
    expect(numbers(notes)).toEqual(['First', 'Second', 'Third']);
    expect(notes.footnote('a-fn-1ref')).toEqual({ number: 1, first: true });
    expect(notes.footnote('b-fn-1ref')).toEqual({ number: 3, first: true });
    // A note cited twice keeps its number; only its first reference is the one to come back to.
    expect(notes.footnote('a-fn-2ref-2')).toEqual({ number: 2, first: false });
  });

  it('lists each report once, at its first citation, and cites it by that number after', () => {
    const notes = gatherEndnotes([
      { owner: 'incident-a', sources: [source('https://x.example/1'), source('https://x.example/2')] },
      { owner: 'incident-b', sources: [source('https://x.example/2'), source('https://x.example/3')] },
    ]);
    expect(numbers(notes)).toEqual(['https://x.example/1', 'https://x.example/2', 'https://x.example/3']);
    expect(notes.sources('incident-b')).toEqual([
      { number: 2, first: false },
      { number: 3, first: true },
    ]);
    expect(notes.sources('nothing')).toEqual([]);
  });

  it('keeps footnotes and sources in one sequence, in the order a reader meets them', () => {
    const notes = gatherEndnotes([
      { footnotes: [note('a-fn-1', 1, 'A note')] },
      { owner: laterSources('a', 1), sources: [source('https://x.example/1')] },
      { owner: 'incident', sources: [source('https://x.example/1')] },
      { footnotes: [note('b-fn-1', 1, 'Another')] },
    ]);
    expect(numbers(notes)).toEqual(['A note', 'https://x.example/1', 'Another']);
    expect(notes.sources('a-later-1')).toEqual([{ number: 2, first: true }]);
    expect(notes.sources('incident')).toEqual([{ number: 2, first: false }]);
  });

  it('refuses two lists of sources under one name, which could not tell their references apart', () => {
    expect(() =>
      gatherEndnotes([
        { owner: 'a', sources: [] },
        { owner: 'a', sources: [] },
      ]),
    ).toThrow('named "a"');
  });
});

describe('footnoteHtml', () => {
  const content = (html: string) => fromHtml(html, { fragment: true }).children as ElementContent[];
  const nowhere = () => {
    throw new Error('no piece links here');
  };

  it('writes a footnote’s text as the section showed it', () => {
    const html = 'TASS, <a href="https://tass.com/1" class="bare-url">https://tass.com/1</a>; <em>Kommersant</em>';
    expect(footnoteHtml(content(html), nowhere)).toBe(html);
  });

  it('writes a link to a piece through the same address as the text does', () => {
    const link = {
      type: 'mdxJsxTextElement',
      name: 'PieceLink',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'to', value: '/incidents/#a' },
        { type: 'mdxJsxAttribute', name: 'file', value: 'content/explainer/x.mdx' },
      ],
      children: text('A. Person'),
    } as unknown as ElementContent;
    expect(footnoteHtml([...text('See '), link], (to, file) => `${to.replace('#', '2024/#')} (${file})`)).toBe(
      'See <a href="/incidents/2024/#a (content/explainer/x.mdx)">A. Person</a>',
    );
  });

  it('refuses other MDX, which a printed note cannot show', () => {
    const other = { type: 'mdxJsxTextElement', name: 'Chart', attributes: [], children: [] };
    expect(() => footnoteHtml([other as unknown as ElementContent], nowhere)).toThrow('<Chart>');
  });
});
