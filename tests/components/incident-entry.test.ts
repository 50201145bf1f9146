/**
 * An incident entry in the branches the published content may not reach: with and without a
 * time, an age, other spellings, disputed points, statements, updates and later developments.
 */
import { describe, expect, it } from 'vitest';
import IncidentEntry from '../../src/components/IncidentEntry.astro';
import { incidentSchema } from '../../src/schemas/incident';
import { validIncident } from '../fixtures/entries';
import { render } from './render';

const make = (over: Record<string, unknown> = {}) => incidentSchema.parse({ ...validIncident(), ...over });
const dd = ($: Awaited<ReturnType<typeof render>>, term: string) =>
  $('dt')
    .filter((_, el) => $(el).text() === term)
    .next('dd');

/** An entry alone: its Cite disclosure needs the piece in the content, and is tested with the builds. */
const entry = (props: Record<string, unknown>) => render(IncidentEntry, { cite: false, ...props });

describe('IncidentEntry', () => {
  it('shows a known time with its zone, and an approximate one with "about"', async () => {
    expect((await entry({ incident: make() }))('.dateline').text()).toContain(
      '17 December 2024, 06:15 local time (UTC+3)',
    );
    const about = await entry({ incident: make({ approximateTime: true, approximateDate: true }) });
    expect(about('.dateline').text()).toContain('About 17 December 2024, about 06:15 local time (UTC+3)');
    const { time: _t, timeZone: _z, ...noTime } = validIncident();
    const none = await entry({ incident: incidentSchema.parse(noTime) });
    expect(none('.dateline').text()).not.toContain('local time');
  });

  it('gives age, spellings and a date note only when there are some', async () => {
    const $ = await entry({
      incident: make({ person: { name: 'A', otherSpellings: [], age: 58, ageNote: 'widely reported as 59' } }),
    });
    expect(dd($, 'Age').text()).toBe('58 (widely reported as 59)');
    expect(dd($, 'Also spelled')).toHaveLength(0);
    expect(dd($, 'Date')).toHaveLength(0);
    const bare = await entry({ incident: make({ person: { name: 'A' } }) });
    expect(dd(bare, 'Age')).toHaveLength(0);
  });

  it('lists disputed points, or no heading for them', async () => {
    const $ = await entry({ incident: make({ disputed: ['Age: 58 or 59.'] }) });
    expect($('.disputed li').text()).toBe('Age: 58 or 59.');
    expect((await entry({ incident: make() }))('.disputed')).toHaveLength(0);
  });

  it('says "Not claimed" and lists no statements when nobody has spoken', async () => {
    const $ = await entry({ incident: make({ attribution: [] }) });
    expect(dd($, 'Responsibility').text()).toBe('Not claimed');
    expect($('.attribution')).toHaveLength(0);
  });

  it('labels each statement with what was said and who spoke', async () => {
    const $ = await entry({
      incident: make({
        attribution: [{ speaker: 'ukraine-lawmaker-commander', act: 'endorsement', who: 'An MP', text: 'Praised it.' }],
      }),
    });
    expect($('.attribution li').text()).toBe('Endorsement (Ukrainian lawmakers or commanders): An MP. Praised it.');
  });

  it('shows a correction with what was wrong and what is right, and a later development apart', async () => {
    const $ = await entry({
      incident: make({
        updates: [{ date: '2026-12-02', kind: 'correction', text: 'Fixed.', was: 'old', now: 'new' }],
        later: [{ date: '2025-08', text: 'Later.', sources: [{ outlet: 'X', url: 'https://x.example.org/' }] }],
      }),
    });
    expect(
      $('#test-person-update-1 dd')
        .toArray()
        .map((d) => $(d).text()),
    ).toEqual(['old', 'new']);
    expect($('.later[role="note"]').text()).toContain('August 2025');
  });
});
