/**
 * The CSV download: a header row of the codebook's columns, in its order, then one row per
 * incident. Each cell is written from the incident's JSON record, so the two downloads share
 * every derived value; the compiler refuses a column without a cell or a cell without a column.
 */
import { stringify } from 'csv-stringify/sync';
import { sourceLabel } from '../sources';
import { FIELDS, LIST_SEPARATOR, type Column } from './codebook';
import { incidentRecord, type DatasetInfo, type IncidentRecord } from './json';
import type { Incident } from '../../schemas/incident';

type Cell = (r: IncidentRecord) => string;

const list = (xs: readonly string[]) => xs.join(LIST_SEPARATOR);
const opt = (x: string | number | undefined) => (x === undefined ? '' : String(x));

/** A casualty count's low, high (the low one when sources agree) and who gives each. */
function countCells<C extends string>(
  csv: C,
  json: 'othersKilled' | 'injured',
): Record<`${C}_low` | `${C}_high` | `${C}_sources`, Cell> {
  const count = (r: IncidentRecord) => r.casualties[json];
  return {
    [`${csv}_low`]: (r: IncidentRecord) => opt(count(r)?.low),
    [`${csv}_high`]: (r: IncidentRecord) => opt(count(r) && (count(r)?.high ?? count(r)?.low)),
    [`${csv}_sources`]: (r: IncidentRecord) => {
      const c = count(r);
      if (!c) return '';
      return list([`low: ${c.lowSource}`, ...(c.highSource ? [`high: ${c.highSource}`] : [])]);
    },
  } as Record<`${C}_low` | `${C}_high` | `${C}_sources`, Cell>;
}

const CELLS: Readonly<Record<Column, Cell>> = {
  id: (r) => r.id,
  url: (r) => r.url,
  date: (r) => r.date,
  date_precision: (r) => r.datePrecision,
  date_approximate: (r) => String(r.approximateDate),
  time: (r) => opt(r.time),
  time_approximate: (r) => String(r.approximateTime),
  time_zone: (r) => opt(r.timeZone),
  date_note: (r) => opt(r.dateNote),
  when: (r) => r.when,
  name: (r) => r.person.name,
  other_spellings: (r) => list(r.person.otherSpellings),
  age: (r) => opt(r.person.age),
  age_note: (r) => opt(r.person.ageNote),
  role: (r) => r.role,
  category: (r) => r.category,
  locality: (r) => r.place.locality,
  region: (r) => r.place.region,
  setting: (r) => r.place.setting,
  place_detail: (r) => opt(r.place.detail),
  method: (r) => r.method,
  method_detail: (r) => opt(r.methodDetail),
  outcome: (r) => r.outcome,
  ...countCells('others_killed', 'othersKilled'),
  ...countCells('injured', 'injured'),
  casualties: (r) => r.casualties.text,
  responsibility_status: (r) => r.responsibilityStatus,
  statement_kinds: (r) => list([...new Set(r.attribution.map((a) => `${a.speaker}:${a.act}`))]),
  attribution: (r) =>
    list(r.attribution.map((a) => `${a.speaker}:${a.act}: ${a.who}${a.date ? ` (${a.date})` : ''}: ${a.text}`)),
  summary: (r) => r.summary,
  disputed: (r) => list(r.disputed),
  sources: (r) => list(r.sources.map((s) => s.url)),
  source_outlets: (r) => list(r.sources.map((s) => sourceLabel(s))),
  source_kinds: (r) => list(r.sources.map((s) => s.kind)),
  updates: (r) =>
    list(
      r.updates.map(
        (u) => `${u.date} ${u.kind}: ${u.text}${u.was ? ` We said: ${u.was}` : ''}${u.now ? ` Correct: ${u.now}` : ''}`,
      ),
    ),
  later_developments: (r) => list(r.later.map((l) => `${l.date}: ${l.text}`)),
  last_modified: (r) => r.lastModified,
};

/** The CSV file: a header row, then one row per incident in the given order. */
export function incidentsCsv(incidents: readonly Incident[], info: DatasetInfo): string {
  const columns = FIELDS.map((f) => f.csv);
  return stringify(
    incidents.map((i) => {
      const r = incidentRecord(i, info);
      return columns.map((c) => CELLS[c](r));
    }),
    { header: true, columns, record_delimiter: 'unix', bom: false },
  );
}
