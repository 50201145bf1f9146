/**
 * Building blocks shared by every content schema: ids, partial dates and sources.
 * Types are derived from the schemas (`z.output`) so the data and the code can never drift.
 */
import { z } from 'astro/zod';

/** Kebab-case: lower-case ASCII letters and digits separated by single hyphens. */
export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A public, stable identifier. It becomes an anchor (`#id`) and a URL segment, so it is
 * written by hand and never derived from a title: retitling must not break shared links.
 */
export const idSchema = z.string({ error: 'is missing: every entry needs an explicit id' }).regex(KEBAB, {
  error: 'must be kebab-case (lower-case letters, digits and single hyphens), for example "yaroslav-moskalik"',
});

/**
 * A calendar date at the precision the sources support, in ISO 8601 reduced form:
 * `YYYY` (year), `YYYY-MM` (month) or `YYYY-MM-DD` (day). The precision is read from the
 * form, so "December 2023" can never be displayed as if it were a particular day.
 */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DatePrecision = 'year' | 'month' | 'day';

/** Whether a year/month/day triple names a real calendar day (rejects 2023-02-30). */
export function isRealDate(year: number, month = 1, day = 1): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export const partialDateSchema = z
  .string({ error: 'is missing: write the date as YYYY, YYYY-MM or YYYY-MM-DD' })
  .regex(PARTIAL_DATE, {
    error: 'must be written as YYYY, YYYY-MM or YYYY-MM-DD (for example 2024-12 for "December 2024")',
    // Later checks parse the date; they must not run on a string that is not one.
    abort: true,
  })
  .refine(
    (s) => {
      const [, y, m, d] = PARTIAL_DATE.exec(s) ?? [];
      return isRealDate(Number(y), m ? Number(m) : 1, d ? Number(d) : 1);
    },
    { error: 'is not a real calendar date', abort: true },
  );

/** Local time of day, 24-hour `HH:MM`. */
export const timeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a 24-hour time written HH:MM, for example 10:40' });

/** An IANA time-zone name such as `Europe/Moscow`. */
export const timeZoneSchema = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { error: 'must be an IANA time-zone name such as Europe/Moscow' },
);

/** A report the site relies on. Every URL comes from the checked fact sheet. */
export const sourceSchema = z.object({
  /** The outlet as readers know it, e.g. "Politico Europe". */
  outlet: z.string({ error: 'is missing: name the outlet' }).min(1),
  /** Who originally reported it when the outlet is carrying another's copy, e.g. "Reuters". */
  via: z.string().min(1).optional(),
  /** The headline, where the stored copy shows one. Omit rather than guess. */
  headline: z.string().min(1).optional(),
  /** Publication date at the precision known. */
  date: partialDateSchema.optional(),
  /** The original outlet's address (never a mirror). */
  url: z.url({ error: 'must be a full http(s) address, for example https://www.bbc.com/news/…', protocol: /^https?$/ }),
  /** Language of the report when it is not English, as a BCP 47 tag (e.g. "ru"). */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
    .optional(),
});
export type Source = z.output<typeof sourceSchema>;

/** At least two independent reports for anything the site states. */
export const sourcesSchema = z
  .array(sourceSchema, { error: 'is missing: list at least two sources' })
  .min(2, { error: 'needs at least two sources' });

/** A dated correction or update to an entry, shown with it. */
export const updateSchema = z.object({
  /** When the change was made (day precision). */
  date: partialDateSchema,
  /** "correction" changes a fact; "update" adds information. */
  kind: z.enum(['update', 'correction']),
  /** What changed, in a sentence or two. */
  text: z.string().min(1),
});
export type Update = z.output<typeof updateSchema>;
