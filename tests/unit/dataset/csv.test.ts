/** The CSV download, parsed back as a researcher's tools would read it. */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { incidentsCsv } from '../../../src/lib/dataset/csv';
import { FIELDS, LIST_SEPARATOR } from '../../../src/lib/dataset/codebook';
import { info, plain, tricky } from '../../fixtures/dataset';

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
