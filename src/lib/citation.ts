/**
 * A piece of the site as a reference: what a citation of it says, in the one shape every
 * format is generated from (CSL-JSON, the Citation Style Language's data). Pure: the pages,
 * the downloads and the metadata tags read the same `Citable`, and src/lib/citation-formats.ts
 * turns its CSL item into APA, MLA, Chicago, Harvard, BibTeX, RIS and CSL-JSON.
 */
import type { PartialDate } from './partial-date';

/** Something on the site that can be cited: a section, an incident, a main page, the dataset. */
export interface Citable {
  /** Where it is filed, "incidents/darya-dugina", "pages/methodology", "data/incidents"; also its download's name. */
  key: string;
  /** A web page, or the incident list as a dataset. */
  type: 'webpage' | 'dataset';
  /** Its title as the page shows it, in the edition's language. */
  title: string;
  /** The site's name in the edition: the author (an organisation), the website and the publisher. */
  site: string;
  /** When it was first published. */
  published: PartialDate;
  /** When it last changed: the version a reader cites (the same as `published` if never changed). */
  modified: PartialDate;
  /** Its canonical address: the piece's share page, or the page itself. */
  url: string;
  /** The edition's language (BCP 47: "en-GB", "ru", "uk"). */
  language: string;
  /** For the dataset: its version, the day it last changed ("2026-12-02"). */
  version?: string | undefined;
}

/** The CSL date form: `{ 'date-parts': [[2026, 11, 25]] }`, at the date's precision. */
export interface CslDate {
  'date-parts': [number[]];
}

/** A CSL-JSON item with the fields this site fills (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: 'webpage' | 'dataset';
  title: string;
  author: [{ literal: string }];
  'container-title': string;
  publisher: string;
  issued: CslDate;
  'available-date': CslDate;
  URL: string;
  language: string;
  version?: string;
  /** The BibTeX key: the site's short name and the key, stable from build to build. */
  'citation-key': string;
}

/** A partial date as CSL date parts, keeping its precision ("2024-12" → [2024, 12]). */
export function cslDate(d: PartialDate): CslDate {
  return { 'date-parts': [[d.year, ...(d.month ? [d.month] : []), ...(d.day ? [d.day] : [])]] };
}

/**
 * The CSL item of a citable piece. The site is the author, as an organisation (no person
 * signs the pieces), and the website and publisher. `issued` is the version cited, the last
 * change (style guides cite the date of the version read); `available-date` is first publication.
 */
export function cslItem(c: Citable): CslItem {
  const lang = c.language.split('-')[0];
  return {
    id: c.key,
    'citation-key': `moskalik-explained-${c.key.replace(/\//g, '-')}${lang === 'en' ? '' : `-${lang}`}`,
    type: c.type,
    title: c.title,
    author: [{ literal: c.site }],
    'container-title': c.site,
    publisher: c.site,
    issued: cslDate(c.modified),
    'available-date': cslDate(c.published),
    URL: c.url,
    language: c.language,
    ...(c.version ? { version: c.version } : {}),
  };
}
