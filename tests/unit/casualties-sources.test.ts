import { describe, expect, it } from 'vitest';
import { casualtyLine, countInWords } from '../../src/lib/casualties';
import { headlineParts, sourceLabel, sourceLabelParts } from '../../src/lib/sources';

describe('casualty counts in words', () => {
  it('gives a range where sources differ, and says so', () => {
    expect(casualtyLine({ injured: { low: 16, lowSource: 'police', high: 52, highSource: 'trial' }, text: '…' })).toBe(
      '16 to 52 injured, by different counts',
    );
  });
  it('gives one number where they agree', () => {
    expect(casualtyLine({ othersKilled: { low: 1, lowSource: 'TASS' }, text: '…' })).toBe('1 other killed');
    expect(countInWords({ low: 3, lowSource: 'a', high: 3, highSource: 'b' })).toBe('3');
  });
  it('leaves "none" to the sentence, and says nothing when no source gives a count', () => {
    expect(casualtyLine({ othersKilled: { low: 0, lowSource: 'TASS' }, text: 'None reported.' })).toBeUndefined();
    expect(casualtyLine({ text: 'Not reported.' })).toBeUndefined();
  });
  it('keeps an unconfirmed second death as a range from zero', () => {
    expect(
      casualtyLine({ othersKilled: { low: 0, lowSource: 'Reuters', high: 1, highSource: 'Kommersant' }, text: '…' }),
    ).toBe('up to 1 other killed, by different counts');
  });
});

describe('casualty counts in the words of each edition', () => {
  it('agrees the noun with the count, in the genitive after a range', () => {
    expect(
      casualtyLine(
        { othersKilled: { low: 0, lowSource: 'Reuters', high: 1, highSource: 'Kommersant' }, text: '…' },
        'ru',
      ),
    ).toBe('еще до 1 погибшего, по разным данным');
    expect(casualtyLine({ injured: { low: 16, lowSource: 'a', high: 52, highSource: 'b' }, text: '…' }, 'uk')).toBe(
      'від 16 до 52 поранених, за різними даними',
    );
    expect(
      casualtyLine({ othersKilled: { low: 2, lowSource: 'a' }, injured: { low: 1, lowSource: 'a' }, text: '…' }, 'ru'),
    ).toBe('еще 2 погибших, 1 раненый');
  });
});

describe('source labels say what kind of source it is', () => {
  it('names the agency first for a carried copy, and the original for a secondary report', () => {
    expect(sourceLabel({ outlet: 'The Japan News', kind: 'agency-copy', via: 'Reuters' })).toBe(
      'Reuters, carried by The Japan News',
    );
    expect(sourceLabel({ outlet: 'UNN', kind: 'secondary', via: 'Reuters' })).toBe('UNN, reporting Reuters');
    expect(sourceLabel({ outlet: 'Wikipedia', kind: 'reference' })).toBe('Wikipedia (reference work)');
    expect(sourceLabel({ outlet: 'Politico Europe', kind: 'original' })).toBe('Politico Europe');
  });
});

describe('source labels in another edition', () => {
  it('keep each edition’s word order, and the names apart so a page can mark them English', () => {
    const parts = sourceLabelParts({ outlet: 'The Japan News', kind: 'agency-copy', via: 'Reuters' }, 'ru');
    expect(parts).toEqual([
      { text: 'Reuters', name: true },
      { text: ', публикация на сайте ', name: false },
      { text: 'The Japan News', name: true },
    ]);
    expect(sourceLabel({ outlet: 'UNN', kind: 'secondary', via: 'Reuters' }, 'uk')).toBe('UNN з посиланням на Reuters');
    expect(sourceLabelParts({ outlet: 'Kremlin', kind: 'official' }, 'ru').filter((p) => !p.name)).toEqual([
      { text: ' (официальное заявление)', name: false },
    ]);
  });
  it('quote a headline in the edition’s own quotation marks', () => {
    expect(
      headlineParts('A headline', 'en')
        .map((p) => p.text)
        .join(''),
    ).toBe('“A headline”');
    expect(headlineParts('A headline', 'uk')).toEqual([
      { text: '«', name: false },
      { text: 'A headline', name: true },
      { text: '»', name: false },
    ]);
  });
});
