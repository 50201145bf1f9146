/**
 * The codebook of the incident downloads, defined once: every field's CSV column and where the
 * same value sits in a JSON record, in column order, with the vocabulary its values come from;
 * how many-valued cells are joined; and what the dataset says about itself. The /data/ page
 * shows it, with what each field means in each edition (src/i18n/ui/pages.ts); the CSV writer
 * takes its columns from it and the JSON file carries its title and description. It holds no
 * values: csv.ts and json.ts write those.
 */
import type { VocabularyField } from '../vocabulary';

/** Joins the parts of a many-valued CSV cell; chosen because no URL, code or name here contains it. */
export const LIST_SEPARATOR = ' | ';

/** What the JSON file says about itself, beside its version and licence. */
export const DATASET = {
  /** Follows the site's name: "<site name>: targeted killings since 2022". */
  title: 'targeted killings since 2022',
  description:
    'Every incident in the list, with dates and times at their precision, casualty counts, every statement about responsibility and its derived status, and sources by kind.',
} as const;

export interface Field<C extends string = string> {
  /** Column name in the CSV. */
  csv: C;
  /** Where the same value lives in a JSON record (dotted path). */
  json: string;
  /** The vocabulary the values come from, if any (see src/lib/vocabulary.ts). */
  vocabulary?: VocabularyField;
}

/**
 * The low, high and sources columns of a casualty count: numbers a researcher can sum,
 * empty where no source gives one.
 */
function countFields<C extends string>(
  csv: C,
  json: 'othersKilled' | 'injured',
): [Field<`${C}_low`>, Field<`${C}_high`>, Field<`${C}_sources`>] {
  return [
    { csv: `${csv}_low`, json: `casualties.${json}.low` },
    { csv: `${csv}_high`, json: `casualties.${json}.high` },
    { csv: `${csv}_sources`, json: `casualties.${json}.lowSource, casualties.${json}.highSource` },
  ];
}

const DEFINED = [
  { csv: 'id', json: 'id' },
  { csv: 'url', json: 'url' },
  { csv: 'date', json: 'date' },
  { csv: 'date_precision', json: 'datePrecision' },
  { csv: 'date_approximate', json: 'approximateDate' },
  { csv: 'time', json: 'time' },
  { csv: 'time_approximate', json: 'approximateTime' },
  { csv: 'time_zone', json: 'timeZone' },
  { csv: 'date_note', json: 'dateNote' },
  { csv: 'when', json: 'when' },
  { csv: 'name', json: 'person.name' },
  { csv: 'other_spellings', json: 'person.otherSpellings' },
  { csv: 'age', json: 'person.age' },
  { csv: 'age_note', json: 'person.ageNote' },
  { csv: 'role', json: 'role' },
  { csv: 'category', json: 'category', vocabulary: 'category' },
  { csv: 'locality', json: 'place.locality' },
  { csv: 'region', json: 'place.region' },
  { csv: 'setting', json: 'place.setting', vocabulary: 'setting' },
  { csv: 'place_detail', json: 'place.detail' },
  { csv: 'method', json: 'method', vocabulary: 'method' },
  { csv: 'method_detail', json: 'methodDetail' },
  { csv: 'outcome', json: 'outcome', vocabulary: 'outcome' },
  ...countFields('others_killed', 'othersKilled'),
  ...countFields('injured', 'injured'),
  { csv: 'casualties', json: 'casualties.text' },
  { csv: 'responsibility_status', json: 'responsibilityStatus', vocabulary: 'status' },
  { csv: 'statement_kinds', json: 'attribution[].speaker, attribution[].act', vocabulary: 'speaker' },
  { csv: 'attribution', json: 'attribution', vocabulary: 'act' },
  { csv: 'summary', json: 'summary' },
  { csv: 'disputed', json: 'disputed' },
  { csv: 'sources', json: 'sources' },
  { csv: 'source_outlets', json: 'sources[].outlet' },
  { csv: 'source_kinds', json: 'sources[].kind', vocabulary: 'source-kind' },
  { csv: 'updates', json: 'updates' },
  { csv: 'later_developments', json: 'later' },
  { csv: 'last_modified', json: 'lastModified' },
] as const satisfies readonly Field[];

/** A CSV column's name. */
export type Column = (typeof DEFINED)[number]['csv'];

/** Every field, in CSV column order. */
export const FIELDS: readonly Field<Column>[] = DEFINED;
