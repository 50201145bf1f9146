import { describe, expect, it } from 'vitest';
import { passageUrl, textDirective } from '../../src/lib/text-fragment';

describe('a passage’s address', () => {
  it('puts the piece’s id before the directive, so an edited passage still lands on the piece', () => {
    expect(
      passageUrl('https://x.org/explainer/who-was-moskalik/', 'who-was-moskalik', { textStart: 'deputy head' }),
    ).toBe('https://x.org/explainer/who-was-moskalik/#who-was-moskalik:~:text=deputy%20head');
  });

  it('drops a fragment the page address already had', () => {
    expect(passageUrl('https://x.org/incidents/a/#old', 'a', { textStart: 'b' })).toBe(
      'https://x.org/incidents/a/#a:~:text=b',
    );
  });

  it('writes prefix, start, end and suffix in the directive’s order and marks', () => {
    expect(textDirective({ prefix: 'the', textStart: 'car', textEnd: 'exploded', suffix: 'at' })).toBe(
      'text=the-,car,exploded,-at',
    );
  });

  it('encodes the directive’s own marks inside the words, and any other text', () => {
    expect(textDirective({ textStart: 'Kyiv-based, 25 April & after' })).toBe(
      'text=Kyiv%2Dbased%2C%2025%20April%20%26%20after',
    );
    expect(textDirective({ textStart: 'Москалик' })).toBe(`text=${encodeURIComponent('Москалик')}`);
  });
});
