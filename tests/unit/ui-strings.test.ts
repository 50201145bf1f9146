import { describe, expect, it } from 'vitest';
import { AREAS, ui } from '../../src/i18n/ui';
import { LOCALE_CODES, TRANSLATED_LOCALES, type Locale } from '../../src/i18n/locales';
import { DATASET, FIELDS } from '../../src/lib/dataset/codebook';
import { casualtyLine, countInWords, highOf } from '../../src/lib/casualties';
import { sourceLabel } from '../../src/lib/sources';
import { FOOTNOTE_OPTIONS, footnoteBackLabel } from '../../src/lib/rehype-section-footnotes';
import { LICENCE, NAV, SITE } from '../../src/site';
import type { Count } from '../../src/schemas/casualties';

/** Every string and function of a dictionary, with its dotted path. */
function leaves(node: unknown, path = ''): [string, unknown][] {
  if (typeof node === 'string' || typeof node === 'function') return [[path, node]];
  return Object.entries(node as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

/** A function's parameter names as the English master declares them ("_ranged" is "ranged"). */
function paramNames(fn: (...args: never[]) => unknown): string[] {
  const m = /^\s*(?:\(([^)]*)\)|([\w$]+))\s*=>/.exec(fn.toString());
  if (!m) throw new Error(`cannot read the parameters of ${fn.toString().slice(0, 60)}`);
  return (m[1] ?? m[2] ?? '')
    .split(',')
    .map((p) => p.trim().replace(/^_/, ''))
    .filter(Boolean);
}

/**
 * A sample argument for every parameter name the dictionaries use: numbers for counts and
 * years, text (Cyrillic, so that a Latin word in a translated result can only be the
 * dictionary's own) for everything else. A new parameter name must be added here.
 */
const NUMBERS = new Set([
  'count',
  'shown',
  'total',
  'low',
  'high',
  'year',
  'fromYear',
  'untilYear',
  'firstYear',
  'lastYear',
  'section',
  'reference',
  'citation',
]);
const TEXTS = new Set([
  'date',
  'siteName',
  'siteDescription',
  'period',
  'title',
  'what',
  'headline',
  'language',
  'agency',
  'outlet',
  'via',
  'locality',
  'region',
  'note',
  'category',
  'url',
  'span',
  'from',
  'until',
  'kind',
  'was',
  'now',
  'vocabulary',
  'headings',
  'act',
  'label',
  'page',
  'pages',
  'status',
  'published',
  'modified',
  'style',
  'format',
  'extension',
  'licence',
]);
const BOOLEANS = new Set(['ranged']);

function sampleArgs(names: string[], n = 3): unknown[] {
  return names.map((name) => {
    if (NUMBERS.has(name)) return n;
    if (TEXTS.has(name)) return 'Пример';
    if (BOOLEANS.has(name)) return false;
    throw new Error(`no sample for the parameter "${name}": add it to the test's samples`);
  });
}

type Fn = (...args: unknown[]) => string;

/** Each edition's strings, and each function's result for the sample arguments, by path. */
function rendered(locale: Locale): [string, string][] {
  return Object.entries(AREAS).flatMap(([area, dict]) => {
    const master = new Map(leaves(dict.en));
    return leaves(dict[locale]).map(([path, value]): [string, string] => {
      const where = `${area}.${path}`;
      if (typeof value === 'string') return [where, value];
      const names = paramNames(master.get(path) as Fn);
      return [where, (value as Fn)(...sampleArgs(names))];
    });
  });
}

/**
 * Latin words a Russian or Ukrainian string may contain: names and abbreviations written in
 * Latin in both languages, and the one technical term BBC Russian and Ukrainian leave in
 * Latin. Anything in backticks is a value as the English downloads hold it, quoted.
 */
const ALLOWED_LATIN = [
  'Creative Commons',
  'Firstpost',
  'Reuters',
  'AFP',
  'AP',
  'BBC',
  'CSV',
  'JSON',
  'RSS',
  'URL',
  'PDF',
  'UTC',
  'QR',
  'IANA',
  'MIT',
  'cookie',
];

const latinWords = (text: string) => {
  let rest = text.replace(/`[^`]*`/g, ' ');
  for (const name of ALLOWED_LATIN) rest = rest.replace(new RegExp(`\\b${name}\\b`, 'g'), ' ');
  return rest.match(/[A-Za-z]+/g) ?? [];
};

describe('interface strings', () => {
  it.each(LOCALE_CODES)('gives every string of the %s edition, and every function a result, with words in it', (l) => {
    const all = rendered(l);
    // A walk that found next to nothing would pass vacuously.
    expect(all.length).toBeGreaterThan(300);
    for (const [path, text] of all) expect(text.trim(), path).not.toBe('');
  });

  it('gives every edition the same keys', () => {
    const keys = (l: Locale) => Object.entries(AREAS).flatMap(([a, d]) => leaves(d[l]).map(([p]) => `${a}.${p}`));
    for (const l of TRANSLATED_LOCALES) expect(keys(l)).toEqual(keys('en'));
  });

  it.each(TRANSLATED_LOCALES)('writes the %s edition without English words, except names and abbreviations', (l) => {
    const stray = rendered(l).flatMap(([path, text]) => latinWords(text).map((w) => `${path}: ${w}`));
    expect(stray).toEqual([]);
  });

  it.each(TRANSLATED_LOCALES)('uses the %s edition’s own quotation marks and apostrophes', (l) => {
    for (const [path, text] of rendered(l)) {
      const prose = text.replace(/`[^`]*`/g, '');
      expect(prose, path).not.toMatch(/[“”"]/);
      expect(prose, path).not.toMatch(/'/);
    }
  });

  it('says "not claimed" in the words the editions agreed on', () => {
    expect(ui('ru').vocabulary.statuses['not-claimed'].label).toBe('Ответственность не заявлена');
    expect(ui('uk').vocabulary.statuses['not-claimed'].label).toBe('Відповідальності не взято');
  });
});

