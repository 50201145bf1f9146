import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import rehypeSectionFootnotes, { FOOTNOTE_OPTIONS, footnoteBackLabel } from '../../src/lib/rehype-section-footnotes';

describe('footnote back-links', () => {
  it('name the first citation by its note, and a later one by the number they show too', () => {
    expect(footnoteBackLabel(0, 1)).toBe('Back to reference 1');
    expect(footnoteBackLabel(0, 2)).toBe('Back to reference 1, citation 2');
    expect(footnoteBackLabel(4, 3)).toBe('Back to reference 5, citation 3');
  });

  it('have an accessible name that contains their visible text, as the site renders them (WCAG 2.5.3)', async () => {
    const markdown = await createMarkdownProcessor({
      remarkRehype: FOOTNOTE_OPTIONS,
      rehypePlugins: [rehypeSectionFootnotes],
    });
    const { code } = await markdown.render(
      'A claim.[^a] Another.[^a] A third.[^a] And one more.[^b]\n\n[^a]: Note a.\n[^b]: Note b.\n',
      { frontmatter: { id: 'who-was-moskalik' } },
    );
    const $ = load(code);
    const links = $('a[data-footnote-backref]')
      .toArray()
      .map((a) => ({ visible: $(a).text(), name: $(a).attr('aria-label') ?? '', href: $(a).attr('href') }));
    expect(links.map((l) => l.visible)).toEqual(['↩', '↩2', '↩3', '↩']);
    expect(links.map((l) => l.href)).toEqual([
      '#who-was-moskalik-fnref-a',
      '#who-was-moskalik-fnref-a-2',
      '#who-was-moskalik-fnref-a-3',
      '#who-was-moskalik-fnref-b',
    ]);
    for (const { visible, name } of links) {
      // The arrow is a symbol, not a word anyone would speak; any number beside it is, and it
      // must be a word of the name as axe reads one: words in brackets do not count.
      const words = visible.replace('↩', '').trim();
      if (words) expect(name.replace(/\([^()]*\)/g, '').split(/[\s,]+/)).toContain(words);
      expect(name).toMatch(/^Back to reference \d+/);
    }
  });
});

describe('a translation’s footnotes', () => {
  it('are headed and named in its own language, counted as the English ones are', async () => {
    const markdown = await createMarkdownProcessor({
      remarkRehype: FOOTNOTE_OPTIONS,
      rehypePlugins: [rehypeSectionFootnotes],
    });
    const { code } = await markdown.render('Один.[^a] Два.[^a] Три.[^b]\n\n[^a]: Примечание.\n[^b]: Другое.\n', {
      fileURL: new URL('file:///site/content/ru/explainer/who-was-moskalik.mdx'),
      frontmatter: { id: 'who-was-moskalik' },
    });
    const $ = load(code);
    expect($('#who-was-moskalik-footnote-label').text()).toBe('Примечания');
    expect(
      $('a[data-footnote-backref]')
        .toArray()
        .map((a) => $(a).attr('aria-label')),
    ).toEqual(['Назад к сноске 1', 'Назад к сноске 1, ссылка 2', 'Назад к сноске 2']);
  });
});
