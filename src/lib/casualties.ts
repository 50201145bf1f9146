/** Casualty counts in words, at the spread the sources give. Pure functions. */
import type { Casualties, Count } from '../schemas/casualties';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';

/** The high bound, or the low one when every source agrees. */
export const highOf = (c: Count): number => c.high ?? c.low;

/** Whether the sources disagree on the count: it is given as a range or an "up to". */
const isRanged = (c: Count): boolean => c.high !== undefined && c.high !== c.low;

/** "16 to 52", "up to 1" when the lowest count is none, or "1" when sources agree. */
export function countInWords(c: Count, locale: Locale = DEFAULT_LOCALE): string {
  const t = ui(locale).entries.casualties;
  if (c.high === undefined || c.high === c.low) return new Intl.NumberFormat(LOCALES[locale].lang).format(c.low);
  return c.low === 0 ? t.upTo(c.high) : t.range(c.low, c.high);
}

/**
 * "16 to 52 injured, by different counts", "1 other killed"; undefined when no source gives a
 * count above zero (the sentence beside it then says "None reported" in its own words).
 */
export function casualtyLine(c: Casualties, locale: Locale = DEFAULT_LOCALE): string | undefined {
  const t = ui(locale).entries.casualties;
  const parts: string[] = [];
  const spread = [c.othersKilled, c.injured].some((n) => n && isRanged(n));
  if (c.othersKilled && highOf(c.othersKilled) > 0)
    parts.push(t.othersKilled(countInWords(c.othersKilled, locale), highOf(c.othersKilled), isRanged(c.othersKilled)));
  if (c.injured && highOf(c.injured) > 0)
    parts.push(t.injured(countInWords(c.injured, locale), highOf(c.injured), isRanged(c.injured)));
  if (!parts.length) return undefined;
  return `${parts.join(', ')}${spread ? `, ${t.byDifferentCounts}` : ''}`;
}