describe('counts', () => {
  const at = [1, 3, 5, 21];
  it('names a number of incidents in the form each language needs', () => {
    expect(at.map((n) => ui('ru').lists.incidentList.periodCount(n))).toEqual([
      '1 инцидент',
      '3 инцидента',
      '5 инцидентов',
      '21 инцидент',
    ]);
    expect(at.map((n) => ui('uk').lists.incidentList.periodCount(n))).toEqual([
      '1 інцидент',
      '3 інциденти',
      '5 інцидентів',
      '21 інцидент',
    ]);
    expect(at.map((n) => ui('ru').print.printEdition.incidentSpan(n, 2022, 2025))).toEqual([
      '1 инцидент с 2022 по 2025 год',
      '3 инцидента с 2022 по 2025 год',
      '5 инцидентов с 2022 по 2025 год',
      '21 инцидент с 2022 по 2025 год',
    ]);
    expect(ui('uk').print.printEdition.incidentSpan(1, 2024, 2024)).toBe('1 інцидент у 2024 році');
  });

  it('puts the total after "of" in the genitive in the live filter message', () => {
    expect(at.map((n) => ui('ru').lists.filters.status('1', n))).toEqual([
      'Показано 1 из 1 инцидента',
      'Показано 1 из 3 инцидентов',
      'Показано 1 из 5 инцидентов',
      'Показано 1 из 21 инцидента',
    ]);
    expect(at.map((n) => ui('uk').lists.filters.status('1', n))).toEqual([
      'Показано 1 з 1 інциденту',
      'Показано 1 з 3 інцидентів',
      'Показано 1 з 5 інцидентів',
      'Показано 1 з 21 інциденту',
    ]);
  });

  it('agrees the casualty noun with the count, and puts it in the genitive after "up to"', () => {
    const ru = ui('ru').entries.casualties;
    expect(at.map((n) => ru.othersKilled(String(n), n, false))).toEqual([
      'еще 1 погибший',
      'еще 3 погибших',
      'еще 5 погибших',
      'еще 21 погибший',
    ]);
    expect(ru.othersKilled(ru.upTo(1), 1, true)).toBe('еще до 1 погибшего');
    expect(ru.injured(ru.range(16, 21), 21, true)).toBe('от 16 до 21 раненого');
    const uk = ui('uk').entries.casualties;
    expect(at.map((n) => uk.injured(String(n), n, false))).toEqual([
      '1 поранений',
      '3 поранених',
      '5 поранених',
      '21 поранений',
    ]);
    expect(uk.othersKilled(uk.range(16, 52), 52, true)).toBe('ще від 16 до 52 загиблих');
  });
});

/** The English dictionaries must say exactly what the code says today, so no English page changes. */
describe('the English edition', () => {
  const en = ui('en');
  it('describes the codebook and the dataset in the same words', () => {
    expect(Object.keys(en.pages.codebook.fields)).toEqual(FIELDS.map((f) => f.csv));
    expect(en.pages.dataset).toEqual(DATASET);
  });

  it('names the report it explains, its pages and its licence as src/site.ts does', () => {
    expect(en.site.explainsWhat).toBe(SITE.explains.what);
    expect(Object.keys(en.site.nav)).toEqual(NAV.map((n) => n.key));
    expect(en.site.licence.text).toBe(LICENCE.text.name);
  });

  it('words sources, casualties, spans and footnotes as the code does', () => {
    const s = en.entries.sourceList;
    expect(s.agencyCopy('Reuters', 'The Japan News')).toBe(
      sourceLabel({ outlet: 'The Japan News', kind: 'agency-copy', via: 'Reuters' }),
    );
    expect(s.secondary('UNN', 'Reuters')).toBe(sourceLabel({ outlet: 'UNN', kind: 'secondary', via: 'Reuters' }));
    expect(s.official('Kremlin')).toBe(sourceLabel({ outlet: 'Kremlin', kind: 'official' }));
    expect(s.reference('Wikipedia')).toBe(sourceLabel({ outlet: 'Wikipedia', kind: 'reference' }));

    const c = en.entries.casualties;
    const words = (n: Count) =>
      n.high === undefined || n.high === n.low ? String(n.low) : n.low === 0 ? c.upTo(n.high) : c.range(n.low, n.high);
    const counts: Count[] = [
      { low: 1, lowSource: 'a' },
      { low: 2, lowSource: 'a' },
      { low: 0, lowSource: 'a', high: 1, highSource: 'b' },
      { low: 16, lowSource: 'a', high: 52, highSource: 'b' },
    ];
    for (const n of counts) {
      const ranged = n.high !== undefined && n.high !== n.low;
      expect(words(n)).toBe(countInWords(n));
      const tail = ranged ? `, ${c.byDifferentCounts}` : '';
      expect(c.othersKilled(words(n), highOf(n), ranged) + tail).toBe(casualtyLine({ othersKilled: n, text: 'x' }));
      expect(c.injured(words(n), highOf(n), ranged) + tail).toBe(casualtyLine({ injured: n, text: 'x' }));
    }

    expect(en.entries.footnotes.heading).toBe(FOOTNOTE_OPTIONS.footnoteLabel);
    expect(en.entries.footnotes.backLabel(1, 1)).toBe(footnoteBackLabel(0, 1));
    expect(en.entries.footnotes.backLabel(2, 3)).toBe(footnoteBackLabel(1, 3));
  });
});
