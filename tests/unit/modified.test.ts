import { describe, expect, it } from 'vitest';
import { itemUpdates, lastModified, updateLog } from '../../src/lib/modified';
import { parsePartialDate } from '../../src/lib/partial-date';

const d = parsePartialDate;

describe('lastModified', () => {
  it('is the publication date when there are no updates', () => {
    expect(lastModified(d('2026-11-25'), []).iso).toBe('2026-11-25');
  });
  it('follows the latest update, whatever the order they are written in', () => {
    expect(
      lastModified(d('2026-11-25'), [{ date: d('2026-12-03') }, { date: d('2027-01-10') }, { date: d('2026-12-20') }])
        .iso,
    ).toBe('2027-01-10');
  });
  it('ignores updates dated before publication', () => {
    expect(lastModified(d('2026-11-25'), [{ date: d('2025-04-29') }]).iso).toBe('2026-11-25');
  });
});

describe('updateLog', () => {
  const item = (id: string, dates: string[]) => ({
    id,
    title: id.toUpperCase(),
    href: `/incidents/#${id}`,
    kind: 'incident' as const,
    updates: dates.map((date) => ({ date: d(date), kind: 'update' as const, text: `${id} ${date}` })),
  });

  it('lists every update of every item, newest first, each with the item it belongs to', () => {
    const log = updateLog([item('a', ['2025-05-01', '2025-06-01']), item('b', ['2025-05-15']), item('c', [])]);
    expect(log.map((u) => u.text)).toEqual(['a 2025-06-01', 'b 2025-05-15', 'a 2025-05-01']);
    expect(log[0]?.item).toEqual({ id: 'a', title: 'A', href: '/incidents/#a', kind: 'incident' });
  });
  it('is empty when nothing has changed', () => {
    expect(updateLog([item('a', [])])).toEqual([]);
  });
});

describe('itemUpdates', () => {
  it('lists one item’s updates newest first, each anchored by its place in the content', () => {
    const updates = [
      { date: d('2025-05-01'), kind: 'update' as const, text: 'first written' },
      { date: d('2025-06-01'), kind: 'update' as const, text: 'newest' },
      { date: d('2025-05-01'), kind: 'update' as const, text: 'same day, written later' },
    ];
    expect(itemUpdates('a', updates).map((u) => [u.id, u.text])).toEqual([
      ['a-update-2', 'newest'],
      ['a-update-1', 'first written'],
      ['a-update-3', 'same day, written later'],
    ]);
  });
});
