/**
 * Every date the site shows is formatted here, with date-fns and an explicit time zone,
 * so that a build on a machine set to Kiritimati prints the same page as one in Los Angeles.
 */
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { parsePartialDate, type PartialDate } from './partial-date';

/** Calendar dates carry no zone of their own; they are laid out on UTC so nothing shifts. */
const CALENDAR_ZONE = 'UTC';

function calendarDay(d: PartialDate): TZDate {
  return new TZDate(d.year, (d.month ?? 1) - 1, d.day ?? 1, CALENDAR_ZONE);
}

const PATTERN = { day: 'd MMMM yyyy', month: 'MMMM yyyy', year: 'yyyy' } as const;
const SHORT_PATTERN = { day: 'd MMM yyyy', month: 'MMM yyyy', year: 'yyyy' } as const;

/** "25 April 2025", "December 2024" or "2022": as precise as the date, no more. */
export function formatDate(iso: string): string {
  const d = parsePartialDate(iso);
  return format(calendarDay(d), PATTERN[d.precision]);
}

/** "25 Apr 2025", "Dec 2024", "2022": for dense lists. */
export function formatDateShort(iso: string): string {
  const d = parsePartialDate(iso);
  return format(calendarDay(d), SHORT_PATTERN[d.precision]);
}

/**
 * A span such as a summit or a truce: "11–12 February 2015", "30 March – 2 April 2025".
 * Falls back to two full dates when the precisions differ.
 */
export function formatDateRange(startIso: string, endIso?: string): string {
  if (!endIso || endIso === startIso) return formatDate(startIso);
  const s = parsePartialDate(startIso);
  const e = parsePartialDate(endIso);
  if (s.precision !== 'day' || e.precision !== 'day') return `${formatDate(startIso)} – ${formatDate(endIso)}`;
  const sd = calendarDay(s);
  const ed = calendarDay(e);
  if (s.year !== e.year) return `${formatDate(startIso)} – ${formatDate(endIso)}`;
  if (s.month !== e.month) return `${format(sd, 'd MMMM')} – ${format(ed, 'd MMMM yyyy')}`;
  return `${format(sd, 'd')}–${format(ed, 'd MMMM yyyy')}`;
}

/** The year of a partial date, for grouping. */
export function yearOf(iso: string): number {
  return parsePartialDate(iso).year;
}

/** UTC offset of a zone on a given calendar day, as "+03:00". */
function offsetOn(iso: string, time: string, timeZone: string): string {
  const d = parsePartialDate(iso);
  const [h, m] = time.split(':').map(Number);
  const local = new TZDate(d.year, (d.month ?? 1) - 1, d.day ?? 1, h ?? 0, m ?? 0, timeZone);
  return format(local, 'xxx');
}

/**
 * The machine-readable `datetime` for a `<time>` element: "2024-12" for a month,
 * "2025-04-25T10:40+03:00" when a local time and its zone are known.
 */
export function datetimeAttr(iso: string, time?: string, timeZone?: string): string {
  const d = parsePartialDate(iso);
  if (d.precision !== 'day' || !time || !timeZone) return iso;
  return `${iso}T${time}${offsetOn(iso, time, timeZone)}`;
}

/** "10:40 local time (UTC+3)": the local clock, with its offset for readers elsewhere. */
export function formatLocalTime(iso: string, time: string, timeZone: string): string {
  const offset = offsetOn(iso, time, timeZone).replace(/^([+-])0?(\d+):00$/, '$1$2');
  return `${time} local time (UTC${offset})`;
}
