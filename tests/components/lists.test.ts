/** The small lists an entry is made of, in the cases the published content may lack. */
import { describe, expect, it } from 'vitest';
import UpdateList from '../../src/components/UpdateList.astro';
import SourceList from '../../src/components/SourceList.astro';
import SourceItem from '../../src/components/SourceItem.astro';
import AliasAnchors from '../../src/components/AliasAnchors.astro';
import PrintControl from '../../src/components/PrintControl.astro';
import { render } from './render';
import { updateSchema } from '../../src/schemas/common';

describe('UpdateList', () => {
  it('renders nothing without updates', async () => {
    expect((await render(UpdateList, { owner: 'x', updates: [] })).root().html()?.trim()).toBe('');
  });
  it('lists several, newest first, each at its own stable anchor', async () => {
    const $ = await render(UpdateList, {
      owner: 'x',
      updates: updateSchema.array().parse([
        { date: '2025-05-01', kind: 'update', text: 'First.' },
        { date: '2025-06-01', kind: 'correction', text: 'Second.', was: 'a', now: 'b' },
      ]),
    });
    expect(
      $('li')
        .toArray()
        .map((li) => $(li).attr('id')),
    ).toEqual(['x-update-2', 'x-update-1']);
    expect($('li').first().attr('data-kind')).toBe('correction');
  });
});

describe('SourceList', () => {
  it('names carried and secondary copies, languages and headlines', async () => {
    const $ = await render(SourceList, {
      sources: [
        { outlet: 'The Japan News', kind: 'agency-copy', via: 'Reuters', url: 'https://a.example.org/' },
        { outlet: 'UNN', kind: 'secondary', via: 'Reuters', url: 'https://b.example.org/', headline: 'H' },
        { outlet: 'TASS', kind: 'original', url: 'https://c.example.org/', lang: 'ru' },
      ],
    });
    expect(
      $('a')
        .toArray()
        .map((a) => $(a).text()),
    ).toEqual(['Reuters, carried by The Japan News', 'UNN, reporting Reuters', 'TASS']);
    expect($('cite').text()).toBe('“H”');
    expect($('a').last().attr('hreflang')).toBe('ru');
    expect($('li').last().text()).toContain('(in Russian)');
  });

  it('in the print edition, cites its reports by their notes, the first citation carrying the id', async () => {
    const $ = await render(SourceList, {
      sources: [
        { outlet: 'A', kind: 'original', url: 'https://a.example.org/' },
        { outlet: 'B', kind: 'original', url: 'https://b.example.org/' },
      ],
      citations: [
        { number: 3, first: false },
        { number: 7, first: true },
      ],
    });
    expect($('ol')).toHaveLength(0);
    expect($('p.source-refs').text()).toBe('[3] [7]');
    expect($('a').first().attr('href')).toBe('#note-3');
    expect($('a').first().attr('id')).toBeUndefined();
    expect($('a').last().attr('id')).toBe('note-ref-7');
    expect($('a').last().attr('aria-describedby')).toBe('notes-label');
  });
});

describe('SourceItem', () => {
  it('in the print edition’s notes, writes the address out after the report', async () => {
    const $ = await render(SourceItem, {
      source: { outlet: 'TASS', kind: 'original', url: 'https://tass.com/1', lang: 'ru' },
      addressWritten: true,
    });
    expect($.root().text()).toBe('TASS (in Russian). https://tass.com/1');
    expect($('a').first().attr('class')).toBe('url-printed');
    expect($('a.bare-url').attr('href')).toBe('https://tass.com/1');
  });
});

describe('AliasAnchors', () => {
  it('leaves an anchor for each former id', async () => {
    const $ = await render(AliasAnchors, { aliases: ['old-one', 'old-two'] });
    expect(
      $('[id]')
        .toArray()
        .map((e) => $(e).attr('id')),
    ).toEqual(['old-one', 'old-two']);
  });
});

describe('PrintControl', () => {
  it('on an ordinary page: a hidden button for the script, and a link to the print edition', async () => {
    const page = await render(PrintControl, {}, '/incidents/');
    expect(page('button[data-print-button]').attr('hidden')).toBeDefined();
    expect(page('button').text().trim()).toBe('Print this page');
    expect(page('a[href="/print/"]').text()).toMatch(/Print edition/);
    expect(page('.print-address').text()).toBe('This page online: https://example.org/incidents/');
  });
  it('on the print edition: a button for the edition, and no link to itself', async () => {
    const edition = await render(PrintControl, {}, '/print/');
    expect(edition('button').text().trim()).toBe('Print this edition');
    expect(edition('a[href="/print/"]')).toHaveLength(0);
  });
});
