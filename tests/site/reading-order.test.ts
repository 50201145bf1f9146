// @vitest-environment jsdom
/**
 * What a screen-reader user hears, in order, at the top of the explainer: the headline, the
 * standfirst, the dateline, the contents and then the first section. Read from the built page
 * with a virtual screen reader, which follows the accessibility tree as a real one does.
 */
import { ui } from '../../src/i18n/ui';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { virtual } from '@guidepup/virtual-screen-reader';
import { readExplainerSections } from '../support/content';
import { SETS, ensureBuilt } from '../support/site';

ensureBuilt('content');
const html = readFileSync(`${SETS.content.dist}/index.html`, 'utf8');
document.documentElement.innerHTML = html.replace(/^<!DOCTYPE html>/i, '').replace(/^<html[^>]*>|<\/html>$/g, '');

// jsdom has no pseudo-elements (it says so on every call); the page's ::before and ::after
// carry no words a screen reader should hear, so the element's own style stands in for them.
const computed = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computed(element);

afterAll(async () => {
  await virtual.stop();
});

describe('the explainer, heard from the start of its main content', () => {
  it('gives headline, standfirst, dateline, how to cite it, contents and the first section in that order', async () => {
    const main = document.querySelector('main');
    expect(main).not.toBeNull();
    await virtual.start({ container: main! });
    // Enough steps to get past the contents into the first section.
    for (let i = 0; i < 100; i++) await virtual.next();
    const heard = (await virtual.spokenPhraseLog()).join('\n');
    const first = readExplainerSections()[0]!;
    const { headline, standfirst } = ui('en').site;
    const order = [headline, standfirst.slice(0, 40), 'The story as of', 'Cite this', 'Contents', first.title].map(
      (phrase) => heard.indexOf(phrase),
    );
    expect(
      order.every((at) => at >= 0),
      `heard:\n${heard.slice(0, 1500)}`,
    ).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
