/**
 * Building blocks shared by every content schema: ids, partial dates and sources.
 * Types are derived from the schemas (`z.output`) so the data and the code can never drift.
 */
import { z } from 'astro/zod';
import { PARTIAL_DATE, isAfter, isAfterToday, isRealDate, parsePartialDate } from '../lib/partial-date';

/**
 * A field whose value is a code from a vocabulary (its codes, in order), with an error that
 * lists the codes an editor can use.
 */
export const enumOf = <const T extends readonly [string, ...string[]]>(codes: T, what: string) =>
  z.enum(codes, { error: `must be one of: ${codes.join(', ')} (the ${what} vocabulary)` });

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
 * form, so "December 2023" can never be displayed as if it were a particular day. Parsed
 * here, once, into a `PartialDate` that the rest of the code uses.
 */
export const partialDateSchema = z
  .string({ error: 'is missing: write the date as YYYY, YYYY-MM or YYYY-MM-DD' })
  .regex(PARTIAL_DATE, {
    error: 'must be written as YYYY, YYYY-MM or YYYY-MM-DD (for example 2024-12 for "December 2024")',
    // Later checks parse the date; they must not run on a string that is not one.
    abort: true,
  })
  .transform(parsePartialDate)
  .refine((d) => isRealDate(d.year, d.month, d.day), { error: 'is not a real calendar date', abort: true });

/** A partial date that may not lie in the future (an event that has happened). */
export const pastDateSchema = partialDateSchema.refine((d) => !isAfterToday(d), { error: 'is in the future' });

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

/**
 * What kind of source a report is: a reader weighs an agency copy differently from a scoop.
 * (Labels and definitions: src/i18n/ui/vocabulary.ts.)
 */
export const SOURCE_KIND_CODES = ['original', 'agency-copy', 'secondary', 'official', 'reference'] as const;
export type SourceKind = (typeof SOURCE_KIND_CODES)[number];

/** A report the site relies on. Every URL comes from the checked fact sheet. */
export const sourceSchema = z
  .object({
    /** The outlet whose page the URL opens, e.g. "The Japan News". */
    outlet: z.string({ error: 'is missing: name the outlet' }).min(1),
    /**
     * What kind of source it is: `original` (the outlet's own report, the default),
     * `agency-copy` (an agency's story carried by the outlet: name the agency in `via`),
     * `secondary` (the outlet reporting another's story: name that one in `via`),
     * `official` (a government's or body's own statement or page) or `reference` (an encyclopedia).
     */
    kind: enumOf(SOURCE_KIND_CODES, 'source-kind').default('original'),
    /** With `agency-copy`, the agency ("Reuters"); with `secondary`, the outlet being reported ("CNN"). */
    via: z.string().min(1).optional(),
    /** The headline, where the stored copy shows one. Omit rather than guess. */
    headline: z.string().min(1).optional(),
    /** Publication date at the precision known. */
    date: partialDateSchema.optional(),
    /** The outlet's address (never a mirror). */
    url: z.url({
      error: 'must be a full http(s) address, for example https://www.bbc.com/news/…',
      protocol: /^https?$/,
    }),
    /** Language of the report when it is not English, as a BCP 47 tag (e.g. "ru"). */
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
      .optional(),
  })
  .superRefine((s, ctx) => {
    const needsVia = s.kind === 'agency-copy' || s.kind === 'secondary';
    if (needsVia && !s.via)
      ctx.addIssue({
        code: 'custom',
        path: ['via'],
        message: `is missing: a source of kind "${s.kind}" names the ${s.kind === 'agency-copy' ? 'agency whose story it carries' : 'outlet whose story it reports'}`,
      });
    if (!needsVia && s.via)
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message:
          'must be "agency-copy" or "secondary" when `via` is given: say whether the outlet carries the copy or reports the story',
      });
  });
export type Source = z.output<typeof sourceSchema>;

/** At least two independent reports for anything the site states. */
export const sourcesSchema = z
  .array(sourceSchema, { error: 'is missing: list at least two sources' })
  .min(2, { error: 'needs at least two sources' });

/**
 * A dated correction or update to an entry, shown with it, on /updates/ and in the feed.
 * A correction changes a fact a reader could have relied on, so it says what was wrong and
 * what is right; wording changes are not logged.
 */
export const updateSchema = z
  .object({
    /** When the change was made (day precision). */
    date: partialDateSchema.refine((d) => d.precision === 'day', { error: 'must be a full day, YYYY-MM-DD' }),
    /** "correction" changes a fact; "update" adds information. */
    kind: z.enum(['update', 'correction'], { error: 'must be "update" or "correction"' }),
    /** What changed, in a sentence or two. */
    text: z.string({ error: 'is missing: say what changed' }).min(1),
    /** With a correction: what the site said before, in a phrase. */
    was: z.string().min(1).optional(),
    /** With a correction: what is right, in a phrase. */
    now: z.string().min(1).optional(),
  })
  .superRefine((u, ctx) => {
    if (u.kind !== 'correction') return;
    if (!u.was)
      ctx.addIssue({ code: 'custom', path: ['was'], message: 'is missing: a correction says what was wrong' });
    if (!u.now) ctx.addIssue({ code: 'custom', path: ['now'], message: 'is missing: a correction says what is right' });
  });
export type Update = z.output<typeof updateSchema>;

/**
 * The last day the story is told as of. Anything the site knows from after it is a later
 * development: marked, dated and sourced apart from the text.
 */
export const AS_OF = parsePartialDate('2025-04-29');

/** Something that happened after the as-of date and bears on the text, kept apart from it. */
export const laterDevelopmentSchema = z.object({
  /** When it happened or was reported; after the as-of date. */
  date: partialDateSchema.refine((d) => isAfter(d, AS_OF), {
    error: `must be after ${AS_OF.iso}: earlier facts belong in the text itself`,
  }),
  /** What happened, in the site's words. */
  text: z.string({ error: 'is missing: say what happened' }).min(1),
  /** Where it was reported: at least one source from the fact sheet. */
  sources: z
    .array(sourceSchema, { error: 'is missing: cite where it was reported' })
    .min(1, { error: 'needs at least one source' }),
});
export type LaterDevelopment = z.output<typeof laterDevelopmentSchema>;
