import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { incidentSchema, type Incident } from '../../src/schemas/incident';
import { FIELDS, LIST_SEPARATOR, incidentRecord, incidentsCsv } from '../../src/lib/incident-data';
import { VOCABULARIES } from '../../src/lib/vocabulary';
import { CATEGORIES, METHODS, OUTCOMES, SETTINGS } from '../../src/schemas/incident';
import { ACTS, SPEAKERS } from '../../src/schemas/attribution';
import { SOURCE_KINDS } from '../../src/schemas/common';
import { STATUSES } from '../../src/lib/attribution';
import { validIncident } from '../fixtures/entries';

const info = { published: '2026-11-25', urlOf: (i: { id: string }) => `https://example.org/incidents/#${i.id}` };

// Text with commas, quotes and a line break: what a naive CSV writer gets wrong.
const tricky: Incident = incidentSchema.parse({
  ...validIncident(),
  id: 'tricky',
  date: '2024-12',
  summary: 'He said "no", then left,\nand the car exploded.',
  approximateDate: true,
  time: '21:00',
  approximateTime: true,
  casualties: {
    injured: { low: 16, lowSource: 'first police figure', high: 52, highSource: 'trial reporting' },
    text: 'Between 16 and about 52 injured.',
  },
  attribution: [
    {
      speaker: 'ukraine-anonymous',
      act: 'claim',
      who: 'SBU source, to Reuters',
      date: '2024-12-18',
      text: 'Said "we did it".',
    },
    { speaker: 'russia-authorities', act: 'accusation', who: 'FSB', text: 'Blamed Kyiv.' },
  ],
  sources: [
    { outlet: 'The Japan News', kind: 'agency-copy', via: 'Reuters', url: 'https://a.example.org/r' },
    { outlet: 'UNN', kind: 'secondary', via: 'Reuters', url: 'https://b.example.org/u' },
  ],
  updates: [{ date: '2027-01-02', kind: 'correction', text: 'Fixed the street.', was: 'Main St', now: 'High St' }],
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

  it('flattens sources and statements with the separator, in order', () => {
    expect(rows[1]!['sources']!.split(LIST_SEPARATOR)).toEqual(tricky.sources.map((s) => s.url));
    expect(rows[1]!['statement_kinds']!.split(LIST_SEPARATOR)).toEqual([
      'ukraine-anonymous:claim',
      'russia-authorities:accusation',
    ]);
    expect(rows[1]!['attribution']).toContain(
      'ukraine-anonymous:claim: SBU source, to Reuters (2024-12-18): Said "we did it".',
    );
    expect(rows[1]!['responsibility_status']).toBe('claimed-anonymously');
  });

  it('names each source with its kind', () => {
    expect(rows[1]!['source_outlets']!.split(LIST_SEPARATOR)).toEqual([
      'Reuters, carried by The Japan News',
      'UNN, reporting Reuters',
    ]);
    expect(rows[1]!['source_kinds']!.split(LIST_SEPARATOR)).toEqual(['agency-copy', 'secondary']);
  });

  it('keeps an approximate date and time approximate, in flags and in words', () => {
    expect(rows[1]).toMatchObject({ date_approximate: 'true', time_approximate: 'true', time: '21:00' });
    expect(rows[0]).toMatchObject({ date_approximate: 'false', time_approximate: 'false' });
    // A month-precision date has no day to put a time on.
    expect(rows[1]!['when']).toBe('about December 2024');
    expect(rows[0]!['when']).toBe('17 December 2024, 06:15 local time (UTC+3)');
  });

  it('gives casualty counts as numbers with the source of each bound, empty where none is given', () => {
    expect(rows[1]).toMatchObject({ injured_low: '16', injured_high: '52', others_killed_low: '' });
    expect(rows[1]!['injured_sources']).toBe('low: first police figure | high: trial reporting');
    expect(rows[0]).toMatchObject({ injured_low: '', injured_high: '' });
  });

  it('writes a correction with what was wrong and what is right', () => {
    expect(rows[1]!['updates']).toBe('2027-01-02 correction: Fixed the street. We said: Main St Correct: High St');
  });

  it('links each row to the incident’s anchor', () => {
    expect(rows[1]!['url']).toBe('https://example.org/incidents/#tricky');
  });
});

describe('the JSON record', () => {
  it('keeps every schema field and adds precision, status, the date in words, address and last change', () => {
    const r = incidentRecord(tricky, info);
    expect(r).toMatchObject({
      ...tricky,
      datePrecision: 'month',
      responsibilityStatus: 'claimed-anonymously',
      when: 'about December 2024',
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
      status: Object.keys(STATUSES),
      speaker: Object.keys(SPEAKERS),
      act: Object.keys(ACTS),
      'source-kind': Object.keys(SOURCE_KINDS),
    });
    for (const t of VOCABULARIES.flatMap((v) => v.terms)) expect(t.definition.length).toBeGreaterThan(10);
  });
  it('names a vocabulary only where one exists', () => {
    const fields = new Set(VOCABULARIES.map((v) => v.field));
    for (const f of FIELDS) if (f.vocabulary) expect(fields.has(f.vocabulary)).toBe(true);
  });
});
