/** Casualty counts in words, at the spread the sources give. Pure functions. */
import type { Casualties, Count } from '../schemas/casualties';

/** The high bound, or the low one when every source agrees. */
export const highOf = (c: Count): number => c.high ?? c.low;

/** "16 to 52", "up to 1" when the lowest count is none, or "1" when sources agree. */
export function countInWords(c: Count): string {
  if (c.high === undefined || c.high === c.low) return String(c.low);
  return c.low === 0 ? `up to ${c.high}` : `${c.low} to ${c.high}`;
}

/**
 * "16 to 52 injured, by different counts", "1 other killed"; undefined when no source gives a
 * count above zero (the sentence beside it then says "None reported" in its own words).
 */
export function casualtyLine(c: Casualties): string | undefined {
  const parts: string[] = [];
  const spread = [c.othersKilled, c.injured].some((n) => n && n.high !== undefined && n.high !== n.low);
  if (c.othersKilled && highOf(c.othersKilled) > 0)
    parts.push(`${countInWords(c.othersKilled)} other${highOf(c.othersKilled) === 1 ? '' : 's'} killed`);
  if (c.injured && highOf(c.injured) > 0) parts.push(`${countInWords(c.injured)} injured`);
  if (!parts.length) return undefined;
  return `${parts.join(', ')}${spread ? ', by different counts' : ''}`;
}
