import { describe, expect, it } from 'vitest';
import { incidentSchema } from '../../src/schemas/incident';
import { talksEventSchema } from '../../src/schemas/talks-event';
import { sectionSchema } from '../../src/schemas/section';
import { ContentError, checkReferences, validateList } from '../../src/lib/content-errors';
import { validIncident, validSection, validTalksEvent } from '../fixtures/entries';

const FILE = 'content/incidents.yaml';

/** Runs validateList and returns the editor-facing message it throws. */
function messageFor(entries: unknown[]): string {
  try {
    validateList(entries, incidentSchema, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as Error).message;
  }
  throw new Error('expected the entries to be rejected');
}

describe('valid content', () => {
  it('accepts a complete incident and fills defaults', () => {
    const [parsed] = validateList([validIncident()], incidentSchema, FILE);
    expect(parsed?.id).toBe('test-person');
    expect(parsed?.aliases).toEqual([]);
    expect(parsed?.disputed).toEqual([]);
  });
  it('accepts month- and year-precision dates', () => {
    expect(
      incidentSchema.safeParse({ ...validIncident(), date: '2023-12', time: undefined, timeZone: undefined }).success,
    ).toBe(true);
    expect(
      incidentSchema.safeParse({ ...validIncident(), date: '2022', time: undefined, timeZone: undefined }).success,
    ).toBe(true);
  });
  it('accepts a talks event and a section', () => {
    expect(talksEventSchema.safeParse(validTalksEvent()).success).toBe(true);
    expect(sectionSchema.safeParse(validSection()).success).toBe(true);
  });
});

describe('malformed incidents fail with file, entry and field named', () => {
  it('missing date', () => {
    const { date: _omit, ...rest } = validIncident();
    expect(messageFor([rest])).toContain(
      'content/incidents.yaml, entry "test-person", field "date": is missing: write the date as YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });
  it('impossible date', () => {
    expect(messageFor([{ ...validIncident(), date: '2023-02-30' }])).toContain(
      'entry "test-person", field "date": is not a real calendar date',
    );
  });
  it('badly written date', () => {
    expect(messageFor([{ ...validIncident(), date: '17/12/2024' }])).toContain(
      'field "date": must be written as YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });
  it('future date', () => {
    const next = `${new Date().getUTCFullYear() + 1}-01-01`;
    expect(messageFor([{ ...validIncident(), date: next }])).toContain(
      'entry "test-person", field "date": is in the future',
    );
  });
  it('unknown category', () => {
    expect(messageFor([{ ...validIncident(), category: 'spy' }])).toContain(
      'entry "test-person", field "category": must be one of: military-officer, weapons-scientist',
    );
  });
  it('duplicate id', () => {
    expect(messageFor([validIncident(), validIncident()])).toContain(
      'entry "test-person", field "id": "test-person" is used twice (entries #1 and #2); ids must be unique',
    );
  });
  it('fewer than two sources', () => {
    const one = { ...validIncident(), sources: validIncident().sources.slice(0, 1) };
    expect(messageFor([one])).toContain('entry "test-person", field "sources": needs at least two sources');
  });
  it('malformed URL', () => {
    const bad = validIncident();
    bad.sources[1] = { outlet: 'Outlet B', url: 'www.example.org/no-scheme' };
    expect(messageFor([bad])).toContain('entry "test-person", field "sources[1].url": must be a full http(s) address');
  });
  it('time without a time zone', () => {
    const { timeZone: _omit, ...rest } = validIncident();
    expect(messageFor([rest])).toContain('field "timeZone": needs a time zone');
  });
  it('unknown attribution stance', () => {
    const bad = { ...validIncident(), attribution: [{ stance: 'confirmed', who: 'X', text: 'Y' }] };
    expect(messageFor([bad])).toContain('field "attribution[0].stance": must be one of: claimed-on-record');
  });
  it('an entry without an id is named by its position', () => {
    const { id: _omit, ...rest } = validIncident();
    expect(messageFor([validIncident(), rest])).toContain('entry #2 (no id), field "id": is missing');
  });
  it('reports every problem in one pass', () => {
    const msg = messageFor([{ ...validIncident(), category: 'spy', date: '2023-02-30' }]);
    expect(msg).toMatch(/2 problems/);
  });
  it('rejects a file that is not a list', () => {
    expect(() => validateList({ id: 'x' }, incidentSchema, FILE)).toThrow(
      'content/incidents.yaml: must be a list of entries',
    );
  });
});

describe('sections', () => {
  it('a section referencing an unknown incident is named with its field', () => {
    const problems = checkReferences('content/explainer/pattern.mdx', 'is-there-a-pattern', {
      incidents: { listed: ['igor-kirillov', 'nobody-at-all'], known: new Set(['igor-kirillov']), kind: 'incident' },
    });
    expect(problems).toEqual([
      'content/explainer/pattern.mdx, entry "is-there-a-pattern", field "incidents[1]": no incident has the id "nobody-at-all"',
    ]);
  });
  it('a section id must be kebab-case and never derived from the title', () => {
    const r = sectionSchema.safeParse({ ...validSection(), id: 'Who Was Moskalik' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('must be kebab-case');
  });
  it('a section needs a summary', () => {
    const { summary: _omit, ...rest } = validSection();
    const r = sectionSchema.safeParse(rest);
    expect(r.error?.issues[0]?.message).toBe('is missing: write a one-sentence summary');
  });
});
