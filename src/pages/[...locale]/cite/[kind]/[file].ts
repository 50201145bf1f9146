/**
 * The references of every citable thing as files, in each edition: /cite/incidents/<id>.bib,
 * .ris and .json (CSL-JSON), and the same for sections, main pages and the dataset
 * (/cite/data/incidents.bib). The same text the Cite disclosure shows, generated once.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citables, referencesOf } from '../../../../data/citations';
import { DATA_FORMATS } from '../../../../lib/citation-formats';
import { LOCALE_CODES, localeParam } from '../../../../i18n/locales';

export const getStaticPaths = (async () => {
  const site = new URL(import.meta.env.SITE);
  const paths = [];
  for (const locale of LOCALE_CODES)
    for (const c of (await citables(locale, site)).values()) {
      const [kind, id] = c.key.split('/');
      for (const format of DATA_FORMATS)
        paths.push({
          params: { locale: localeParam(locale), kind, file: `${id}.${format.extension}` },
          props: { citable: c, format },
        });
    }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{
  citable: Parameters<typeof referencesOf>[0];
  format: (typeof DATA_FORMATS)[number];
}> = ({ props }) =>
  new Response(`${referencesOf(props.citable)[props.format.id]}\n`, {
    headers: { 'content-type': props.format.type },
  });
