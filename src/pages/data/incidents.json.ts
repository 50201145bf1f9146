/** /data/incidents.json: every incident as the schema defines it, plus derived fields, and the dataset's metadata. */
import type { APIRoute } from 'astro';
import { incidentList, dataVersion } from '../../data/dataset';
import { incidentRecord } from '../../lib/incident-data';
import { DATA, SITE } from '../../site';
import { isoDates, type PartialDate } from '../../lib/partial-date';

export const GET: APIRoute = async ({ site }) => {
  const { all, pathOf } = await incidentList();
  const info = {
    published: SITE.published,
    urlOf: (i: { id: string; date: PartialDate }) => new URL(pathOf(i), site).href,
  };
  const body = {
    title: `${SITE.name}: targeted killings since 2022`,
    description:
      'Every incident in the list, with dates and times at their precision, casualty counts, every statement about responsibility and its derived status, and sources by kind.',
    version: (await dataVersion()).iso,
    asOf: SITE.asOf.iso,
    licence: DATA.licence,
    codebook: new URL('/data/', site).href,
    methodology: new URL('/methodology/', site).href,
    incidents: all.map((i) => incidentRecord(i, info)),
  };
  return new Response(`${JSON.stringify(body, isoDates, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
