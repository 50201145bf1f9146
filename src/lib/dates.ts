/**
 * Every date the site shows is formatted here, with date-fns and an explicit time zone,
 * so that a build on a machine set to Kiritimati prints the same page as one in Los Angeles.
 */
import { format, type Locale as DateFnsLocale } from 'date-fns';
import { enGB, ru, uk } from 'date-fns/locale';
import { TZDate } from '@date-fns/tz';
import type { PartialDate } from './partial-date';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';

/** Calendar dates carry no zone of their own; they are laid out on UTC so nothing shifts. */
const CALENDAR_ZONE = 'UTC';

function calendarDay(d: PartialDate): TZDate {
  return new TZDate(d.year, (d.month ?? 1) - 1, d.day ?? 1, CALENDAR_ZONE);
}

/**
 * How each edition writes a date. `MMMM` is the month as part of a date (Russian and Ukrainian
 * decline it: "25 апреля", "25 квітня"); `LLLL` is the month named on its own ("апрель 2025").
 */
const WORDS = {
  en: { about: 'about', localTime: 'local time', dateFns: enGB },
  ru: { about: 'около', localTime: 'по местному времени', dateFns: ru },
  uk: { about: 'близько', localTime: 'за місцевим часом', dateFns: uk },
} as const satisfies Record<Locale, { about: string; localTime: string; dateFns: DateFnsLocale }>;

const PATTERN = { day: 'd MMMM yyyy', month: 'LLLL yyyy', year: 'yyyy' } as const;
const SHORT_PATTERN = { day: 'd MMM yyyy', month: 'LLL yyyy', year: 'yyyy' } as const;

const fmt = (d: Date, pattern: string, locale: Locale) => format(d, pattern, { locale: WORDS[locale].dateFns });

/** "25 April 2025", "December 2024" or "2022" ("25 апреля 2025", "апрель 2025"): as precise as the date, no more. */
export function formatDate(d: PartialDate, locale: Locale = DEFAULT_LOCALE): string {
  return fmt(calendarDay(d), PATTERN[d.precision], locale);
}

/** "25 Apr 2025", "Dec 2024", "2022": for dense lists. */
export function formatDateShort(d: PartialDate, locale: Locale = DEFAULT_LOCALE): string {
  return fmt(calendarDay(d), SHORT_PATTERN[d.precision], locale);
}

/**
 * A span such as a summit or a truce: "11–12 February 2015", "30 March – 2 April 2025".
 * Falls back to two full dates when the precisions differ.
 */
export function formatDateRange(s: PartialDate, e?: PartialDate, locale: Locale = DEFAULT_LOCALE): string {
  if (!e || e.iso === s.iso) return formatDate(s, locale);
  if (s.precision !== 'day' || e.precision !== 'day' || s.year !== e.year)
    return `${formatDate(s, locale)} – ${formatDate(e, locale)}`;
  const sd = calendarDay(s);
  const ed = calendarDay(e);
  if (s.month !== e.month) return `${fmt(sd, 'd MMMM', locale)} – ${fmt(ed, 'd MMMM yyyy', locale)}`;
  return `${fmt(sd, 'd', locale)}–${fmt(ed, 'd MMMM yyyy', locale)}`;
}

/** UTC offset of a zone on a given calendar day, as "+03:00". */
function offsetOn(d: PartialDate, time: string, timeZone: string): string {
  const [h, m] = time.split(':').map(Number);
  const local = new TZDate(d.year, (d.month ?? 1) - 1, d.day ?? 1, h ?? 0, m ?? 0, timeZone);
  return format(local, 'xxx');
}

/**
 * The machine-readable `datetime` for a `<time>` element: "2024-12" for a month,
 * "2025-04-25T10:40+03:00" when a local time and its zone are known. A machine value cannot
 * say "about", so an approximate time is left out and an approximate day is given as its month.
 */
export function datetimeAttr(w: When): string {
  const d = w.date;
  if (w.approximateDate && d.precision === 'day') return d.iso.slice(0, 7);
  if (d.precision !== 'day' || !w.time || !w.timeZone || w.approximateTime) return d.iso;
  return `${d.iso}T${w.time}${offsetOn(d, w.time, w.timeZone)}`;
}

/** "10:40 local time (UTC+3)": the local clock, with its offset for readers elsewhere. */
export function formatLocalTime(
  d: PartialDate,
  time: string,
  timeZone: string,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const offset = offsetOn(d, time, timeZone).replace(/^([+-])0?(\d+):00$/, '$1$2');
  return `${time} ${WORDS[locale].localTime} (UTC${offset})`;
}

/** When something happened, with how sure the sources are of it. */
export interface When {
  /** The day, month or year. */
  date: PartialDate;
  /** The sources give the date only approximately. */
  approximateDate?: boolean | undefined;
  /** Local time, HH:MM. */
  time?: string | undefined;
  /** The sources give the time only approximately. */
  approximateTime?: boolean | undefined;
  /** Zone of `time`; a time without one is not shown. */
  timeZone?: string | undefined;
}

export interface WhenStyle {
  /** "10 Dec 2024" rather than "10 December 2024". */
  short?: boolean;
  /** Add the local time, where one is known. */
  withTime?: boolean;
  /** Capitalise the first word ("About …") for the start of a sentence or a title. */
  sentence?: boolean;
  /** The edition whose words and month names are used. */
  locale?: Locale;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The time alone, at its certainty: "about 21:00 local time (UTC+3)". Undefined when no
 * time (or no zone) is known.
 */
export function formatWhenTime(w: When, locale: Locale = DEFAULT_LOCALE): string | undefined {
  if (!w.time || !w.timeZone || w.date.precision !== 'day') return undefined;
  const time = formatLocalTime(w.date, w.time, w.timeZone, locale);
  return w.approximateTime ? `${WORDS[locale].about} ${time}` : time;
}

/**
 * The one way an incident's date is written anywhere on the site, in the feed, on preview
 * cards and in the downloads' text: "about 10 December 2024", "20 August 2022, about 21:00
 * local time (UTC+3)", "December 2023". An approximate date or time can never lose its "about",
 * because no page formats an incident's date by any other route.
 */
export function formatWhen(w: When, style: WhenStyle = {}): string {
  const locale = style.locale ?? DEFAULT_LOCALE;
  const day = style.short ? formatDateShort(w.date, locale) : formatDate(w.date, locale);
  const date = w.approximateDate ? `${WORDS[locale].about} ${day}` : day;
  const time = style.withTime ? formatWhenTime(w, locale) : undefined;
  const text = time ? `${date}, ${time}` : date;
  return style.sentence ? capitalise(text) : text;
}

/**
 * A date as Highwire Press `citation_*` tags write it: "2026/11/25", "2026/11", "2026"
 * (Google Scholar's and Zotero's reading), at the date's own precision.
 */
export function highwireDate(d: PartialDate): string {
  return d.iso.replaceAll('-', '/');
}
