/**
 * The filters of the incident list. Each facet names a data attribute on the incident's
 * article, a URL query parameter and a fieldset, all with the same key, so the page, the
 * enhancement script and a shared link agree. Options come from the schema's vocabularies.
 */
import { CATEGORY_CODES, METHOD_CODES, SETTING_CODES, type Incident } from '../schemas/incident';
import { STATUS_CODES, statusOf } from './attribution';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';

export interface Facet {
  /** Attribute (`data-<key>`), query parameter and input name. */
  key: 'category' | 'setting' | 'method' | 'status' | 'year';
  legend: string;
  /** Code and label of each option, in display order. */
  options: { value: string; label: string }[];
  /** The incident's values for this facet (a facet may give an incident several). */
  values: (i: Incident) => string[];
}

/** Each facet's values for an incident. */
const VALUES: Record<Facet['key'], (i: Incident) => string[]> = {
  category: (i) => [i.category],
  setting: (i) => [i.place.setting],
  method: (i) => [i.method],
  status: (i) => [statusOf(i.attribution)],
  year: (i) => [String(i.date.year)],
};

/** A vocabulary's options in the schema's order, each labelled in the edition's words. */
const optionsOf = <K extends string>(codes: readonly K[], terms: Record<K, { label: string }>) =>
  codes.map((value) => ({ value, label: terms[value].label }));

/**
 * The facets for a set of incidents, in an edition's words. Options nobody in the set has are
 * left out (a filter that can only ever show nothing helps no one); the year facet only when
 * there is a choice.
 */
export function facetsFor(incidents: readonly Incident[], locale: Locale = DEFAULT_LOCALE): Facet[] {
  const { lists, vocabulary: v } = ui(locale);
  const legend = lists.filters.legends;
  const years = [...new Set(incidents.map((i) => String(i.date.year)))].sort();
  const all: Facet[] = [
    {
      key: 'category',
      legend: legend.category,
      options: optionsOf(CATEGORY_CODES, v.categories),
      values: VALUES.category,
    },
    { key: 'setting', legend: legend.setting, options: optionsOf(SETTING_CODES, v.settings), values: VALUES.setting },
    { key: 'method', legend: legend.method, options: optionsOf(METHOD_CODES, v.methods), values: VALUES.method },
    { key: 'status', legend: legend.status, options: optionsOf(STATUS_CODES, v.statuses), values: VALUES.status },
    { key: 'year', legend: legend.year, options: years.map((y) => ({ value: y, label: y })), values: VALUES.year },
  ];
  return all
    .map((f) => ({ ...f, options: f.options.filter((o) => incidents.some((i) => f.values(i).includes(o.value))) }))
    .filter((f) => f.options.length > 1);
}

/** The `data-*` attributes an incident's article carries for the filters (values space-separated). */
export function filterAttributes(i: Incident): Record<`data-${Facet['key']}`, string> {
  return {
    'data-category': VALUES.category(i).join(' '),
    'data-setting': VALUES.setting(i).join(' '),
    'data-method': VALUES.method(i).join(' '),
    'data-status': VALUES.status(i).join(' '),
    'data-year': VALUES.year(i).join(' '),
  };
}

/** How many incidents have each option (before any filter is applied). */
export function optionCounts(incidents: readonly Incident[], facet: Facet): Map<string, number> {
  const counts = new Map(facet.options.map((o) => [o.value, 0]));
  for (const i of incidents) for (const v of facet.values(i)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
