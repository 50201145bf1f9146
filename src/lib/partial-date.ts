/**
 * Calendar dates at the precision the sources support ("2024", "2024-12", "2024-12-17").
 * Pure functions, no time zone involved: a calendar date is not an instant.
 */
export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  /** 1–12, present for month and day precision. */
  month?: number;
  /** 1–31, present for day precision. */
  day?: number;
  precision: DatePrecision;
  /** The ISO 8601 form it was written in; also a valid HTML `datetime` value. */
  iso: string;
}

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; throws on anything else. */
export function parsePartialDate(iso: string): PartialDate {
  const m = FORM.exec(iso);
  if (!m) throw new Error(`"${iso}" is not a date written as YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, y, mo, d] = m;
  const year = Number(y);
  if (mo === undefined) return { year, precision: 'year', iso };
  const month = Number(mo);
  if (d === undefined) return { year, month, precision: 'month', iso };
  return { year, month, day: Number(d), precision: 'day', iso };
}

/**
 * Chronological order. A less precise date sorts before the more precise dates it
 * contains ("2024-12" before "2024-12-09"), which keeps a list stable and honest.
 */
export function comparePartialDates(a: string, b: string): number {
  const pa = parsePartialDate(a);
  const pb = parsePartialDate(b);
  return pa.year - pb.year || (pa.month ?? 0) - (pb.month ?? 0) || (pa.day ?? 0) - (pb.day ?? 0);
}

/** Today's calendar date in UTC as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * True when the date lies wholly after today (UTC). "2025" is not in the future during 2025;
 * only its first day is compared.
 */
export function isAfterToday(iso: string, now: Date = new Date()): boolean {
  const today = todayIso(now);
  const first = parsePartialDate(iso);
  const start = `${first.year}-${String(first.month ?? 1).padStart(2, '0')}-${String(first.day ?? 1).padStart(2, '0')}`;
  return start > today;
}

/** Sorts items by a date accessor, oldest first, without mutating the input. */
export function byDate<T>(items: readonly T[], date: (item: T) => string): T[] {
  return [...items].sort((a, b) => comparePartialDates(date(a), date(b)));
}
