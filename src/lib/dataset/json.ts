/**
 * The JSON download: each incident as the schema defines it plus the fields derived for
 * reuse, under the dataset's title, description, version and licence. A pure function of
 * the incidents and what it is told about the publication.
 */
import { withIsoDates, type PartialDate } from '../partial-date';
import { statusOf } from '../attribution';
import { formatWhen } from '../dates';
import { lastModified } from '../modified';
import { DATASET } from './codebook';
import type { Incident } from '../../schemas/incident';

/** What a record needs to know about the publication. */
export interface DatasetInfo {
  /** The site's published date; an incident without updates was last modified then. */
  published: PartialDate;
  /** Absolute address of an incident on the site, e.g. "https://…/incidents/#id". */
  urlOf: (i: Pick<Incident, 'id' | 'date'>) => string;
}

/** What the file says about itself and where its codebook and methodology are. */
export interface DatasetMeta {
  siteName: string;
  /** The day the data last changed. */
  version: PartialDate;
  asOf: PartialDate;
  licence: { readonly name: string; readonly short: string; readonly url: string };
  /** Absolute addresses of /data/ and /methodology/. */
  codebook: string;
  methodology: string;
}

/** One JSON record: the incident as the schema defines it, plus the fields derived for reuse. */
export function incidentRecord(i: Incident, info: DatasetInfo) {
  const { id, ...rest } = i;
  // Dates as they are written in the content: the JSON and the CSV carry "2024-12", not a parsed value.
  return withIsoDates({
    id,
    url: info.urlOf(i),
    datePrecision: i.date.precision,
    when: formatWhen(i, { withTime: true }),
    responsibilityStatus: statusOf(i.attribution),
    lastModified: lastModified(info.published, i.updates),
    ...rest,
  });
}

export type IncidentRecord = ReturnType<typeof incidentRecord>;

/** The JSON file: the dataset's description and metadata, then one record per incident in the given order. */
export function incidentsJson(incidents: readonly Incident[], info: DatasetInfo, meta: DatasetMeta): string {
  const body = {
    title: `${meta.siteName}: ${DATASET.title}`,
    description: DATASET.description,
    version: meta.version.iso,
    asOf: meta.asOf.iso,
    licence: meta.licence,
    codebook: meta.codebook,
    methodology: meta.methodology,
    incidents: incidents.map((i) => incidentRecord(i, info)),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
