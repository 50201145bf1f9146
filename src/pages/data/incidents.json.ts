/** /data/incidents.json: every incident as the schema defines it, plus derived fields, and the dataset's metadata. */
import type { APIRoute } from 'astro';
import { incidentList, dataVersion } from '../../data/dataset';
import { incidentsJson } from '../../lib/dataset/json';
import { DATA, SITE } from '../../site';
import { ui } from '../../i18n/ui';

export const GET: APIRoute = async ({ site }) => {
  const { all, pathOf } = await incidentList();
  const json = incidentsJson(
    all,
    { published: SITE.published, urlOf: (i) => new URL(pathOf(i), site).href },
    {
      siteName: ui('en').site.name,
      version: await dataVersion(),
      asOf: SITE.asOf,
      licence: DATA.licence,
      codebook: new URL('/data/', site).href,
      methodology: new URL('/methodology/', site).href,
    },
  );
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
