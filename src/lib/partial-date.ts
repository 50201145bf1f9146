/**
 * Calendar dates at the precision the sources support ("2024", "2024-12", "2024-12-17").
 * The schemas parse every date in the content into a `PartialDate` once; everything after
 * that works on the parsed value. Pure functions, no time zone involved: a calendar date
 * is not an instant, so its days are laid out on UTC.
 */
export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  /** 1–12, present for month and day precision. */
  month?: number | undefined;
  /** 1–31, present for day precision. */
  day?: number | undefined;
  precision: DatePrecision;
  /** The ISO 8601 form it was written in; also a valid HTML `datetime` value. */
  iso: string;
}

/** The one pattern a partial date is written in: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; throws on anything else. */
export function parsePartialDate(iso: string): PartialDate {
  const m = PARTIAL_DATE.exec(iso);
  if (!m) throw new Error(`"${iso}" is not a date written as YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, y, mo, d] = m;
  const year = Number(y);
  if (mo === undefined) return { year, precision: 'year', iso };
  const month = Number(mo);
  if (d === undefined) return { year, month, precision: 'month', iso };
  return { year, month, day: Number(d), precision: 'day', iso };
}

/** Whether a year/month/day triple names a real calendar day (rejects 2023-02-30). */
export function isRealDate(year: number, month = 1, day = 1): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The first day a partial date covers, at 00:00 UTC: 1 January for a year, the 1st for a month. */
export function firstDay(d: PartialDate): Date {
  return new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
}

/** The day after the last day a partial date covers, at 00:00 UTC (the span's exclusive end). */
export function dayAfter(d: PartialDate): Date {
  const m = (d.month ?? 1) - 1;
  if (d.precision === 'day') return new Date(Date.UTC(d.year, m, (d.day ?? 1) + 1));
  if (d.precision === 'month') return new Date(Date.UTC(d.year, m + 1, 1));
  return new Date(Date.UTC(d.year + 1, 0, 1));
}

/**
 * Chronological order. A less precise date sorts before the more precise dates it
 * contains ("2024-12" before "2024-12-09"), which keeps a list stable and honest.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** True when the whole of the date lies after the given day: "2025" is not after 2025-04-29. */
export function isAfter(d: PartialDate, day: PartialDate): boolean {
  return firstDay(d) > firstDay(day);
}

/** Today's calendar date in UTC. */
export function today(now: Date = new Date()): PartialDate {
  return parsePartialDate(now.toISOString().slice(0, 10));
}

/** True when the date lies wholly after today (UTC). */
export function isAfterToday(d: PartialDate, now: Date = new Date()): boolean {
  return isAfter(d, today(now));
}

/** Sorts items by a date accessor, oldest first, without mutating the input. */
export function byDate<T>(items: readonly T[], date: (item: T) => PartialDate): T[] {
  return [...items].sort((a, b) => comparePartialDates(date(a), date(b)));
}

/** Whether a value is a parsed partial date (for serialisers that meet one among other data). */
export function isPartialDate(v: unknown): v is PartialDate {
  return typeof v === 'object' && v !== null && 'precision' in v && 'iso' in v && 'year' in v;
}

/** A value with every partial date in it written back as text, as a JSON file carries it. */
export type IsoDates<T> = T extends PartialDate
  ? string
  : T extends readonly (infer U)[]
    ? IsoDates<U>[]
    : T extends object
      ? { [K in keyof T]: IsoDates<T[K]> }
      : T;

/** Writes every partial date inside a value back as it was written ("2024-12"), for JSON. */
export function withIsoDates<T>(value: T): IsoDates<T> {
  if (isPartialDate(value)) return value.iso as IsoDates<T>;
  if (Array.isArray(value)) return value.map(withIsoDates) as IsoDates<T>;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIsoDates(v)])) as IsoDates<T>;
  return value as IsoDates<T>;
}
