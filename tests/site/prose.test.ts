/**
 * Editors' prose in content/ reaches the pages of both builds: each page of content/pages at
 * its address with its header and text, the footer's note on every page, the figure captions,
 * and every `{name}` filled in.
 */
import { localeOfPage } from '../support/templates';
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { readFigureCaptions, readIncidents, readProsePages, readSnippet, readTranslations } from '../support/content';
import { isEmbedCard, site, type SetName } from '../support/site';

/** A pattern for an editor's text as the site shows it: each `{name}` stands for whatever the site filled in. */
const shown = (text: string) =>
  new RegExp(
    text
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*'),
  );

/** The first sentence of an MDX body in plain words: markup and tags dropped. */
const firstWords = (mdx: string) =>
  mdx
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*|\[|\]\([^)]*\)/g, '')
    .trim()
    .split(/(?<=\.) /)[0]!;

describe.each(['content', 'fixtures'] as SetName[])('%s', (name) => {
  const built = site(name);
  const dir = built.content;

  describe.each(readProsePages(dir).map((p) => [p.id, p] as const))('the page %s', (id, page) => {
    const $ = built.$(`/${id}/`);
    it('shows its header from the frontmatter, with every {name} filled in', () => {
      expect($('h1').text()).toMatch(shown(page.heading));
      expect($('.page-header .kicker').text()).toBe(page.kicker);
      expect($('.page-header .standfirst').text()).toMatch(shown(page.standfirst));
      expect($('title').text()).toMatch(shown(page.title));
      expect($('meta[name="description"]').attr('content')).toMatch(shown(page.description));
    });
    it('shows its text from the MDX, headings keeping their ids', () => {
      const headings = [...page.body.matchAll(/<h[23] id="([^"]+)">([^<]+)<\/h[23]>/g)];
      expect(headings.length).toBeGreaterThan(0);
      for (const [, hid, heading] of headings) expect($(`main :is(h2, h3)#${hid}`).text()).toBe(heading);
    });
  });

  it('fills in every {name} on every page', () => {
    const count = readIncidents(dir).length;
    expect(built.$('/data/')('.standfirst').text()).toContain(`${count}`);
    for (const p of built.pages) {
      // A fresh parse: the shared one (built.$) is read by other tests and must not lose its scripts.
      const $ = load(p.html);
      $('script, style').remove();
      expect($('html').text(), p.path).not.toMatch(/\{[a-zA-Z]\w*\}/);
      expect($('meta[name="description"]').attr('content') ?? '', p.path).not.toMatch(/\{[a-zA-Z]\w*\}/);
    }
  });

  it('keeps a space either side of every separating dot, where words meet tags', () => {
    // compressHTML drops whitespace between tags: "Methodology ·Updates" is what that looks like.
    const cramped = built.pages.flatMap((p) => {
      const $ = load(p.html);
      $('script, style').remove();
      return [
        ...$('body')
          .text()
          .matchAll(/[\p{L}\d]·|·[\p{L}\d]/gu),
      ].map((m) => `${p.path}: "${m[0]}"`);
    });
    expect(cramped).toEqual([]);
  });

  it('shows the footer’s note on sources on every page', () => {
    // Each edition's note, or the English where the edition has none yet.
    const english = readSnippet('about-the-sources', dir);
    const noteIn = (path: string) =>
      firstWords(readTranslations(localeOfPage(path), dir).get('snippets/about-the-sources')?.body ?? english);
    // Every page with the site's footer: not the redirects, nor the cards other sites frame.
    const withFooter = built.pages.filter(
      (page) => page.path.endsWith('/') && !/http-equiv="refresh"/.test(page.html) && !isEmbedCard(page),
    );
    for (const p of withFooter) expect(built.$(p.path)('footer').text(), p.path).toContain(noteIn(p.path));
  });

  it('captions the chart and the map with the editors’ words', () => {
    const captions = readFigureCaptions(dir);
    const $ = built.$('/incidents/');
    for (const [figure, id] of [
      ['figure.timeline', 'timeline'],
      ['figure.incident-map', 'map'],
    ] as const) {
      const caption = captions.get(id)!;
      expect($(`${figure} figcaption strong`).text()).toMatch(shown(caption.title));
      expect($(`${figure} figcaption`).text()).toMatch(shown(`${caption.title} ${caption.text}`));
    }
  });
});
