import { describe, expect, it } from 'vitest';
import { incidentSchema } from '../../src/schemas/incident';
import { talksEventSchema } from '../../src/schemas/talks-event';
import { sectionSchema } from '../../src/schemas/section';
import { stringify } from 'yaml';
import { checkReferences, validateEntries } from '../../src/lib/content-errors';
import { validIncident, validSection, validTalksEvent } from '../fixtures/entries';
import { refusal } from '../support/refusal';

/** An incident as an editor writes it: the file content/incidents/<id>.yaml, without the id. */
const asFile = ({ id, ...fields }: { id: string; [field: string]: unknown }) => ({
  file: `content/incidents/${id}.yaml`,
  text: stringify(fields),
});

/** Validates one incident's file and returns the editor-facing message it throws. */
const messageFor = (entry: { id: string; [field: string]: unknown }) =>
  refusal(() => validateEntries([asFile(entry)], incidentSchema));

describe('valid content', () => {
  it('accepts a complete incident and fills defaults', () => {
    const [parsed] = validateEntries([asFile(validIncident())], incidentSchema);
    expect(parsed?.data.id).toBe('test-person');
    expect(parsed?.data.aliases).toEqual([]);
    expect(parsed?.data.disputed).toEqual([]);
  });
  it('parses every date once, at the precision it is written in', () => {
    const at = (date: string) =>
      incidentSchema.parse({ ...validIncident(), date, time: undefined, timeZone: undefined }).date;
    expect(at('2023-12')).toEqual({ year: 2023, month: 12, precision: 'month', iso: '2023-12' });
    expect(at('2022')).toEqual({ year: 2022, precision: 'year', iso: '2022' });
    expect(at('2024-12-17')).toMatchObject({ day: 17, precision: 'day' });
  });
  it('accepts a talks event and a section', () => {
    expect(talksEventSchema.safeParse(validTalksEvent()).success).toBe(true);
    expect(sectionSchema.safeParse(validSection()).success).toBe(true);
  });
});

