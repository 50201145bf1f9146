import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { inLocale, isPageLink, pieceRef, resolvePieceLink, type PieceAddresses } from '../../src/lib/piece-links';
import remarkPieceLinks from '../../src/lib/remark-piece-links';

/** A list split into pages: the incident lives on its year's page, under its id and a former id. */
const addresses: PieceAddresses = {
  explainer: new Map([['who-was-moskalik', '/#who-was-moskalik']]),
  'peace-talks': new Map([['easter-truce', '/peace-talks/#easter-truce']]),
  incidents: new Map([
    ['darya-dugina', '/incidents/2022/#darya-dugina'],
    ['dugina', '/incidents/2022/#darya-dugina'],
  ]),
};
const where = { file: 'content/explainer/pattern.mdx' };

describe('links to pieces in the prose', () => {
  it('are recognised by the full page they point into and the id after the #', () => {
    expect(pieceRef('/incidents/#darya-dugina')).toEqual({ kind: 'incidents', id: 'darya-dugina' });
    expect(pieceRef('/#who-was-moskalik')).toEqual({ kind: 'explainer', id: 'who-was-moskalik' });
    expect(pieceRef('/peace-talks/#easter-truce')).toEqual({ kind: 'peace-talks', id: 'easter-truce' });
    for (const other of ['/incidents/', '/incidents/darya-dugina/', '/data/#fields', 'https://x.example/#a', '#a'])
      expect(pieceRef(other), other).toBeUndefined();
  });

  it('lead where the piece really is, also from a former id', () => {
    expect(resolvePieceLink('/incidents/#darya-dugina', addresses, where)).toBe('/incidents/2022/#darya-dugina');
    expect(resolvePieceLink('/incidents/#dugina', addresses, where)).toBe('/incidents/2022/#darya-dugina');
    expect(resolvePieceLink('/#who-was-moskalik', addresses, where)).toBe('/#who-was-moskalik');
  });

  it('stop the build, naming the file and the link, when the piece does not exist', () => {
    expect(() => resolvePieceLink('/incidents/#darya-dugna', addresses, where)).toThrow(
      'content/explainer/pattern.mdx: the link "/incidents/#darya-dugna" leads nowhere: no incident has the id "darya-dugna"',
    );
    // An incident's id is not a section's: each page holds its own pieces.
    expect(() => resolvePieceLink('/#darya-dugina', addresses, where)).toThrow('no explainer section has the id');
    expect(() => resolvePieceLink('/peace-talks/#nowhere', addresses, where)).toThrow(
      'no peace-talks section or event has the id "nowhere"',
    );
  });

  it('carry the prefix of the page’s edition, and none in the English edition at the root', () => {
    expect(inLocale('/incidents/#a', undefined)).toBe('/incidents/#a');
    // Astro names the default locale on its pages too; English has no prefix all the same.
    expect(inLocale('/incidents/#a', 'en')).toBe('/incidents/#a');
    expect(inLocale('/incidents/#a', 'uk')).toBe('/uk/incidents/#a');
    expect(resolvePieceLink('/#who-was-moskalik', addresses, { ...where, locale: 'ru' })).toBe('/ru/#who-was-moskalik');
  });

  it('lead to the other pages of the site in the page’s edition, and to the downloads as they are', () => {
    for (const page of ['/', '/methodology/', '/data/#fields', '/incidents/darya-dugina/', '/updates/'])
      expect(isPageLink(page), page).toBe(true);
    for (const file of ['/data/incidents.csv', '/data/incidents.json', '/rss.xml', 'https://x.example/', '//x/', '#a'])
      expect(isPageLink(file), file).toBe(false);
    expect(resolvePieceLink('/methodology/', addresses, { ...where, locale: 'uk' })).toBe('/uk/methodology/');
    expect(resolvePieceLink('/data/#fields', addresses, { ...where, locale: 'en' })).toBe('/data/#fields');
    expect(() => resolvePieceLink('/data/incidents.csv', addresses, where)).toThrow(
      'is not a link to a page of the site',
    );
  });
});

describe('remarkPieceLinks', () => {
  const file = { path: '/site/content/explainer/pattern.mdx', cwd: '/site', extname: '.mdx' };
  const tree = (): Root => ({
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: '/incidents/#darya-dugina', children: [{ type: 'text', value: 'Darya Dugina' }] },
          { type: 'text', value: ' and ' },
          { type: 'link', url: 'https://example.org/', children: [{ type: 'text', value: 'a report' }] },
          { type: 'text', value: ', ' },
          { type: 'link', url: '/methodology/', children: [{ type: 'text', value: 'the methodology' }] },
          { type: 'text', value: ', ' },
          { type: 'link', url: '/data/incidents.csv', children: [{ type: 'text', value: 'the data' }] },
        ],
      },
    ],
  });

  it('hands links to pieces to the component, with the address as written and the file, and imports it', () => {
    const t = tree();
    remarkPieceLinks()(t, file);
    const [esm, paragraph] = t.children as unknown as [
      { type: string; value: string },
      { children: { type: string; name?: string; attributes?: unknown; url?: string }[] },
    ];
    expect(esm.type).toBe('mdxjsEsm');
    expect(esm.value).toMatch(/^import PieceLink from ".*\/src\/components\/PieceLink\.astro"$/);
    const [link, , external, , page, , download] = paragraph.children;
    expect(link).toMatchObject({
      type: 'mdxJsxTextElement',
      name: 'PieceLink',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'to', value: '/incidents/#darya-dugina' },
        { type: 'mdxJsxAttribute', name: 'file', value: 'content/explainer/pattern.mdx' },
      ],
    });
    expect(external).toMatchObject({ type: 'link', url: 'https://example.org/' });
    // Another page of the site is written in the page's edition too; a download is one file for all.
    expect(page).toMatchObject({ type: 'mdxJsxTextElement', name: 'PieceLink' });
    expect(download).toMatchObject({ type: 'link', url: '/data/incidents.csv' });
  });

  it('leaves prose without links to pieces as it is', () => {
    const t: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Plain.' }] }] };
    remarkPieceLinks()(t, file);
    expect(t.children).toHaveLength(1);
  });

  it('refuses links to pieces in plain Markdown, which cannot hold the component', () => {
    expect(() => remarkPieceLinks()(tree(), { ...file, path: '/site/content/a.md', extname: '.md' })).toThrow(
      'content/a.md: links to pieces are resolved only in MDX',
    );
  });
});
