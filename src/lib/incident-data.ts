/**
 * The incident list as downloadable data. One list of fields drives the CSV columns, the JSON
 * records' extra fields and the codebook on /data/, so the three cannot disagree.
 */
import { stringify } from 'csv-stringify/sync';
import { statusOf } from './attribution';
import { formatWhen } from './dates';
import { sourceLabel } from './sources';
import { lastModified } from './modified';
import type { PartialDate } from './partial-date';
import type { Incident } from '../schemas/incident';

/** Joins the parts of a many-valued cell; chosen because no URL, code or name here contains it. */
export const LIST_SEPARATOR = ' | ';

/** What the data page needs to know about the publication. */
export interface DatasetInfo {
  /** The site's published date; an incident without updates was last modified then. */
  published: PartialDate;
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
  vocabulary?: 'category' | 'setting' | 'method' | 'outcome' | 'status' | 'speaker' | 'act' | 'source-kind';
  /** The value in the CSV. */
  value: (i: Incident, info: DatasetInfo) => string;
}

const list = (xs: readonly string[]) => xs.join(LIST_SEPARATOR);
const opt = (x: string | number | undefined) => (x === undefined ? '' : String(x));

/**
 * Numeric low and high columns for a casualty count, empty where no source gives one, so a
 * researcher can sum either bound.
 */
function countFields(csv: string, json: 'othersKilled' | 'injured', what: string): Field[] {
  const count = (i: Incident) => i.casualties[json];
  return [
    {
      csv: `${csv}_low`,
      json: `casualties.${json}.low`,
      description: `The lowest count of ${what} that any source gives; empty when no source gives one.`,
      value: (i) => opt(count(i)?.low),
    },
    {
      csv: `${csv}_high`,
      json: `casualties.${json}.high`,
      description: `The highest count of ${what} that any source gives (equal to the low count when sources agree).`,
      value: (i) => opt(count(i) && (count(i)?.high ?? count(i)?.low)),
    },
    {
      csv: `${csv}_sources`,
      json: `casualties.${json}.lowSource, casualties.${json}.highSource`,
      description: `Who gives the low and the high count of ${what}, as "low: …" and "high: …", separated by " | ".`,
      value: (i) => {
        const c = count(i);
        if (!c) return '';
        return list([`low: ${c.lowSource}`, ...(c.highSource ? [`high: ${c.highSource}`] : [])]);
      },
    },
  ];
}

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
    value: (i) => i.date.iso,
  },
  {
    csv: 'date_precision',
    json: 'datePrecision',
    description: 'How precise `date` is: year, month or day.',
    value: (i) => i.date.precision,
  },
  {
    csv: 'date_approximate',
    json: 'approximateDate',
    description: 'true when the sources give the date only approximately ("about 10 December").',
    value: (i) => String(i.approximateDate),
  },
  { csv: 'time', json: 'time', description: 'Local time HH:MM, when the sources give it.', value: (i) => opt(i.time) },
  {
    csv: 'time_approximate',
    json: 'approximateTime',
    description: 'true when the sources give the time only approximately ("about 21:00").',
    value: (i) => String(i.approximateTime),
  },
  { csv: 'time_zone', json: 'timeZone', description: 'IANA time zone of `time`.', value: (i) => opt(i.timeZone) },
  {
    csv: 'date_note',
    json: 'dateNote',
    description: 'Why the date is uncertain, or how sources differ on it.',
    value: (i) => opt(i.dateNote),
  },
  {
    csv: 'when',
    json: 'when',
    description: 'The date and time in words, with "about" where the sources are approximate, as every page writes it.',
    value: (i) => formatWhen(i, { withTime: true }),
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
  ...countFields('others_killed', 'othersKilled', 'people killed besides the person the entry is about'),
  ...countFields('injured', 'injured', 'people injured'),
  {
    csv: 'casualties',
    json: 'casualties.text',
    description: 'Other people killed or hurt, in a sentence that says who gave which figure.',
    value: (i) => i.casualties.text,
  },
  {
    csv: 'responsibility_status',
    json: 'responsibilityStatus',
    description:
      'How far responsibility has been claimed, derived by rule from the statements (see the status vocabulary). Not the site’s own finding.',
    vocabulary: 'status',
    value: (i) => statusOf(i.attribution),
  },
  {
    csv: 'statement_kinds',
    json: 'attribution[].speaker, attribution[].act',
    description:
      'The distinct kinds of statement made, as "speaker:act" (see the speaker and act vocabularies), separated by " | ".',
    vocabulary: 'speaker',
    value: (i) => list([...new Set(i.attribution.map((a) => `${a.speaker}:${a.act}`))]),
  },
  {
    csv: 'attribution',
    json: 'attribution',
    description:
      'Every statement about responsibility as "speaker:act: who (date): what was said", separated by " | ". The JSON keeps each statement’s speaker, act, who, date and text as separate fields.',
    vocabulary: 'act',
    value: (i) =>
      list(i.attribution.map((a) => `${a.speaker}:${a.act}: ${a.who}${a.date ? ` (${a.date.iso})` : ''}: ${a.text}`)),
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
    description:
      'The outlets of those reports, in the same order, named with their kind ("Reuters, carried by The Japan News"; "UNN, reporting Reuters"), separated by " | ".',
    value: (i) => list(i.sources.map(sourceLabel)),
  },
  {
    csv: 'source_kinds',
    json: 'sources[].kind',
    description: 'What kind of source each report is, in the same order (see the source-kind vocabulary).',
    vocabulary: 'source-kind',
    value: (i) => list(i.sources.map((s) => s.kind)),
  },
  {
    csv: 'updates',
    json: 'updates',
    description:
      'Dated updates and corrections to the entry as "date kind: text", separated by " | " (see the updates page).',
    value: (i) =>
      list(
        i.updates.map(
          (u) =>
            `${u.date.iso} ${u.kind}: ${u.text}${u.was ? ` We said: ${u.was}` : ''}${u.now ? ` Correct: ${u.now}` : ''}`,
        ),
      ),
  },
  {
    csv: 'later_developments',
    json: 'later',
    description:
      'Developments after the date the story is told as of, as "date: what happened", separated by " | " (kept apart from the entry’s text).',
    value: (i) => list(i.later.map((l) => `${l.date.iso}: ${l.text}`)),
  },
  {
    csv: 'last_modified',
    json: 'lastModified',
    description: 'When the entry last changed: the later of the site’s publication and the entry’s latest update.',
    value: (i, info) => lastModified(info.published, i.updates).iso,
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
    datePrecision: i.date.precision,
    when: formatWhen(i, { withTime: true }),
    responsibilityStatus: statusOf(i.attribution),
    lastModified: lastModified(info.published, i.updates).iso,
    ...rest,
  };
}
