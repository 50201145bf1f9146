import { describe, expect, it } from 'vitest';
import {
  datetimeAttr,
  formatDate,
  formatDateRange,
  formatDateShort,
  formatLocalTime,
  formatWhen,
} from '../../src/lib/dates';
import {
  comparePartialDates,
  dayAfter,
  firstDay,
  isAfter,
  isAfterToday,
  withIsoDates,
  parsePartialDate,
} from '../../src/lib/partial-date';

const d = parsePartialDate;

describe('formatting keeps the precision of the source', () => {
  it('writes a day as a day, a month as a month, a year as a year', () => {
    expect(formatDate(d('2025-04-25'))).toBe('25 April 2025');
    expect(formatDate(d('2023-12'))).toBe('December 2023');
    expect(formatDate(d('2022'))).toBe('2022');
    expect(formatDateShort(d('2024-12-09'))).toBe('9 Dec 2024');
  });
  it('formats spans compactly', () => {
    expect(formatDateRange(d('2015-02-11'), d('2015-02-12'))).toBe('11–12 February 2015');
    expect(formatDateRange(d('2025-03-30'), d('2025-04-02'))).toBe('30 March – 2 April 2025');
    expect(formatDateRange(d('2025-04-19'))).toBe('19 April 2025');
  });
  it('gives <time datetime> the same precision, with offset when a local time is known', () => {
    expect(datetimeAttr({ date: d('2023-12') })).toBe('2023-12');
    expect(datetimeAttr({ date: d('2025-04-25'), time: '10:40', timeZone: 'Europe/Moscow' })).toBe(
      '2025-04-25T10:40+03:00',
    );
    expect(formatLocalTime(d('2025-04-25'), '10:40', 'Europe/Moscow')).toBe('10:40 local time (UTC+3)');
  });
  it('is the same whatever the machine time zone (dates are laid out on UTC)', () => {
    // vitest.config.ts runs this file again under Pacific/Kiritimati (UTC+14) and
    // America/Los_Angeles (UTC-8); there the machine's zone really is far from UTC.
    if (process.env['TZ']) expect(new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset()).not.toBe(0);
    expect(formatDate(d('2025-01-01'))).toBe('1 January 2025');
    expect(formatDate(d('2024-12-31'))).toBe('31 December 2024');
  });
});

describe('an approximate date or time stays approximate', () => {
  const shatsky = { date: d('2024-12-10'), approximateDate: true };
  const dugina = { date: d('2022-08-20'), time: '21:00', approximateTime: true, timeZone: 'Europe/Moscow' };
  it('writes "about" before an approximate day, in every style', () => {
    expect(formatWhen(shatsky)).toBe('about 10 December 2024');
    expect(formatWhen(shatsky, { short: true })).toBe('about 10 Dec 2024');
    expect(formatWhen(shatsky, { sentence: true })).toBe('About 10 December 2024');
  });
  it('writes "about" before an approximate time, and only there', () => {
    expect(formatWhen(dugina, { withTime: true })).toBe('20 August 2022, about 21:00 local time (UTC+3)');
    expect(formatWhen({ ...dugina, approximateTime: false }, { withTime: true })).toBe(
      '20 August 2022, 21:00 local time (UTC+3)',
    );
    expect(formatWhen(dugina)).toBe('20 August 2022');
  });
  it('does not give a machine-readable value more precision than the words', () => {
    expect(datetimeAttr(dugina)).toBe('2022-08-20');
    expect(datetimeAttr(shatsky)).toBe('2024-12');
  });
});

describe('partial dates', () => {
  it('parses precision from the form', () => {
    expect(parsePartialDate('2024-12').precision).toBe('month');
    expect(() => parsePartialDate('Dec 2024')).toThrow();
  });
  it('orders less precise dates before the days they contain', () => {
    const sorted = ['2024-12-09', '2022', '2024-12', '2023-07-10'].map(d).sort(comparePartialDates);
    expect(sorted.map((x) => x.iso)).toEqual(['2022', '2023-07-10', '2024-12', '2024-12-09']);
  });
  it('knows the future', () => {
    const now = new Date('2025-04-29T12:00:00Z');
    expect(isAfterToday(d('2025-04-30'), now)).toBe(true);
    expect(isAfterToday(d('2025-04-29'), now)).toBe(false);
    expect(isAfterToday(d('2025'), now)).toBe(false);
    expect(isAfterToday(d('2025-05'), now)).toBe(true);
  });
  it('knows the first day a date covers and the day after its last', () => {
    const span = (iso: string) => [firstDay(d(iso)), dayAfter(d(iso))].map((x) => x.toISOString().slice(0, 10));
    expect(span('2024-12-17')).toEqual(['2024-12-17', '2024-12-18']);
    expect(span('2024-12')).toEqual(['2024-12-01', '2025-01-01']);
    expect(span('2024-02')).toEqual(['2024-02-01', '2024-03-01']);
    expect(span('2022')).toEqual(['2022-01-01', '2023-01-01']);
  });
  it('counts a date as after a day only when the whole of it is', () => {
    expect(isAfter(d('2025-05'), d('2025-04-29'))).toBe(true);
    expect(isAfter(d('2025'), d('2025-04-29'))).toBe(false);
    expect(isAfter(d('2025-04-29'), d('2025-04-29'))).toBe(false);
  });
  it('writes parsed dates back as they were written in JSON', () => {
    expect(JSON.stringify(withIsoDates({ a: d('2024-12'), b: [d('2022')] }))).toBe('{"a":"2024-12","b":["2022"]}');
  });
});

describe('each edition writes dates its own way, at the same precision', () => {
  const shatsky = { date: d('2024-12-10'), approximateDate: true };
  const dugina = { date: d('2022-08-20'), time: '21:00', approximateTime: true, timeZone: 'Europe/Moscow' };
  it('declines the month in a date, and names it alone for a month', () => {
    expect(formatDate(d('2025-04-25'), 'ru')).toBe('25 апреля 2025');
    expect(formatDate(d('2025-04-25'), 'uk')).toBe('25 квітня 2025');
    expect(formatDate(d('2023-12'), 'ru')).toBe('декабрь 2023');
    expect(formatDate(d('2023-12'), 'uk')).toBe('грудень 2023');
    expect(formatDate(d('2022'), 'uk')).toBe('2022');
    expect(formatDateRange(d('2015-02-11'), d('2015-02-12'), 'ru')).toBe('11–12 февраля 2015');
    expect(formatDateRange(d('2025-03-30'), d('2025-04-02'), 'uk')).toBe('30 березня – 2 квітня 2025');
  });
  it('keeps "about" in every edition', () => {
    expect(formatWhen(shatsky, { locale: 'ru', sentence: true })).toBe('Около 10 декабря 2024');
    expect(formatWhen(shatsky, { locale: 'uk' })).toBe('близько 10 грудня 2024');
    expect(formatWhen(dugina, { locale: 'ru', withTime: true })).toBe(
      '20 августа 2022, около 21:00 по местному времени (UTC+3)',
    );
    expect(formatWhen(dugina, { locale: 'uk', withTime: true })).toBe(
      '20 серпня 2022, близько 21:00 за місцевим часом (UTC+3)',
    );
  });
});
