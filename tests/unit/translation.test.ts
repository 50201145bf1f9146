import { describe, expect, it } from 'vitest';
import { incidentSchema } from '../../src/schemas/incident';
import { incidentText, overlay, shapeProblems, talksEventText, textVersion } from '../../src/lib/translation';
import { talksEventSchema } from '../../src/schemas/talks-event';
import { validIncident, validTalksEvent } from '../fixtures/entries';

const master = incidentSchema.parse({
  ...validIncident(),
  dateNote: 'Sources differ.',
  casualties: { othersKilled: { low: 1, lowSource: 'police' }, text: 'One other killed.' },
  disputed: ['First point.', 'Second point.'],
  updates: [{ date: '2026-12-02', kind: 'correction', text: 'Fixed.', was: 'old', now: 'new' }],
});
const russian = {
  role: 'Роль',
  dateNote: 'Источники расходятся.',
  casualties: { othersKilled: { lowSource: 'полиция' }, text: 'Погиб ещё один человек.' },
  attribution: [{ who: 'Киев', text: 'Без комментариев.' }],
  summary: 'Кратко.',
  disputed: ['Первое.', 'Второе.'],
  updates: [{ text: 'Исправлено.', was: 'старое', now: 'новое' }],
};

describe('what a translator writes', () => {
  it('is the text of the entry and nothing else: no date, code, count or source', () => {
    const text = incidentText(master);
    expect(Object.keys(text).sort()).toEqual(
      ['attribution', 'casualties', 'dateNote', 'disputed', 'role', 'summary', 'updates'].sort(),
    );
    expect(JSON.stringify(text)).not.toMatch(/2024-12-17|military-officer|https:|"low"/);
  });
  it('leaves out what the English does not have', () => {
    expect(incidentText({ ...master, dateNote: undefined })).not.toHaveProperty('dateNote');
    expect(incidentText(master)).not.toHaveProperty('person');
  });
  it('covers a talks event', () => {
    expect(Object.keys(talksEventText(talksEventSchema.parse(validTalksEvent()))).sort()).toEqual([
      'outcome',
      'participants',
      'place',
      'title',
    ]);
  });
});

describe('a translation checked against the English', () => {
  const text = incidentText(master);
  it('passes when it has every text field and no other', () => {
    expect(shapeProblems(text, russian)).toEqual([]);
  });
  it('names a missing field, an extra field, a short list and a field that is not text', () => {
    const { summary: _s, ...noSummary } = russian;
    expect(shapeProblems(text, noSummary)).toEqual([['summary', expect.stringContaining('is missing')]]);
    expect(shapeProblems(text, { ...russian, date: '2024-12-18' })).toEqual([
      ['date', expect.stringContaining('is not a field a translation can have')],
    ]);
    expect(shapeProblems(text, { ...russian, disputed: ['Одно.'] })).toEqual([
      ['disputed', 'has 1 item(s); the English has 2, in the same order'],
    ]);
    expect(
      shapeProblems(text, { ...russian, casualties: { ...russian.casualties, othersKilled: { low: 2 } } }),
    ).toEqual([
      ['casualties.othersKilled.lowSource', expect.stringContaining('is missing')],
      ['casualties.othersKilled.low', expect.stringContaining('is not a field')],
    ]);
    expect(shapeProblems(text, { ...russian, role: '' })).toEqual([['role', expect.stringContaining('empty text')]]);
  });
});

describe('the translated entry', () => {
  const translated = overlay(master, russian);
  it('has the translation’s words and the master’s facts', () => {
    expect(translated.summary).toBe('Кратко.');
    expect(translated.casualties).toEqual({
      othersKilled: { low: 1, lowSource: 'полиция' },
      text: 'Погиб ещё один человек.',
    });
    expect(translated.attribution[0]).toMatchObject({ speaker: 'ukraine-official', act: 'no-comment', who: 'Киев' });
    expect(translated.updates[0]).toMatchObject({ kind: 'correction', date: master.updates[0]!.date, now: 'новое' });
    expect(translated.date).toBe(master.date);
    expect(translated.sources).toBe(master.sources);
  });
});

describe('the version of the English', () => {
  it('changes when any English text changes, and only then', () => {
    const v = textVersion(incidentText(master));
    expect(v).toMatch(/^[0-9a-f]{12}$/);
    expect(textVersion(incidentText({ ...master }))).toBe(v);
    expect(textVersion(incidentText({ ...master, summary: 'Another summary.' }))).not.toBe(v);
    expect(textVersion(incidentText({ ...master, sources: [] }))).toBe(v);
  });
});
