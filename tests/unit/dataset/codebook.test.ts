/** The codebook: what the /data/ page documents and the downloads follow. */
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../../src/lib/dataset/codebook';
import { vocabularies } from '../../../src/lib/vocabulary';
import { CATEGORY_CODES, METHOD_CODES, OUTCOME_CODES, SETTING_CODES } from '../../../src/schemas/incident';
import { ACT_CODES, SPEAKER_CODES } from '../../../src/schemas/attribution';
import { SOURCE_KIND_CODES } from '../../../src/schemas/common';
import { STATUS_CODES } from '../../../src/lib/attribution';
import { LOCALE_CODES } from '../../../src/i18n/locales';

describe('the codebook', () => {
  it.each(LOCALE_CODES)('defines every term of every vocabulary in %s, from the schema’s own lists', (locale) => {
    const byField = Object.fromEntries(vocabularies(locale).map((v) => [v.field, v.terms.map((t) => t.code)]));
    expect(byField).toEqual({
      category: CATEGORY_CODES,
      setting: SETTING_CODES,
      method: METHOD_CODES,
      outcome: OUTCOME_CODES,
      status: STATUS_CODES,
      speaker: SPEAKER_CODES,
      act: ACT_CODES,
      'source-kind': SOURCE_KIND_CODES,
    });
    for (const t of vocabularies(locale).flatMap((v) => v.terms)) expect(t.definition.length).toBeGreaterThan(10);
  });
  it('gives each edition its own words for the codes', () => {
    expect(vocabularies('ru').find((v) => v.field === 'method')?.terms[0]).toMatchObject({
      code: 'car-bomb',
      label: 'Бомба в автомобиле',
    });
  });
  it('names a vocabulary only where one exists', () => {
    const fields = new Set(vocabularies().map((v) => v.field));
    for (const f of FIELDS) if (f.vocabulary) expect(fields.has(f.vocabulary)).toBe(true);
  });
  it('documents each column once', () => {
    const columns = FIELDS.map((f) => f.csv);
    expect(columns.filter((c, n) => columns.indexOf(c) !== n)).toEqual([]);
  });
});
