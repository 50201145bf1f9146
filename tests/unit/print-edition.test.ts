import { describe, expect, it } from 'vitest';
import { numberSections, sectionNumbers } from '../../src/lib/print-edition';
import { cssString, pageMarginCss, pageNumberContent, styleHash } from '../../src/lib/print-margins';
import { ui } from '../../src/i18n/ui';

describe('the print edition outline', () => {
  const parts = numberSections([
    {
      title: 'One',
      sections: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
    },
    { title: 'Two', sections: [{ id: 'c', title: 'C' }] },
    { title: 'Three', sections: [] },
    { title: 'Four', sections: [{ id: 'd', title: 'D' }] },
  ]);

  it('numbers sections straight through the parts', () => {
    expect(parts.map((p) => p.sections.map((s) => `${s.number} ${s.title}`))).toEqual([
      ['1 A', '2 B'],
      ['3 C'],
      [],
      ['4 D'],
    ]);
  });

  it('finds a section number by id, and refuses an id used twice', () => {
    expect(sectionNumbers(parts).get('c')).toBe(3);
    const twice = numberSections([
      {
        title: 'X',
        sections: [
          { id: 'a', title: 'A' },
          { id: 'a', title: 'A again' },
        ],
      },
    ]);
    expect(() => sectionNumbers(twice)).toThrow(/two sections with the id "a"/);
  });

  it('describes the span of the incident list', () => {
    const { incidentSpan } = ui('en').print.printEdition;
    expect(incidentSpan(14, 2022, 2025)).toBe('14 incidents from 2022 to 2025');
    expect(incidentSpan(1, 2024, 2024)).toBe('1 incident in 2024');
  });
});

describe('page-margin text', () => {
  it('writes any text as a safe CSS string', () => {
    expect(cssString('Plain')).toBe('"Plain"');
    expect(cssString('Say "hi" \\ now')).toBe('"Say \\"hi\\" \\\\ now"');
    expect(cssString('a</style><script>')).toBe('"a\\3c /style>\\3c script>"');
    expect(cssString('two\nlines')).toBe('"two\\a lines"');
  });

  it('puts the title at the top centre, the address at the bottom left and the page number at the bottom right, for print only', () => {
    const css = pageMarginCss({ title: 'T', url: 'https://x.example/p/', pageOf: (p, n) => `Page ${p} of ${n}` });
    expect(css).toBe(
      '@media print{@page{@top-center{content:"T"}@bottom-left{content:"https://x.example/p/"}@bottom-right{content:"Page " counter(page) " of " counter(pages)}}}',
    );
  });

  it('numbers the pages in each edition’s words, the printer filling in the numbers wherever they stand', () => {
    expect(pageNumberContent(ui('en').print.pageMargins.pageOf)).toBe('"Page " counter(page) " of " counter(pages)');
    expect(pageNumberContent(ui('ru').print.pageMargins.pageOf)).toBe(
      '"Страница " counter(page) " из " counter(pages)',
    );
    expect(pageNumberContent(ui('uk').print.pageMargins.pageOf)).toBe('"Сторінка " counter(page) " з " counter(pages)');
    // A language may put the numbers first, or between words of its own.
    expect(pageNumberContent((p, n) => `${p}/${n}`)).toBe('counter(page) "/" counter(pages)');
    expect(pageNumberContent((p, n) => `${n} "pages", this is ${p}`)).toBe(
      'counter(pages) " \\"pages\\", this is " counter(page)',
    );
  });

  it('hashes the style for the CSP as a browser does', () => {
    // The SHA-256 of the empty string, in base64, as CSP writes it.
    expect(styleHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});
