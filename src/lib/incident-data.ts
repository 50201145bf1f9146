/**
 * The incident list as downloadable data. One list of fields drives the CSV columns, the JSON
 * records' extra fields and the codebook on /data/, so the three cannot disagree.
 */
import { stringify } from 'csv-stringify/sync';
import { parsePartialDate } from './partial-date';
import { stancesOf } from './incidents';
import { lastModified } from './modified';
import type { Incident } from '../schemas/incident';

/** Joins the parts of a many-valued cell; chosen because no URL, code or name here contains it. */
export const LIST_SEPARATOR = ' | ';

/** What the data page needs to know about the publication. */
export interface DatasetInfo {
  /** The site's published date; an incident without updates was last modified then. */
  published: string;
  /** Absolute address of an incident on the site, e.g. "https://…/incidents/#id". */
  urlOf: (i: Pick<Incident, 'id' | 'date'>) => string;
}

export interface Field {
  /** Column name in the CSV. */
  csv: string;
  /** Where the same value lives in a JSON record (dotted path). */
  json: string;
  /** What the field means, for the codebook. */
  description: string;
  /** The vocabulary the values come from, if any (see VOCABULARIES). */
  vocabulary?: 'category' | 'setting' | 'method' | 'outcome' | 'stance';
  /** The value in the CSV. */
  value: (i: Incident, info: DatasetInfo) => string;
}

const list = (xs: readonly string[]) => xs.join(LIST_SEPARATOR);
const opt = (x: string | number | undefined) => (x === undefined ? '' : String(x));

