/** The codebook: what the /data/ page documents and the downloads follow. */
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../../src/lib/dataset/codebook';
import { vocabularies } from '../../../src/lib/vocabulary';
import { CATEGORY_CODES, METHOD_CODES, OUTCOME_CODES, SETTING_CODES } from '../../../src/schemas/incident';
import { ACT_CODES, SPEAKER_CODES } from '../../../src/schemas/attribution';
import { SOURCE_KIND_CODES } from '../../../src/schemas/common';
import { STATUS_CODES } from '../../../src/lib/attribution';
import { LOCALE_CODES } from '../../../src/i18n/locales';

const VOCABULARIES = vocabularies();

describe('the codebook', () => {
  it('defines every term of every vocabulary, from the schema’s own lists', () => {
    const byField = Object.fromEntries(VOCABULARIES.map((v) => [v.field, v.terms.map((t) => t.code)]));
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
    for (const t of VOCABULARIES.flatMap((v) => v.terms)) expect(t.definition.length).toBeGreaterThan(10);
  });
  it('gives every edition the same codes, in the same order, each with its own words', () => {
    const codes = (l: (typeof LOCALE_CODES)[number]) => vocabularies(l).map((v) => v.terms.map((t) => t.code));
    for (const l of LOCALE_CODES) expect(codes(l)).toEqual(codes('en'));
    expect(vocabularies('ru').find((v) => v.field === 'method')?.terms[0]).toMatchObject({
      code: 'car-bomb',
      label: 'Бомба в автомобиле',
    });
  });
  it('names a vocabulary only where one exists', () => {
    const fields = new Set(VOCABULARIES.map((v) => v.field));
    for (const f of FIELDS) if (f.vocabulary) expect(fields.has(f.vocabulary)).toBe(true);
  });
  it('documents each column once', () => {
    const columns = FIELDS.map((f) => f.csv);
    expect(columns.filter((c, n) => columns.indexOf(c) !== n)).toEqual([]);
  });
});
