/** The JSON download: each record, and the file around the records. */
import { describe, expect, it } from 'vitest';
import { incidentRecord, incidentsJson } from '../../../src/lib/dataset/json';
import { DATASET } from '../../../src/lib/dataset/codebook';
import { info, plain, tricky } from '../../fixtures/dataset';
import { parsePartialDate, withIsoDates } from '../../../src/lib/partial-date';

describe('the JSON record', () => {
  it('keeps every schema field and adds precision, status, the date in words, address and last change', () => {
    const r = incidentRecord(tricky, info);
    expect(r).toMatchObject({
      ...withIsoDates(tricky),
      datePrecision: 'month',
      responsibilityStatus: 'claimed-anonymously',
      when: 'about December 2024',
    });
    expect(r.url).toBe('https://example.org/incidents/#tricky');
    expect(r.lastModified).toBe('2027-01-02');
  });
});

describe('the JSON file', () => {
  const meta = {
    siteName: 'The Site',
    version: parsePartialDate('2027-01-02'),
    asOf: parsePartialDate('2025-04-29'),
    licence: { name: 'Licence', short: 'L', url: 'https://example.org/licence' },
    codebook: 'https://example.org/data/',
    methodology: 'https://example.org/methodology/',
  };
  const text = incidentsJson([plain, tricky], info, meta);
  const json = JSON.parse(text);

  it('says what it is, which version, under which licence and where its codebook is, before the records', () => {
    expect(Object.keys(json)).toEqual([
      'title',
      'description',
      'version',
      'asOf',
      'licence',
      'codebook',
      'methodology',
      'incidents',
    ]);
    expect(json).toMatchObject({
      title: `The Site: ${DATASET.title}`,
      description: DATASET.description,
      version: '2027-01-02',
      licence: meta.licence,
      codebook: meta.codebook,
    });
  });

  it('holds one record per incident, in the order given, and ends with a newline', () => {
    expect(json.incidents.map((r: { id: string }) => r.id)).toEqual(['test-person', 'tricky']);
    expect(json.incidents[1]).toEqual(JSON.parse(JSON.stringify(incidentRecord(tricky, info))));
    expect(text.endsWith('}\n')).toBe(true);
  });
});
