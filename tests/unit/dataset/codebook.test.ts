/** The codebook: what the /data/ page documents and the downloads follow. */
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../../src/lib/dataset/codebook';
import { vocabularies } from '../../../src/lib/vocabulary';
import { LOCALE_CODES } from '../../../src/i18n/locales';
import { CATEGORIES, METHODS, OUTCOMES, SETTINGS } from '../../../src/schemas/incident';
import { ACTS, SPEAKERS } from '../../../src/schemas/attribution';
import { SOURCE_KINDS } from '../../../src/schemas/common';
import { STATUSES } from '../../../src/lib/attribution';

describe('the codebook', () => {
  it.each(LOCALE_CODES)('defines every term of every vocabulary in %s, from the schema’s own lists', (locale) => {
    const byField = Object.fromEntries(vocabularies(locale).map((v) => [v.field, v.terms.map((t) => t.code)]));
    expect(byField).toEqual({
      category: Object.keys(CATEGORIES),
      setting: Object.keys(SETTINGS),
      method: Object.keys(METHODS),
      outcome: Object.keys(OUTCOMES),
      status: Object.keys(STATUSES),
      speaker: Object.keys(SPEAKERS),
      act: Object.keys(ACTS),
      'source-kind': Object.keys(SOURCE_KINDS),
    });
    for (const t of vocabularies(locale).flatMap((v) => v.terms)) expect(t.definition.length).toBeGreaterThan(10);
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
