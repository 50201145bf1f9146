import { describe, expect, it } from 'vitest';
import { gatherEndnotes } from '../../src/lib/endnotes';

/** What remark-rehype and the section-footnote plugin produce for one section with notes. */
function section(id: string, refs: number[], notes: string[]): string {
  const body = refs
    .map(
      (n) =>
        `<p>Claim ${id}-${n}.<sup><a href="#${id}-fn-${n}" id="${id}-fnref-${n}" data-footnote-ref aria-describedby="${id}-footnote-label">${n}</a></sup></p>`,
    )
    .join('');
  const defs = notes
    .map(
      (text, i) =>
        `<li id="${id}-fn-${i + 1}"><p>${text} <a href="#${id}-fnref-${i + 1}" data-footnote-backref aria-label="Back">↩</a></p></li>`,
    )
    .join('');
  return `<section><h2 id="${id}">${id}</h2>${body}<section data-footnotes class="footnotes"><h3 id="${id}-footnote-label">Notes</h3><ol>${defs}</ol></section></section>`;
}

const sources = (...urls: string[]) =>
  `<ol class="sources">${urls.map((u) => `<li><a href="${u}">Outlet</a>, <time datetime="2025-04-25">25 Apr 2025</time></li>`).join('')}</ol>`;

describe('gatherEndnotes', () => {
  it('numbers footnotes of several sections in one sequence, in reading order', () => {
    const { html, notes } = gatherEndnotes(section('a', [1, 2], ['First', 'Second']) + section('b', [1], ['Third']));
    expect(notes.map((n) => n.html)).toEqual(['First', 'Second', 'Third']);
    expect(html).toContain('<a href="#note-1" id="note-ref-1" aria-describedby="notes-label" data-footnote-ref>1</a>');
    expect(html).toContain('<a href="#note-3" id="note-ref-3" aria-describedby="notes-label" data-footnote-ref>3</a>');
  });

  it('removes the per-section note lists and their back-links', () => {
    const { html, notes } = gatherEndnotes(section('a', [1], ['Only']));
    expect(html).not.toContain('data-footnotes');
    expect(html).not.toContain('Notes');
    expect(notes[0]?.html).not.toContain('↩');
  });

  it('replaces source lists with references and lists each address once', () => {
    const doc = `<article>${sources('https://x.example/1', 'https://x.example/2')}</article><article>${sources('https://x.example/2', 'https://x.example/3')}</article>`;
    const { html, notes } = gatherEndnotes(doc);
    expect(notes.map((n) => n.number)).toEqual([1, 2, 3]);
    expect(notes[1]?.html).toBe(
      '<a href="https://x.example/2" class="url-printed">Outlet</a>, <time datetime="2025-04-25">25 Apr 2025</time>. ' +
        '<a class="bare-url" href="https://x.example/2">https://x.example/2</a>',
    );
    expect(html).not.toContain('class="sources"');
    const refs = [...html.matchAll(/<a href="#note-(\d)"[^>]*>\[(\d)\]<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(refs).toEqual([
      ['1', '1'],
      ['2', '2'],
      ['2', '2'],
      ['3', '3'],
    ]);
    // Only the first reference to a note carries the id a reader can be sent back to.
    expect(html.match(/id="note-ref-2"/g)).toHaveLength(1);
  });

  it('keeps footnotes and sources in one sequence, in the order a reader meets them', () => {
    const doc =
      section('a', [1], ['A note']) +
      `<article>${sources('https://x.example/1')}</article>` +
      section('b', [1], ['Another']);
    expect(gatherEndnotes(doc).notes.map((n) => n.html.slice(0, 9))).toEqual(['A note', '<a href="', 'Another']);
  });

  it('turns a collapsed source list into a plain "Sources:" line', () => {
    const doc = `<article><details><summary>Sources (2)</summary>${sources('https://x.example/1', 'https://x.example/2')}</details></article>`;
    const { html } = gatherEndnotes(doc);
    expect(html).not.toContain('<details');
    expect(html).toContain('<p class="source-refs"><strong>Sources:</strong> <a href="#note-1"');
  });

  it('leaves a document without sources untouched', () => {
    const doc = '<p>Plain <a href="https://x.example/">link</a>.</p>';
    expect(gatherEndnotes(doc)).toEqual({ html: doc, notes: [] });
  });

  it('can prefix ids, so a page can hold more than one set of notes', () => {
    const { html } = gatherEndnotes(sources('https://x.example/1'), { idPrefix: 'n', labelId: 'l' });
    expect(html).toContain('<a href="#n-1" id="n-ref-1" aria-describedby="l">[1]</a>');
  });
});
