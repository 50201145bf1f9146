/** A translation's subheadings answer to the English ids: `/ru/#the-device` opens what `/#the-device` does. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import rehypeHeadingIds, { headingIdsOf } from '../../src/lib/rehype-heading-ids';

/** A content folder with one English section (its file named otherwise than its id) and a translation of it. */
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function contentWith(english: string) {
  const dir = mkdtempSync(join(tmpdir(), 'heading-ids-'));
  folders.push(dir);
  mkdirSync(join(dir, 'explainer'));
  mkdirSync(join(dir, 'ru', 'explainer'), { recursive: true });
  writeFileSync(join(dir, 'explainer', 'device.mdx'), `---\nid: "what-happened"\ntitle: "x"\n---\n\n${english}`);
  return new URL(`file://${join(dir, 'ru', 'explainer', 'what-happened.mdx')}`);
}

const render = async (markdown: string, fileURL: URL) => {
  const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeHeadingIds] });
  return load((await processor.render(markdown, { fileURL })).code);
};

describe('subheadings of a translation', () => {
  it('take the ids Astro gives the English subheadings, in order', async () => {
    const fileURL = contentWith("Text.\n\n### The device\n\nMore.\n\n### Russia's [account](/x/)\n\n### The device\n");
    const $ = await render('Текст.\n\n### Взрывное устройство\n\n### Версия России\n\n### Еще раз\n', fileURL);
    expect(
      $('h3')
        .toArray()
        .map((h) => $(h).attr('id')),
    ).toEqual(['the-device', 'russias-account', 'the-device-1']);
  });

  it('stop the build when they are not the English ones one for one', async () => {
    const fileURL = contentWith('### The device\n\n### The timing\n');
    await expect(render('### Взрывное устройство\n', fileURL)).rejects.toThrow(
      /what-happened\.mdx: has 1 subheading\(s\); the English has 2/,
    );
  });

  it('are slugged from the heading words as Astro slugs them', () => {
    expect(
      headingIdsOf('### 58, though widely reported as 59\n### A rising figure?\n### Kyiv’s silence, and its hints'),
    ).toEqual(['58-though-widely-reported-as-59', 'a-rising-figure', 'kyivs-silence-and-its-hints']);
  });
});
