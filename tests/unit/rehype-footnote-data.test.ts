import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeFootnoteData, { footnotesOf } from '../../src/lib/rehype-footnote-data';

/**
 * What remark-rehype and the section-footnote plugin write for a section whose first note is
 * cited twice: the references in the text, then the "Notes" list with a way back to each.
 */
const SECTION = [
  '<p>A claim.<sup><a href="#s-fn-1" id="s-fnref-1" data-footnote-ref aria-describedby="s-footnote-label">1</a></sup>',
  ' Another.<sup><a href="#s-fn-2" id="s-fnref-2" data-footnote-ref aria-describedby="s-footnote-label">2</a></sup>',
  ' The first again.<sup><a href="#s-fn-1" id="s-fnref-1-2" data-footnote-ref aria-describedby="s-footnote-label">1</a></sup></p>',
  '<section data-footnotes class="footnotes"><h3 id="s-footnote-label">Notes</h3><ol>',
  '<li id="s-fn-1">\n<p>TASS, <a href="https://tass.com/1" class="bare-url">https://tass.com/1</a> ',
  '<a href="#s-fnref-1" data-footnote-backref aria-label="Back to reference 1">↩</a> ',
  '<a href="#s-fnref-1-2" data-footnote-backref aria-label="Back to reference 1, citation 2">↩<sup>2</sup></a></p>\n</li>',
  '<li id="s-fn-2">\n<p>Reuters. <a href="#s-fnref-2" data-footnote-backref aria-label="Back to reference 2">↩</a></p>\n</li>',
  '</ol></section>',
].join('');

const tree = () => fromHtml(SECTION, { fragment: true });

describe('a section’s footnotes as data', () => {
  it('gives each note’s id, its references in reading order, and its text without the way back', () => {
    const notes = footnotesOf(tree());
    expect(notes.map((n) => [n.id, n.refs])).toEqual([
      ['s-fn-1', ['s-fnref-1', 's-fnref-1-2']],
      ['s-fn-2', ['s-fnref-2']],
    ]);
    const html = notes.map((n) => toHtml({ type: 'root', children: n.content }));
    expect(html).toEqual(['TASS, <a href="https://tass.com/1" class="bare-url">https://tass.com/1</a>', 'Reuters.']);
  });

  it('records them in the section’s frontmatter, and nothing for a section without notes', () => {
    const withNotes = { data: { astro: { frontmatter: {} as Record<string, unknown> } } };
    rehypeFootnoteData()(tree(), withNotes);
    expect(withNotes.data.astro.frontmatter['footnotes']).toEqual(footnotesOf(tree()));
    // Plain data, so the compiled section can carry it.
    expect(JSON.parse(JSON.stringify(withNotes.data.astro.frontmatter['footnotes']))).toEqual(footnotesOf(tree()));
    const without = { data: { astro: { frontmatter: {} as Record<string, unknown> } } };
    rehypeFootnoteData()(fromHtml('<p>No notes.</p>', { fragment: true }) as Root, without);
    expect(without.data.astro.frontmatter).toEqual({});
  });
});