/** Every field, in CSV column order. */
export const FIELDS: Field[] = [
  {
    csv: 'id',
    json: 'id',
    description: 'Stable identifier; the anchor of the incident on the list page (#id).',
    value: (i) => i.id,
  },
  { csv: 'url', json: 'url', description: 'Address of the incident on this site.', value: (i, info) => info.urlOf(i) },
  {
    csv: 'date',
    json: 'date',
    description:
      'Date of the attack (or of the death), written YYYY, YYYY-MM or YYYY-MM-DD: only as precise as the sources.',
    value: (i) => i.date,
  },
  {
    csv: 'date_precision',
    json: 'datePrecision',
    description: 'How precise `date` is: year, month or day.',
    value: (i) => parsePartialDate(i.date).precision,
  },
  {
    csv: 'date_approximate',
    json: 'approximate',
    description: 'true when the sources give the date only approximately ("about 10 December").',
    value: (i) => String(i.approximate),
  },
  { csv: 'time', json: 'time', description: 'Local time HH:MM, when the sources give it.', value: (i) => opt(i.time) },
  { csv: 'time_zone', json: 'timeZone', description: 'IANA time zone of `time`.', value: (i) => opt(i.timeZone) },
  {
    csv: 'date_note',
    json: 'dateNote',
    description: 'Why the date is uncertain, or how sources differ on it.',
    value: (i) => opt(i.dateNote),
  },
  {
    csv: 'name',
    json: 'person.name',
    description: 'The person killed, as this site spells the name.',
    value: (i) => i.person.name,
  },
  {
    csv: 'other_spellings',
    json: 'person.otherSpellings',
    description: 'Other spellings and transliterations, separated by " | ".',
    value: (i) => list(i.person.otherSpellings),
  },
  { csv: 'age', json: 'person.age', description: 'Age at death, when known.', value: (i) => opt(i.person.age) },
  {
    csv: 'age_note',
    json: 'person.ageNote',
    description: 'Caveat on the age, if any.',
    value: (i) => opt(i.person.ageNote),
  },
  { csv: 'role', json: 'role', description: 'The person’s role at the time.', value: (i) => i.role },
  {
    csv: 'category',
    json: 'category',
    description: 'Who the person was.',
    vocabulary: 'category',
    value: (i) => i.category,
  },
  { csv: 'locality', json: 'place.locality', description: 'Town, city or village.', value: (i) => i.place.locality },
  {
    csv: 'region',
    json: 'place.region',
    description: 'Region (oblast, or city of federal status).',
    value: (i) => i.place.region,
  },
  {
    csv: 'setting',
    json: 'place.setting',
    description: 'Russia, or Ukraine under Russian occupation.',
    vocabulary: 'setting',
    value: (i) => i.place.setting,
  },
  {
    csv: 'place_detail',
    json: 'place.detail',
    description: 'Street-level detail, where sources give it.',
    value: (i) => opt(i.place.detail),
  },
  {
    csv: 'method',
    json: 'method',
    description: 'How the person was killed, as reported.',
    vocabulary: 'method',
    value: (i) => i.method,
  },
  {
    csv: 'method_detail',
    json: 'methodDetail',
    description: 'The method in a sentence.',
    value: (i) => opt(i.methodDetail),
  },
  {
    csv: 'outcome',
    json: 'outcome',
    description: 'What is known of the death itself.',
    vocabulary: 'outcome',
    value: (i) => i.outcome,
  },
  {
    csv: 'other_casualties',
    json: 'otherCasualties',
    description: 'Other people killed or hurt, or "None reported".',
    value: (i) => i.otherCasualties,
  },
  {
    csv: 'stances',
    json: 'stances',
    description: 'The distinct attribution stances taken on the incident, strongest claim first, separated by " | ".',
    vocabulary: 'stance',
    value: (i) => list(stancesOf(i.attribution)),
  },
  {
    csv: 'attribution',
    json: 'attribution',
    description:
      'Every statement about responsibility as "stance: who (date): what was said", separated by " | ". The JSON keeps each statement’s stance, who, date and text as separate fields.',
    value: (i) => list(i.attribution.map((a) => `${a.stance}: ${a.who}${a.date ? ` (${a.date})` : ''}: ${a.text}`)),
  },
  {
    csv: 'summary',
    json: 'summary',
    description: 'Two or three sentences in the site’s words.',
    value: (i) => i.summary,
  },
  {
    csv: 'disputed',
    json: 'disputed',
    description: 'Points on which sources disagree or which could not be confirmed, separated by " | ".',
    value: (i) => list(i.disputed),
  },
  {
    csv: 'sources',
    json: 'sources',
    description:
      'Addresses of the reports relied on, separated by " | ". The JSON gives each source’s outlet, headline, date and language too.',
    value: (i) => list(i.sources.map((s) => s.url)),
  },
  {
    csv: 'source_outlets',
    json: 'sources[].outlet',
    description: 'The outlets of those reports, in the same order, separated by " | ".',
    value: (i) => list(i.sources.map((s) => s.outlet)),
  },
  {
    csv: 'updates',
    json: 'updates',
    description:
      'Dated updates and corrections to the entry as "date kind: text", separated by " | " (see the updates page).',
    value: (i) => list(i.updates.map((u) => `${u.date} ${u.kind}: ${u.text}`)),
  },
  {
    csv: 'last_modified',
    json: 'lastModified',
    description: 'When the entry last changed: the later of the site’s publication and the entry’s latest update.',
    value: (i, info) => lastModified(info.published, i.updates),
  },
];

/** The CSV file: a header row, then one row per incident in the given order. */
export function incidentsCsv(incidents: readonly Incident[], info: DatasetInfo): string {
  return stringify(
    incidents.map((i) => FIELDS.map((f) => f.value(i, info))),
    { header: true, columns: FIELDS.map((f) => f.csv), record_delimiter: 'unix', bom: false },
  );
}

/** One JSON record: the incident as the schema defines it, plus the fields derived for reuse. */
export function incidentRecord(i: Incident, info: DatasetInfo) {
  const { id, ...rest } = i;
  return {
    id,
    url: info.urlOf(i),
    datePrecision: parsePartialDate(i.date).precision,
    stances: stancesOf(i.attribution),
    lastModified: lastModified(info.published, i.updates),
    ...rest,
  };
}
