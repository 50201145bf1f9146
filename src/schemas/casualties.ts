/**
 * Other people killed or hurt, as counts a researcher can sum and a sentence a reader can
 * trust. Where sources differ, the low and high counts are kept with the source of each,
 * as event datasets such as UCDP's keep low, best and high estimates.
 */
import { z } from 'astro/zod';

export const countSchema = z
  .object({
    /** The lowest count any source gives. */
    low: z.number({ error: 'is missing: give the lowest count (0 when none were reported)' }).int().nonnegative(),
    /** Who gives the lowest count, e.g. "first police figure, via TASS". */
    lowSource: z.string({ error: 'is missing: say who gives the lowest count' }).min(1),
    /** The highest count any source gives; omit when every source agrees. */
    high: z.number().int().nonnegative().optional(),
    /** Who gives the highest count; required with `high`. */
    highSource: z.string().min(1).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.high !== undefined && c.high < c.low)
      ctx.addIssue({ code: 'custom', path: ['high'], message: `is lower than low (${c.low})` });
    if (c.high !== undefined && !c.highSource)
      ctx.addIssue({ code: 'custom', path: ['highSource'], message: 'is missing: say who gives the highest count' });
    if (c.high === undefined && c.highSource)
      ctx.addIssue({ code: 'custom', path: ['high'], message: 'is missing: highSource is given without a high count' });
  });
export type Count = z.output<typeof countSchema>;

export const casualtiesSchema = z.object({
  /** People killed besides the person the entry is about; omit when no source gives a count. */
  othersKilled: countSchema.optional(),
  /** People injured; omit when no source gives a count. */
  injured: countSchema.optional(),
  /** The casualties in a sentence, with who said what: "None reported." if there were none. */
  text: z.string({ error: 'is missing: write "None reported." if there were none' }).min(1),
});
export type Casualties = z.output<typeof casualtiesSchema>;
