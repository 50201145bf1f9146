import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeBareLinks, { isBareUrl } from '../../src/lib/rehype-bare-links';

const run = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  rehypeBareLinks()(tree);
  return toHtml(tree);
};

describe('bare links', () => {
  it('recognises a link whose text is its address', () => {
    expect(isBareUrl('https://www.bbc.com/news/x', 'https://www.bbc.com/news/x')).toBe(true);
    expect(isBareUrl('https://www.bbc.com/', 'www.bbc.com')).toBe(true);
    expect(isBareUrl('https://www.bbc.com/news/x', 'BBC News')).toBe(false);
    expect(isBareUrl('#fn-1', '#fn-1')).toBe(false);
  });

  it('marks bare links only, keeping their other classes', () => {
    expect(
      run('<p><a href="https://a.example/1">https://a.example/1</a> and <a href="https://a.example/2">A</a></p>'),
    ).toBe(
      '<p><a href="https://a.example/1" class="bare-url">https://a.example/1</a> and <a href="https://a.example/2">A</a></p>',
    );
    expect(run('<a class="x" href="https://a.example/">https://a.example/</a>')).toBe(
      '<a class="x bare-url" href="https://a.example/">https://a.example/</a>',
    );
  });
});
