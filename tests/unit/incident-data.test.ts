import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { incidentSchema, type Incident } from '../../src/schemas/incident';
import { FIELDS, LIST_SEPARATOR, incidentRecord, incidentsCsv } from '../../src/lib/incident-data';
import { VOCABULARIES } from '../../src/lib/vocabulary';
import { CATEGORIES, METHODS, OUTCOMES, SETTINGS, STANCES } from '../../src/schemas/incident';
import { validIncident } from '../fixtures/entries';

const info = { published: '2026-11-25', urlOf: (i: { id: string }) => `https://example.org/incidents/#${i.id}` };

// Text with commas, quotes and a line break: what a naive CSV writer gets wrong.
const tricky: Incident = incidentSchema.parse({
  ...validIncident(),
  id: 'tricky',
  date: '2024-12',
  summary: 'He said "no", then left,\nand the car exploded.',
  attribution: [
    { stance: 'claimed-anonymously', who: 'SBU source, to Reuters', date: '2024-12-18', text: 'Said "we did it".' },
    { stance: 'alleged-by-russia', who: 'FSB', text: 'Blamed Kyiv.' },
  ],
  updates: [{ date: '2027-01-02', kind: 'correction', text: 'Fixed the street.' }],
});
const plain: Incident = incidentSchema.parse(validIncident());

describe('the CSV download', () => {
  const rows: Record<string, string>[] = parse(incidentsCsv([plain, tricky], info), { columns: true });

  it('parses back to one row per incident, with the documented columns', () => {
    expect(rows.map((r) => r['id'])).toEqual(['test-person', 'tricky']);
    expect(Object.keys(rows[0]!)).toEqual(FIELDS.map((f) => f.csv));
  });

  it('keeps text with commas, quotes and line breaks intact', () => {
    expect(rows[1]!['summary']).toBe(tricky.summary);
  });

  it('writes dates with their precision and the last change', () => {
    expect(rows[0]).toMatchObject({ date: '2024-12-17', date_precision: 'day', last_modified: '2026-11-25' });
    expect(rows[1]).toMatchObject({ date: '2024-12', date_precision: 'month', last_modified: '2027-01-02' });
  });

  it('flattens sources and stances with the separator, in order', () => {
    expect(rows[1]!['sources']!.split(LIST_SEPARATOR)).toEqual(tricky.sources.map((s) => s.url));
    expect(rows[1]!['stances']!.split(LIST_SEPARATOR)).toEqual(['claimed-anonymously', 'alleged-by-russia']);
    expect(rows[1]!['attribution']).toContain(
      'claimed-anonymously: SBU source, to Reuters (2024-12-18): Said "we did it".',
    );
  });

  it('links each row to the incident’s anchor', () => {
    expect(rows[1]!['url']).toBe('https://example.org/incidents/#tricky');
  });
});

describe('the JSON record', () => {
  it('keeps every schema field and adds precision, stances, address and last change', () => {
    const r = incidentRecord(tricky, info);
    expect(r).toMatchObject({
      ...tricky,
      datePrecision: 'month',
      stances: ['claimed-anonymously', 'alleged-by-russia'],
    });
    expect(r.url).toBe('https://example.org/incidents/#tricky');
    expect(r.lastModified).toBe('2027-01-02');
  });
});

describe('the codebook', () => {
  it('defines every term of every vocabulary, from the schema’s own lists', () => {
    const byField = Object.fromEntries(VOCABULARIES.map((v) => [v.field, v.terms.map((t) => t.code)]));
    expect(byField).toEqual({
      category: Object.keys(CATEGORIES),
      setting: Object.keys(SETTINGS),
      method: Object.keys(METHODS),
      outcome: Object.keys(OUTCOMES),
      stance: Object.keys(STANCES),
    });
    for (const t of VOCABULARIES.flatMap((v) => v.terms)) expect(t.definition.length).toBeGreaterThan(10);
  });
  it('names a vocabulary only where one exists', () => {
    const fields = new Set(VOCABULARIES.map((v) => v.field));
    for (const f of FIELDS) if (f.vocabulary) expect(fields.has(f.vocabulary)).toBe(true);
  });
});
