/**
 * Where each incident lives. The list is one page (the real list: a few dozen entries). Beyond
 * a size where one page would be too heavy to load and filter, /incidents/ becomes an index
 * and the incidents are split into one page per year, and a year that is itself too big into
 * one page per month. Every link to an incident goes through `pathOf`.
 */
import { groupByYear, type Dated } from './incidents';
import { formatDate } from './dates';
import { parsePartialDate } from './partial-date';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';

export interface ListPage<T extends Dated> {
  /** Address of the page, e.g. "/incidents/2024/" or "/incidents/2024/12/". */
  path: string;
  /** The route parameter ("2024", "2024/12", "2024/month-unknown"). */
  period: string;
  /** Heading words in the edition's language: "2024", "December 2024", "2024, month not known". */
  label: string;
  year: number;
  items: T[];
}

/**
 * Splits a chronological list into pages of at most about `limit` incidents (see above),
 * labelled in an edition's words. Paths are the master's; a page puts them in its edition.
 */
export function listPages<T extends Dated>(items: readonly T[], limit: number, locale: Locale = DEFAULT_LOCALE) {
  const words = ui(locale).lists.listPages;
  const paged = items.length > limit;
  const pages: ListPage<T>[] = [];
  if (!paged) pages.push({ path: '/incidents/', period: '', label: words.allYears, year: 0, items: [...items] });
  else
    for (const { year, items: inYear } of groupByYear(items)) {
      if (inYear.length <= limit) {
        pages.push({ path: `/incidents/${year}/`, period: String(year), label: String(year), year, items: inYear });
        continue;
      }
      const byMonth = new Map<number, T[]>();
      for (const i of inYear) {
        const m = i.date.month ?? 0;
        byMonth.set(m, [...(byMonth.get(m) ?? []), i]);
      }
      for (const [m, inMonth] of byMonth) {
        const mm = String(m).padStart(2, '0');
        const period = m === 0 ? `${year}/month-unknown` : `${year}/${mm}`;
        const label = m === 0 ? words.monthNotKnown(year) : formatDate(parsePartialDate(`${year}-${mm}`), locale);
        pages.push({ path: `/incidents/${period}/`, period, label, year, items: inMonth });
      }
    }
  const pageOf = new Map(pages.flatMap((p) => p.items.map((i) => [i.id, p.path] as const)));
  /** The address of an incident's entry: its page and its anchor. */
  const pathOf = (i: Pick<T, 'id'>) => `${pageOf.get(i.id) ?? '/incidents/'}#${i.id}`;
  return { paged, pages, pathOf };
}
