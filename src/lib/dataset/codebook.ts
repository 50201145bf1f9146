/**
 * The codebook of the incident downloads, defined once: every field's CSV column, where the
 * same value sits in a JSON record, and what it means, in column order; how many-valued cells
 * are joined; and what the dataset says about itself. The /data/ page shows it, the CSV writer
 * takes its columns from it and the JSON file carries its title and description. It holds no
 * values: csv.ts and json.ts write those.
 */
import type { VocabularyField } from '../vocabulary';

/** Joins the parts of a many-valued CSV cell; chosen because no URL, code or name here contains it. */
export const LIST_SEPARATOR = ' | ';

/** How a description says that a cell holds several values. */
const joined = `separated by "${LIST_SEPARATOR}"`;

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
  /** What the field means, for the codebook. */
  description: string;
  /** The vocabulary the values come from, if any (see src/lib/vocabulary.ts). */
  vocabulary?: VocabularyField;
}

/** The flag that says the sources give a date or a time only as "about". */
function approximateFlag<C extends string>(csv: C, json: string, what: string, example: string): Field<C> {
  return { csv, json, description: `true when the sources give the ${what} only approximately ("about ${example}").` };
}

/**
 * The low, high and sources columns of a casualty count: numbers a researcher can sum,
 * empty where no source gives one.
 */
function countFields<C extends string>(
  csv: C,
  json: 'othersKilled' | 'injured',
  what: string,
): [Field<`${C}_low`>, Field<`${C}_high`>, Field<`${C}_sources`>] {
  return [
    {
      csv: `${csv}_low`,
      json: `casualties.${json}.low`,
      description: `The lowest count of ${what} that any source gives; empty when no source gives one.`,
    },
    {
      csv: `${csv}_high`,
      json: `casualties.${json}.high`,
      description: `The highest count of ${what} that any source gives (equal to the low count when sources agree).`,
    },
    {
      csv: `${csv}_sources`,
      json: `casualties.${json}.lowSource, casualties.${json}.highSource`,
      description: `Who gives the low and the high count of ${what}, as "low: …" and "high: …", ${joined}.`,
    },
  ];
}

const DEFINED = [
  { csv: 'id', json: 'id', description: 'Stable identifier; the anchor of the incident on the list page (#id).' },
  { csv: 'url', json: 'url', description: 'Address of the incident on this site.' },
  {
    csv: 'date',
    json: 'date',
    description:
      'Date of the attack (or of the death), written YYYY, YYYY-MM or YYYY-MM-DD: only as precise as the sources.',
  },
  { csv: 'date_precision', json: 'datePrecision', description: 'How precise `date` is: year, month or day.' },
  approximateFlag('date_approximate', 'approximateDate', 'date', '10 December'),
  { csv: 'time', json: 'time', description: 'Local time HH:MM, when the sources give it.' },
  approximateFlag('time_approximate', 'approximateTime', 'time', '21:00'),
  { csv: 'time_zone', json: 'timeZone', description: 'IANA time zone of `time`.' },
  { csv: 'date_note', json: 'dateNote', description: 'Why the date is uncertain, or how sources differ on it.' },
  {
    csv: 'when',
    json: 'when',
    description: 'The date and time in words, with "about" where the sources are approximate, as every page writes it.',
  },
  { csv: 'name', json: 'person.name', description: 'The person killed, as this site spells the name.' },
  {
    csv: 'other_spellings',
    json: 'person.otherSpellings',
    description: `Other spellings and transliterations, ${joined}.`,
  },
  { csv: 'age', json: 'person.age', description: 'Age at death, when known.' },
  { csv: 'age_note', json: 'person.ageNote', description: 'Caveat on the age, if any.' },
  { csv: 'role', json: 'role', description: 'The person’s role at the time.' },
  { csv: 'category', json: 'category', description: 'Who the person was.', vocabulary: 'category' },
  { csv: 'locality', json: 'place.locality', description: 'Town, city or village.' },
  { csv: 'region', json: 'place.region', description: 'Region (oblast, or city of federal status).' },
  {
    csv: 'setting',
    json: 'place.setting',
    description: 'Russia, or Ukraine under Russian occupation.',
    vocabulary: 'setting',
  },
  { csv: 'place_detail', json: 'place.detail', description: 'Street-level detail, where sources give it.' },
  { csv: 'method', json: 'method', description: 'How the person was killed, as reported.', vocabulary: 'method' },
  { csv: 'method_detail', json: 'methodDetail', description: 'The method in a sentence.' },
  { csv: 'outcome', json: 'outcome', description: 'What is known of the death itself.', vocabulary: 'outcome' },
  ...countFields('others_killed', 'othersKilled', 'people killed besides the person the entry is about'),
  ...countFields('injured', 'injured', 'people injured'),
  {
    csv: 'casualties',
    json: 'casualties.text',
    description: 'Other people killed or hurt, in a sentence that says who gave which figure.',
  },
  {
    csv: 'responsibility_status',
    json: 'responsibilityStatus',
    description:
      'How far responsibility has been claimed, derived by rule from the statements (see the status vocabulary). Not the site’s own finding.',
    vocabulary: 'status',
  },
  {
    csv: 'statement_kinds',
    json: 'attribution[].speaker, attribution[].act',
    description: `The distinct kinds of statement made, as "speaker:act" (see the speaker and act vocabularies), ${joined}.`,
    vocabulary: 'speaker',
  },
  {
    csv: 'attribution',
    json: 'attribution',
    description: `Every statement about responsibility as "speaker:act: who (date): what was said", ${joined}. The JSON keeps each statement’s speaker, act, who, date and text as separate fields.`,
    vocabulary: 'act',
  },
  { csv: 'summary', json: 'summary', description: 'Two or three sentences in the site’s words.' },
  {
    csv: 'disputed',
    json: 'disputed',
    description: `Points on which sources disagree or which could not be confirmed, ${joined}.`,
  },
  {
    csv: 'sources',
    json: 'sources',
    description: `Addresses of the reports relied on, ${joined}. The JSON gives each source’s outlet, headline, date and language too.`,
  },
  {
    csv: 'source_outlets',
    json: 'sources[].outlet',
    description: `The outlets of those reports, in the same order, named with their kind ("Reuters, carried by The Japan News"; "UNN, reporting Reuters"), ${joined}.`,
  },
  {
    csv: 'source_kinds',
    json: 'sources[].kind',
    description: 'What kind of source each report is, in the same order (see the source-kind vocabulary).',
    vocabulary: 'source-kind',
  },
  {
    csv: 'updates',
    json: 'updates',
    description: `Dated updates and corrections to the entry as "date kind: text", ${joined} (see the updates page).`,
  },
  {
    csv: 'later_developments',
    json: 'later',
    description: `Developments after the date the story is told as of, as "date: what happened", ${joined} (kept apart from the entry’s text).`,
  },
  {
    csv: 'last_modified',
    json: 'lastModified',
    description: 'When the entry last changed: the later of the site’s publication and the entry’s latest update.',
  },
] as const satisfies readonly Field[];

/** A CSV column's name. */
export type Column = (typeof DEFINED)[number]['csv'];

/** Every field, in CSV column order. */
export const FIELDS: readonly Field<Column>[] = DEFINED;
