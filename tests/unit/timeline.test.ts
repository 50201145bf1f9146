import { describe, expect, it } from 'vitest';
import { categoryShape, dateSpan, layoutTimeline, timelineView } from '../../src/lib/timeline';
import { CATEGORY_CODES, incidentSchema } from '../../src/schemas/incident';
import { talksEventSchema } from '../../src/schemas/talks-event';
import { validIncident, validTalksEvent } from '../fixtures/entries';
import { parsePartialDate } from '../../src/lib/partial-date';

const d = parsePartialDate;

describe('dateSpan', () => {
  it('covers a day, a month or a year, as the date says', () => {
    expect(dateSpan(d('2024-12-17')).map((d) => d.toISOString().slice(0, 10))).toEqual(['2024-12-17', '2024-12-18']);
    expect(dateSpan(d('2024-12')).map((d) => d.toISOString().slice(0, 10))).toEqual(['2024-12-01', '2025-01-01']);
    expect(dateSpan(d('2022')).map((d) => d.toISOString().slice(0, 10))).toEqual(['2022-01-01', '2023-01-01']);
  });
});

describe('categoryShape', () => {
  it('gives every category its own shape', () => {
    const shapes = CATEGORY_CODES.map((c) => categoryShape(c));
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});

describe('layoutTimeline', () => {
  const inc = (id: string, date: string) => ({
    id,
    date: d(date),
    category: 'propagandist' as const,
    name: id,
    href: `/incidents/#${id}`,
  });
  const t = layoutTimeline({
    incidents: [
      inc('late', '2025-04-25'),
      inc('early', '2022-08-20'),
      inc('near', '2025-04-24'),
      inc('month', '2024-12'),
    ],
    events: [
      { id: 'talks', date: d('2025-04-25'), title: 'Talks', href: '/peace-talks/#talks' },
      { id: 'minsk', date: d('2015-02-11'), endDate: d('2015-02-12'), title: 'Minsk', href: '/peace-talks/#minsk' },
    ],
    keyIncident: 'late',
    until: d('2025-04-29'),
  });

  it('draws one mark per incident, in date order from left to right', () => {
    expect(t.incidents).toHaveLength(4);
    const x = Object.fromEntries(t.incidents.map((m) => [m.id, m.x]));
    expect(x['early']!).toBeLessThan(x['month']!);
    expect(x['month']!).toBeLessThan(x['near']!);
    expect(x['near']!).toBeLessThan(x['late']!);
    for (const m of t.incidents) {
      expect(m.x).toBeGreaterThanOrEqual(t.plot.left);
      expect(m.x).toBeLessThanOrEqual(t.plot.right);
    }
  });

  it('stacks marks that would overlap instead of drawing one over the other', () => {
    const [near, late] = ['near', 'late'].map((id) => t.incidents.find((m) => m.id === id)!);
    expect(near!.y).not.toBe(late!.y);
  });

  it('draws a month as a span and a day as a point', () => {
    expect(t.incidents.find((m) => m.id === 'month')!.span).toBeDefined();
    expect(t.incidents.find((m) => m.id === 'late')!.span).toBeUndefined();
  });

  it('puts the peace talks in their own lane, leaving out rounds before the chart’s years', () => {
    expect(t.events.map((e) => e.id)).toEqual(['talks']);
    expect(t.eventsOutside).toBe(1);
    expect(t.events[0]!.y).toBeGreaterThan(t.lanes.events.top);
    expect(t.lanes.events.top).toBeGreaterThanOrEqual(t.lanes.incidents.bottom);
  });

  it('marks the key incident at its date, in line with the talks of the same day', () => {
    expect(t.key?.id).toBe('late');
    expect(t.key?.x).toBeCloseTo(t.events[0]!.x, 5);
  });

  it('starts at the first incident’s year', () => {
    expect(t.ticks[0]).toMatchObject({ label: '2022', major: true });
  });
});

describe('timelineView', () => {
  const incident = (id: string, date: string, more: object = {}) =>
    incidentSchema.parse({ ...validIncident(), id, date, ...more });
  const event = (id: string, date: string) => talksEventSchema.parse({ ...validTalksEvent(), id, date });
  const view = timelineView({
    incidents: [incident('plain', '2024-12-17'), incident('about', '2024-12-20', { approximateDate: true })],
    events: [event('second', '2025-02-18'), event('first', '2025-02-11'), event('minsk', '2015-02-11')],
    pathOf: (i) => `/incidents/page-2/#${i.id}`,
    keyIncident: 'plain',
    until: d('2025-04-29'),
  });
  const mark = (id: string) => view.incidents.find((m) => m.id === id)!;

  it('links incidents through pathOf and events to their place on the peace-talks page', () => {
    expect(mark('plain').href).toBe('/incidents/page-2/#plain');
    expect(view.events.map((e) => [e.id, e.href])).toEqual([
      ['first', '/peace-talks/#first'],
      ['second', '/peace-talks/#second'],
    ]);
    expect(view.listedEvents.map((e) => e.href)).toEqual(['/peace-talks/#second', '/peace-talks/#first']);
  });

  it('keeps an approximate date’s “about” and rings its mark', () => {
    expect(mark('about')).toMatchObject({ approximate: true, when: 'about 20 December 2024' });
    expect(mark('plain')).toMatchObject({ approximate: false, when: '17 December 2024' });
    expect(view.anyApproximate).toBe(true);
  });

  it('in another edition, writes the dates in its words and keeps every link in it', () => {
    const ru = timelineView({
      incidents: [incident('plain', '2024-12-17'), incident('about', '2024-12-20', { approximateDate: true })],
      events: [event('first', '2025-02-11')],
      pathOf: (i) => `/incidents/page-2/#${i.id}`,
      keyIncident: 'plain',
      until: d('2025-04-29'),
      locale: 'ru',
    });
    const at = (id: string) => ru.incidents.find((m) => m.id === id)!;
    expect(at('plain')).toMatchObject({ href: '/ru/incidents/page-2/#plain', when: '17 декабря 2024' });
    expect(at('about').when).toBe('около 20 декабря 2024');
    expect(ru.events.map((e) => [e.href, e.when])).toEqual([['/ru/peace-talks/#first', '11 февраля 2025']]);
    expect(ru.listedEvents.map((e) => e.href)).toEqual(['/ru/peace-talks/#first']);
  });

  it('keys only the categories in use, and names the key incident with its date', () => {
    expect(view.categories).toEqual(['military-officer']);
    expect(view.key?.whenShort).toBe(mark('plain').whenShort);
    expect(view.untilYear).toBe('2025');
  });
});
