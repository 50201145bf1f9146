import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/styles/palette';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

/** The colour custom properties declared in a block of CSS. */
function colours(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/(--(?:color|cat|map)-[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value!.trim()]),
  );
}

/** The text of the block that opens at `start` (just after its `{`), up to its matching `}`. */
function blockAt(start: number): string {
  let depth = 1;
  for (let i = start; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return css.slice(start, i);
  }
  throw new Error('unbalanced braces in global.css');
}

const tokens = blockAt(css.indexOf('@layer tokens {') + '@layer tokens {'.length);
const darkStart = tokens.indexOf('@media (prefers-color-scheme: dark)');
const light = colours(tokens.slice(0, darkStart));
const dark = colours(tokens.slice(darkStart));

describe('the palette', () => {
  it('is declared in global.css with the values of src/styles/palette.ts, light and dark', () => {
    expect(light).toEqual(PALETTE.light);
    expect(dark).toEqual(PALETTE.dark);
  });

  it('is the embed card’s too, which declares the colours it uses with the same values', () => {
    const card = readFileSync(new URL('../../src/layouts/Embed.astro', import.meta.url), 'utf8');
    const style = card.slice(card.indexOf('<style'));
    const darkAt = style.indexOf('@media (prefers-color-scheme: dark)');
    const [cardLight, cardDark] = [colours(style.slice(0, darkAt)), colours(style.slice(darkAt))];
    expect(Object.keys(cardLight).length).toBeGreaterThan(3);
    expect(Object.keys(cardDark).sort()).toEqual(Object.keys(cardLight).sort());
    for (const [name, value] of Object.entries(cardLight)) expect(value, name).toBe(PALETTE.light[name as never]);
    for (const [name, value] of Object.entries(cardDark)) expect(value, name).toBe(PALETTE.dark[name as never]);
  });

  it('gives every light colour a dark value', () => {
    expect(Object.keys(PALETTE.dark).sort()).toEqual(Object.keys(PALETTE.light).sort());
  });
});
