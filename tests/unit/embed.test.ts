/**
 * The code another site pastes to embed a piece, and its oEmbed document: a quotation that is
 * true without the frame, the frame itself, and nothing a hostile title could turn into markup.
 */
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import {
  EMBED_FRAME,
  embedCode,
  embedPath,
  escapeHtml,
  leadSentence,
  oembedDocument,
  oembedPath,
  type EmbedPiece,
} from '../../src/lib/embed';

const piece: EmbedPiece = {
  title: 'Yaroslav Moskalik',
  dateline: 'About 25 April 2025, Balashikha, Moscow Oblast',
  summary: 'Moskalik was killed by a car bomb in a courtyard in Balashikha.',
  url: 'https://example.org/incidents/yaroslav-moskalik/',
  frame: 'https://example.org/embed/incidents/yaroslav-moskalik/',
  frameTitle: 'Yaroslav Moskalik: a card from The Site',
  siteName: 'The Site',
  lang: 'en-GB',
};

const parse = (p: EmbedPiece) => load(embedCode(p), null, false);

describe('embed addresses', () => {
  it('puts the card and the oEmbed document beside the share page’s kind and id', () => {
    expect(embedPath('incidents', 'darya-dugina')).toBe('/embed/incidents/darya-dugina/');
    expect(embedPath('explainer', 'who-was-moskalik')).toBe('/embed/explainer/who-was-moskalik/');
    expect(oembedPath('peace-talks', 'earlier-rounds')).toBe('/oembed/peace-talks/earlier-rounds.json');
  });
});

describe('the embed code', () => {
  it('opens with a quotation that names the piece, its date and its link, and says where it is from', () => {
    const $ = parse(piece);
    const quote = $('blockquote');
    expect(quote).toHaveLength(1);
    expect(quote.attr('cite')).toBe(piece.url);
    expect(quote.attr('lang')).toBe('en-GB');
    expect(quote.find('a').attr('href')).toBe(piece.url);
    expect(quote.find('a').text()).toBe('Yaroslav Moskalik');
    expect(quote.text()).toContain('About 25 April 2025, Balashikha, Moscow Oblast');
    expect(quote.text()).toContain(piece.summary);
    expect(quote.find('cite').text()).toBe('The Site');
  });

  it('then frames the card: its address, a name, the size the card fits, loaded lazily, and no script', () => {
    const $ = parse(piece);
    const frame = $('iframe');
    expect(
      $.root()
        .children()
        .toArray()
        .map((e) => (e as { tagName: string }).tagName),
    ).toEqual(['blockquote', 'iframe']);
    expect(frame.attr('src')).toBe(piece.frame);
    expect(frame.attr('title')).toBe(piece.frameTitle);
    expect(frame.attr('width')).toBe(String(EMBED_FRAME.width));
    expect(frame.attr('height')).toBe(String(EMBED_FRAME.height));
    expect(frame.attr('loading')).toBe('lazy');
    expect($('script')).toHaveLength(0);
    expect(Object.keys(frame.attr() ?? {}).filter((a) => /^on/i.test(a))).toEqual([]);
  });

  it('escapes every word it is given, so a title cannot become markup', () => {
    const hostile = {
      ...piece,
      title: '<script>alert(1)</script> & "quotes"',
      summary: 'A </blockquote><img src=x onerror=alert(1)> summary',
      frameTitle: '" onload="alert(1)',
    };
    expect(embedCode(hostile)).not.toMatch(/<script|<img/);
    const $ = parse(hostile);
    // The markup is the code's own, whatever the words: the same elements, the frame's own attributes.
    const tags = ($: ReturnType<typeof parse>) =>
      $('*')
        .toArray()
        .map((e) => (e as { tagName: string }).tagName);
    expect(tags($)).toEqual(tags(parse(piece)));
    expect(Object.keys($('iframe').attr() ?? {})).toEqual(['src', 'title', 'width', 'height', 'loading', 'style']);
    expect($('blockquote a').text()).toBe(hostile.title);
    expect($('blockquote p').eq(1).text()).toBe(hostile.summary);
    expect($('iframe').attr('title')).toBe(hostile.frameTitle);
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('links only to web addresses', () => {
    expect(() => embedCode({ ...piece, url: 'javascript:alert(1)' })).toThrow(/only to web addresses/);
    expect(() => embedCode({ ...piece, frame: 'data:text/html,hi' })).toThrow(/only to web addresses/);
  });
});

describe('the oEmbed document', () => {
  it('is a "rich" oEmbed 1.0 response carrying the same code, the site and the preview', () => {
    const doc = oembedDocument(
      piece,
      { url: 'https://example.org/' },
      { url: 'https://example.org/og/incidents/yaroslav-moskalik.png', width: 1200, height: 630 },
    );
    expect(doc).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'Yaroslav Moskalik',
      provider_name: 'The Site',
      provider_url: 'https://example.org/',
      html: embedCode(piece),
      width: EMBED_FRAME.width,
      height: EMBED_FRAME.height,
      thumbnail_url: 'https://example.org/og/incidents/yaroslav-moskalik.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });
});

describe('the lead sentence', () => {
  it('is the first sentence as the language divides them, or the whole text when there is one', () => {
    expect(leadSentence('Moskalik was killed. The Kremlin blamed Kyiv.', 'en')).toBe('Moskalik was killed.');
    expect(leadSentence('Москалик погиб. Кремль обвинил Киев.', 'ru')).toBe('Москалик погиб.');
    expect(leadSentence('  One sentence only.  ', 'uk')).toBe('One sentence only.');
  });
});