describe('malformed incidents fail with file, entry and field named', () => {
  it('missing date', () => {
    const { date: _omit, ...rest } = validIncident();
    expect(messageFor(rest)).toContain(
      'content/incidents/test-person.yaml, entry "test-person", field "date": is missing: write the date as YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });
  it('impossible date', () => {
    expect(messageFor({ ...validIncident(), date: '2023-02-30' })).toContain(
      'entry "test-person", field "date": is not a real calendar date',
    );
  });
  it('badly written date', () => {
    expect(messageFor({ ...validIncident(), date: '17/12/2024' })).toContain(
      'field "date": must be written as YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });
  it('future date', () => {
    const next = `${new Date().getUTCFullYear() + 1}-01-01`;
    expect(messageFor({ ...validIncident(), date: next })).toContain(
      'entry "test-person", field "date": is in the future',
    );
  });
  it('unknown category', () => {
    expect(messageFor({ ...validIncident(), category: 'spy' })).toContain(
      'entry "test-person", field "category": must be one of: military-officer, weapons-scientist',
    );
  });
  it('fewer than two sources', () => {
    const one = { ...validIncident(), sources: validIncident().sources.slice(0, 1) };
    expect(messageFor(one)).toContain('entry "test-person", field "sources": needs at least two sources');
  });
  it('malformed URL', () => {
    const bad = validIncident();
    bad.sources[1] = { outlet: 'Outlet B', url: 'www.example.org/no-scheme' };
    expect(messageFor(bad)).toContain('entry "test-person", field "sources[1].url": must be a full http(s) address');
  });
  it('time without a time zone', () => {
    const { timeZone: _omit, ...rest } = validIncident();
    expect(messageFor(rest)).toContain('field "timeZone": needs a time zone');
  });
  it('unknown attribution speaker or act', () => {
    const bad = { ...validIncident(), attribution: [{ speaker: 'cia', act: 'confirmed', who: 'X', text: 'Y' }] };
    const msg = messageFor(bad);
    expect(msg).toContain('field "attribution[0].speaker": must be one of: ukraine-official');
    expect(msg).toContain('field "attribution[0].act": must be one of: claim, hint');
  });
  it('an act the speaker cannot make (Russia "claiming" a killing)', () => {
    const bad = {
      ...validIncident(),
      attribution: [{ speaker: 'russia-authorities', act: 'claim', who: 'FSB', text: 'Y' }],
    };
    expect(messageFor(bad)).toContain(
      'entry "test-person", field "attribution[0].act": "claim" cannot come from Russian authorities',
    );
  });
  it('contradictory statements: officials both claiming and denying', () => {
    const bad = {
      ...validIncident(),
      attribution: [
        { speaker: 'ukraine-official', act: 'claim', who: 'SBU', text: 'We did it.' },
        { speaker: 'ukraine-official', act: 'denial', who: 'Adviser', text: 'Not us.' },
      ],
    };
    expect(messageFor(bad)).toContain(
      'entry "test-person", field "attribution[1].act": contradicts statement 1: Ukrainian officials on the record cannot both "claim" and "denial"',
    );
  });
  it('contradictory statements: saying nothing and denying', () => {
    const bad = {
      ...validIncident(),
      attribution: [
        { speaker: 'ukraine-official', act: 'denial', who: 'Adviser', text: 'Not us.' },
        { speaker: 'ukraine-official', act: 'no-comment', who: 'Kyiv', text: 'No comment.' },
      ],
    };
    expect(messageFor(bad)).toContain('field "attribution[1].act": contradicts statement 1');
  });
  it('a hint beside a denial is allowed (details published, involvement denied)', () => {
    const ok = {
      ...validIncident(),
      attribution: [
        { speaker: 'ukraine-official', act: 'hint', who: 'HUR', text: 'Published details.' },
        { speaker: 'ukraine-official', act: 'denial', who: 'HUR chief', text: 'Denied.' },
      ],
    };
    expect(incidentSchema.safeParse(ok).success).toBe(true);
  });
  it('an approximate time with no time', () => {
    const { time: _t, timeZone: _z, ...rest } = validIncident();
    expect(messageFor({ ...rest, approximateTime: true })).toContain(
      'field "approximateTime": is set, but no time is given',
    );
  });
  it('a casualty range upside down, or a high count without its source', () => {
    const msg = messageFor({
      ...validIncident(),
      casualties: { injured: { low: 5, lowSource: 'A', high: 3 }, text: 'Some.' },
    });
    expect(msg).toContain('field "casualties.injured.high": is lower than low (5)');
    expect(msg).toContain('field "casualties.injured.highSource": is missing');
  });
  it('a carried or secondary source without the original named, or `via` without a kind', () => {
    const bad = validIncident();
    bad.sources[0] = { outlet: 'The Japan News', kind: 'agency-copy', url: 'https://a.example.org/r' } as never;
    bad.sources[1] = { outlet: 'UNN', via: 'Reuters', url: 'https://b.example.org/u' } as never;
    const msg = messageFor(bad);
    expect(msg).toContain('field "sources[0].via": is missing: a source of kind "agency-copy" names the agency');
    expect(msg).toContain('field "sources[1].kind": must be "agency-copy" or "secondary" when `via` is given');
  });
  it('a correction that does not say what was wrong and what is right', () => {
    const bad = { ...validIncident(), updates: [{ date: '2025-05-01', kind: 'correction', text: 'Fixed.' }] };
    const msg = messageFor(bad);
    expect(msg).toContain('field "updates[0].was": is missing: a correction says what was wrong');
    expect(msg).toContain('field "updates[0].now": is missing: a correction says what is right');
  });
  it('a later development dated inside the story’s own time', () => {
    const later = [{ date: '2025-04', text: 'Something.', sources: [{ outlet: 'A', url: 'https://a.example.org/x' }] }];
    expect(messageFor({ ...validIncident(), later })).toContain(
      'field "later[0].date": must be after 2025-04-29: earlier facts belong in the text itself',
    );
    const ok = [{ ...later[0], date: '2025-05' }];
    expect(incidentSchema.safeParse({ ...validIncident(), later: ok }).success).toBe(true);
  });
  it('reports every problem in one pass', () => {
    const msg = messageFor({ ...validIncident(), category: 'spy', date: '2023-02-30' });
    expect(msg).toMatch(/2 problems/);
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
