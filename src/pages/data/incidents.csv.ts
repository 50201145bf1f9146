/** /data/incidents.csv: one row per incident, columns as documented on /data/. */
import type { APIRoute } from 'astro';
import { incidentList } from '../../data/dataset';
import { incidentsCsv } from '../../lib/dataset/csv';
import { SITE } from '../../site';

export const GET: APIRoute = async ({ site }) => {
  const { all, pathOf } = await incidentList();
  const csv = incidentsCsv(all, {
    published: SITE.published,
    urlOf: (i) => new URL(pathOf(i), site).href,
  });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
